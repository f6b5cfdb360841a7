/**
 * The one view state and its URL form — a public contract (README "URL parameters").
 * Only what differs from the default is written; anything unknown or invalid falls back to the default
 * and is reported as a problem for the page to mention, never an error.
 */
import type { ClassMethod } from './classify';
import { defaultIndicatorPeriod, defaultPeriodFor, type Dataset, type PeriodCoverage } from './dataset';
import { NO_PERIOD, evidenceOptions, type EvidenceOptions } from './evidence-filter';
import { parsePeriod } from './period';
import { choosePeriod, type PeriodNotice } from './period-choice';
import { NORMS, type Norm, type Units } from './select';
import type { Lang, ScopeKind } from './types';

export type ViewName = 'map' | 'chart' | 'table';
/**
 * `coverage`: where the chosen indicator has figures, by period; `coverage-all`: how many indicators each area
 * has; `reporting`: who has reported the indicators asked for in the period (core/reporting.ts).
 */
export type Mode = 'value' | 'coverage' | 'coverage-all' | 'reporting';
export type Change = 'diff' | 'ratio';
/** What an embed or a slide shows; `periods`: the maps of each period of a comparison. */
export type ChartName = 'map' | 'ranking' | 'compare' | 'regions' | 'table' | 'periods';

export const VIEWS: readonly ViewName[] = ['map', 'chart', 'table'];
export const MODES: readonly Mode[] = ['value', 'coverage', 'coverage-all', 'reporting'];
export const CHANGES: readonly Change[] = ['diff', 'ratio'];
export const CHARTS: readonly ChartName[] = ['map', 'ranking', 'compare', 'regions', 'table', 'periods'];
/** Charts that only a comparison (`compare`) has something to draw for. */
export const needsComparison = (chart: ChartName): boolean => chart === 'compare' || chart === 'periods';
export const UNITS: readonly Units[] = ['63', '34'];
export const LANGS: readonly Lang[] = ['vi', 'en'];
export const CLASS_METHODS: readonly ClassMethod[] = ['quantile', 'equal', 'jenks'];
/** Table columns that can be sorted on; `-` in front sorts descending. */
export const SORT_KEYS = [
	'name',
	'code',
	'region',
	'value',
	'rank',
	'a',
	'b',
	'diff',
	'ratio',
	'source',
	'qualifier',
	'period',
	'coverage'
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface ViewState {
	indicator: string;
	/** Period key, e.g. "2013-2023" or "2024". */
	period: string;
	/** Second period: turns comparison on. */
	compare: string | null;
	/** In comparison: difference (A − B, centred on 0) or ratio (A ÷ B, centred on 1). */
	change: Change;
	norm: Norm;
	units: Units;
	/** Selected 63-province codes, sorted. */
	provinces: string[];
	region: string | null;
	view: ViewName;
	lang: Lang;
	classes: ClassMethod;
	mode: Mode;
	/** e.g. "-value" (descending) or "name"; null = the table's default order. */
	sort: string | null;
	/** 63-province (or, in the 34 view, 34-unit) code whose panel is open. */
	panel: string | null;
	/** The evidence table's filters (table view); null = all. */
	evIndicator: string | null;
	/** A period key, or `none` (NO_PERIOD) for facts that state no period. */
	evPeriod: string | null;
	evScope: ScopeKind | null;
	/** What an embed shows (the /embed route). */
	chart: ChartName;
	/**
	 * The presenter's deck: views collected for presentation mode, each a view's query string (e.g.
	 * `indicator=tips&chart=ranking`), in order; absent when there is none.
	 */
	deck?: string[];
}

/** A deck holds at most this many views, each at most `MAX_DECK_ENTRY` characters long. */
export const MAX_DECK = 40;
export const MAX_DECK_ENTRY = 600;

/** What the parser needs to know about the data to tell valid values from invalid ones. */
export interface ViewContext {
	defaultIndicator: string;
	defaultPeriod: string;
	/** The period the default view is compared with (null: the default view is not a comparison). */
	defaultCompare: string | null;
	indicators: Set<string>;
	flowIndicators: Set<string>;
	periodsFor(indicator: string): string[];
	periodFor(indicator: string): string;
	/** The map a period opens on (era.ts `periodEra`): 34 for a period after the merger or reported only by new provinces. */
	unitsFor(indicator: string, period: string): Units;
	/** Whether the 63 map has anything of the period to draw (an old province's or a national figure). */
	drawsOn63(indicator: string, period: string): boolean;
	/** The period an indicator opens on in these units: its best-covered period of that era, else `periodFor`. */
	periodIn(indicator: string, units: Units): string;
	provinceCodes: Set<string>;
	/** Codes of the 34 post-2025 units. */
	unitCodes: Set<string>;
	regionIds: Set<string>;
	/** What the evidence table's filters can choose (worked out on first use: a pass over every fact). */
	readonly evidence: EvidenceOptions;
}

export interface UrlProblem {
	param: string;
	value: string;
	/** A valid period the indicator has no figures for: what is shown instead, and the periods it has. */
	notice?: PeriodNotice;
}

/** `compare=none`: no comparison, where the default view is one. */
export const NO_COMPARE = 'none';

export function viewContext(ds: Dataset): ViewContext {
	const d = defaultIndicatorPeriod(ds) ?? { indicator: ds.indicators[0]?.id ?? '', period: '', compare: null };
	const periods = new Map(
		[...ds.periodsByIndicator].map(([id, list]) => [id, list.map((c) => c.key)])
	);
	const coverage = (id: string, period: string) => ds.periodsByIndicator.get(id)?.find((c) => c.key === period);
	let evidence: EvidenceOptions | undefined;
	return {
		defaultIndicator: d.indicator,
		defaultPeriod: d.period,
		defaultCompare: d.compare,
		indicators: new Set(ds.indicators.filter((i) => periods.has(i.id)).map((i) => i.id)),
		flowIndicators: new Set(ds.indicators.filter((i) => i.measure === 'flow').map((i) => i.id)),
		periodsFor: (id) => periods.get(id) ?? [],
		periodFor: (id) => defaultPeriodFor(ds, id, d.period) ?? '',
		unitsFor: (id, period) => coverage(id, period)?.era ?? '63',
		drawsOn63: (id, period) => {
			const c = coverage(id, period);
			return !c || c.provinces > 0 || c.national;
		},
		periodIn: (id, units) => {
			let best: PeriodCoverage | null = null;
			const count = (c: PeriodCoverage) => (units === '34' ? c.units : c.provinces);
			for (const c of ds.periodsByIndicator.get(id) ?? []) if (c.era === units && (!best || count(c) >= count(best))) best = c;
			return best?.key ?? defaultPeriodFor(ds, id, d.period) ?? '';
		},
		provinceCodes: new Set(ds.provinces.map((p) => p.code)),
		unitCodes: new Set(ds.units34.map((u) => u.code)),
		regionIds: new Set(ds.regions.map((r) => r.id)),
		// Only a link with evidence filters, or the table view, needs them: not the map's first view.
		get evidence() {
			return (evidence ??= evidenceOptions(ds));
		}
	};
}

/** The evidence table's filters all off: what views that do not show the evidence (slides, embeds) carry. */
export const ALL_EVIDENCE = { evIndicator: null, evPeriod: null, evScope: null } as const satisfies Partial<ViewState>;

export function defaultViewState(ctx: ViewContext): ViewState {
	return {
		indicator: ctx.defaultIndicator,
		period: ctx.defaultPeriod,
		compare: ctx.defaultCompare,
		change: 'diff',
		norm: 'total',
		units: '63',
		provinces: [],
		region: null,
		view: 'map',
		lang: 'vi',
		classes: 'quantile',
		mode: 'value',
		sort: null,
		panel: null,
		...ALL_EVIDENCE,
		chart: 'map'
	};
}

function oneOf<T extends string>(list: readonly T[], value: string): T | null {
	return (list as readonly string[]).includes(value) ? (value as T) : null;
}

const SORT_RE = new RegExp(`^-?(${SORT_KEYS.join('|')})$`);

export function parseViewState(
	params: URLSearchParams,
	ctx: ViewContext
): { state: ViewState; problems: UrlProblem[] } {
	const state = defaultViewState(ctx);
	const problems: UrlProblem[] = [];
	/** Read a parameter; an empty value counts as absent. */
	const get = (name: string): string | null => {
		const v = params.get(name)?.trim();
		return v ? v : null;
	};
	const enumParam = <T extends string>(name: string, list: readonly T[]): T | null => {
		const raw = get(name);
		if (raw === null) return null;
		const v = oneOf(list, raw);
		if (v === null) problems.push({ param: name, value: raw });
		return v;
	};

	const indicator = get('indicator');
	if (indicator !== null) {
		if (ctx.indicators.has(indicator)) state.indicator = indicator;
		else problems.push({ param: 'indicator', value: indicator });
	}
	const periods = ctx.periodsFor(state.indicator);
	state.period = ctx.periodFor(state.indicator);
	state.compare = null;
	const stock = !ctx.flowIndicators.has(state.indicator);
	/** A period the indicator lacks: what it is shown as, and a notice saying so (never "invalid"). */
	const lacking = (param: 'period' | 'compare', value: string, fallback: string | null): string | null => {
		if (!parsePeriod(value)) {
			problems.push({ param, value });
			return fallback;
		}
		const { period: shown, notice } = choosePeriod({ indicator: state.indicator, asked: value, periods, stock, fallback, param });
		problems.push({ param, value, notice });
		return shown;
	};
	const period = get('period');
	if (period !== null) state.period = periods.includes(period) ? period : (lacking('period', period, state.period) ?? state.period);
	const cmp = get('compare');
	if (cmp === NO_COMPARE) state.compare = null;
	else if (cmp !== null && periods.includes(cmp)) {
		if (cmp !== state.period) state.compare = cmp;
		else problems.push({ param: 'compare', value: cmp });
	} else if (cmp !== null) {
		const shown = lacking('compare', cmp, null);
		if (shown !== state.period) state.compare = shown;
		// A stock's end of range that is the period itself: nothing left to compare with.
		else {
			const notice = problems[problems.length - 1]?.notice;
			if (notice) notice.shown = null;
		}
	} else if (period === null && state.indicator === ctx.defaultIndicator && state.period === ctx.defaultPeriod) {
		// The default view's comparison, unless the link asked for a period of its own.
		state.compare = ctx.defaultCompare;
	}
	const norm = enumParam('norm', NORMS);
	if (norm === 'per_year' && !ctx.flowIndicators.has(state.indicator)) {
		problems.push({ param: 'norm', value: norm });
	} else if (norm) state.norm = norm;
	// Without `units`, the period decides which map opens; a 63 map with nothing of the period to draw is refused.
	const units = enumParam('units', UNITS);
	state.units = units ?? ctx.unitsFor(state.indicator, state.period);
	if (units === '63' && !ctx.drawsOn63(state.indicator, state.period)) {
		problems.push({ param: 'units', value: units });
		state.units = '34';
	}
	state.view = enumParam('view', VIEWS) ?? state.view;
	state.lang = enumParam('lang', LANGS) ?? state.lang;
	state.classes = enumParam('classes', CLASS_METHODS) ?? state.classes;
	state.mode = enumParam('mode', MODES) ?? state.mode;
	state.change = enumParam('change', CHANGES) ?? state.change;
	state.chart = enumParam('chart', CHARTS) ?? state.chart;

	const provinces = get('provinces');
	if (provinces !== null) {
		const codes = new Set<string>();
		for (const raw of provinces.split(',')) {
			const c = raw.trim().padStart(2, '0');
			if (ctx.provinceCodes.has(c)) codes.add(c);
			else if (raw.trim()) problems.push({ param: 'provinces', value: raw.trim() });
		}
		state.provinces = [...codes].sort();
	}
	const region = get('region');
	if (region !== null) {
		if (ctx.regionIds.has(region)) state.region = region;
		else problems.push({ param: 'region', value: region });
	}
	const sort = get('sort');
	if (sort !== null) {
		if (SORT_RE.test(sort)) state.sort = sort;
		else problems.push({ param: 'sort', value: sort });
	}
	const ev = ctx.evidence;
	const evIndicator = get('ev_indicator');
	if (evIndicator !== null) {
		if (ev.indicators.includes(evIndicator)) state.evIndicator = evIndicator;
		else problems.push({ param: 'ev_indicator', value: evIndicator });
	}
	const evPeriod = get('ev_period');
	if (evPeriod !== null) {
		if (ev.periods.includes(evPeriod) || (evPeriod === NO_PERIOD && ev.undated)) state.evPeriod = evPeriod;
		else problems.push({ param: 'ev_period', value: evPeriod });
	}
	state.evScope = enumParam('ev_scope', ev.scopes);
	const deck: string[] = [];
	for (const raw of params.getAll('deck')) {
		const entry = raw.trim();
		if (!entry) continue;
		if (entry.length <= MAX_DECK_ENTRY && deck.length < MAX_DECK) deck.push(entry);
		else problems.push({ param: 'deck', value: entry.slice(0, 40) });
	}
	if (deck.length > 0) state.deck = deck;
	const panel = get('panel');
	if (panel !== null) {
		const c = panel.padStart(2, '0');
		if (ctx.provinceCodes.has(c) || ctx.unitCodes.has(c)) state.panel = c;
		else problems.push({ param: 'panel', value: panel });
	}
	return { state, problems };
}

/** The URL form: parameters in a fixed order, defaults left out (the period's default depends on the indicator). */
export function serialiseViewState(state: ViewState, ctx: ViewContext): URLSearchParams {
	const d = defaultViewState(ctx);
	const out = new URLSearchParams();
	const put = (name: string, value: string | null, def: string | null) => {
		if (value !== null && value !== '' && value !== def) out.set(name, value);
	};
	put('indicator', state.indicator, d.indicator);
	put('period', state.period, ctx.periodFor(state.indicator));
	// The default view may be a comparison: turning it off is then written `compare=none`.
	const defaultCompare = state.indicator === d.indicator && state.period === ctx.defaultPeriod ? ctx.defaultCompare : null;
	if (state.compare !== defaultCompare) out.set('compare', state.compare ?? NO_COMPARE);
	put('change', state.change, d.change);
	put('norm', state.norm, d.norm);
	// The 34 map is always named in the link; the 63 map only when the period would open on the 34.
	put('units', state.units, state.units === '34' ? null : ctx.unitsFor(state.indicator, state.period));
	put('provinces', [...state.provinces].sort().join(','), '');
	put('region', state.region, null);
	put('view', state.view, d.view);
	put('mode', state.mode, d.mode);
	put('classes', state.classes, d.classes);
	put('sort', state.sort, null);
	put('ev_indicator', state.evIndicator, null);
	put('ev_period', state.evPeriod, null);
	put('ev_scope', state.evScope, null);
	put('panel', state.panel, null);
	put('chart', state.chart, d.chart);
	put('lang', state.lang, d.lang);
	for (const entry of state.deck ?? []) if (entry) out.append('deck', entry);
	return out;
}

/**
 * The units after choosing another indicator or period: when the new period belongs to the other era (a
 * period after the merger, or one before it), its map opens; otherwise the units stay, unless the 63 map has
 * nothing of the new period to draw.
 */
export function unitsAfter(
	ctx: ViewContext,
	from: Pick<ViewState, 'indicator' | 'period' | 'units'>,
	to: Pick<ViewState, 'indicator' | 'period'>
): Units {
	const era = ctx.unitsFor(to.indicator, to.period);
	if (era !== ctx.unitsFor(from.indicator, from.period)) return era;
	return from.units === '63' && !ctx.drawsOn63(to.indicator, to.period) ? '34' : from.units;
}

/** "?indicator=tips&provinces=11,87" — commas left readable (they are legal in a query); "" for the default view. */
export function viewStateSearch(state: ViewState, ctx: ViewContext): string {
	const q = serialiseViewState(state, ctx).toString().replace(/%2C/gi, ',');
	return q ? `?${q}` : '';
}
