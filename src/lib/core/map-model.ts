/**
 * What the map paints for each area and what the legend says — computed here, drawn by the views.
 * Colours: ColorBrewer YlGnBu (sequential) and PuOr (diverging), both colour-blind safe.
 * No data is never a colour of the ramp: it is a hatched pattern with its own legend entry.
 */
import { classOf, type Classes } from './classify';
import { formatNumber, formatValue } from './format';
import { periodLabel } from './period';
import type { Selection } from './select';
import type { Indicator, Lang, Qualifier } from './types';
import { t } from '../i18n';

/** YlGnBu, 7 classes; the near-white first step is skipped so low values stay visible on a light page. */
export const SEQUENTIAL = ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'];
/** PuOr, 7 classes: orange = A below B, purple = A above B, grey = about the same. */
export const DIVERGING = ['#b35806', '#f1a340', '#fee0b6', '#f7f7f7', '#d8daeb', '#998ec3', '#542788'];

/** `count` colours spread over the ramp (from its second step), darkest = highest. */
export function rampColors(count: number): string[] {
	if (count <= 0) return [];
	if (count === 1) return [SEQUENTIAL[4]!];
	const first = 1;
	const last = SEQUENTIAL.length - 1;
	return Array.from({ length: count }, (_, i) =>
		SEQUENTIAL[Math.round(first + (i * (last - first)) / (count - 1))]!
	);
}

/** Diverging colours for classes laid out symmetrically around the centre class. */
export function divergingColors(count: number, centerClass: number): string[] {
	const mid = 3;
	return Array.from({ length: count }, (_, i) => {
		const offset = i - centerClass;
		return DIVERGING[Math.max(0, Math.min(DIVERGING.length - 1, mid + offset))]!;
	});
}

export type PaintKind = 'value' | 'partial' | 'missing' | 'insufficient';

export interface AreaPaint {
	code: string;
	name: string;
	kind: PaintKind;
	/** Fill colour; null for areas drawn with the no-data pattern. */
	fill: string | null;
	classIndex: number | null;
	/** Value as displayed, with ≥/≈ mark. */
	valueText: string;
	/** Accessible name: "Đồng Tháp: ≥ 44.000 nguồn tin, 2013–2023". */
	label: string;
}

export interface LegendItem {
	kind: PaintKind;
	color: string | null;
	label: string;
}

export interface LegendModel {
	/** What the number is: indicator label. */
	title: string;
	/** Unit, normalisation, period (and population year). */
	subtitle: string;
	items: LegendItem[];
	/** Qualifier notes shown under the legend when such values are drawn. */
	footnotes: string[];
	coverage: string;
}

function unitLine(sel: Selection, indicator: Indicator | undefined, lang: Lang): string {
	const unit = indicator ? (lang === 'vi' ? indicator.unit_vi : indicator.unit_en) : '';
	const period = periodLabel(sel.period);
	if (sel.appliedNorm === 'per_year') return t(lang, 'legend.unitPerYear', { unit, period });
	if (sel.appliedNorm === 'per_100k')
		return t(lang, 'legend.unitPer100k', { unit, period, year: sel.populationYear ?? '' });
	return t(lang, 'legend.unitTotal', { unit, period });
}

function footnotes(qualifiers: Set<Qualifier>, lang: Lang): string[] {
	const out: string[] = [];
	if (qualifiers.has('at_least')) out.push(t(lang, 'legend.atLeast'));
	if (qualifiers.has('approx')) out.push(t(lang, 'legend.approx'));
	return out;
}

function classLabel(lo: number, hi: number, lang: Lang): string {
	return lo === hi ? formatNumber(lo, lang) : `${formatNumber(lo, lang)} – ${formatNumber(hi, lang)}`;
}

export function paintSelection(opts: {
	selection: Selection;
	classes: Classes;
	indicator: Indicator | undefined;
	lang: Lang;
}): { areas: Map<string, AreaPaint>; legend: LegendModel } {
	const { selection: sel, classes, indicator, lang } = opts;
	const colors = rampColors(classes.count);
	const unit = indicator ? (lang === 'vi' ? indicator.unit_vi : indicator.unit_en) : '';
	const period = periodLabel(sel.period);
	const areas = new Map<string, AreaPaint>();
	for (const a of sel.areas) {
		if (a.value === null) {
			areas.set(a.code, {
				code: a.code,
				name: a.name,
				kind: 'missing',
				fill: null,
				classIndex: null,
				valueText: t(lang, 'map.noData'),
				label: t(lang, 'map.areaNoData', { name: a.name, period })
			});
			continue;
		}
		const ci = classOf(a.value, classes);
		const valueText = formatValue(a.value, a.qualifier, lang);
		areas.set(a.code, {
			code: a.code,
			name: a.name,
			kind: a.status === 'partial' ? 'partial' : 'value',
			fill: colors[ci] ?? null,
			classIndex: ci,
			valueText,
			label: t(lang, 'map.areaLabel', { name: a.name, value: valueText, unit, period })
		});
	}
	const missing = sel.areas.length - sel.withData;
	const partial = sel.withData - sel.complete;
	const items: LegendItem[] = classes.bounds.map((b, i) => ({
		kind: 'value',
		color: colors[i] ?? null,
		label: classLabel(b.lo, b.hi, lang)
	}));
	if (partial > 0) items.push({ kind: 'partial', color: null, label: t(lang, 'legend.partial', { n: partial }) });
	items.push({
		kind: 'missing',
		color: null,
		label: t(lang, 'legend.noData', { n: missing, total: sel.areas.length })
	});
	return {
		areas,
		legend: {
			title: indicator ? (lang === 'vi' ? indicator.label_vi : indicator.label_en) : sel.indicator,
			subtitle: unitLine(sel, indicator, lang),
			items,
			footnotes: footnotes(sel.qualifiers, lang),
			coverage: t(lang, 'coverage.count', { n: sel.withData, total: sel.areas.length })
		}
	};
}
