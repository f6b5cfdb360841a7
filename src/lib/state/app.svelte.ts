/**
 * The app's one source of truth for the view: the URL. This class parses it with the core's view-state
 * rules, derives what the views draw (selection, comparison, classes) and changes it by navigating,
 * so every view is a link and Back/Forward step through changes.
 */
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { classify, divergingClasses, type Classes, type DivergingClasses } from '$lib/core/classify';
import { compare } from '$lib/core/compare';
import { indexDataset, indexDatasetInSlices, type Dataset } from '$lib/core/dataset';
import { parsePeriod } from '$lib/core/period';
import { select } from '$lib/core/select';
import type { DatasetTables, Lang } from '$lib/core/types';
import {
	LANGS,
	parseViewState,
	viewContext,
	viewStateSearch,
	type ViewState
} from '$lib/core/view-state';
import { t as translate, type MessageKey } from '$lib/i18n';
import { loadTables } from '$lib/data/bundled';
import { combineTables, type MergeMode } from '$lib/core/import';
import { loadImport, type StoredImport } from '$lib/import/store';

/**
 * Which data are in view: the bundled files, or a file the user imported in this browser (`importedAt` ISO
 * 8601; `mode`: the import replaced the bundled figures or was merged with them).
 */
export type DataOrigin = { kind: 'bundled' } | { kind: 'imported'; file: string; importedAt: string; mode?: MergeMode };

export class AppState {
	dataset = $state.raw<Dataset | null>(null);
	origin = $state.raw<DataOrigin>({ kind: 'bundled' });
	/** The data the site ships, kept to merge an import with and to return to. */
	bundled = $state.raw<DatasetTables | null>(null);
	loadError = $state<string | null>(null);

	readonly ctx = $derived(this.dataset ? viewContext(this.dataset) : null);
	readonly parsed = $derived(this.ctx ? parseViewState(page.url.searchParams, this.ctx) : null);
	readonly view = $derived(this.parsed?.state ?? null);

	/** Known before the data arrive, so the loading screen already speaks the right language. */
	readonly lang: Lang = $derived.by(() => {
		const l = page.url.searchParams.get('lang');
		return (LANGS as readonly string[]).includes(l ?? '') ? (l as Lang) : 'vi';
	});

	readonly selection = $derived.by(() => {
		const v = this.view;
		const period = v && parsePeriod(v.period);
		if (!this.dataset || !v || !period) return null;
		return select(this.dataset, { indicator: v.indicator, period, norm: v.norm, units: v.units });
	});

	readonly comparison = $derived.by(() => {
		const v = this.view;
		const a = v && parsePeriod(v.period);
		const b = v?.compare ? parsePeriod(v.compare) : null;
		if (!this.dataset || !v || !a || !b) return null;
		return compare(this.dataset, {
			indicator: v.indicator,
			periodA: a,
			periodB: b,
			norm: v.norm,
			units: v.units
		});
	});

	/** Class breaks of what the map paints: values, or differences around 0 (ratios around 1) in comparison mode. */
	readonly classes: Classes | DivergingClasses | null = $derived.by(() => {
		if (this.comparison) {
			const ratio = this.view?.change === 'ratio';
			const values = this.comparison.areas.flatMap((c) => {
				const v = ratio ? c.ratio : c.diff;
				return v === null ? [] : [v];
			});
			return divergingClasses(values, { center: ratio ? 1 : 0 });
		}
		if (!this.selection || !this.view) return null;
		const values = this.selection.areas.flatMap((a) => (a.value === null ? [] : [a.value]));
		return classify(values, { method: this.view.classes });
	});

	/** 63-province codes chosen by the province filter and the region, as a set. */
	readonly selectedCodes: Set<string> = $derived.by(() => {
		const v = this.view;
		const codes = new Set(v?.provinces ?? []);
		const region = v?.region ? this.dataset?.regionById.get(v.region) : undefined;
		for (const c of region?.codes ?? []) codes.add(c);
		return codes;
	});

	/** Area codes to highlight on the map in the current units (a 34-unit if any of its parts is chosen). */
	readonly highlighted: string[] = $derived.by(() => {
		const ds = this.dataset;
		if (!ds || this.selectedCodes.size === 0) return [];
		if (this.view?.units !== '34') return [...this.selectedCodes];
		return ds.units34.filter((u) => u.old_codes.some((c) => this.selectedCodes.has(c))).map((u) => u.code);
	});

	t = (key: MessageKey, params?: Record<string, string | number>) => translate(this.lang, key, params);

	async load(
		fetchTables: () => Promise<DatasetTables> = loadTables,
		readImport: () => Promise<StoredImport | null> = loadImport
	): Promise<void> {
		this.loadError = null;
		try {
			// An import kept in this browser is read while the bundled data download; no storage, no import.
			const kept = readImport().catch(() => null);
			const tables = await fetchTables();
			this.bundled = tables;
			const imported = await kept;
			if (imported) {
				const { file, importedAt, mode } = imported;
				await this.useTablesInSlices(combineTables({ bundled: tables, imported, mode }), { kind: 'imported', file, importedAt, mode });
			} else this.useTables(tables, { kind: 'bundled' });
		} catch (e) {
			this.loadError = e instanceof Error ? e.message : String(e);
		}
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
	 * go: the index is built in slices between timer ticks, then swapped in at once.
	 */
	async useTablesInSlices(tables: DatasetTables, origin: DataOrigin): Promise<void> {
		const run = ++this.#tablesRun;
		const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
		const dataset = await indexDatasetInSlices(tables, { slice: 2500, pause });
		if (run !== this.#tablesRun) return;
		this.dataset = dataset;
		this.origin = origin;
	}

	/** Change the view: the URL is rewritten (defaults dropped) and becomes a history entry. */
	set(patch: Partial<ViewState>, opts: { replace?: boolean } = {}): Promise<void> {
		if (!this.ctx || !this.view) return Promise.resolve();
		const next = { ...this.view, ...patch };
		const search = viewStateSearch(next, this.ctx);
		if (search === page.url.search) return Promise.resolve();
		return goto(`${page.url.pathname}${search}${page.url.hash}`, {
			keepFocus: true,
			noScroll: true,
			replaceState: opts.replace ?? false
		});
	}

	/** Switching indicator keeps the period when the new indicator has it, else opens on its default. */
	setIndicator(indicator: string): Promise<void> {
		if (!this.ctx || !this.view) return Promise.resolve();
		const periods = this.ctx.periodsFor(indicator);
		const period = periods.includes(this.view.period) ? this.view.period : this.ctx.periodFor(indicator);
		const compare = this.view.compare && periods.includes(this.view.compare) && this.view.compare !== period ? this.view.compare : null;
		const norm = this.view.norm === 'per_year' && !this.ctx.flowIndicators.has(indicator) ? 'total' : this.view.norm;
		return this.set({ indicator, period, compare, norm });
	}
}
