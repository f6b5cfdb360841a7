/**
 * What every map paint is made of: the colour ramps (ColorBrewer YlGnBu sequential, PuOr diverging, both
 * colour-blind safe), what an area is painted with and what the legend says, and the texts the paints share.
 * No data is never a colour of a ramp: it is a hatched pattern with its own legend entry, and "not enough data
 * to compare" has a pattern of its own. The paints: ./value-paint.ts (values, a comparison) and
 * ./coverage-paint.ts (where figures exist, who has reported).
 */
import type { Dataset } from './dataset';
import { indicatorLabel } from './indicator-label';
import type { Norm } from './select';
import type { Indicator, Lang } from './types';
import { t } from '../i18n';

/** YlGnBu, 7 classes; the near-white first step is skipped so low values stay visible on a light page. */
export const SEQUENTIAL = ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'];
/** PuOr, 7 classes: orange = A below B, purple = A above B, grey = about the same. */
export const DIVERGING = ['#b35806', '#f1a340', '#fee0b6', '#f7f7f7', '#d8daeb', '#998ec3', '#542788'];
/** Coverage of one indicator: a figure for the chosen period (dark), only for other periods (light). */
export const COVERAGE_COLORS = { current: SEQUENTIAL[5]!, other: SEQUENTIAL[2]! } as const;

/** `count` colours spread over the ramp (from its second step), darkest = highest. */
export function rampColors(count: number): string[] {
	if (count <= 0) return [];
	if (count === 1) return [SEQUENTIAL[4]!];
	const first = 1;
	const last = SEQUENTIAL.length - 1;
	return Array.from({ length: count }, (_, i) => SEQUENTIAL[Math.round(first + (i * (last - first)) / (count - 1))]!);
}

/** Diverging colours for classes laid out symmetrically around the centre class. */
export function divergingColors(count: number, centerClass: number): string[] {
	const mid = 3;
	return Array.from({ length: count }, (_, i) => {
		const offset = i - centerClass;
		return DIVERGING[Math.max(0, Math.min(DIVERGING.length - 1, mid + offset))]!;
	});
}

/**
 * `value`: a colour of the ramp; `partial`: a 34-unit where only some former provinces reported (the colour,
 * hatched); `missing`: no data (hatched); `insufficient`: comparison without both periods (cross-hatched).
 */
export type PaintKind = 'value' | 'partial' | 'missing' | 'insufficient';

export interface AreaPaint {
	code: string;
	name: string;
	kind: PaintKind;
	/** Fill colour (also the base of a partial hatch); null for areas drawn with a no-data pattern. */
	fill: string | null;
	classIndex: number | null;
	/** Value as displayed, with ≥/≈ mark. */
	valueText: string;
	/** Accessible name: "Đồng Tháp: ≥ 44.000 nguồn tin, 2013–2023". */
	label: string;
	/** Tooltip lines under the name, plain text (value and unit, period, rank, source, warnings). */
	details: string[];
}

export interface LegendItem {
	kind: PaintKind;
	color: string | null;
	label: string;
}

/** sequential: values; diverging: a comparison; coverage: where figures exist. */
export type LegendKind = 'sequential' | 'diverging' | 'coverage';

export interface LegendModel {
	kind: LegendKind;
	/** What the map shows: the indicator (or the coverage question). */
	title: string;
	/** Unit, normalisation, period(s) and population year — what exactly the number is. */
	subtitle: string;
	items: LegendItem[];
	/** Notes under the legend: qualifiers drawn, sources that differ, per-year rates, colour direction. */
	footnotes: string[];
	coverage: string;
}

export interface MapPaint {
	areas: Map<string, AreaPaint>;
	legend: LegendModel;
}

/** The unit as the number is drawn: "nguồn tin", "nguồn tin mỗi năm", "nguồn tin trên 100.000 dân". */
export function unitText(indicator: Indicator | undefined, norm: Norm, lang: Lang): string {
	const unit = indicator ? (lang === 'vi' ? indicator.unit_vi : indicator.unit_en) : '';
	if (norm === 'per_year') return t(lang, 'map.unitPerYear', { unit });
	if (norm === 'per_100k') return t(lang, 'map.unitPer100k', { unit });
	if (norm === 'per_100k_year') return t(lang, 'map.unitPer100kYear', { unit });
	return unit;
}

export function rangeLabel(lo: string, hi: string): string {
	return lo === hi ? lo : `${lo} – ${hi}`;
}

export function withParts(text: string, parts: string | null): string {
	return parts ? `${text}; ${parts}` : text;
}

/** Indicator names for a tooltip line or a table cell: the first few, then how many more. */
export function indicatorList(ds: Dataset, ids: string[], lang: Lang, max = 4): string {
	const names = ids.slice(0, max).map((id) => indicatorLabel(ds.indicatorById.get(id), lang, id));
	return ids.length > max ? `${names.join(', ')}, … (+${ids.length - max})` : names.join(', ');
}
