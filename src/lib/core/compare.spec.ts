import { describe, expect, it } from 'vitest';
import { compare } from './compare';
import { indexDataset } from './dataset';
import { fact, tables } from './test-fixtures';

const A = { start: 2013, end: 2023 }; // 10 years
const B = { start: 2015, end: 2020 }; // 5 years
const B_FIELDS = { period_start: 2015, period_end: 2020, period_label: '2015-2020' };

describe('rule 6: 2013–2023 against 2015–2020 on per-year rates', () => {
	const ds = indexDataset(
		tables([
			fact({ province_code: '01', indicator: 'tips', value: 1000 }), // 100 / year
			fact({ province_code: '01', indicator: 'tips', value: 400, ...B_FIELDS }), // 80 / year
			fact({ province_code: '02', indicator: 'tips', value: 100, qualifier: 'at_least' }), // ≥ 10 / year
			fact({ province_code: '02', indicator: 'tips', value: 100, ...B_FIELDS }), // 20 / year
			fact({ province_code: '03', indicator: 'tips', value: 300 }), // only A
			fact({ province_code: '04', indicator: 'tips', value: 0, ...B_FIELDS }), // only B, zero
			fact({ province_code: '05', indicator: 'tips', value: 50 }),
			fact({ province_code: '05', indicator: 'tips', value: 0, ...B_FIELDS })
		])
	);
	const cmp = compare(ds, { indicator: 'tips', periodA: A, periodB: B, norm: 'total', units: '63' });

	it('switches to per-year rates because the periods differ in length', () => {
		expect(cmp.perYearForced).toBe(true);
		expect(cmp.norm).toBe('per_year');
	});

	it.each([
		{ code: '01', a: 100, b: 80, diff: 20, ratio: 1.25, status: 'both', qualified: false },
		{ code: '02', a: 10, b: 20, diff: -10, ratio: 0.5, status: 'both', qualified: true },
		{ code: '03', a: 30, b: null, diff: null, ratio: null, status: 'insufficient', qualified: false },
		{ code: '04', a: null, b: 0, diff: null, ratio: null, status: 'insufficient', qualified: false },
		// B = 0: a difference exists, a ratio does not.
		{ code: '05', a: 5, b: 0, diff: 5, ratio: null, status: 'both', qualified: false }
	])('$code: A $a, B $b → diff $diff, ratio $ratio', ({ code, a, b, diff, ratio, status, qualified }) => {
		const c = cmp.byCode.get(code)!;
		expect(c.a.value).toBe(a);
		expect(c.b.value).toBe(b);
		expect(c.diff).toBe(diff);
		expect(c.ratio).toBe(ratio);
		expect(c.status).toBe(status);
		expect(c.qualified).toBe(qualified);
	});

	it('per 100,000 people, compares per 100,000 people per year: a longer period is not "more" for being longer', () => {
		const per = compare(ds, { indicator: 'tips', periodA: A, periodB: B, norm: 'per_100k', units: '63' });
		expect(per.perYearForced).toBe(true);
		expect(per.norm).toBe('per_100k_year');
		const population = (code: string) => ds.provinces.find((p) => p.code === code)!.population;
		for (const c of per.areas) {
			const yearly = cmp.byCode.get(c.code)!;
			// The per-year rate (rule 3) divided by the population (rule 4).
			if (yearly.a.value !== null) expect(c.a.value).toBeCloseTo((yearly.a.value / population(c.code)) * 100_000, 9);
			if (yearly.b.value !== null) expect(c.b.value).toBeCloseTo((yearly.b.value / population(c.code)) * 100_000, 9);
			expect(c.status).toBe(yearly.status);
		}
	});

	it('ranks by change, largest increase first, only where both periods exist', () => {
		expect(cmp.withBoth).toBe(3);
		expect(['01', '05', '02'].map((c) => cmp.byCode.get(c)?.rank)).toEqual([1, 2, 3]);
		expect(cmp.byCode.get('03')?.rank).toBeNull();
	});
});

describe('comparison of equal-length periods and of stocks', () => {
	it('keeps totals when the periods have the same length', () => {
		const ds = indexDataset(
			tables([
				fact({ province_code: '01', indicator: 'tips', value: 60, period_start: 2018, period_end: 2018 }),
				fact({ province_code: '01', indicator: 'tips', value: 40, period_start: 2019, period_end: 2019 })
			])
		);
		const cmp = compare(ds, {
			indicator: 'tips',
			periodA: { start: 2019, end: 2019 },
			periodB: { start: 2018, end: 2018 },
			norm: 'total',
			units: '63'
		});
		expect(cmp.perYearForced).toBe(false);
		expect(cmp.byCode.get('01')?.diff).toBe(-20);
	});

	it('never divides a stock by years', () => {
		const ds = indexDataset(
			tables([
				fact({ province_code: '01', indicator: 'models_total', value: 300, period_start: 2024, period_end: 2024 }),
				fact({ province_code: '01', indicator: 'models_total', value: 200, period_start: 2019, period_end: 2023 })
			])
		);
		const cmp = compare(ds, {
			indicator: 'models_total',
			periodA: { start: 2024, end: 2024 },
			periodB: { start: 2019, end: 2023 },
			norm: 'total',
			units: '63'
		});
		expect(cmp.perYearForced).toBe(false);
		expect(cmp.byCode.get('01')?.ratio).toBe(1.5);
	});
});
