/**
 * The one view state and its URL form — a public contract (README "URL parameters").
 * Only what differs from the default is written; anything unknown or invalid falls back to the default
 * and is reported as a problem for the page to mention, never an error.
 */
import type { ClassMethod } from './classify';
import { NO_PERIOD } from './evidence-filter';
import { parsePeriod } from './period';
import { choosePeriod, type PeriodNotice } from './period-choice';
import { NORMS, type Norm, type Units } from './select';
import type { Lang, ScopeKind } from './types';
import { SORT_KEYS } from './sort-keys';
import type { ViewContext } from './view-context';

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

export interface UrlProblem {
	param: string;
	value: string;
	/** A valid period the indicator has no figures for: what is shown instead, and the periods it has. */
	notice?: PeriodNotice;
}

/** `compare=none`: no comparison, where the default view is one. */
export const NO_COMPARE = 'none';

/** The evidence table's filters all off: what views that do not show the evidence (slides, embeds) carry. */
export const ALL_EVIDENCE = { evIndicator: null, evPeriod: null, evScope: null } as const satisfies Partial<ViewState>;

/** The defaults that do not depend on the data: what a link without the parameter shows, even before the data are in. */
export const FIXED_DEFAULTS = {
	change: 'diff',
	norm: 'total',
	units: '63',
	region: null,
	view: 'map',
	lang: 'vi',
	classes: 'quantile',
	mode: 'value',
	sort: null,
	panel: null,
	...ALL_EVIDENCE,
	chart: 'map'
} as const satisfies Partial<ViewState>;

export function defaultViewState(ctx: ViewContext): ViewState {
	return {
		indicator: ctx.defaultIndicator,
		period: ctx.defaultPeriod,
		compare: ctx.defaultCompare,
		provinces: [],
		...FIXED_DEFAULTS
	};
}

/** How a link's parameter is read, by the parser and by anything that reads a link before the data: trimmed, an empty value counting as absent. */
export function linkParam(params: URLSearchParams, name: string): string | null {
	const v = params.get(name)?.trim();
	return v ? v : null;
}

export function oneOf<T extends string>(list: readonly T[], value: string): T | null {
	return (list as readonly string[]).includes(value) ? (value as T) : null;
}

const SORT_RE = new RegExp(`^-?(${SORT_KEYS.join('|')})$`);

/** What reading a parameter sees: the state so far (defaults, then the parameters read before it) and the link. */
interface Reading {
	state: ViewState;
	ctx: ViewContext;
	/** A parameter of the link, trimmed; null when absent or empty. */
	get: (name: string) => string | null;
	params: URLSearchParams;
	problems: UrlProblem[];
}

/**
 * One URL parameter: its name, how it is read into the view state (an invalid value falls back and is reported,
 * never an error), its default (a link leaves it out) and how it is written. Adding a parameter is adding a row
 * to `URL_PARAMS` (with its field in `ViewState` and `defaultViewState`).
 */
interface UrlParam {
	name: string;
	/** Its place in a written link: a link's parameters come in a fixed order, not the reading order. */
	at: number;
	/** Read the parameter's value (trimmed; null when absent or empty) into `r.state`. */
	parse: (raw: string | null, r: Reading) => void;
	/** The value a link leaves out, for this state (`d`: the default view). */
	default: (state: ViewState, ctx: ViewContext, d: ViewState) => string | null;
	/** Its value in a link; a list for a repeated parameter (`deck`), written entry by entry. */
	serialise: (state: ViewState) => string | null | readonly string[];
}

/** A parameter with a fixed list of values, kept in the state field of the same meaning. */
function listParam<K extends keyof ViewState>(
	name: string,
	field: K,
	list: (ctx: ViewContext) => readonly (ViewState[K] & string)[],
	at: number
): UrlParam {
	return {
		name,
		at,
		parse: (raw, r) => {
			// The list is asked for only when the link has the parameter (the evidence's is worked out on first use).
			const v = raw === null ? null : listValue(name, raw, list(r.ctx), r.problems);
			if (v !== null) r.state[field] = v;
		},
		default: (_, __, d) => d[field] as string | null,
		serialise: (state) => state[field] as string | null
	};
}

/** The value if it is one of the list; else null, and reported. */
function listValue<T extends string>(name: string, raw: string | null, list: readonly T[], problems: UrlProblem[]): T | null {
	if (raw === null) return null;
	const v = oneOf(list, raw);
	if (v === null) problems.push({ param: name, value: raw });
	return v;
}

/** A value known to the data (`known`), kept as it is; else reported. */
function knownParam(
	name: string,
	field: 'indicator' | 'region' | 'evIndicator' | 'sort',
	known: (v: string, ctx: ViewContext) => boolean,
	at: number,
	def: UrlParam['default'] = () => null
): UrlParam {
	return {
		name,
		at,
		parse: (raw, r) => {
			if (raw === null) return;
			if (known(raw, r.ctx)) r.state[field] = raw;
			else r.problems.push({ param: name, value: raw });
		},
		default: def,
		serialise: (state) => state[field]
	};
}

/** A valid period the indicator lacks: what is shown instead, and a notice saying so (never "invalid"). */
function lacking(r: Reading, param: 'period' | 'compare', value: string, fallback: string | null): string | null {
	if (!parsePeriod(value)) {
		r.problems.push({ param, value });
		return fallback;
	}
	const { indicator } = r.state;
	const stock = !r.ctx.flowIndicators.has(indicator);
	const periods = r.ctx.periodsFor(indicator);
	const { period: shown, notice } = choosePeriod({ indicator, asked: value, periods, stock, fallback, param });
	r.problems.push({ param, value, notice });
	return shown;
}

/** Whether the state shows the default view's indicator and period. */
function isDefaultView(state: Pick<ViewState, 'indicator' | 'period'>, ctx: ViewContext): boolean {
	return state.indicator === ctx.defaultIndicator && state.period === ctx.defaultPeriod;
}

/** The comparison a view has when its link names none: the default view's, unless the link asked for a period of its own. */
function defaultCompare(state: Pick<ViewState, 'indicator' | 'period'>, ctx: ViewContext): string | null {
	return isDefaultView(state, ctx) ? ctx.defaultCompare : null;
}

/** The URL parameters, in reading order: one that depends on another (period on indicator) comes after it. */
const URL_PARAMS: readonly UrlParam[] = [
	knownParam(
		'indicator',
		'indicator',
		(v, ctx) => ctx.indicators.has(v),
		1,
		(_, __, d) => d.indicator
	),
	{
		name: 'period',
		at: 2,
		parse: (raw, r) => {
			const periods = r.ctx.periodsFor(r.state.indicator);
			r.state.period = r.ctx.periodFor(r.state.indicator);
			if (raw !== null) r.state.period = periods.includes(raw) ? raw : (lacking(r, 'period', raw, r.state.period) ?? r.state.period);
		},
		default: (state, ctx) => ctx.periodFor(state.indicator),
		serialise: (state) => state.period
	},
	{
		// The default view may be a comparison: turning it off is then written `compare=none`.
		name: 'compare',
		at: 3,
		parse: (raw, r) => {
			const { state } = r;
			state.compare = null;
			if (raw === NO_COMPARE) return;
			if (raw !== null && r.ctx.periodsFor(state.indicator).includes(raw)) {
				if (raw !== state.period) state.compare = raw;
				else r.problems.push({ param: 'compare', value: raw });
			} else if (raw !== null) {
				const shown = lacking(r, 'compare', raw, null);
				if (shown !== state.period) state.compare = shown;
				// A stock's end of range that is the period itself: nothing left to compare with.
				else {
					const notice = r.problems[r.problems.length - 1]?.notice;
					if (notice) notice.shown = null;
				}
			} else if (r.get('period') === null) state.compare = defaultCompare(state, r.ctx);
		},
		default: (state, ctx) => defaultCompare(state, ctx) ?? NO_COMPARE,
		serialise: (state) => state.compare ?? NO_COMPARE
	},
	{
		name: 'norm',
		at: 5,
		parse: (raw, r) => {
			const norm = listValue('norm', raw, NORMS, r.problems);
			if (norm === 'per_year' && !r.ctx.flowIndicators.has(r.state.indicator)) r.problems.push({ param: 'norm', value: norm });
			else if (norm) r.state.norm = norm;
		},
		default: (_, __, d) => d.norm,
		serialise: (state) => state.norm
	},
	{
		// Without `units`, the period decides which map opens; a 63 map with nothing of the period to draw is refused.
		name: 'units',
		at: 6,
		parse: (raw, r) => {
			const { state, ctx } = r;
			const units = listValue('units', raw, UNITS, r.problems);
			state.units = units ?? ctx.unitsFor(state.indicator, state.period);
			if (units === '63' && !ctx.drawsOn63(state.indicator, state.period)) {
				r.problems.push({ param: 'units', value: units });
				state.units = '34';
			}
		},
		// The 34 map is named in the link (a period's map may change as data come in) unless it is the default view's;
		// the 63 map only when the period would open on the 34.
		default: (state, ctx) => (state.units === '34' && !isDefaultView(state, ctx) ? null : ctx.unitsFor(state.indicator, state.period)),
		serialise: (state) => state.units
	},
	listParam('view', 'view', () => VIEWS, 9),
	listParam('lang', 'lang', () => LANGS, 18),
	listParam('classes', 'classes', () => CLASS_METHODS, 11),
	listParam('mode', 'mode', () => MODES, 10),
	listParam('change', 'change', () => CHANGES, 4),
	listParam('chart', 'chart', () => CHARTS, 17),
	{
		name: 'provinces',
		at: 7,
		parse: (raw, r) => {
			if (raw === null) return;
			const codes = new Set<string>();
			for (const part of raw.split(',')) {
				const c = part.trim().padStart(2, '0');
				if (r.ctx.provinceCodes.has(c)) codes.add(c);
				else if (part.trim()) r.problems.push({ param: 'provinces', value: part.trim() });
			}
			r.state.provinces = [...codes].sort();
		},
		default: () => '',
		serialise: (state) => [...state.provinces].sort().join(',')
	},
	knownParam('region', 'region', (v, ctx) => ctx.regionIds.has(v), 8),
	knownParam('sort', 'sort', (v) => SORT_RE.test(v), 12),
	knownParam('ev_indicator', 'evIndicator', (v, ctx) => ctx.evidence.indicators.includes(v), 13),
	{
		name: 'ev_period',
		at: 14,
		parse: (raw, r) => {
			if (raw === null) return;
			const ev = r.ctx.evidence;
			if (ev.periods.includes(raw) || (raw === NO_PERIOD && ev.undated)) r.state.evPeriod = raw;
			else r.problems.push({ param: 'ev_period', value: raw });
		},
		default: () => null,
		serialise: (state) => state.evPeriod
	},
	listParam('ev_scope', 'evScope', (ctx) => ctx.evidence.scopes, 15),
	{
		name: 'deck',
		at: 19,
		parse: (_, r) => {
			const deck: string[] = [];
			for (const raw of r.params.getAll('deck')) {
				const entry = raw.trim();
				if (!entry) continue;
				if (entry.length <= MAX_DECK_ENTRY && deck.length < MAX_DECK) deck.push(entry);
				else r.problems.push({ param: 'deck', value: entry.slice(0, 40) });
			}
			if (deck.length > 0) r.state.deck = deck;
		},
		default: () => null,
		serialise: (state) => state.deck ?? []
	},
	{
		name: 'panel',
		at: 16,
		parse: (raw, r) => {
			if (raw === null) return;
			const c = raw.padStart(2, '0');
			if (r.ctx.provinceCodes.has(c) || r.ctx.unitCodes.has(c)) r.state.panel = c;
			else r.problems.push({ param: 'panel', value: raw });
		},
		default: () => null,
		serialise: (state) => state.panel
	}
];

/** The parameters in the order a link writes them. */
const WRITE_ORDER = [...URL_PARAMS].sort((x, y) => x.at - y.at);

export function parseViewState(params: URLSearchParams, ctx: ViewContext): { state: ViewState; problems: UrlProblem[] } {
	const get = (name: string) => linkParam(params, name);
	const r: Reading = { state: defaultViewState(ctx), ctx, get, params, problems: [] };
	for (const p of URL_PARAMS) p.parse(get(p.name), r);
	return { state: r.state, problems: r.problems };
}

/** The URL form: parameters in a fixed order, defaults left out (the period's default depends on the indicator). */
export function serialiseViewState(state: ViewState, ctx: ViewContext): URLSearchParams {
	const d = defaultViewState(ctx);
	const out = new URLSearchParams();
	for (const p of WRITE_ORDER) {
		const value = p.serialise(state);
		if (typeof value === 'string' || value === null) {
			if (value !== null && value !== '' && value !== p.default(state, ctx, d)) out.set(p.name, value);
		} else for (const entry of value) if (entry) out.append(p.name, entry);
	}
	return out;
}

/** "?indicator=tips&provinces=11,87" — commas left readable (they are legal in a query); "" for the default view. */
export function viewStateSearch(state: ViewState, ctx: ViewContext): string {
	const q = serialiseViewState(state, ctx).toString().replace(/%2C/gi, ',');
	return q ? `?${q}` : '';
}
