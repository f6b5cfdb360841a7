/**
 * The app's state as the components see it: the view (state/view.svelte.ts, what the URL says and what follows
 * from it) over the data source (state/data-source.svelte.ts, the bundled files, a kept import or a reporting
 * round). This file only ties the two to the page: the address and navigation are SvelteKit's, the loaders are
 * the bundled files' and the browser's storage, and whenever the page's view changes the source fetches what
 * it needs.
 */
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { untrack } from 'svelte';
import type { PeriodNotice } from '$lib/core/period-choice';
import type { DatasetTables } from '$lib/core/types';
import type { ViewState } from '$lib/core/view-state';
import { bundledParts, loadTables } from '$lib/data/bundled';
import { coveragePainter, loadCoveragePainter } from './coverage-code.svelte';
import { DataSource, type DataOrigin } from './data-source.svelte';
import { loadImport, type StoredImport } from './import-store';
import { UrlView } from './view.svelte';

export class AppState {
	/** Where the data in view come from, and fetching what a view needs. */
	readonly data: DataSource;
	/** What the URL says, and what follows from it. */
	readonly link: UrlView;

	/**
	 * `url`: read the view from this address instead of the page's (a slide of a presentation deck), which never
	 * navigates; `data`: show these data (a slide shows the dashboard's) instead of loading the bundled files.
	 */
	constructor(opts: { url?: () => URL; data?: DataSource } = {}) {
		const data = opts.data ?? new DataSource({ parts: bundledParts, loadTables, readImport: loadImport });
		const fixed = Boolean(opts.url);
		this.data = data;
		this.link = new UrlView({
			url: opts.url ?? (() => page.url),
			dataset: () => data.dataset,
			round: () => data.round,
			coverage: coveragePainter,
			navigate: fixed ? undefined : (href, { replace }) => goto(href, { keepFocus: true, noScroll: true, replaceState: replace }),
			prepare: (next, retry) => data.fill(next, retry)
		});
		// The page's view (not a slide's, which is given its data) fetches what it needs whenever it changes.
		if (!fixed) {
			$effect.root(() => {
				$effect(() => {
					const v = this.link.view;
					// Only the view is a dependency, not what filling it reads or writes.
					if (v) untrack(() => void data.fill(v));
				});
				// A coverage or reporting view paints nothing until its painter is in (the map in place stays); if
				// its code cannot be loaded, the page says so and offers to try again, as for the boundaries.
				$effect(() => {
					if (this.link.view && this.link.view.mode !== 'value')
						untrack(() => loadCoveragePainter().catch((e) => (data.loadError = e instanceof Error ? e.message : String(e))));
				});
			});
		}
	}

	// The data source, as the components read it.
	get dataset() {
		return this.data.dataset;
	}
	get origin() {
		return this.data.origin;
	}
	get bundled() {
		return this.data.bundled;
	}
	get complete() {
		return this.data.complete;
	}
	get loadError() {
		return this.data.loadError;
	}
	/** A view that could not be drawn says why (a geometry or a panel's file that did not arrive). */
	set loadError(message: string | null) {
		this.data.loadError = message;
	}
	get partError() {
		return this.data.partError;
	}
	get round() {
		return this.data.round;
	}

	/** Load the data the page's link needs (`readImport`: how the kept import is read; the embed delays it). */
	load(readImport?: () => Promise<StoredImport | null>): Promise<void> {
		return this.data.load(this.link.url.searchParams, readImport);
	}
	retryParts = (): Promise<void> => this.data.retryParts();
	texts = (): Promise<void> => this.data.texts();
	useTables = (tables: DatasetTables, origin: DataOrigin): void => this.data.useTables(tables, origin);
	useTablesInSlices = (tables: DatasetTables, origin: DataOrigin): Promise<void> => this.data.useTablesInSlices(tables, origin);

	/** The open province panel has its figures and texts (all of its indicators, every era it shows). */
	readonly panelReady: boolean = $derived.by(() => this.data.panelReady(this.link.view));

	/** A province the reader may open next (pointer resting on it, keyboard focus): its panel's files are fetched ahead. */
	warmPanel(code: string): void {
		const v = this.link.view;
		if (v && v.panel !== code) this.data.warm({ ...v, panel: code });
	}

	// The view, as the components read it.
	get ctx() {
		return this.link.ctx;
	}
	get parsed() {
		return this.link.parsed;
	}
	get view() {
		return this.link.view;
	}
	get lang() {
		return this.link.lang;
	}
	get selection() {
		return this.link.selection;
	}
	get comparison() {
		return this.link.comparison;
	}
	get classes() {
		return this.link.classes;
	}
	get paint() {
		return this.link.paint;
	}
	get selectedCodes() {
		return this.link.selectedCodes;
	}
	get highlighted() {
		return this.link.highlighted;
	}
	get notices() {
		return this.link.notices;
	}
	get t() {
		return this.link.t;
	}
	set = (patch: Partial<ViewState>, opts?: { replace?: boolean; notices?: PeriodNotice[] }): Promise<void> => this.link.set(patch, opts);
	nameUnitsInLink = (): Promise<void> => this.link.nameUnitsInLink();
	setIndicator = (indicator: string): Promise<void> => this.link.setIndicator(indicator);
	setPeriod = (period: string): Promise<void> => this.link.setPeriod(period);
}
