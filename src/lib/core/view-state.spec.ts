import { describe, expect, it } from 'vitest';
import { indexDataset } from './dataset';
import { fact, tables } from './test-fixtures';
import { unitsAfter, viewContext } from './view-context';
import { defaultViewState, parseViewState, serialiseViewState, viewStateSearch } from './view-state';

const ds = indexDataset(
	tables([
		fact({ province_code: '01', indicator: 'tips', value: 1 }),
		fact({ province_code: '01', indicator: 'tips', value: 1, period_start: 2015, period_end: 2020 }),
		...['01', '02', '03'].map((c) => fact({ province_code: c, indicator: 'models_total', value: 1, period_start: 2024, period_end: 2024 })),
		// Evidence only: a district's figure whose article states no period.
		fact({
			province_code: '02',
			indicator: 'tips',
			value: 3,
			scope: 'district:Đất Đỏ',
			period_start: null,
			period_end: null,
			period_label: ''
		})
	])
);
const ctx = viewContext(ds);
const parse = (q: string) => parseViewState(new URLSearchParams(q), ctx);

describe('parseViewState', () => {
	it('gives the default view for an empty URL', () => {
		const { state, problems } = parse('');
		expect(state).toEqual(defaultViewState(ctx));
		// tips has 2013–2023 figures and a province with both periods: the default view is their comparison.
		expect(state).toMatchObject({ indicator: 'tips', period: '2013-2023', compare: '2015-2020', units: '63', lang: 'vi', view: 'map' });
		expect(problems).toEqual([]);
	});

	it.each([
		{ q: 'indicator=tips', expect: { indicator: 'tips', period: '2013-2023' } },
		{ q: 'indicator=tips&period=2015-2020&compare=2013-2023', expect: { period: '2015-2020', compare: '2013-2023' } },
		{ q: 'units=34&lang=en&view=table&norm=per_100k', expect: { units: '34', lang: 'en', view: 'table', norm: 'per_100k' } },
		{ q: 'provinces=87,1,01,11', expect: { provinces: ['01'] } },
		{ q: 'indicator=tips&norm=per_year', expect: { norm: 'per_year' } },
		{
			q: 'sort=-value&classes=jenks&mode=coverage&change=ratio',
			expect: { sort: '-value', classes: 'jenks', mode: 'coverage', change: 'ratio' }
		},
		{ q: 'region=north&panel=90&chart=ranking', expect: { region: 'north', panel: '90', chart: 'ranking' } },
		{
			q: 'view=table&ev_indicator=tips&ev_period=none&ev_scope=district',
			expect: { evIndicator: 'tips', evPeriod: 'none', evScope: 'district' }
		},
		{ q: 'ev_period=2024&ev_scope=province', expect: { evIndicator: null, evPeriod: '2024', evScope: 'province' } }
	])('$q', ({ q, expect: expected }) => {
		expect(parse(q).state).toMatchObject(expected);
	});

	it.each([
		{ q: 'indicator=nope', param: 'indicator', field: 'indicator', fallback: 'tips' },
		{ q: 'period=19x9', param: 'period', field: 'period', fallback: '2013-2023' },
		{ q: 'indicator=tips&compare=2013-2023', param: 'compare', field: 'compare', fallback: null },
		{ q: 'indicator=models_total&norm=per_year', param: 'norm', field: 'norm', fallback: 'total' },
		{ q: 'units=12', param: 'units', field: 'units', fallback: '63' },
		{ q: 'lang=fr', param: 'lang', field: 'lang', fallback: 'vi' },
		{ q: 'view=<script>', param: 'view', field: 'view', fallback: 'map' },
		{ q: 'region=x', param: 'region', field: 'region', fallback: null },
		{ q: 'sort=drop table', param: 'sort', field: 'sort', fallback: null },
		{ q: 'panel=99', param: 'panel', field: 'panel', fallback: null },
		// Evidence filters name only what the data has: no fact of that indicator, period or scope.
		{ q: 'ev_indicator=forums', param: 'ev_indicator', field: 'evIndicator', fallback: null },
		{ q: 'ev_period=2030', param: 'ev_period', field: 'evPeriod', fallback: null },
		{ q: 'ev_scope=national', param: 'ev_scope', field: 'evScope', fallback: null }
	] as const)('invalid $q falls back and is reported', ({ q, param, field, fallback }) => {
		const { state, problems } = parse(q);
		expect(state[field]).toEqual(fallback);
		expect(problems.map((p) => p.param)).toEqual([param]);
	});

	it('drops unknown province codes, keeps the known ones and reports each bad one', () => {
		const { state, problems } = parse('provinces=02,99,xx');
		expect(state.provinces).toEqual(['02']);
		expect(problems).toEqual([
			{ param: 'provinces', value: '99' },
			{ param: 'provinces', value: 'xx' }
		]);
	});

	it.each([
		// A flow without figures for the period: its own period is shown, and the notice lists the periods it has.
		{
			q: 'indicator=tips&period=1999',
			period: '2013-2023',
			compare: null,
			notice: { kind: 'no-figures', param: 'period', asked: '1999', shown: '2013-2023', has: ['2013-2023', '2015-2020'] }
		},
		// A stock asked for a range: the stock at its end, when there is one.
		{
			q: 'indicator=models_total&period=2020-2024',
			period: '2024',
			compare: null,
			notice: { kind: 'stock-end', asked: '2020-2024', shown: '2024', has: ['2024'] }
		},
		{ q: 'indicator=models_total&period=2013-2023', period: '2024', compare: null, notice: { kind: 'no-figures', shown: '2024' } },
		// The period compared with: left off, with the same notice.
		{
			q: 'indicator=tips&compare=2016-2018',
			period: '2013-2023',
			compare: null,
			notice: { kind: 'no-figures', param: 'compare', shown: null }
		}
	] as const)('a period the indicator lacks: $q', ({ q, period, compare, notice }) => {
		const { state, problems } = parse(q);
		expect(state).toMatchObject({ period, compare });
		expect(problems).toHaveLength(1);
		expect(problems[0]!.notice).toMatchObject(notice);
	});

	it('compare=none turns the default comparison off', () => {
		expect(parse('compare=none').state.compare).toBeNull();
		expect(viewStateSearch({ ...defaultViewState(ctx), compare: null }, ctx)).toBe('?compare=none');
		// Another indicator or period is not compared by default.
		expect(parse('indicator=models_total').state.compare).toBeNull();
		expect(parse('period=2015-2020').state.compare).toBeNull();
	});

	it('treats an empty value as absent', () => {
		expect(parse('indicator=&period=').problems).toEqual([]);
	});
});

describe('serialiseViewState', () => {
	it('writes nothing for the default view', () => {
		expect(serialiseViewState(defaultViewState(ctx), ctx).toString()).toBe('');
	});

	it('leaves out the period an indicator opens on, and keeps commas readable', () => {
		const state = { ...defaultViewState(ctx), indicator: 'models_total', period: '2024', compare: null, provinces: ['87', '11'] };
		expect(viewStateSearch(state, ctx)).toBe('?indicator=models_total&provinces=11,87');
	});

	it.each([
		'indicator=tips&period=2015-2020&compare=2013-2023&change=ratio',
		'units=34&provinces=01,02&region=south&view=chart&lang=en',
		'indicator=tips&norm=per_year&sort=-diff&panel=01&mode=coverage&classes=equal',
		'view=table&sort=name&ev_indicator=tips&ev_period=none&ev_scope=district'
	])('round-trips %s', (q) => {
		const { state, problems } = parse(q);
		expect(problems).toEqual([]);
		expect(parse(serialiseViewState(state, ctx).toString()).state).toEqual(state);
	});
});

describe('the evidence filters', () => {
	it('are left out of an embed and of its link back to the full view, which show no evidence table', async () => {
		const { chartQuery } = await import('./embed');
		const { state } = parse('view=table&ev_scope=district&ev_indicator=tips');
		expect(chartQuery(state, 'table', ctx)).toBe('view=table&chart=table');
	});
});

describe('which map opens for a period (the default units)', () => {
	const merged = (code: string, start: number, end: number) =>
		fact({ province_code: code, indicator: 'tips', value: 5, scope: `merged_province:${code}`, period_start: start, period_end: end });
	const eras = indexDataset(
		tables([
			// Before the merger: old provinces.
			fact({ province_code: '02', indicator: 'tips', value: 1 }),
			// 2005–2025: only new province 90 reported → the 34.
			merged('90', 2005, 2025),
			// 2025: new province 91 and unchanged Alpha (01) → the 34.
			merged('91', 2025, 2025),
			fact({ province_code: '01', indicator: 'tips', value: 1, period_start: 2025, period_end: 2025 }),
			// 2024–2025: old Beta (02), which merged away, reported it → the 63.
			fact({ province_code: '02', indicator: 'tips', value: 1, period_start: 2024, period_end: 2025 }),
			// 2026: wholly after the merger → the 34, even from an old province's row.
			fact({ province_code: '01', indicator: 'tips', value: 1, period_start: 2026, period_end: 2026 })
		])
	);
	const ectx = viewContext(eras);
	const p = (q: string) => parseViewState(new URLSearchParams(q), ectx);

	it.each([
		{ period: '2013-2023', units: '63' },
		{ period: '2005-2025', units: '34' },
		{ period: '2025', units: '34' },
		{ period: '2024-2025', units: '63' },
		{ period: '2026', units: '34' }
	])('indicator=tips&period=$period opens on $units units', ({ period, units }) => {
		expect(p(`indicator=tips&period=${period}`)).toEqual({ state: expect.objectContaining({ units }), problems: [] });
	});

	it('the link says units=34 whenever the 34 map is shown, and units=63 only where the period would open on the 34', () => {
		const opened = p('indicator=tips&period=2005-2025').state;
		expect(serialiseViewState(opened, ectx).get('units')).toBe('34');
		expect(serialiseViewState(p('indicator=tips&period=2013-2023&units=34').state, ectx).get('units')).toBe('34');
		expect(serialiseViewState(p('indicator=tips&period=2013-2023').state, ectx).has('units')).toBe(false);
		expect(serialiseViewState(p('indicator=tips&period=2025&units=63').state, ectx).get('units')).toBe('63');
	});

	it('the default view opens on the 34 map (the present) with a link that names nothing; its 63 map is named', () => {
		const opened = p('');
		expect(opened).toEqual({ state: expect.objectContaining({ indicator: 'tips', period: '2025', units: '34' }), problems: [] });
		expect(serialiseViewState(opened.state, ectx).toString()).toBe('');
		expect(serialiseViewState({ ...opened.state, units: '63' }, ectx).get('units')).toBe('63');
	});

	it('refuses a 63 map of a period only new provinces reported, and opens the 34', () => {
		expect(p('indicator=tips&period=2005-2025&units=63')).toEqual({
			state: expect.objectContaining({ units: '34' }),
			problems: [{ param: 'units', value: '63' }]
		});
	});

	it.each([
		// Into the other era: its map opens.
		{ from: { period: '2013-2023', units: '63' }, to: '2005-2025', units: '34' },
		{ from: { period: '2005-2025', units: '34' }, to: '2013-2023', units: '63' },
		// Same era: the units chosen stay (the 34 view of a pre-merger period stays on the 34).
		{ from: { period: '2024-2025', units: '34' }, to: '2013-2023', units: '34' },
		{ from: { period: '2025', units: '63' }, to: '2005-2025', units: '34' }
	] as const)('choosing $to from $from.period on $from.units → $units', ({ from, to, units }) => {
		expect(unitsAfter(ectx, { indicator: 'tips', ...from }, { indicator: 'tips', period: to })).toBe(units);
	});
});
