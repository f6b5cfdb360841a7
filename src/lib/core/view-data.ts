/**
 * Which files of the bundled data a view needs (./dataset-parts.ts): the indicator in view, the province of an
 * open panel in both eras, or everything for the views that
 * show every indicator — coverage of all indicators, the reporting table, the chart and table views and a link
 * with evidence filters.
 */
import { indexDataset, type Dataset } from './dataset';
import { areaKey, joinParts, PART_FILES, type Catalogue } from './dataset-parts';
import { viewContext } from './view-context';
import { linkParam, parseViewState, type ViewState } from './view-state';

export type ViewNeeds = { everything: true } | { everything: false; indicator: string; areas: string[] };

export function viewNeeds(ds: Dataset, v: ViewState): ViewNeeds {
	if (v.mode === 'coverage-all' || v.mode === 'reporting' || v.view !== 'map' || v.evIndicator || v.evPeriod || v.evScope) {
		return { everything: true };
	}
	return { everything: false, indicator: v.indicator, areas: v.panel ? panelAreas(ds, v.panel, v.units) : [] };
}

/** A new province's panel shows its old provinces' figures too; an old province's, its new province's after the merger. */
function panelAreas(ds: Dataset, code: string, units: ViewState['units']): string[] {
	const unit = units === '34' ? ds.unit34ByCode.get(code) : undefined;
	if (unit) return [areaKey('34', unit.code), ...unit.old_codes.map((c) => areaKey('63', c))];
	const later = ds.provinceByCode.get(code)?.code_2025;
	return [areaKey('63', code), ...(later ? [areaKey('34', later)] : [])];
}

/** Evidence filters are checked against the facts (all of them): a link with any needs everything before it is read. */
export const EVIDENCE_PARAMS = ['ev_indicator', 'ev_period', 'ev_scope'];
export const linkNeedsEverything = (params: URLSearchParams): boolean => EVIDENCE_PARAMS.some((p) => linkParam(params, p) !== null);

/**
 * The files under /data/ that a link with no parameters fetches before its map is drawn: the catalogue, the
 * indicator in view, the boundaries of its units and the archipelagos' labels. The build preloads them from the page
 * (scripts/preload-first-view.js), so they download with the page's scripts instead of after them; the view is
 * read exactly as the page reads it (`parseViewState` on the catalogue alone).
 */
export function firstViewFiles(catalogue: Catalogue): string[] {
	const ds = indexDataset(joinParts(catalogue, [], []), catalogue.coverage);
	const view = parseViewState(new URLSearchParams(), viewContext(ds)).state;
	const needs = viewNeeds(ds, view);
	const figures = needs.everything ? ['dataset.json', 'dataset-details.json'] : [PART_FILES.indicator(needs.indicator)];
	return [PART_FILES.catalogue, ...figures, `geo-${view.units}.json`, 'archipelagos.json'];
}
