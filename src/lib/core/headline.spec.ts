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
	it("gives every source's national figure with its date when they differ (newest first), then related ones of the family", () => {
		const h = model();
		expect(h.nationalHeading).toBe('Toàn quốc, 2015–2020');
		expect(h.periods).toEqual(['2015–2020']);
		expect(h.national).toEqual([
			{
				indicator: 'tips',
				label: 'tips',
				unit: 'cái',
				current: true,
				a: [
					{ valueText: `≥${NBSP}6.000`, source: 'New paper, 2024-01-02', below: null },
					{ valueText: `5.000`, source: 'Old paper, 2019-05', below: null }
				],
				b: null
			},
			{
				indicator: 'tips_valuable',
				label: 'tips có giá trị',
				unit: 'cái',
				current: false,
				a: [{ valueText: `≈${NBSP}2.000`, source: 'Old paper, 2019-05', below: null }],
				b: null
			}
		]);
	});

	it("says when a national figure is below a single province's own", () => {
		const low = indexDataset(
			tables([
				fact({ ...NATIONAL, indicator: 'tips', value: 400, qualifier: 'at_least' }),
				fact({ province_code: '01', indicator: 'tips', value: 500, ...B_FIELDS }),
				fact({ province_code: '02', indicator: 'tips', value: 300, ...B_FIELDS })
			])
		);
		const h = headline({ ds: low, selection: select(low, { indicator: 'tips', period: B, norm: 'total', units: '63' }), lang: 'vi' });
		expect(h.national[0]?.a[0]?.below).toBe('thấp hơn số của riêng Alpha (500): các nguồn có thể tính khác nhau');
	});

	it('has no national figure for a period without one', () => {
		expect(model({ period: { start: 2013, end: 2023 } }).national).toEqual([]);
	});

	it('puts period A and period B side by side in a comparison, with an empty side where one has none', () => {
		const h = model({ withComparison: true });
		expect(h.nationalHeading).toBe('Toàn quốc');
		expect(h.periods).toEqual(['2015–2020', '2013–2023']);
		expect(h.national.map((r) => [r.indicator, r.a.length, r.b?.length])).toEqual([
			['tips', 2, 0],
			['tips_valuable', 1, 0]
		]);
	});

	it('names the top three among the areas with data, and says how many have data (ties share a rank)', () => {
		const h = model();
		expect(h.topHeading).toBe('Cao nhất trong 4/5 tỉnh có số liệu');
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
		const u34 = model({ units: '34' });
		expect(u34.topHeading).toBe('Cao nhất trong 3/3 tỉnh có số liệu');
		expect(u34.coverageNotes).toEqual(['1 tỉnh chỉ có một phần tỉnh cũ']);
		const cmp = model({ withComparison: true });
		expect(cmp.topHeading).toBe('Cao nhất 2015–2020, trong 4/5 tỉnh có số liệu');
		expect(cmp.coverageNotes).toEqual(['1/5 tỉnh có số liệu cả 2015–2020 và 2013–2023']);
	});
});
