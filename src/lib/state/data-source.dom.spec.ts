import { describe, expect, it, vi } from 'vitest';
import { areaKey, PART_FILES } from '$lib/core/dataset-parts';
import { fact, tables } from '$lib/core/test-fixtures';
import type { Fact } from '$lib/core/types';
import { viewContext } from '$lib/core/view-context';
import { parseViewState } from '$lib/core/view-state';
import { DataSource } from './data-source.svelte';
import type { StoredImport } from './import-store';
import { servedLoaders } from './test-loaders';

const data = tables([
	fact({ province_code: '01', indicator: 'tips', value: 10, quote: 'có 10 tin' }),
	fact({ province_code: '02', indicator: 'tips', value: 4 }),
	fact({ province_code: '01', indicator: 'models_total', value: 7, quote: '7 mô hình' })
]);
const lines = (facts: readonly Fact[]) => facts.map((f) => f.line).sort((a, b) => a - b);
const linesWhere = (keep: (f: Fact) => boolean) => lines(data.facts.filter(keep));
const q = (query: string) => new URLSearchParams(query);

/** The view `query` asks for, read against the data in view. */
function viewOf(source: DataSource, query: string) {
	return parseViewState(q(query), viewContext(source.dataset!)).state;
}

describe('the first data in view', () => {
	it('a map link fetches the catalogue and its indicator only; the complete tables wait', async () => {
		const { loaders, requests } = servedLoaders(data);
		const source = new DataSource(loaders);
		await source.load(q('indicator=models_total'));
		expect(requests).toEqual([PART_FILES.catalogue, PART_FILES.indicator('models_total')]);
		expect(lines(source.dataset!.tables.facts)).toEqual(linesWhere((f) => f.indicator === 'models_total'));
		expect(source.origin).toEqual({ kind: 'bundled' });
		expect(source.complete).toBe(false);
		expect(source.bundled).toBeNull();
	});

	it('the figures fetched are indexed first and shown a task later, unless other tables came into view meanwhile', async () => {
		let resume: (() => void) | null = null;
		const { loaders } = servedLoaders(data);
		const paused = { ...loaders, pause: () => new Promise<void>((r) => (resume = r)) };
		const source = new DataSource(paused);
		const loading = source.load(q('indicator=models_total'));
		await vi.waitFor(() => expect(resume).not.toBeNull());
		expect(source.dataset).toBeNull();
		resume!();
		await loading;
		expect(lines(source.dataset!.tables.facts)).toEqual(linesWhere((f) => f.indicator === 'models_total'));

		resume = null;
		const other = new DataSource(paused);
		const first = other.load(q('indicator=models_total'));
		await vi.waitFor(() => expect(resume).not.toBeNull());
		other.useTables(data, { kind: 'bundled' });
		resume!();
		await first;
		expect(lines(other.dataset!.tables.facts)).toEqual(lines(data.facts));
	});

	it('a link that shows every text (the table view) has the complete tables in view', async () => {
		const { loaders, requests } = servedLoaders(data);
		const source = new DataSource(loaders);
		await source.load(q('view=table'));
		expect(requests).toContain('dataset.json');
		expect(lines(source.dataset!.tables.facts)).toEqual(lines(data.facts));
		expect(source.complete).toBe(true);
		expect(source.bundled).toEqual(data);
	});

	it('an import kept in this browser is shown, combined with the bundled data as it was imported', async () => {
		const imported: StoredImport = {
			file: 'tinh.csv',
			importedAt: '2026-11-23T07:05:00.000Z',
			mode: 'merge',
			sources: [],
			facts: [fact({ province_code: '03', indicator: 'tips', value: 5 })]
		};
		const { loaders } = servedLoaders(data, { kept: async () => imported });
		const source = new DataSource(loaders);
		await source.load(q(''));
		expect(source.origin).toEqual({ kind: 'imported', file: 'tinh.csv', importedAt: imported.importedAt, mode: 'merge', round: undefined });
		expect(lines(source.dataset!.tables.facts)).toEqual(lines([...data.facts, ...imported.facts]));
		// The bundled data are kept to return to.
		expect(source.bundled).toEqual(data);
	});

	it('a storage that cannot be read is no import, not an error', async () => {
		const { loaders } = servedLoaders(data, { kept: () => Promise.reject(new Error('IndexedDB is not available')) });
		const source = new DataSource(loaders);
		await source.load(q(''));
		expect(source.loadError).toBeNull();
		expect(source.origin.kind).toBe('bundled');
	});

	it('a catalogue that does not arrive is a load error, and loading again recovers', async () => {
		const { loaders, failing } = servedLoaders(data);
		failing.add(PART_FILES.catalogue);
		const source = new DataSource(loaders);
		await source.load(q(''));
		expect(source.loadError).toContain(PART_FILES.catalogue);
		expect(source.dataset).toBeNull();
		failing.clear();
		await source.load(q(''));
		expect(source.loadError).toBeNull();
		expect(source.dataset).not.toBeNull();
	});
});

describe('filling a view', () => {
	it('another indicator’s file is fetched and shown next to what was in view', async () => {
		const { loaders } = servedLoaders(data);
		const source = new DataSource(loaders);
		await source.load(q('indicator=tips'));
		expect(await source.fill(viewOf(source, 'indicator=models_total'))).toBe(true);
		expect(lines(source.dataset!.tables.facts)).toEqual(lines(data.facts));
	});

	it('a file that does not arrive leaves the data in view as they were and says which; retrying fetches it', async () => {
		const { loaders, failing } = servedLoaders(data);
		const source = new DataSource(loaders);
		await source.load(q('indicator=tips'));
		const before = source.dataset;
		failing.add(PART_FILES.indicator('models_total'));
		expect(await source.fill(viewOf(source, 'indicator=models_total'))).toBe(false);
		expect(source.dataset).toBe(before);
		expect(source.partError).toContain(PART_FILES.indicator('models_total'));
		failing.clear();
		await source.retryParts();
		expect(source.partError).toBeNull();
		expect(lines(source.dataset!.tables.facts)).toEqual(lines(data.facts));
	});

	it('a province panel is ready once its province’s files of both eras are in', async () => {
		const { loaders, requests } = servedLoaders(data);
		const source = new DataSource(loaders);
		await source.load(q('indicator=tips'));
		const panel = viewOf(source, 'indicator=tips&panel=01');
		expect(source.panelReady(panel)).toBe(false);
		await source.fill(panel);
		expect(source.panelReady(panel)).toBe(true);
		expect(requests).toContain(PART_FILES.area(areaKey('63', '01')));
		expect(source.panelReady(viewOf(source, 'indicator=tips'))).toBe(false);
	});

	it('a province wanted ahead has its files fetched, not put in view; the panel that opens it puts them in without fetching again', async () => {
		const { loaders, requests } = servedLoaders(data);
		const source = new DataSource(loaders);
		await source.load(q('indicator=tips'));
		const before = source.dataset;
		const panel = viewOf(source, 'indicator=tips&panel=01');
		source.warm(panel);
		await vi.waitFor(() => expect(requests).toContain(PART_FILES.area(areaKey('63', '01'))));
		await new Promise((r) => setTimeout(r));
		expect(source.dataset).toBe(before);
		expect(source.panelReady(panel)).toBe(false);
		const fetched = requests.length;
		await source.fill(panel);
		expect(requests).toHaveLength(fetched);
		expect(source.panelReady(panel)).toBe(true);
		expect(source.dataset!.tables.facts.find((f) => f.province_code === '01' && f.indicator === 'models_total')?.quote).toBe('7 mô hình');
	});

	it('once an import is in view, a view fetches nothing more of the bundled data', async () => {
		const { loaders, requests } = servedLoaders(data);
		const source = new DataSource(loaders);
		await source.load(q('indicator=tips'));
		source.useTables(data, { kind: 'imported', file: 'a.csv', importedAt: '2026-01-01T00:00:00.000Z' });
		const asked = requests.length;
		expect(await source.fill(viewOf(source, 'indicator=models_total'))).toBe(true);
		expect(requests).toHaveLength(asked);
	});
});

describe('swapping the tables in view', () => {
	it('a slow swap in slices never overrides a later swap', async () => {
		const { loaders } = servedLoaders(data);
		const source = new DataSource(loaders);
		const imported = { ...data, facts: data.facts.slice(0, 1) };
		const slow = source.useTablesInSlices(imported, { kind: 'imported', file: 'a.csv', importedAt: '2026-01-01T00:00:00.000Z' });
		source.useTables(data, { kind: 'bundled' });
		await slow;
		expect(source.origin).toEqual({ kind: 'bundled' });
		expect(lines(source.dataset!.tables.facts)).toEqual(lines(data.facts));
	});

	it('the round of an import is what its files asked for; the bundled data have none', () => {
		const { loaders } = servedLoaders(data);
		const source = new DataSource(loaders);
		expect(source.round).toBeNull();
		const round = { files: ['a.csv', 'b.csv'], era: '63' as const, indicators: ['tips'], periods: ['2013-2023'] };
		source.useTables(data, { kind: 'imported', file: 'a.csv, b.csv', importedAt: '2026-01-01T00:00:00.000Z', round });
		expect(source.round).toEqual(round);
	});
});
