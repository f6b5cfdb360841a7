/**
 * The headline strip above the map: the national figures for the chosen indicator's family and period (in a
 * comparison, period A and period B side by side: awards 2013–2023 against 2015–2020), how many areas have a
 * figure, and the top areas among them. Honest by construction: every source's national figure is shown with
 * its date when sources differ (never only the older or the smaller), and a national figure below a single
 * province's own says so.
 */
import type { Comparison } from './compare';
import { mapKey, type Dataset } from './dataset';
import { formatValue } from './format';
import { indicatorLabel } from './indicator-label';
import { unitText } from './map-paint';
import { periodKey, periodLabel } from './period';
import { sourceFigures, type Selection } from './select';
import type { Lang, Period, Qualifier } from './types';
import { t } from '../i18n';

/** One source's national figure. */
export interface SourcedValue {
	/** "103", "≥ 4.300". */
	valueText: string;
	/** Publisher and date of the article. */
	source: string;
	/** "thấp hơn số của Nghệ An (≥ 3.600)": a province alone reports more; null otherwise. */
	below: string | null;
}

/** One indicator's national figures: for period A, and for period B in a comparison. */
export interface NationalRow {
	indicator: string;
	/** Indicator label: "Tập thể được khen thưởng". */
	label: string;
	unit: string;
	/** The indicator chosen on the map (listed first). */
	current: boolean;
	/** Every source's figure for period A, newest first (several: the sources differ). */
	a: SourcedValue[];
	/** The same for period B; null outside a comparison. */
	b: SourcedValue[] | null;
}

export interface TopArea {
	code: string;
	name: string;
	/** Value with ≥/≈ mark and unit as drawn on the map. */
	valueText: string;
}

export interface HeadlineModel {
	/** "Toàn quốc, 2015–2020" ("Toàn quốc" in a comparison, whose columns name the periods). */
	nationalHeading: string;
	/** The periods of the national figures' columns: [A] or [A, B]. */
	periods: string[];
	national: NationalRow[];
	/** "Cao nhất trong 4/63 tỉnh có số liệu" (with period A's label in a comparison). */
	topHeading: string;
	top: TopArea[];
	/** Coverage beyond the heading: partial 34-units, provinces with both periods. */
	coverageNotes: string[];
}

/** How many areas the strip names as the largest. */
const TOP = 3;

/** The largest figure a single province reports for an indicator and period (newest source of each), if any. */
function largestProvince(ds: Dataset, indicator: string, key: string): { name: string; value: number; qualifier: Qualifier } | null {
	let best: { name: string; value: number; qualifier: Qualifier } | null = null;
	for (const p of ds.provinces) {
		const figure = sourceFigures(ds.mapFacts.get(mapKey(indicator, key, p.code)) ?? [], ds.sourceById)[0];
		if (figure && (!best || figure.value > best.value)) best = { name: p.name, value: figure.value, qualifier: figure.qualifier };
	}
	return best;
}

/** Every source's national figure of an indicator for a period, newest first. */
function nationalValues(ds: Dataset, indicator: string, period: Period, lang: Lang): SourcedValue[] {
	const key = periodKey(period);
	const figures = sourceFigures(ds.nationalFacts.get(`${indicator}|${key}`) ?? [], ds.sourceById);
	if (figures.length === 0) return [];
	const province = largestProvince(ds, indicator, key);
	return figures.map((f) => {
		const src = ds.sourceById.get(f.source_id);
		return {
			valueText: formatValue(f.value, f.qualifier, lang),
			source: src ? [src.publisher, src.date].filter(Boolean).join(', ') : t(lang, 'map.sourceUser'),
			below:
				province && f.value < province.value
					? t(lang, 'headline.belowProvince', { name: province.name, value: formatValue(province.value, province.qualifier, lang) })
					: null
		};
	});
}

export function headline(opts: { ds: Dataset; selection: Selection; comparison?: Comparison | null; lang: Lang }): HeadlineModel {
	const { ds, selection: sel, comparison, lang } = opts;
	const chosen = ds.indicatorById.get(sel.indicator);
	const periodB = comparison?.periodB ?? null;
	// The chosen indicator first, then the other indicators of its family in catalogue order.
	const ids = [sel.indicator, ...ds.indicators.filter((i) => i.family === chosen?.family && i.id !== sel.indicator).map((i) => i.id)];
	const national: NationalRow[] = [];
	for (const id of ids) {
		const a = nationalValues(ds, id, sel.period, lang);
		const b = periodB ? nationalValues(ds, id, periodB, lang) : null;
		if (a.length === 0 && !b?.length) continue;
		const ind = ds.indicatorById.get(id);
		national.push({
			indicator: id,
			label: indicatorLabel(ind, lang, id),
			// National figures are drawn as reported: a total, never divided.
			unit: unitText(ind, 'total', lang),
			current: id === sel.indicator,
			a,
			b
		});
	}
	const total = sel.areas.length;
	const coverage = t(lang, 'coverage.count', { n: sel.withData, total });
	const coverageNotes: string[] = [];
	if (sel.withData > sel.complete) coverageNotes.push(t(lang, 'headline.partial', { n: sel.withData - sel.complete }));
	if (comparison) {
		coverageNotes.push(
			t(lang, 'coverage.both', {
				n: comparison.withBoth,
				total,
				a: periodLabel(comparison.periodA),
				b: periodLabel(comparison.periodB)
			})
		);
	}
	const unit = unitText(chosen, sel.appliedNorm, lang);
	const top = sel.areas
		.filter((a) => a.rank !== null && a.rank <= TOP)
		.sort((a, b) => a.rank! - b.rank!)
		.slice(0, TOP)
		.map((a) => ({ code: a.code, name: a.name, valueText: `${formatValue(a.value, a.qualifier, lang)} ${unit}` }));
	const period = periodLabel(sel.period);
	return {
		nationalHeading: periodB ? t(lang, 'headline.nationalCompared') : t(lang, 'headline.national', { period }),
		periods: periodB ? [period, periodLabel(periodB)] : [period],
		national,
		topHeading: periodB ? t(lang, 'headline.topOfPeriod', { period, coverage }) : t(lang, 'headline.topAmong', { coverage }),
		top,
		coverageNotes
	};
}
