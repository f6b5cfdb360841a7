/** The bundled data as the core reads them, for tests that work out what a page must show (never written by hand). */
import { loadDataFiles } from '../../scripts/load-data-files';
import { indexDataset, MISSION_PERIOD } from '../../src/lib/core/dataset';
import type { Units } from '../../src/lib/core/select';
import { readTables } from '../../src/lib/core/validate';
import { viewContext } from '../../src/lib/core/view-context';
import { parseViewState } from '../../src/lib/core/view-state';

export const { tables } = readTables(loadDataFiles('data'));
export const dataset = indexDataset(tables);
export const ctx = viewContext(dataset);

/** The units a link's view opens on (the default view: the present, the 34). */
export function unitsOf(url: string): Units {
	return parseViewState(new URL(url).searchParams, ctx).state.units;
}

/** How many areas the map of a link draws: those of the units its view opens on. */
export function areasOf(url: string): number {
	return unitsOf(url) === '34' ? dataset.units34.length : dataset.provinces.length;
}

/**
 * A view of the 63 map, for what only the 63 map shows: the mission's period, 2013–2023, of the indicator of
 * models, tips and awards with the most provinces in it (the default view when no new province has a figure).
 */
export const VIEW_63 = (() => {
	let best: { id: string; n: number } | null = null;
	for (const ind of dataset.indicators) {
		if (!['models', 'tips', 'awards'].includes(ind.family)) continue;
		const n = dataset.periodsByIndicator.get(ind.id)?.find((c) => c.key === MISSION_PERIOD)?.provinces ?? 0;
		if (!best || n > best.n) best = { id: ind.id, n };
	}
	if (!best?.n) throw new Error('the bundled data have no 2013–2023 province figure');
	return `indicator=${best.id}&period=${MISSION_PERIOD}`;
})();
