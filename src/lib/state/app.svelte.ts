/**
 * The app's one source of truth for the view: the URL. This class parses it with the core's view-state
 * rules, derives what the views draw (selection, comparison, classes) and changes it by navigating,
 * so every view is a link and Back/Forward step through changes.
 */
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { untrack } from 'svelte';
import { classify, divergingClasses, type Classes, type DivergingClasses } from '$lib/core/classify';
import { compare } from '$lib/core/compare';
import { indicatorLabel } from '$lib/core/indicator-label';
import type { MapPaint } from '$lib/core/map-model';
import { indexDataset, indexDatasetInSlices, type Dataset } from '$lib/core/dataset';
import { parsePeriod } from '$lib/core/period';
import { choosePeriod, periodNoticeText, type PeriodNotice } from '$lib/core/period-choice';
import { select } from '$lib/core/select';
import { paintView } from '$lib/core/view-paint';
import type { DatasetTables, Lang } from '$lib/core/types';
import {
	LANGS,
	parseViewState,
	unitsAfter,
	viewContext,
	viewStateSearch,
	type ViewState
} from '$lib/core/view-state';
import { t as translate, type MessageKey } from '$lib/i18n';
import { linkNeedsEverything, viewNeeds } from '$lib/core/view-data';
import { bundledParts as parts, loadTables } from '$lib/data/bundled';
import type { ImportRound, MergeMode } from '$lib/core/imported';
import { loadImport, type StoredImport } from '$lib/state/import-store';

/**
 * Which data are in view: the bundled files, or a file the user imported in this browser (`importedAt` ISO
 * 8601; `mode`: the import replaced the bundled figures or was merged with them).
 */
export type DataOrigin =
	| { kind: 'bundled' }
	| { kind: 'imported'; file: string; importedAt: string; mode?: MergeMode; round?: ImportRound };

/**
 * Resolves in a new task, so that the browser can paint and handle input between slices of work. A message to
 * oneself, not `setTimeout(…, 0)`: browsers delay nested timers by at least 4 ms, which over the 40 slices of a
 * 100,000-row import added 160 ms of waiting (PERFORMANCE.md).
 */
function nextTask(): Promise<void> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}

export class AppState {
	/** Where the view is read from: the page's address, or a fixed view (a presentation slide). */
	#url: () => URL = () => page.url;

	/** `url`: read the view from this address instead of the page's (a slide of a presentation deck). */
	constructor(opts: { url?: () => URL } = {}) {
		if (opts.url) this.#url = opts.url;
		this.#fixed = Boolean(opts.url);
		// The page's view (not a slide's, which is given its data) fetches what it needs whenever it changes.
		if (!this.#fixed) {
			$effect.root(() => {
				$effect(() => {
					const v = this.view;
					// Only the view is a dependency, not what filling it reads or writes.
					if (v) untrack(() => void this.#fill(v));
				});
			});
		}
	}

	/** The view is a fixed address (a slide), not the page's link. */
	#fixed = false;

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

	readonly ctx = $derived(this.dataset ? viewContext(this.dataset) : null);
	readonly parsed = $derived(this.ctx ? parseViewState(this.#url().searchParams, this.ctx) : null);
	readonly view = $derived(this.parsed?.state ?? null);

	/** Known before the data arrive, so the loading screen already speaks the right language. */
	readonly lang: Lang = $derived.by(() => {
		const l = this.#url().searchParams.get('lang');
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

	/** What the files imported together asked for (their indicators and periods), when the data in view are such a round. */
	readonly round: ImportRound | null = $derived(this.origin.kind === 'imported' ? (this.origin.round ?? null) : null);

	/** What the map paints and its legend (core/view-paint.ts): every drawing of the map shows this. */
	readonly paint: MapPaint | null = $derived(
		this.dataset && this.view
			? paintView({
					ds: this.dataset,
					view: this.view,
					selection: this.selection,
					comparison: this.comparison,
					classes: this.classes,
					lang: this.lang,
					round: this.round?.indicators
				})
			: null
	);

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

	async load(readImport: () => Promise<StoredImport | null> = loadImport): Promise<void> {
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
				await this.useTablesInSlices(combineTables({ bundled: tables, imported, mode }), { kind: 'imported', file, importedAt, mode, round });
			} else if (this.bundled || linkNeedsEverything(this.#url().searchParams)) {
				this.useTables(this.bundled ?? (await this.#loadTexts()), { kind: 'bundled' });
			} else {
				// The view the link asks for, read against the catalogue alone, says which files to fetch before the first paint.
				const catalogue = indexDataset(parts.tables(), parts.coverage ?? undefined);
				const view = parseViewState(this.#url().searchParams, viewContext(catalogue)).state;
				const needs = viewNeeds(catalogue, view);
				if (needs.everything) return this.useTables(await this.#loadTexts(), { kind: 'bundled' });
				await Promise.all([parts.indicator(needs.indicator), ...needs.areas.map((a) => parts.area(a))]);
				this.#tablesRun++;
				this.#showParts();
				this.origin = { kind: 'bundled' };
			}
		} catch (e) {
			this.loadError = e instanceof Error ? e.message : String(e);
		}
	}

	/** The bundled parts fetched so far, in view. */
	#showParts(): void {
		this.dataset = indexDataset(parts.tables(), parts.coverage ?? undefined);
	}

	/**
	 * Fetches what view `v` needs of the bundled data and shows it, unless other tables came into view meanwhile.
	 * Resolves false (and says why in `partError`) when a file did not arrive: the view in place stays.
	 */
	async #fill(v: ViewState, retry: () => Promise<unknown> = () => this.#fill(v)): Promise<boolean> {
		const ds = this.dataset;
		if (!ds || this.origin.kind !== 'bundled' || this.complete) return true;
		const needs = viewNeeds(ds, v);
		const run = this.#tablesRun;
		try {
			if (needs.everything) await this.#loadTexts();
			else if (!parts.hasIndicator(needs.indicator) || needs.areas.some((a) => !parts.hasArea(a))) {
				await Promise.all([parts.indicator(needs.indicator), ...needs.areas.map((a) => parts.area(a))]);
				if (run === this.#tablesRun && this.origin.kind === 'bundled' && !this.complete) this.#showParts();
			}
			this.partError = null;
			return true;
		} catch (e) {
			this.partError = e instanceof Error ? e.message : String(e);
			this.#retry = retry;
			return false;
		}
	}

	#retry: () => Promise<unknown> = () => Promise.resolve();

	/** Try again what failed (`partError`): the view asked for, or the change of indicator. */
	async retryParts(): Promise<void> {
		await this.#retry();
	}

	/** The open province panel has its figures and texts (all of its indicators, every era it shows). */
	readonly panelReady: boolean = $derived.by(() => {
		const ds = this.dataset;
		const v = this.view;
		if (!ds || !v?.panel) return false;
		if (this.origin.kind !== 'bundled' || this.complete) return true;
		const needs = viewNeeds(ds, v);
		return !needs.everything && needs.areas.every((a) => parts.hasArea(a));
	});

	#texts: Promise<DatasetTables> | null = null;

	/** The complete bundled tables, downloaded once; in view at once if the bundled data are in view. */
	#loadTexts(): Promise<DatasetTables> {
		if (!this.#texts) {
			this.#texts = loadTables().then((tables) => {
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
	 * go: the index is built in slices between timer ticks, then swapped in at once.
	 */
	async useTablesInSlices(tables: DatasetTables, origin: DataOrigin): Promise<void> {
		const run = ++this.#tablesRun;
		const pause = nextTask;
		const dataset = await indexDatasetInSlices(tables, { slice: 2500, pause });
		if (run !== this.#tablesRun) return;
		this.dataset = dataset;
		this.origin = origin;
	}

	/**
	 * Periods the last change of indicator could not keep (the new indicator has no figures for them): said
	 * beside the link's own problems until the next change of view.
	 */
	periodNotices = $state.raw<PeriodNotice[]>([]);

	/** What the page says about the link and the last change: invalid parameters, periods without figures. */
	readonly notices: string[] = $derived.by(() => {
		const ds = this.dataset;
		const label = (id: string) => {
			return indicatorLabel(ds?.indicatorById.get(id), this.lang, id);
		};
		const fromLink = (this.parsed?.problems ?? []).map((p) =>
			p.notice ? periodNoticeText(p.notice, label(p.notice.indicator), this.lang) : this.t('url.problem', { param: p.param, value: p.value })
		);
		return [...fromLink, ...this.periodNotices.map((n) => periodNoticeText(n, label(n.indicator), this.lang))];
	});

	/** Change the view: the URL is rewritten (defaults dropped) and becomes a history entry. */
	set(patch: Partial<ViewState>, opts: { replace?: boolean; notices?: PeriodNotice[] } = {}): Promise<void> {
		if (!this.ctx || !this.view) return Promise.resolve();
		this.periodNotices = opts.notices ?? [];
		const next = { ...this.view, ...patch };
		const search = viewStateSearch(next, this.ctx);
		if (search === page.url.search) return Promise.resolve();
		return goto(`${page.url.pathname}${search}${page.url.hash}`, {
			keepFocus: true,
			noScroll: true,
			replaceState: opts.replace ?? false
		});
	}

	/**
	 * A link without `units` whose period opens on the 34 map gets `units=34` (the link says which map it shows),
	 * in place — no history entry, every other parameter as written (problems with them stay visible).
	 */
	nameUnitsInLink(): Promise<void> {
		const url = this.#url();
		if (this.#fixed || this.view?.units !== '34' || url.searchParams.has('units')) return Promise.resolve();
		const params = new URLSearchParams(url.searchParams);
		params.set('units', '34');
		const search = `?${params.toString().replace(/%2C/gi, ',')}`;
		return goto(`${url.pathname}${search}${url.hash}`, { keepFocus: true, noScroll: true, replaceState: true });
	}

	/**
	 * Switching indicator keeps the period (and the period compared with) when the new indicator has it; else a
	 * stock shows the end of a range, or the indicator opens on its own period in the units in view (a period after
	 * the merger in the 34 view, when it has one) — and the page says so. The units follow when that period belongs
	 * to the other era (core/view-state.ts `unitsAfter`).
	 */
	async setIndicator(indicator: string): Promise<void> {
		if (!this.ctx || !this.view) return;
		// The map in place stays until the indicator's figures are in; if they cannot come, it stays and says so.
		if (!(await this.#fill({ ...this.view, indicator }, () => this.setIndicator(indicator)))) return;
		if (!this.ctx || !this.view) return;
		const ctx = this.ctx;
		const periods = ctx.periodsFor(indicator);
		const stock = !ctx.flowIndicators.has(indicator);
		const notices: PeriodNotice[] = [];
		const keep = (param: PeriodNotice['param'], asked: string, fallback: string | null): string | null => {
			if (periods.includes(asked)) return asked;
			const c = choosePeriod({ indicator, asked, periods, stock, fallback, param });
			notices.push(c.notice);
			return c.period;
		};
		const own = ctx.periodIn(indicator, this.view.units);
		const period = keep('period', this.view.period, own) ?? own;
		const compared = this.view.compare ? keep('compare', this.view.compare, null) : null;
		const compare = compared !== period ? compared : null;
		const norm = this.view.norm === 'per_year' && stock ? 'total' : this.view.norm;
		const units = unitsAfter(ctx, this.view, { indicator, period });
		return this.set({ indicator, period, compare, norm, units }, { notices });
	}

	/** Another period: the comparison stays while it still compares two periods; the units follow its era. */
	setPeriod(period: string): Promise<void> {
		if (!this.ctx || !this.view) return Promise.resolve();
		const v = this.view;
		return this.set({ period, compare: v.compare !== period ? v.compare : null, units: unitsAfter(this.ctx, v, { indicator: v.indicator, period }) });
	}
}
