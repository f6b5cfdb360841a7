/**
 * Property-based tests of the URL contract on the real data: any valid view state survives
 * serialise → parse unchanged, and any query string parses to a valid state (reporting what it ignored)
 * whose own URL parses back to itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexDataset } from './dataset';
import { check, fast, hostileText, realData } from './fuzz-helpers';
import { NO_PERIOD } from './evidence-filter';
import { NORMS } from './select';
import { viewContext } from './view-context';
import {
	CHANGES,
	CHARTS,
	CLASS_METHODS,
	LANGS,
	MODES,
	parseViewState,
	serialiseViewState,
	UNITS,
	VIEWS,
	viewStateSearch,
	type ViewState
} from './view-state';
import { SORT_KEYS } from './sort-keys';

const ds = indexDataset(realData().tables);
const ctx = viewContext(ds);
const indicators = [...ctx.indicators];
const provinceCodes = [...ctx.provinceCodes];
const panelCodes = [...new Set([...ctx.provinceCodes, ...ctx.unitCodes])];
const regionIds = [...ctx.regionIds];
const sorts = SORT_KEYS.flatMap((k) => [k, `-${k}`]);
const evPeriods = [...ctx.evidence.periods, ...(ctx.evidence.undated ? [NO_PERIOD] : [])];

/** What every parsed state must satisfy: the rules `validState` below generates from. */
function expectValid(s: ViewState): void {
	expect(indicators).toContain(s.indicator);
	const periods = ctx.periodsFor(s.indicator);
	expect(periods).toContain(s.period);
	if (s.compare !== null) {
		expect(periods).toContain(s.compare);
		expect(s.compare).not.toBe(s.period);
	}
	expect(NORMS).toContain(s.norm);
	// The 63 map is never opened on a period only new provinces reported.
	if (s.units === '63') expect(ctx.drawsOn63(s.indicator, s.period)).toBe(true);
	if (s.norm === 'per_year') expect(ctx.flowIndicators.has(s.indicator)).toBe(true);
	expect(s.provinces).toEqual([...new Set(s.provinces)].sort());
	for (const c of s.provinces) expect(provinceCodes).toContain(c);
	if (s.region !== null) expect(regionIds).toContain(s.region);
	if (s.sort !== null) expect(sorts).toContain(s.sort);
	if (s.panel !== null) expect(panelCodes).toContain(s.panel);
	if (s.evIndicator !== null) expect(ctx.evidence.indicators).toContain(s.evIndicator);
	if (s.evPeriod !== null) expect(evPeriods).toContain(s.evPeriod);
	if (s.evScope !== null) expect(ctx.evidence.scopes).toContain(s.evScope);
	for (const [value, list] of [
		[s.change, CHANGES],
		[s.units, UNITS],
		[s.view, VIEWS],
		[s.lang, LANGS],
		[s.classes, CLASS_METHODS],
		[s.mode, MODES],
		[s.chart, CHARTS]
	] as const) {
		expect(list).toContain(value);
	}
}

/** Any valid view state of the real data. */
const validState: fc.Arbitrary<ViewState> = fc.constantFrom(...indicators).chain((indicator) => {
	const periods = ctx.periodsFor(indicator);
	return fc.constantFrom(...periods).chain((period) =>
		fc.record({
			indicator: fc.constant(indicator),
			period: fc.constant(period),
			compare: fc.constantFrom<string | null>(null, ...periods.filter((p) => p !== period)),
			change: fc.constantFrom(...CHANGES),
			norm: fc.constantFrom(...NORMS.filter((n) => n !== 'per_year' || ctx.flowIndicators.has(indicator))),
			units: fc.constantFrom(...UNITS.filter((u) => u === '34' || ctx.drawsOn63(indicator, period))),
			provinces: fc.uniqueArray(fc.constantFrom(...provinceCodes), { maxLength: 8 }).map((cs) => cs.sort()),
			region: fc.option(fc.constantFrom(...regionIds), { nil: null }),
			view: fc.constantFrom(...VIEWS),
			lang: fc.constantFrom(...LANGS),
			classes: fc.constantFrom(...CLASS_METHODS),
			mode: fc.constantFrom(...MODES),
			sort: fc.option(fc.constantFrom(...sorts), { nil: null }),
			panel: fc.option(fc.constantFrom(...panelCodes), { nil: null }),
			evIndicator: fc.option(fc.constantFrom(...ctx.evidence.indicators), { nil: null }),
			evPeriod: fc.option(fc.constantFrom(...evPeriods), { nil: null }),
			evScope: fc.option(fc.constantFrom(...ctx.evidence.scopes), { nil: null }),
			chart: fc.constantFrom(...CHARTS)
		})
	);
});

const PARAMS = [
	'indicator',
	'period',
	'compare',
	'change',
	'norm',
	'units',
	'provinces',
	'region',
	'view',
	'mode',
	'classes',
	'sort',
	'ev_indicator',
	'ev_period',
	'ev_scope',
	'panel',
	'chart',
	'lang'
];

/** Values a link may carry for a parameter: valid ones, padded, wrong case, lists, and hostile text. */
const anyValue = fc.oneof(
	fc.constantFrom(
		...indicators,
		...indicators.flatMap((i) => ctx.periodsFor(i)),
		...NORMS,
		...UNITS,
		...VIEWS,
		...LANGS,
		...CLASS_METHODS,
		...MODES,
		...CHANGES,
		...CHARTS,
		...regionIds,
		...sorts,
		...panelCodes,
		...evPeriods,
		...ctx.evidence.scopes,
		'1',
		'001',
		'EN',
		' en ',
		'',
		',,',
		'87,1,01,xx'
	),
	fc.uniqueArray(fc.constantFrom(...provinceCodes, '1', '99', ' 87 ', ''), { maxLength: 6 }).map((cs) => cs.join(',')),
	hostileText
);
const anyParams = fc
	.array(fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PARAMS) }, hostileText), anyValue), { maxLength: 12 })
	.map((pairs) => new URLSearchParams(pairs));

describe('serialise → parse', () => {
	it('gives back any valid view state, with no problem reported', () => {
		check(
			fc.property(validState, (state) => {
				expectValid(state);
				expect(parseViewState(serialiseViewState(state, ctx), ctx)).toEqual({ state, problems: [] });
				expect(parseViewState(new URLSearchParams(viewStateSearch(state, ctx)), ctx)).toEqual({ state, problems: [] });
			}),
			300
		);
	});
});

describe('parse any query string', () => {
	it('gives a valid state and reports only known parameters, quickly', () => {
		check(
			fc.property(anyParams, (params) => {
				const { state, problems } = fast(() => parseViewState(params, ctx));
				expectValid(state);
				for (const p of problems) {
					expect(PARAMS).toContain(p.param);
					expect(params.getAll(p.param).join(',')).toContain(p.value);
				}
			}),
			400
		);
	});

	it('gives a state whose URL parses back to itself', () => {
		check(
			fc.property(anyParams, (params) => {
				const { state } = parseViewState(params, ctx);
				const search = viewStateSearch(state, ctx);
				expect(parseViewState(new URLSearchParams(search), ctx)).toEqual({ state, problems: [] });
				// And the URL is canonical: writing it again gives the same text.
				expect(viewStateSearch(parseViewState(new URLSearchParams(search), ctx).state, ctx)).toBe(search);
			}),
			400
		);
	});
});
