/**
 * The view: what the URL says, parsed with the core's view-state rules against the data in view, and what follows
 * from it for the views (selection, comparison, classes, the map's paint, notices). A change of view is a new URL
 * (defaults dropped), so every view is a link and Back/Forward step through changes. The address, the data and
 * the way to navigate are given, so that a spec can drive it without a router.
 */
import { indicatorLabel } from '$lib/core/indicator-label';
import { classify, divergingClasses, type Classes, type DivergingClasses } from '$lib/core/classify';
import { compare } from '$lib/core/compare';
import type { CoveragePainter } from '$lib/core/coverage-view';
import type { Dataset } from '$lib/core/dataset';
import type { ImportRound } from '$lib/core/imported';
import type { MapPaint } from '$lib/core/map-paint';
import { parsePeriod } from '$lib/core/period';
import { choosePeriod, periodNoticeText, type PeriodNotice } from '$lib/core/period-choice';
import { select } from '$lib/core/select';
import type { Lang } from '$lib/core/types';
import { paintView } from '$lib/core/view-paint';
import { readLinkEarly } from '$lib/core/link-early';
import { unitsAfter, viewContext } from '$lib/core/view-context';
import { parseViewState, serialiseViewState, viewStateSearch, type ViewState } from '$lib/core/view-state';
import { t as translate, type MessageKey } from '$lib/i18n';

/** Go to `href` (same page, another query); `replace`: in place of the current history entry. */
export type Navigate = (href: string, opts: { replace: boolean }) => Promise<void>;

export interface ViewInputs {
	/** The address the view is read from: the page's, or a fixed one (a presentation slide). */
	url: () => URL;
	/** The data in view (the URL is read against them: their indicators, periods, provinces). */
	dataset: () => Dataset | null;
	/** What the files imported together asked for, when the data in view are such a round (the map marks the rest). */
	round?: () => ImportRound | null;
	/** How the coverage and reporting modes are painted, once its code is in (core/coverage-view.ts). */
	coverage?: () => CoveragePainter | null;
	/** How a change of view reaches the address; without it the view is fixed and never changes. */
	navigate?: Navigate;
	/**
	 * Called with the view a change of indicator leads to, before the URL changes: resolves false when that view
	 * cannot be shown (its figures did not arrive), and the view in place stays.
	 */
	prepare?: (next: ViewState, retry: () => Promise<unknown>) => Promise<boolean>;
}

export class UrlView {
	#in: ViewInputs;

	constructor(inputs: ViewInputs) {
		this.#in = inputs;
	}

	/** The address the view is read from. */
	get url(): URL {
		return this.#in.url();
	}

	readonly ctx = $derived.by(() => {
		const ds = this.#in.dataset();
		return ds ? viewContext(ds) : null;
	});
	readonly parsed = $derived.by(() => (this.ctx ? parseViewState(this.#in.url().searchParams, this.ctx) : null));
	readonly view = $derived(this.parsed?.state ?? null);

	/** Known before the data arrive, so the loading screen already speaks the right language. */
	readonly lang: Lang = $derived.by(() => readLinkEarly(this.#in.url().searchParams).lang);

	readonly selection = $derived.by(() => {
		const ds = this.#in.dataset();
		const v = this.view;
		const period = v && parsePeriod(v.period);
		if (!ds || !v || !period) return null;
		return select(ds, { indicator: v.indicator, period, norm: v.norm, units: v.units });
	});

	readonly comparison = $derived.by(() => {
		const ds = this.#in.dataset();
		const v = this.view;
		const a = v && parsePeriod(v.period);
		const b = v?.compare ? parsePeriod(v.compare) : null;
		if (!ds || !v || !a || !b) return null;
		return compare(ds, { indicator: v.indicator, periodA: a, periodB: b, norm: v.norm, units: v.units });
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

	/** What the map paints and its legend (core/view-paint.ts): every drawing of the map shows this. */
	readonly paint: MapPaint | null = $derived.by(() => {
		const ds = this.#in.dataset();
		if (!ds || !this.view) return null;
		return paintView({
			ds,
			view: this.view,
			selection: this.selection,
			comparison: this.comparison,
			classes: this.classes,
			lang: this.lang,
			round: this.#in.round?.()?.indicators,
			coverage: this.#in.coverage?.()
		});
	});

	/** 63-province codes chosen by the province filter and the region, as a set. */
	readonly selectedCodes: Set<string> = $derived.by(() => {
		const v = this.view;
		const codes = new Set(v?.provinces ?? []);
		const region = v?.region ? this.#in.dataset()?.regionById.get(v.region) : undefined;
		for (const c of region?.codes ?? []) codes.add(c);
		return codes;
	});

	/** Area codes to highlight on the map in the current units (a 34-unit if any of its parts is chosen). */
	readonly highlighted: string[] = $derived.by(() => {
		const ds = this.#in.dataset();
		if (!ds || this.selectedCodes.size === 0) return [];
		if (this.view?.units !== '34') return [...this.selectedCodes];
		return ds.units34.filter((u) => u.old_codes.some((c) => this.selectedCodes.has(c))).map((u) => u.code);
	});

	t = (key: MessageKey, params?: Record<string, string | number>) => translate(this.lang, key, params);

	/**
	 * Periods the last change of indicator could not keep (the new indicator has no figures for them): said
	 * beside the link's own problems until the next change of view.
	 */
	periodNotices = $state.raw<PeriodNotice[]>([]);

	/** What the page says about the link and the last change: invalid parameters, periods without figures. */
	readonly notices: string[] = $derived.by(() => {
		const ds = this.#in.dataset();
		const label = (id: string) => indicatorLabel(ds?.indicatorById.get(id), this.lang, id);
		const fromLink = (this.parsed?.problems ?? []).map((p) =>
			p.notice
				? periodNoticeText(p.notice, label(p.notice.indicator), this.lang)
				: this.t('url.problem', { param: p.param, value: p.value })
		);
		return [...fromLink, ...this.periodNotices.map((n) => periodNoticeText(n, label(n.indicator), this.lang))];
	});

	/** Go to the same page with query `search`, unless it is already there (or the view is fixed). */
	#go(search: string, replace: boolean): Promise<void> {
		const url = this.#in.url();
		const navigate = this.#in.navigate;
		if (!navigate || search === url.search) return Promise.resolve();
		return navigate(`${url.pathname}${search}${url.hash}`, { replace });
	}

	/** Change the view: the URL is rewritten (defaults dropped) and becomes a history entry. */
	set(patch: Partial<ViewState>, opts: { replace?: boolean; notices?: PeriodNotice[] } = {}): Promise<void> {
		if (!this.ctx || !this.view) return Promise.resolve();
		this.periodNotices = opts.notices ?? [];
		return this.#go(viewStateSearch({ ...this.view, ...patch }, this.ctx), opts.replace ?? false);
	}

	/**
	 * A link without `units` whose period opens on the 34 map gets `units=34` (the link says which map it shows;
	 * the default view's link names nothing), in place — no history entry, every other parameter as written
	 * (problems with them stay visible).
	 */
	nameUnitsInLink(): Promise<void> {
		const url = this.#in.url();
		const named = this.ctx && this.view && serialiseViewState(this.view, this.ctx).has('units');
		if (this.view?.units !== '34' || !named || url.searchParams.has('units')) return Promise.resolve();
		const params = new URLSearchParams(url.searchParams);
		params.set('units', '34');
		return this.#go(`?${params.toString().replace(/%2C/gi, ',')}`, true);
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
		const prepare = this.#in.prepare;
		if (prepare && !(await prepare({ ...this.view, indicator }, () => this.setIndicator(indicator)))) return;
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
		return this.set({
			period,
			compare: v.compare !== period ? v.compare : null,
			units: unitsAfter(this.ctx, v, { indicator: v.indicator, period })
		});
	}
}
