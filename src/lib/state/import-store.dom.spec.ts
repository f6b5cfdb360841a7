import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fact, tables } from '$lib/core/test-fixtures';
import { DataSource } from './data-source.svelte';
import type { StoredImport } from './import-store';
import { servedLoaders } from './test-loaders';

const bundled = tables([fact({ province_code: '01', indicator: 'tips', value: 10 })]);

function anImport(n: number, file = 'tinh.csv'): StoredImport {
	return {
		file,
		importedAt: '2026-11-23T07:05:00.000Z',
		mode: 'replace',
		sources: [{ source_id: 'so-lieu', publisher: 'Công an tỉnh', title: 'Báo cáo', date: '2026-11', url: '' }],
		round: { files: [file], era: '63', indicators: ['tips'], periods: ['2013-2023'] },
		facts: Array.from({ length: n }, (_, i) => fact({ province_code: '02', indicator: 'tips', value: i + 1, source_id: 'so-lieu' }))
	};
}

/** The store as a page that was just loaded sees it: the module afresh, the browser's IndexedDB as it was left. */
async function afterReload() {
	vi.resetModules();
	return import('./import-store');
}

beforeEach(async () => {
	await (await afterReload()).clearImport();
});

describe('the import kept in this browser', () => {
	it('survives a reload: the next page shows the same figures, sources, file and round', async () => {
		const kept = anImport(7);
		await (await afterReload()).saveImport(kept, 3);
		const store = await afterReload();
		expect(await store.loadImport()).toEqual(kept);

		// What the reloaded page puts in view.
		const source = new DataSource(servedLoaders(bundled, { kept: store.loadImport }).loaders);
		await source.load(new URLSearchParams());
		expect(source.origin).toEqual({ kind: 'imported', file: kept.file, importedAt: kept.importedAt, mode: 'replace', round: kept.round });
		expect(source.dataset!.tables.facts.map((f) => f.value)).toEqual(kept.facts.map((f) => f.value));
	});

	it('a new import replaces the kept one entirely (no chunk of the old one is left)', async () => {
		const store = await afterReload();
		await store.saveImport(anImport(10, 'cu.csv'), 2);
		const next = anImport(3, 'moi.csv');
		await store.saveImport(next, 2);
		expect(await (await afterReload()).loadImport()).toEqual(next);
	});

	it('nothing kept is no import; forgetting it ("return to bundled data") leaves nothing for the next page', async () => {
		const store = await afterReload();
		expect(await store.loadImport()).toBeNull();
		await store.saveImport(anImport(4), 2);
		await store.clearImport();
		expect(await (await afterReload()).loadImport()).toBeNull();
	});

	it('without IndexedDB the store says so instead of keeping nothing silently', async () => {
		vi.stubGlobal('indexedDB', undefined);
		try {
			const store = await afterReload();
			await expect(store.saveImport(anImport(1), 2)).rejects.toThrow('IndexedDB');
			await expect(store.loadImport()).rejects.toThrow('IndexedDB');
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
