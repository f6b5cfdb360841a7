/**
 * "Tải gói số liệu": the data in view (bundled and imported) as the package the build accepts
 * (core/data-package.ts), zipped by book.worker.ts with a README saying how to publish it.
 */
import '$lib/i18n/messages/importer-round';
import type { AppState } from '$lib/state/app.svelte';
import { downloadBook } from './books';

export async function downloadPackage(app: AppState): Promise<void> {
	// The quotes and titles are part of the contract: the complete tables, never the map's lean ones.
	await app.texts();
	const tables = app.dataset?.tables;
	if (!tables) return;
	const name = app.t('package.file');
	const time = new Intl.DateTimeFormat(app.lang === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' }).format(
		new Date()
	);
	const readme = app.t('package.readme', { time, facts: tables.facts.length, sources: tables.sources.length });
	await downloadBook({ type: 'package', tables, name, readme }, `${name}.zip`);
}
