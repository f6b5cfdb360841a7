/**
 * The words every exported image, slide, embed and printed page carries besides the drawing: a heading that
 * says what is shown (indicator, period, units, normalisation), the source line (publishers of the figures
 * shown, and the boundaries' licence on maps), the export date. Pure, in the view's language.
 */
import type { Comparison } from './compare';
import { indicatorLabel } from './indicator-label';
import type { Dataset } from './dataset';
import type { LegendModel } from './map-paint';
import { periodLabel, periodYears } from './period';
import type { RegionSummary } from './regions';
import { drawnParts, type AreaValue, type Selection } from './select';
import type { SlideLegend } from './slide';
import type { Indicator, Lang, Qualifier } from './types';
import type { ChartName, ViewState } from './view-state';
import { t } from '../i18n';

export interface Heading {
	title: string;
	subtitle: string;
}

/** How many publishers a source line names before "and n more". */
export const MAX_PUBLISHERS = 6;

/**
 * Publishers of the figures drawn for these areas, most figures first (then by name): each reporting part's
 * drawn figure counts once; a figure without a known source is "user-supplied".
 */
export function figurePublishers(areas: Iterable<AreaValue>, ds: Dataset, lang: Lang): string[] {
	const ids: string[] = [];
	for (const a of areas) for (const p of drawnParts(a)) if (p.figure) ids.push(p.figure.source_id);
	return publishersOf(ids, ds, lang);
}

function publishersOf(sourceIds: Iterable<string>, ds: Dataset, lang: Lang): string[] {
	const counts = new Map<string, number>();
	for (const id of sourceIds) {
		const name = (id && ds.sourceById.get(id)?.publisher) || t(lang, 'map.sourceUser');
		counts.set(name, (counts.get(name) ?? 0) + 1);
	}
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi')).map(([name]) => name);
}

/**
 * Publishers of what a view shows: the drawn figures (in a comparison, both periods of the areas compared);
 * in the coverage modes, every mapped figure counted (of the indicator, or of all indicators).
 */
export function viewPublishers(opts: {
	ds: Dataset;
	view: ViewState;
	selection: Selection | null;
	comparison: Comparison | null;
	lang: Lang;
}): string[] {
	const { ds, view, selection, comparison, lang } = opts;
	if (view.mode === 'value') {
		if (comparison) {
			const both = comparison.areas.filter((c) => c.status === 'both');
			return figurePublishers([...both.map((c) => c.a), ...both.map((c) => c.b)], ds, lang);
		}
		return selection ? figurePublishers(selection.areas, ds, lang) : [];
	}
	const prefix = `${view.indicator}|`;
	const ids: string[] = [];
	for (const [key, facts] of ds.mapFacts) {
		if (view.mode === 'coverage-all' || key.startsWith(prefix)) for (const f of facts) ids.push(f.source_id);
	}
	return publishersOf(ids, ds, lang);
}

/**
 * "Nguồn: Báo A; Báo B; ranh giới: Cục Đo đạc…, CC BY-SA 4.0": at most `max` publishers, then "and n more";
 * `boundaries` (maps) adds the boundaries' source and licence.
 */
export function sourceLine(opts: { publishers: readonly string[]; boundaries: boolean; lang: Lang; max?: number }): string {
	const { publishers, boundaries, lang } = opts;
	const max = opts.max ?? MAX_PUBLISHERS;
	const shown = publishers.slice(0, max).join('; ');
	const list =
		publishers.length === 0
			? t(lang, 'present.sourceNone')
			: publishers.length > max
				? t(lang, 'present.sourceMore', { list: shown, n: publishers.length - max })
				: shown;
	const line = t(lang, 'present.source', { publishers: list });
	return boundaries ? `${line}; ${t(lang, 'present.boundaries')}` : line;
}

/** Units (63 or 34) and, for values on totals, the normalisation — what the legend's unit line leaves out. */
function scopeParts(view: ViewState, lang: Lang): string[] {
	const parts = [t(lang, `units.${view.units}`)];
	if (view.mode === 'value' && view.norm === 'total') parts.push(t(lang, 'norm.total'));
	return parts;
}

/** The map's heading: the legend's title, then its unit line (unit, period, per year / per 100,000), units. */
export function mapHeading(opts: { legend: LegendModel; view: ViewState; lang: Lang }): Heading {
	const { legend, view, lang } = opts;
	return { title: legend.title, subtitle: [legend.subtitle, ...scopeParts(view, lang)].join(' · ') };
}

/** A chart's heading: indicator and chart, then what a value is (unit, normalisation, period) and the units. */
export function chartHeading(opts: { indicator: string; chart: string; unit: string; view: ViewState; lang: Lang }): Heading {
	const { indicator, chart, unit, view, lang } = opts;
	return {
		title: t(lang, 'present.chartTitle', { indicator, chart }),
		subtitle: [unit, t(lang, `units.${view.units}`)].join(' · ')
	};
}

/** What an embed is (its dialog's frame title, or its heading while it has nothing to draw): indicator and chart. */
export function embedHeading(opts: { indicator: Indicator | undefined; chart: ChartName; lang: Lang }): Heading {
	return { title: indicatorLabel(opts.indicator, opts.lang), subtitle: t(opts.lang, `embed.chart.${opts.chart}`) };
}

/** "23/11/2026" / "23 Nov 2026". */
export function dateText(date: Date, lang: Lang): string {
	return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
		day: 'numeric',
		month: lang === 'vi' ? 'numeric' : 'short',
		year: 'numeric'
	}).format(date);
}

/** "Xuất ngày 23/11/2026" / "Exported 23 Nov 2026". */
export function exportDate(date: Date, lang: Lang): string {
	return t(lang, 'present.date', { date: dateText(date, lang) });
}

/** Which chart of the workspace. */
export type ChartKind = 'ranking' | 'compare' | 'regions';

/** What an image export draws: the map, the maps of each period of a comparison, or a chart. */
export type ExportTarget = 'map' | 'periods' | ChartKind;

function qualifierNotes(qualifiers: Iterable<Qualifier | null>, lang: Lang): string[] {
	const set = new Set(qualifiers);
	return [...(set.has('at_least') ? [t(lang, 'legend.atLeast')] : []), ...(set.has('approx') ? [t(lang, 'legend.approx')] : [])];
}

/**
 * What a chart's legend says on a slide: how to read it, the ≥/≈ marks its labels carry, what is left out
 * (no data is listed, never drawn as 0) and the coverage.
 */
export function chartLegend(opts: {
	chart: ChartKind;
	selection: Selection;
	comparison: Comparison | null;
	regions: readonly RegionSummary[];
	/** Some provinces are chosen (and highlighted). */
	highlighted: boolean;
	lang: Lang;
}): SlideLegend {
	const { chart, selection: sel, comparison: cmp, regions, highlighted, lang } = opts;
	const total = sel.areas.length;
	if (chart === 'compare' && cmp) {
		const a = periodLabel(cmp.periodA);
		const b = periodLabel(cmp.periodB);
		const footnotes = [t(lang, 'present.compareNote', { a, b })];
		if (cmp.perYearForced) footnotes.push(t(lang, 'legend.perYearForced', { ya: periodYears(cmp.periodA), yb: periodYears(cmp.periodB) }));
		if (cmp.areas.some((c) => c.qualified)) footnotes.push(t(lang, 'legend.indicative'));
		const insufficient = cmp.areas.length - cmp.withBoth;
		if (insufficient > 0) footnotes.push(t(lang, 'present.insufficientNote', { n: insufficient }));
		return { items: [], footnotes, coverage: t(lang, 'coverage.both', { n: cmp.withBoth, total, a, b }) };
	}
	const coverage = t(lang, 'coverage.count', { n: sel.withData, total });
	if (chart === 'regions') {
		const footnotes = qualifierNotes(
			regions.map((r) => r.qualifier),
			lang
		);
		if (regions.some((r) => r.partial && r.value !== null)) footnotes.push(t(lang, 'present.regionsPartialNote'));
		const none = regions.filter((r) => r.value === null).map((r) => r.name);
		if (none.length > 0) footnotes.push(t(lang, 'present.regionsNoData', { names: none.join(', ') }));
		return { items: [], footnotes, coverage };
	}
	const footnotes = qualifierNotes(sel.qualifiers, lang);
	if (highlighted) footnotes.push(t(lang, 'present.chosenNote'));
	if (sel.withData < total) footnotes.push(t(lang, 'present.noDataNote', { n: total - sel.withData }));
	return { items: [], footnotes, coverage };
}
