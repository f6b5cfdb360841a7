import { describe, expect, it } from 'vitest';
import { compare } from './compare';
import { indexDataset } from './dataset';
import { headline } from './headline';
import { select, type Norm, type Units } from './select';
import { INDICATORS, fact, tables } from './test-fixtures';

const B = { start: 2015, end: 2020 };
const B_FIELDS = { period_start: 2015, period_end: 2020, period_label: '2015-2020' };
const NATIONAL = { province_code: '', scope: 'national', ...B_FIELDS };
const NBSP = '\u00a0';

/** A second indicator of the tips family, so related national figures can be shown. */
const TIPS_VALUABLE = { ...INDICATORS[0]!, id: 'tips_valuable', label_vi: 'tips có giá trị', label_en: 'valuable tips' };
const ds = indexDataset({
	...tables([
		fact({ ...NATIONAL, indicator: 'tips', value: 5000 }),
		fact({ ...NATIONAL, indicator: 'tips', value: 6000, qualifier: 'at_least', source_id: 'new' }),
		fact({ ...NATIONAL, indicator: 'tips_valuable', value: 2000, qualifier: 'approx' }),
		fact({ ...NATIONAL, indicator: 'forums', value: 10 }), // another family: not shown with tips
		fact({ province_code: '01', indicator: 'tips', value: 500, ...B_FIELDS }),
		fact({ province_code: '02', indicator: 'tips', value: 300, ...B_FIELDS }),
		fact({ province_code: '03', indicator: 'tips', value: 300, ...B_FIELDS }),
		fact({ province_code: '04', indicator: 'tips', value: 100, qualifier: 'at_least', ...B_FIELDS }),
		fact({ province_code: '01', indicator: 'tips', value: 1000 })
	]),
	indicators: [...INDICATORS, TIPS_VALUABLE]
});

function model(opts: { units?: Units; norm?: Norm; withComparison?: boolean; period?: typeof B } = {}) {
	const { units = '63', norm = 'total', period = B } = opts;
	const selection = select(ds, { indicator: 'tips', period, norm, units });
	const comparison = opts.withComparison
		? compare(ds, { indicator: 'tips', periodA: period, periodB: { start: 2013, end: 2023 }, norm, units })
		: null;
	return headline({ ds, selection, comparison, lang: 'vi' });
}

describe('headline strip', () => {
	it('gives the national figure of the indicator and period first, then related ones of its family', () => {
		const h = model();
		expect(h.nationalHeading).toBe('Toàn quốc, 2015–2020');
		expect(h.national).toEqual([
			{
				indicator: 'tips',
				label: 'tips',
				valueText: `≥${NBSP}6.000`,
				unit: 'cái',
				source: 'New paper, 2024-01-02',
				conflict: true,
				current: true
			},
			{
				indicator: 'tips_valuable',
				label: 'tips có giá trị',
				valueText: `≈${NBSP}2.000`,
				unit: 'cái',
				source: 'Old paper, 2019-05',
				conflict: false,
				current: false
			}
		]);
		expect(h.nationalSources).toEqual(['New paper, 2024-01-02', 'Old paper, 2019-05']);
	});

	it('has no national figure for a period without one', () => {
		expect(model({ period: { start: 2013, end: 2023 } }).national).toEqual([]);
	});

	it('counts areas with data and names the top three (ties share a rank)', () => {
		const h = model();
		expect(h.coverage).toBe('4/5 tỉnh có số liệu');
		expect(h.top).toEqual([
			{ code: '01', name: 'Alpha', valueText: '500 cái' },
			{ code: '02', name: 'Beta', valueText: '300 cái' },
			{ code: '03', name: 'Gamma', valueText: '300 cái' }
		]);
	});

	it('shows the top values as drawn (per year), national figures as reported', () => {
		const h = model({ norm: 'per_year' });
		expect(h.top[0]?.valueText).toBe('100 cái mỗi năm');
		expect(h.national[0]?.unit).toBe('cái');
	});

	it('in the 34 view says how many units are partial; in comparison how many have both periods', () => {
		expect(model({ units: '34' }).coverage).toBe('3/3 tỉnh có số liệu · 1 tỉnh chỉ có một phần tỉnh cũ');
		expect(model({ withComparison: true }).coverage).toBe(
			'4/5 tỉnh có số liệu · 1/5 tỉnh có số liệu cả 2015–2020 và 2013–2023'
		);
	});
});
