/** Switching the data in view between an import and the bundled data (the header badge and the import dialog). */
import type { DatasetTables } from '$lib/core/types';
import type { AppState } from '$lib/state/app.svelte';
import type { DataOrigin } from '$lib/state/data-source.svelte';
import { clearImport } from '$lib/state/import-store';

/**
 * Put tables in view. Link parameters the new data do not have (an indicator or period only the old data had)
 * leave the URL; valid ones stay as they are, so returning to the other data comes back to the same view.
 */
export async function showData(app: AppState, tables: DatasetTables, origin: DataOrigin): Promise<void> {
	await app.useTablesInSlices(tables, origin);
	if (app.parsed?.problems.length) await app.set({}, { replace: true });
}

/** "Quay về số liệu gốc": forget the kept import, then show the bundled data. */
export async function returnToBundled(app: AppState): Promise<void> {
	const bundled = app.bundled;
	if (!bundled) return;
	// Forgotten first: if the browser cannot, the view still changes, and a reload would say so by the badge.
	await clearImport().catch(() => undefined);
	await showData(app, bundled, { kind: 'bundled' });
}
