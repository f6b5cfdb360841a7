/**
 * The headline strip above the map: the national figure for the chosen indicator and period when one is
 * sourced (with the related national figures of the same family and period, e.g. 2015–2020: 103
 * collectives and 94 individuals commended), how many areas have a figure, and the top areas.
 */
import type { Comparison } from './compare';
import type { Dataset } from './dataset';
import { formatValue } from './format';
import { unitText } from './map-model';
import { periodKey, periodLabel } from './period';
import { hasConflict, sourceFigures, type Selection } from './select';
import type { Lang } from './types';
import { t } from '../i18n';

export interface NationalFigure {
	indicator: string;
	/** Indicator label: "Tập thể được khen thưởng". */
	label: string;
	/** "103", "≥ 4.300". */
	valueText: string;
	unit: string;
	/** Publisher and date of the source drawn (the most recent, rule 2). */
	source: string;
	/** Several sources give different national figures. */
	conflict: boolean;
	/** The indicator chosen on the map (listed first). */
	current: boolean;
}

export interface TopArea {
	code: string;
	name: string;
	/** Value with ≥/≈ mark and unit as drawn on the map. */
	valueText: string;
}

export interface HeadlineModel {
	/** "Toàn quốc, 2015–2020". */
	nationalHeading: string;
	national: NationalFigure[];
	/** The sources of the national figures, each once (related figures usually come from one article). */
	nationalSources: string[];
	/** "4/63 tỉnh có số liệu" (+ partial, + both periods in comparison). */
	coverage: string;
	top: TopArea[];
}

/** How many areas the strip names as the largest. */
const TOP = 3;

export function headline(opts: {
	ds: Dataset;
	selection: Selection;
	comparison?: Comparison | null;
	lang: Lang;
}): HeadlineModel {
	const { ds, selection: sel, comparison, lang } = opts;
	const key = periodKey(sel.period);
	const period = periodLabel(sel.period);
	const chosen = ds.indicatorById.get(sel.indicator);
	// The chosen indicator first, then the other indicators of its family in catalogue order.
	const ids = [sel.indicator, ...ds.indicators.filter((i) => i.family === chosen?.family && i.id !== sel.indicator).map((i) => i.id)];
	const national: NationalFigure[] = [];
	for (const id of ids) {
		const figures = sourceFigures(ds.nationalFacts.get(`${id}|${key}`) ?? [], ds.sourceById);
		const first = figures[0];
		if (!first) continue;
		const ind = ds.indicatorById.get(id);
		const src = ds.sourceById.get(first.source_id);
		national.push({
			indicator: id,
			label: ind ? (lang === 'vi' ? ind.label_vi : ind.label_en) : id,
			valueText: formatValue(first.value, first.qualifier, lang),
			// National figures are drawn as reported: a total, never divided.
			unit: unitText(ind, 'total', lang),
			source: src
				? [src.publisher, src.date].filter(Boolean).join(', ')
				: t(lang, 'map.sourceUser'),
			conflict: hasConflict(figures),
			current: id === sel.indicator
		});
	}
	const total = sel.areas.length;
	const coverage = [t(lang, 'coverage.count', { n: sel.withData, total })];
	if (sel.withData > sel.complete) coverage.push(t(lang, 'headline.partial', { n: sel.withData - sel.complete }));
	if (comparison) {
		coverage.push(
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
	return {
		nationalHeading: t(lang, 'headline.national', { period }),
		national,
		nationalSources: [...new Set(national.map((f) => f.source))],
		coverage: coverage.join(' · '),
		top
	};
}
