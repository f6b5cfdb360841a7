/**
 * The data in view and where they come from: the bundled files (by view at first, core/dataset-parts.ts, then all
 * of them), an import kept in this browser, or a file just imported (a reporting round). It fetches what a view
 * needs and says when a file did not arrive; what the view is, it is told (state/view.svelte.ts reads the URL).
 * The loaders are given, so that a spec can serve the files from memory.
 */
import { indexDataset, indexDatasetInSlices, type Dataset } from '$lib/core/dataset';
import type { ImportRound, MergeMode } from '$lib/core/imported';
import type { DatasetTables } from '$lib/core/types';
import { linkNeedsEverything, viewNeeds } from '$lib/core/view-data';
import { viewContext } from '$lib/core/view-context';
import { parseViewState, type ViewState } from '$lib/core/view-state';
import type { PartsLoader } from '$lib/data/parts-loader';
import { nextTask } from '$lib/data/next-task';
import type { StoredImport } from './import-store';

/**
 * Which data are in view: the bundled files, or a file the user imported in this browser (`importedAt` ISO
 * 8601; `mode`: the import replaced the bundled figures or was merged with them).
 */
export type DataOrigin =
	{ kind: 'bundled' } | { kind: 'imported'; file: string; importedAt: string; mode?: MergeMode; round?: ImportRound };

/** Where the data come from. */
export interface DataLoaders {
	/** The bundled tables by view: the catalogue, then each indicator's or province's file. */
	parts: Pick<PartsLoader, 'catalogue' | 'tables' | 'coverage' | 'indicator' | 'area' | 'hasIndicator' | 'hasArea' | 'areaKeys'>;
	/** The complete bundled tables (every indicator, every text). */
	loadTables: () => Promise<DatasetTables>;
	/** The import kept in this browser, or null. */
	readImport: () => Promise<StoredImport | null>;
	/** Resolves when the page may go on with the next slice of a long indexing (`nextTask` by default). */
	pause?: () => Promise<void>;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class DataSource {
	#loaders: DataLoaders;

	constructor(loaders: DataLoaders) {
		this.#loaders = loaders;
	}

	dataset = $state.raw<Dataset | null>(null);
	origin = $state.raw<DataOrigin>({ kind: 'bundled' });
	/** The data the site ships, kept to merge an import with and to return to (set once all of them are in: `texts()`). */
	bundled = $state.raw<DatasetTables | null>(null);
	/**
	 * The complete bundled tables (every indicator, every text) are in. Until then the bundled data in view are the
	 * parts a view needed (core/dataset-parts.ts): the map of one indicator, a province's panel; whatever shows
	 * every indicator or every text waits for `texts()`.
	 */
	complete = $state(false);
	loadError = $state<string | null>(null);
	/** A file the view in place asked for did not arrive: the view stays as it was, and says so. */
	partError = $state<string | null>(null);

	/** What the files imported together asked for (their indicators and periods), when the data in view are such a round. */
	readonly round: ImportRound | null = $derived(this.origin.kind === 'imported' ? (this.origin.round ?? null) : null);

	/**
	 * The first data in view for the link's parameters `params`: a kept import (combined with the bundled data), or
	 * the bundled files that link's view needs (all of them if it shows every text). `readImport` replaces the
	 * loaders' own (the embed reads the kept import a little later).
	 */
	async load(params: URLSearchParams, readImport: () => Promise<StoredImport | null> = this.#loaders.readImport): Promise<void> {
		const parts = this.#loaders.parts;
		this.loadError = null;
		try {
			// An import kept in this browser is read while the bundled data download; no storage, no import.
			const kept = readImport().catch(() => null);
			await parts.catalogue();
			const imported = await kept;
			if (imported) {
				const { file, importedAt, mode, round } = imported;
				// The import code (with its CSV parser) loads only when there is an import to show, not with the map.
				const [{ combineTables }, tables] = await Promise.all([import('$lib/core/imported'), this.#loadTexts()]);
				await this.useTablesInSlices(combineTables({ bundled: tables, imported, mode }), {
					kind: 'imported',
					file,
					importedAt,
					mode,
					round
				});
			} else if (this.bundled || linkNeedsEverything(params)) {
				this.useTables(this.bundled ?? (await this.#loadTexts()), { kind: 'bundled' });
			} else {
				// The view the link asks for, read against the catalogue alone, says which files to fetch before the first paint.
				const catalogue = indexDataset(parts.tables(), parts.coverage ?? undefined);
				const needs = viewNeeds(catalogue, parseViewState(params, viewContext(catalogue)).state);
				if (needs.everything) return this.useTables(await this.#loadTexts(), { kind: 'bundled' });
				await Promise.all([parts.indicator(needs.indicator), ...needs.areas.map((a) => parts.area(a))]);
				const run = ++this.#tablesRun;
				const shown = this.#indexParts();
				// Indexing the figures and the first render of what they show (controls, headline) are two tasks on a
				// slow phone, not one long one.
				await (this.#loaders.pause ?? nextTask)();
				if (run !== this.#tablesRun) return;
				this.#showParts(shown);
				this.origin = { kind: 'bundled' };
			}
		} catch (e) {
			this.loadError = message(e);
		}
	}

	/** The bundled parts fetched so far, indexed, and the provinces' files among them. */
	#indexParts(): { dataset: Dataset; areas: Set<string> } {
		const parts = this.#loaders.parts;
		return { dataset: indexDataset(parts.tables(), parts.coverage ?? undefined), areas: new Set(parts.areaKeys()) };
	}

	/** The bundled parts fetched so far (or as indexed a moment ago), in view. */
	#showParts(shown = this.#indexParts()): void {
		this.#shownAreas = shown.areas;
		this.dataset = shown.dataset;
	}

	/** The provinces' files in the dataset in view: one fetched ahead since (`warm`) is not in it yet. */
	#shownAreas = new Set<string>();

	/**
	 * Fetch ahead what view `v` would need (a province panel the reader is about to open), without putting it in view:
	 * the view that needs it puts it in (`fill`). A file that cannot be fetched now is tried again then, and said.
	 */
	warm(v: ViewState): void {
		const ds = this.dataset;
		if (!ds || this.origin.kind !== 'bundled' || this.complete) return;
		const needs = viewNeeds(ds, v);
		if (needs.everything) return;
		for (const a of needs.areas) this.#loaders.parts.area(a).catch(() => undefined);
	}

	/**
	 * Fetches what view `v` needs of the bundled data and shows it, unless other tables came into view meanwhile.
	 * Resolves false (and says why in `partError`) when a file did not arrive: the view in place stays, and
	 * `retryParts` calls `retry`.
	 */
	async fill(v: ViewState, retry: () => Promise<unknown> = () => this.fill(v)): Promise<boolean> {
		const ds = this.dataset;
		const parts = this.#loaders.parts;
		if (!ds || this.origin.kind !== 'bundled' || this.complete) return true;
		const needs = viewNeeds(ds, v);
		const run = this.#tablesRun;
		try {
			if (needs.everything) await this.#loadTexts();
			else {
				const missing = !parts.hasIndicator(needs.indicator) || needs.areas.some((a) => !parts.hasArea(a));
				if (missing) await Promise.all([parts.indicator(needs.indicator), ...needs.areas.map((a) => parts.area(a))]);
				// Also when a province's files came ahead (`warm`): in the loader, not yet in view.
				const ahead = needs.areas.some((a) => !this.#shownAreas.has(a));
				if ((missing || ahead) && run === this.#tablesRun && this.origin.kind === 'bundled' && !this.complete) this.#showParts();
			}
			this.partError = null;
			return true;
		} catch (e) {
			this.partError = message(e);
			this.#retry = retry;
			return false;
		}
	}

	#retry: () => Promise<unknown> = () => Promise.resolve();

	/** Try again what failed (`partError`). */
	async retryParts(): Promise<void> {
		await this.#retry();
	}

	/** Every figure and text the province panel of view `v` shows is in (all of its indicators, every era it shows). */
	panelReady(v: ViewState | null): boolean {
		const ds = this.dataset;
		if (!ds || !v?.panel) return false;
		if (this.origin.kind !== 'bundled' || this.complete) return true;
		const needs = viewNeeds(ds, v);
		return !needs.everything && needs.areas.every((a) => this.#shownAreas.has(a));
	}

	#texts: Promise<DatasetTables> | null = null;

	/** The complete bundled tables, downloaded once; in view at once if the bundled data are in view. */
	#loadTexts(): Promise<DatasetTables> {
		if (!this.#texts) {
			this.#texts = this.#loaders.loadTables().then((tables) => {
				this.bundled = tables;
				// The bundled parts in view give way to the complete tables (nothing is in view yet while a kept import loads).
				if (this.dataset && this.origin.kind === 'bundled' && !this.complete) this.dataset = indexDataset(tables);
				this.complete = true;
				return tables;
			});
			// A failed download is not kept: the next view that needs the texts tries again.
			this.#texts.catch(() => (this.#texts = null));
		}
		return this.#texts;
	}

	/**
	 * Put every bundled figure and text in: the chart and table views, the import (it merges with the whole bundled
	 * data), the data package and the presentation call this before showing them.
	 */
	texts(): Promise<void> {
		return this.#loadTexts().then(() => undefined);
	}

	/** Show other tables (an import, or the bundled data again). */
	useTables(tables: DatasetTables, origin: DataOrigin): void {
		this.#tablesRun++;
		this.dataset = indexDataset(tables);
		this.origin = origin;
	}

	/** Counts table swaps, so that a slow `useTablesInSlices` never overrides a later swap. */
	#tablesRun = 0;

	/**
	 * `useTables` for an import, whose 100,000 figures would block the page for a second if indexed in one
	 * go: the index is built in slices between tasks, then swapped in at once.
	 */
	async useTablesInSlices(tables: DatasetTables, origin: DataOrigin): Promise<void> {
		const run = ++this.#tablesRun;
		const dataset = await indexDatasetInSlices(tables, { slice: 2500, pause: this.#loaders.pause ?? nextTask });
		if (run !== this.#tablesRun) return;
		this.dataset = dataset;
		this.origin = origin;
	}
}
