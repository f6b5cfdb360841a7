import { beforeEach, describe, expect, it, vi } from 'vitest';
import { packFacts } from '$lib/core/fact-pack';
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

/** An import's figures in stored chunks of `size`, as the import worker writes them. */
function inChunks(kept: StoredImport, size: number) {
	return Array.from({ length: Math.ceil(kept.facts.length / size) }, (_, i) => packFacts(kept.facts.slice(i * size, (i + 1) * size)));
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
		await (await afterReload()).saveImport(kept, inChunks(kept, 3));
		const store = await afterReload();
		expect(await store.loadImport()).toEqual(kept);

		// What the reloaded page puts in view.
		const source = new DataSource(servedLoaders(bundled, { kept: store.loadImport }).loaders);
		await source.load(new URLSearchParams());
		expect(source.origin).toEqual({ kind: 'imported', file: kept.file, importedAt: kept.importedAt, mode: 'replace', round: kept.round });
		expect(source.dataset!.tables.facts.map((f) => f.value)).toEqual(kept.facts.map((f) => f.value));
	});

	it('an import kept before its chunks were packed is read back as it was', async () => {
		const kept = anImport(5);
		const { facts, ...meta } = kept;
		// What the store wrote then: each chunk an array of facts.
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('antq-atlas-import', 1);
			req.onupgradeneeded = () => ['meta', 'fact-chunks'].forEach((s) => req.result.createObjectStore(s));
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const tx = db.transaction(['meta', 'fact-chunks'], 'readwrite');
		tx.objectStore('fact-chunks').put(facts.slice(0, 3), 0);
		tx.objectStore('fact-chunks').put(facts.slice(3), 1);
		tx.objectStore('meta').put({ ...meta, chunks: 2 }, 'current');
		await new Promise((resolve) => (tx.oncomplete = resolve));
		db.close();
		expect(await (await afterReload()).loadImport()).toEqual(kept);
	});

	it('a new import replaces the kept one entirely (no chunk of the old one is left)', async () => {
		const store = await afterReload();
		const old = anImport(10, 'cu.csv');
		await store.saveImport(old, inChunks(old, 2));
		const next = anImport(3, 'moi.csv');
		await store.saveImport(next, inChunks(next, 2));
		expect(await (await afterReload()).loadImport()).toEqual(next);
	});

	it('nothing kept is no import; forgetting it ("return to bundled data") leaves nothing for the next page', async () => {
		const store = await afterReload();
		expect(await store.loadImport()).toBeNull();
		const kept = anImport(4);
		await store.saveImport(kept, inChunks(kept, 2));
		await store.clearImport();
		expect(await (await afterReload()).loadImport()).toBeNull();
	});

	it('without IndexedDB the store says so instead of keeping nothing silently', async () => {
		vi.stubGlobal('indexedDB', undefined);
		try {
			const store = await afterReload();
			await expect(store.saveImport(anImport(1), [])).rejects.toThrow('IndexedDB');
			await expect(store.loadImport()).rejects.toThrow('IndexedDB');
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
