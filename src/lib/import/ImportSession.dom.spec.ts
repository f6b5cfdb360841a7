import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { packFacts } from '$lib/core/fact-pack';
import { MAX_IMPORT_BYTES } from '$lib/core/import-types';
import type { ImportRound } from '$lib/core/imported';
import { fact, tables } from '$lib/core/test-fixtures';
import type { Source } from '$lib/core/types';
import { t } from '$lib/i18n';
import { AppState } from '$lib/state/app.svelte';
import { DataSource } from '$lib/state/data-source.svelte';
import { loadImport, saveImport } from '$lib/state/import-store';
import { servedLoaders } from '$lib/state/test-loaders';
import { ImportSession } from './ImportSession.svelte';
import type { FromWorker, ImportSummary, ToWorker } from './protocol';

// The province spellings come from the build's files; the session only passes them on to the worker.
vi.mock('$lib/data/bundled', async (original) => ({
	...(await original<typeof import('$lib/data/bundled')>()),
	loadAliases: async () => []
}));

/** Stands in for parse.worker.ts: records what the session sends, answers what the spec tells it to. */
class FakeWorker {
	static all: FakeWorker[] = [];
	posted: ToWorker[] = [];
	terminated = false;
	onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
	onerror: ((e: ErrorEvent) => void) | null = null;
	constructor() {
		FakeWorker.all.push(this);
	}
	postMessage(msg: ToWorker) {
		this.posted.push(msg);
	}
	terminate() {
		this.terminated = true;
	}
	/** A message from the worker (a terminated one sends none). */
	reply(msg: FromWorker) {
		if (!this.terminated) this.onmessage?.({ data: msg } as MessageEvent<FromWorker>);
	}
	sent<T extends ToWorker['type']>(type: T): Extract<ToWorker, { type: T }>[] {
		return this.posted.filter((m): m is Extract<ToWorker, { type: T }> => m.type === type);
	}
}

const bundled = tables([
	fact({ province_code: '01', indicator: 'tips', value: 10 }),
	fact({ province_code: '02', indicator: 'tips', value: 4 })
]);
const importedFacts = [fact({ province_code: '03', indicator: 'tips', value: 6, source_id: 'tinh' })];
const importedSources: Source[] = [{ source_id: 'tinh', publisher: 'Công an tỉnh', title: 'Báo cáo', date: '2026-11', url: '' }];
const round: ImportRound = { files: ['tinh.csv'], era: '63', indicators: ['tips'], periods: ['2013-2023'] };
/** What the worker reports of a file with figures (the session reads only the count of figures). */
const summary = { counts: { facts: importedFacts.length } } as unknown as ImportSummary;

async function dashboard(lang = 'vi') {
	const data = new DataSource(servedLoaders(bundled).loaders);
	await data.load(new URLSearchParams());
	await data.texts();
	const url = new URL(`https://atlas.test/?lang=${lang}`);
	return new AppState({ url: () => url, data });
}

const csv = (name = 'tinh.csv') => new File(['province,indicator,value\n03,tips,6\n'], name, { type: 'text/csv' });

/** Adds a file and waits until the worker was asked to read it; the file's id. */
async function reading(session: ImportSession, file = csv()) {
	session.add([file]);
	const worker = await vi.waitFor(() => {
		const w = FakeWorker.all.at(-1);
		if (!w?.sent('add').length) throw new Error('not read yet');
		return w;
	});
	return { worker, id: worker.sent('add').at(-1)!.id };
}

beforeEach(() => {
	FakeWorker.all = [];
	vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('an import round', () => {
	it('the worker gets the bundled data to check against, then the file', async () => {
		const app = await dashboard();
		const session = new ImportSession(() => app);
		const { worker } = await reading(session);
		const context = worker.sent('context')[0]!.context;
		expect(context.facts).toEqual(bundled.facts);
		expect(worker.sent('add')[0]).toMatchObject({ name: 'tinh.csv' });
		expect(session.files[0]!.status).toBe('reading');
	});

	it('a confirmed import is the data in view, with its file, mode and round', async () => {
		const app = await dashboard();
		const session = new ImportSession(() => app);
		const { worker, id } = await reading(session);
		worker.reply({ type: 'analysed', id, summary });
		expect(session.ready.map((f) => f.id)).toEqual([id]);
		session.commit();
		expect(worker.sent('commit')[0]).toMatchObject({ ids: [id], file: 'tinh.csv', mode: 'replace' });
		worker.reply({ type: 'facts', facts: packFacts(importedFacts) });
		worker.reply({ type: 'committed', sources: importedSources, round, storeError: null });
		await vi.waitFor(() => expect(session.done).toBe(true));
		expect(app.origin).toMatchObject({ kind: 'imported', file: 'tinh.csv', mode: 'replace', round });
		expect(app.dataset!.tables.facts).toEqual(importedFacts);
		expect(worker.terminated).toBe(true);
	});

	it('cancelled while a file is read: the worker stops, the round is forgotten, the data in view are unchanged', async () => {
		const app = await dashboard('en');
		const before = { dataset: app.dataset, origin: app.origin };
		const session = new ImportSession(() => app);
		const { worker } = await reading(session);
		session.cancel();
		expect(worker.terminated).toBe(true);
		expect(session.files).toEqual([]);
		expect(session.status).toBe('idle');
		expect(session.notice).toBe(t('en', 'importer.cancelled'));
		expect(app.dataset).toBe(before.dataset);
		expect(app.origin).toBe(before.origin);
	});

	it('cancelled while the figures are put in: nothing of them reaches the view', async () => {
		const app = await dashboard();
		const before = { dataset: app.dataset, origin: app.origin };
		const session = new ImportSession(() => app);
		const { worker, id } = await reading(session);
		worker.reply({ type: 'analysed', id, summary });
		session.commit();
		worker.reply({ type: 'facts', facts: packFacts(importedFacts) });
		session.cancel();
		expect(worker.terminated).toBe(true);
		expect(session.committing).toBe(false);
		await new Promise((r) => setTimeout(r, 0));
		expect(app.dataset).toBe(before.dataset);
		expect(app.origin).toBe(before.origin);
	});

	it('when the browser refuses to keep the import, it is in view, the page says so and nothing half-kept is left', async () => {
		await saveImport({ file: 'old.csv', importedAt: '2026-01-01T00:00:00.000Z', mode: 'replace', sources: [] }, [packFacts(bundled.facts)]);
		const app = await dashboard();
		const session = new ImportSession(() => app);
		const { worker, id } = await reading(session);
		worker.reply({ type: 'analysed', id, summary });
		session.commit();
		worker.reply({ type: 'facts', facts: packFacts(importedFacts) });
		worker.reply({ type: 'committed', sources: importedSources, round, storeError: 'QuotaExceededError' });
		await vi.waitFor(() => expect(session.done).toBe(true));
		expect(app.origin.kind).toBe('imported');
		expect(session.notice).toBe(t('vi', 'importer.storeFailed', { message: 'QuotaExceededError' }));
		await vi.waitFor(async () => expect(await loadImport()).toBeNull());
	});

	it('a file over the size limit is refused before any reading, with its name', async () => {
		const app = await dashboard();
		const session = new ImportSession(() => app);
		const big = csv('lon.csv');
		Object.defineProperty(big, 'size', { value: MAX_IMPORT_BYTES + 1 });
		session.add([big]);
		expect(session.files).toEqual([]);
		expect(session.error).toContain('lon.csv');
		expect(FakeWorker.all).toEqual([]);
	});

	it('a file the worker cannot read fails alone and says why; the next file is read', async () => {
		const app = await dashboard();
		const session = new ImportSession(() => app);
		const { worker, id } = await reading(session);
		session.add([csv('b.csv')]);
		worker.reply({ type: 'error', id, message: 'not a CSV' });
		expect(session.files[0]).toMatchObject({ status: 'failed' });
		expect(session.files[0]!.error).toContain('not a CSV');
		await vi.waitFor(() => expect(worker.sent('add').map((m) => m.name)).toEqual(['tinh.csv', 'b.csv']));
		expect(app.origin.kind).toBe('bundled');
	});
});
