/**
 * What the map paints in the coverage and reporting modes (where figures exist, who has reported): the part of
 * core/view-paint.ts that only those modes use, in a module of its own so that the page loads it when a view
 * first needs it, not with the map's first view (which paints values).
 */
import type { Dataset } from './dataset';
import { paintIndicatorCoverage, paintOverallCoverage, paintReporting } from './coverage-paint';
import type { MapPaint } from './map-paint';
import { parsePeriod } from './period';
import { reportingStatus } from './reporting';
import type { Lang } from './types';
import type { ViewState } from './view-state';

/** The coverage or reporting map of view `v` (null in value mode, or when its period is not one). */
export function paintCoverageView(opts: {
	ds: Dataset;
	view: ViewState;
	lang: Lang;
	/** The indicators an imported round asked for (reporting mode); else those with figures. */
	round?: string[];
}): MapPaint | null {
	const { ds, view: v, lang, round } = opts;
	if (v.mode === 'coverage') {
		const period = parsePeriod(v.period);
		return period && paintIndicatorCoverage({ ds, indicator: v.indicator, period, units: v.units, lang });
	}
	if (v.mode === 'coverage-all') return paintOverallCoverage({ ds, units: v.units, method: v.classes, lang });
	if (v.mode === 'reporting') {
		const period = parsePeriod(v.period);
		return period && paintReporting({ ds, reporting: reportingStatus(ds, { period, units: v.units, round }), lang });
	}
	return null;
}

export type CoveragePainter = typeof paintCoverageView;
