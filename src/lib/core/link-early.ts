/**
 * What a link says before the data are in — the loading screen's language, and which files to start downloading —
 * read by the view state's own rule (./view-state.ts `linkParam`, its lists and defaults). A value the view state
 * would refuse reads as the default here; the full parse reports it once the data are in.
 */
import type { Units } from './select';
import type { Lang } from './types';
import { CHARTS, FIXED_DEFAULTS, LANGS, UNITS, VIEWS, linkParam, oneOf, type ChartName, type ViewName } from './view-state';

export interface EarlyLink {
	lang: Lang;
	view: ViewName;
	chart: ChartName;
	/** The map's units when the link names them; else the period decides, which only the data can tell. */
	units: Units | null;
}

export function readLinkEarly(params: URLSearchParams): EarlyLink {
	const read = <T extends string>(name: string, list: readonly T[]): T | null => {
		const raw = linkParam(params, name);
		return raw === null ? null : oneOf(list, raw);
	};
	return {
		lang: read('lang', LANGS) ?? FIXED_DEFAULTS.lang,
		view: read('view', VIEWS) ?? FIXED_DEFAULTS.view,
		chart: read('chart', CHARTS) ?? FIXED_DEFAULTS.chart,
		units: read('units', UNITS)
	};
}
