/**
 * The value map and the comparison map: what each area is painted with (./map-paint.ts ramps and patterns),
 * its tooltip and accessible name, and the legend — computed here, drawn by the views.
 */
import { indicatorLabel } from './indicator-label';
import { classOf, type Classes, type DivergingClasses } from './classify';
import type { Comparison } from './compare';
import { isLikelyMerged } from './era';
import { formatNumber, formatRatio, formatSigned, formatValue } from './format';
import {
	rangeLabel,
	rampColors,
	divergingColors,
	unitText,
	withParts,
	type AreaPaint,
	type LegendItem,
	type LegendModel,
	type MapPaint
} from './map-paint';
import { periodLabel, periodYears } from './period';
import { drawnParts, type AreaValue, type Selection } from './select';
import type { Indicator, Lang, Qualifier, Source } from './types';
import type { Change } from './view-state';
import { t } from '../i18n';

function unitLine(sel: Selection, indicator: Indicator | undefined, lang: Lang): string {
	const unit = indicator ? (lang === 'vi' ? indicator.unit_vi : indicator.unit_en) : '';
	const period = periodLabel(sel.period);
	if (sel.appliedNorm === 'per_year') return t(lang, 'legend.unitPerYear', { unit, period });
	if (sel.appliedNorm === 'per_100k') return t(lang, 'legend.unitPer100k', { unit, period, year: sel.populationYear ?? '' });
	if (sel.appliedNorm === 'per_100k_year') return t(lang, 'legend.unitPer100kYear', { unit, period, year: sel.populationYear ?? '' });
	return t(lang, 'legend.unitTotal', { unit, period });
}

function qualifierNotes(qualifiers: Set<Qualifier>, lang: Lang): string[] {
	const out: string[] = [];
	if (qualifiers.has('at_least')) out.push(t(lang, 'legend.atLeast'));
	if (qualifiers.has('approx')) out.push(t(lang, 'legend.approx'));
	return out;
}

/** Who published the figures drawn for an area (one per reporting part, no repeats). */
function publishers(area: AreaValue, sources: Map<string, Source>, lang: Lang): string {
	const names = new Set<string>();
	for (const p of drawnParts(area)) {
		if (!p.figure) continue;
		const id = p.figure.source_id;
		names.add(id ? (sources.get(id)?.publisher ?? id) : t(lang, 'map.sourceUser'));
	}
	return [...names].join('; ');
}

/**
 * "2/3 tỉnh cũ có số liệu" for a 34-unit made of several former provinces whose figure is their sum; null for a
 * single province and for a new province drawn with its own figure.
 */
function partsLine(area: AreaValue, lang: Lang): string | null {
	if (area.parts.length < 2 || area.own) return null;
	const k = area.parts.filter((p) => p.figure !== null).length;
	return t(lang, 'map.partsReported', { k, n: area.parts.length });
}

/** The value map: sequential classes, partial 34-units, hatched no-data, tooltip and accessible name. */
export function paintSelection(opts: {
	selection: Selection;
	classes: Classes;
	indicator: Indicator | undefined;
	sources: Map<string, Source>;
	lang: Lang;
}): MapPaint {
	const { selection: sel, classes, indicator, sources, lang } = opts;
	const colors = rampColors(classes.count);
	const unit = unitText(indicator, sel.appliedNorm, lang);
	const period = periodLabel(sel.period);
	const periodLine = t(lang, 'map.period', { period });
	const areas = new Map<string, AreaPaint>();
	let conflicts = 0;
	for (const a of sel.areas) {
		const parts = partsLine(a, lang);
		if (a.value === null) {
			areas.set(a.code, {
				code: a.code,
				name: a.name,
				kind: 'missing',
				fill: null,
				classIndex: null,
				valueText: t(lang, 'map.noData'),
				label: withParts(t(lang, 'map.areaNoData', { name: a.name, period }), parts),
				details: [t(lang, 'map.noData'), periodLine, ...(parts ? [parts] : [])]
			});
			continue;
		}
		if (a.conflict) conflicts++;
		const ci = classOf(a.value, classes);
		const valueText = formatValue(a.value, a.qualifier, lang);
		const details = [
			`${valueText} ${unit}`,
			periodLine,
			t(lang, 'map.rank', { rank: a.rank ?? '', n: sel.withData }),
			t(lang, 'map.source', { publisher: publishers(a, sources, lang) })
		];
		if (a.own) details.push(t(lang, isLikelyMerged(a.own.figure?.facts[0]?.scope ?? '') ? 'map.ownLikely' : 'map.ownFigure'));
		if (a.conflict) details.push(t(lang, 'map.sourcesDiffer'));
		if (parts) details.push(parts);
		areas.set(a.code, {
			code: a.code,
			name: a.name,
			kind: a.status === 'partial' ? 'partial' : 'value',
			fill: colors[ci] ?? null,
			classIndex: ci,
			valueText,
			label: withParts(t(lang, 'map.areaLabel', { name: a.name, value: valueText, unit, period }), parts),
			details
		});
	}
	const missing = sel.areas.length - sel.withData;
	const partial = sel.withData - sel.complete;
	const items: LegendItem[] = classes.bounds.map((b, i) => ({
		kind: 'value',
		color: colors[i] ?? null,
		label: rangeLabel(formatNumber(b.lo, lang), formatNumber(b.hi, lang))
	}));
	if (partial > 0)
		items.push({ kind: 'partial', color: colors[Math.floor(colors.length / 2)] ?? null, label: t(lang, 'legend.partial', { n: partial }) });
	items.push({ kind: 'missing', color: null, label: t(lang, 'legend.noData', { n: missing, total: sel.areas.length }) });
	const footnotes = qualifierNotes(sel.qualifiers, lang);
	if (partial > 0) footnotes.push(t(lang, 'legend.partialNote'));
	if (conflicts > 0) footnotes.push(t(lang, 'legend.sourcesDiffer'));
	return {
		areas,
		legend: {
			kind: 'sequential',
			title: indicatorLabel(indicator, lang, sel.indicator),
			subtitle: unitLine(sel, indicator, lang),
			items,
			footnotes,
			coverage: t(lang, 'coverage.count', { n: sel.withData, total: sel.areas.length })
		}
	};
}

/**
 * The comparison map (rule 6): A − B or A ÷ B per area on a diverging ramp centred on 0 or 1; areas
 * lacking either period (or, for a ratio, with B = 0) are "not enough data to compare", never a colour.
 */
export function paintComparison(opts: {
	comparison: Comparison;
	classes: DivergingClasses;
	change: Change;
	indicator: Indicator | undefined;
	lang: Lang;
}): MapPaint {
	const { comparison: cmp, classes, change, indicator, lang } = opts;
	const colors = divergingColors(classes.count, classes.centerClass);
	const unit = unitText(indicator, cmp.norm, lang);
	const a = periodLabel(cmp.periodA);
	const b = periodLabel(cmp.periodB);
	const show = (v: number) => (change === 'ratio' ? formatRatio(v, lang) : formatSigned(v, lang));
	const side = (p: string, av: AreaValue) =>
		`${p}: ${av.value === null ? t(lang, 'map.noData') : `${formatValue(av.value, av.qualifier, lang)} ${unit}`}`;
	const areas = new Map<string, AreaPaint>();
	let insufficient = 0;
	let indicative = false;
	for (const c of cmp.areas) {
		const parts = partsLine(c.a, lang);
		const metric = change === 'ratio' ? c.ratio : c.diff;
		const sides = [side(a, c.a), side(b, c.b)];
		if (metric === null) {
			insufficient++;
			const reason = c.status === 'both' ? t(lang, 'map.ratioUndefined', { b }) : t(lang, 'map.insufficient', { a, b });
			areas.set(c.code, {
				code: c.code,
				name: c.name,
				kind: 'insufficient',
				fill: null,
				classIndex: null,
				valueText: reason,
				label: withParts(`${c.name}: ${reason}`, parts),
				details: [reason, ...sides, ...(parts ? [parts] : [])]
			});
			continue;
		}
		indicative ||= c.qualified;
		const ci = classOf(metric, classes);
		const valueText = show(metric);
		const label =
			change === 'ratio'
				? t(lang, 'map.ratioLabel', { name: c.name, value: valueText, a, b })
				: t(lang, 'map.diffLabel', { name: c.name, value: valueText, unit, a, b });
		const details = [
			change === 'ratio'
				? t(lang, 'map.ratioLine', { value: valueText, a, b })
				: t(lang, 'map.diffLine', { value: `${valueText} ${unit}`, a, b }),
			...sides
		];
		if (change === 'diff' && c.rank !== null) details.push(t(lang, 'map.changeRank', { rank: c.rank, n: cmp.withBoth }));
		if (c.qualified) details.push(t(lang, 'map.indicative'));
		if (parts) details.push(parts);
		areas.set(c.code, {
			code: c.code,
			name: c.name,
			kind: 'value',
			fill: colors[ci] ?? null,
			classIndex: ci,
			valueText,
			label: withParts(c.qualified ? `${label}; ${t(lang, 'map.indicative')}` : label, parts),
			details
		});
	}
	return {
		areas,
		legend: comparisonLegend({ cmp, colors, bounds: classes.bounds, show, change, indicator, unit, insufficient, indicative, lang })
	};
}

/** The comparison map's legend: the classes, the areas that cannot be compared, and what the colours mean. */
function comparisonLegend(o: {
	cmp: Comparison;
	colors: string[];
	bounds: DivergingClasses['bounds'];
	show: (v: number) => string;
	change: Change;
	indicator: Indicator | undefined;
	unit: string;
	insufficient: number;
	indicative: boolean;
	lang: Lang;
}): LegendModel {
	const { cmp, colors, show, change, lang } = o;
	const a = periodLabel(cmp.periodA);
	const b = periodLabel(cmp.periodB);
	const total = cmp.areas.length;
	const items: LegendItem[] = o.bounds.map((bd, i) => ({
		kind: 'value',
		color: colors[i] ?? null,
		label: rangeLabel(show(bd.lo), show(bd.hi))
	}));
	items.push({ kind: 'insufficient', color: null, label: t(lang, 'legend.insufficient', { n: o.insufficient, total }) });
	const footnotes = [t(lang, change === 'ratio' ? 'legend.directionRatio' : 'legend.directionDiff', { a, b })];
	if (cmp.perYearForced) footnotes.push(t(lang, 'legend.perYearForced', { ya: periodYears(cmp.periodA), yb: periodYears(cmp.periodB) }));
	if ((cmp.norm === 'per_100k' || cmp.norm === 'per_100k_year') && cmp.a.populationYear !== null)
		footnotes.push(t(lang, 'legend.population', { year: cmp.a.populationYear }));
	if (o.indicative) footnotes.push(t(lang, 'legend.indicative'));
	return {
		kind: 'diverging',
		title: indicatorLabel(o.indicator, lang, cmp.indicator),
		subtitle: change === 'ratio' ? t(lang, 'legend.compareRatio', { a, b }) : t(lang, 'legend.compareDiff', { a, b, unit: o.unit }),
		items,
		footnotes,
		coverage: t(lang, 'coverage.both', { n: cmp.withBoth, total, a, b })
	};
}
