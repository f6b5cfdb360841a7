import { describe, expect, it } from 'vitest';
import { indexDataset } from './dataset';
import { combineQualifiers, select, type Norm } from './select';
import { fact, tables } from './test-fixtures';
import type { Fact } from './types';

const P2013_2023 = { start: 2013, end: 2023 };

describe('rule 1: only province-scope rows of the exact period are painted', () => {
	const ds = indexDataset(
		tables([
			fact({ province_code: '01', indicator: 'tips', value: 100 }),
			fact({ province_code: '01', indicator: 'tips', value: 7, scope: 'district:Ba Đình' }),
			fact({ province_code: '02', indicator: 'tips', value: 50, period_start: 2015, period_end: 2020 }),
			fact({ province_code: '03', indicator: 'tips', value: 9, period_start: null, period_end: null })
		])
	);
	const sel = select(ds, { indicator: 'tips', period: P2013_2023, norm: 'total', units: '63' });

	it.each([
		{ code: '01', value: 100, status: 'value' },
		{ code: '02', value: null, status: 'missing' },
		{ code: '03', value: null, status: 'missing' },
		{ code: '04', value: null, status: 'missing' }
	])('$code → $value ($status)', ({ code, value, status }) => {
		expect(sel.byCode.get(code)?.value).toBe(value);
		expect(sel.byCode.get(code)?.status).toBe(status);
	});

	it('counts coverage without drawing missing provinces as zero', () => {
		expect(sel.withData).toBe(1);
		expect(sel.areas).toHaveLength(5);
	});
});

describe('rule 2: several sources for one key', () => {
	const ds = indexDataset(
		tables([
			fact({ province_code: '01', indicator: 'tips', value: 100, source_id: 'old' }),
			fact({ province_code: '01', indicator: 'tips', value: 120, source_id: 'new', qualifier: 'at_least' }),
			fact({ province_code: '01', indicator: 'tips', value: 90, source_id: 'undated' }),
			fact({ province_code: '02', indicator: 'tips', value: 40, source_id: 'old' }),
			fact({ province_code: '02', indicator: 'tips', value: 40, source_id: 'new' })
		])
	);
	const sel = select(ds, { indicator: 'tips', period: P2013_2023, norm: 'total', units: '63' });
	const a = sel.byCode.get('01')!;

	it('draws the most recent source, never a sum or an average', () => {
		expect(a.value).toBe(120);
		expect(a.qualifier).toBe('at_least');
		expect(a.parts[0]?.figure?.source_id).toBe('new');
	});

	it('marks "sources differ" and keeps every source, newest first, undated last', () => {
		expect(a.conflict).toBe(true);
		expect(a.parts[0]?.figures.map((f) => f.source_id)).toEqual(['new', 'old', 'undated']);
	});

	it('does not mark agreeing sources as differing', () => {
		expect(sel.byCode.get('02')?.conflict).toBe(false);
		expect(sel.byCode.get('02')?.parts[0]?.figures).toHaveLength(2);
	});
});

describe('rows of one key from one source are parts of its figure', () => {
	// One article lists awards by body: 2 (People's Committee) + 2 (Fatherland Front) + 15 (police).
	const ds = indexDataset(
		tables([
			fact({ province_code: '01', indicator: 'tips', value: 2, source_id: 'new', quote: 'a' }),
			fact({ province_code: '01', indicator: 'tips', value: 2, source_id: 'new', quote: 'b' }),
			fact({ province_code: '01', indicator: 'tips', value: 15, source_id: 'new', qualifier: 'approx' }),
			fact({ province_code: '01', indicator: 'tips', value: 30, source_id: 'old' })
		])
	);
	const a = select(ds, { indicator: 'tips', period: P2013_2023, norm: 'total', units: '63' }).byCode.get('01')!;

	it('adds the parts up, combining their qualifiers, and keeps each part', () => {
		expect(a.value).toBe(19);
		expect(a.qualifier).toBe('approx');
		expect(a.parts[0]?.figure?.facts.map((f) => f.value)).toEqual([2, 2, 15]);
	});

	it('still compares whole figures across sources', () => {
		expect(a.conflict).toBe(true);
		expect(a.parts[0]?.figures.map((f) => f.value)).toEqual([19, 30]);
	});
});

describe('rules 3–4: normalisation', () => {
	const ds = indexDataset(
		tables([
			fact({ province_code: '01', indicator: 'tips', value: 1000 }),
			fact({ province_code: '02', indicator: 'tips', value: 50, period_start: 2018, period_end: 2018 }),
			fact({ province_code: '01', indicator: 'models_total', value: 300, period_start: 2023, period_end: 2023 })
		])
	);
	it.each([
		// 2013–2023 counts as 10 years; 1,000 / 10 = 100.
		{ indicator: 'tips', period: P2013_2023, norm: 'per_year', code: '01', value: 100, applied: 'per_year' },
		// A single year divides by 1.
		{ indicator: 'tips', period: { start: 2018, end: 2018 }, norm: 'per_year', code: '02', value: 50, applied: 'per_year' },
		// 1,000 / 1,000,000 × 100,000 = 100.
		{ indicator: 'tips', period: P2013_2023, norm: 'per_100k', code: '01', value: 100, applied: 'per_100k' },
		// Stocks are never divided by years.
		{ indicator: 'models_total', period: { start: 2023, end: 2023 }, norm: 'per_year', code: '01', value: 300, applied: 'total' },
		// 300 / 1,000,000 × 100,000 = 30.
		{ indicator: 'models_total', period: { start: 2023, end: 2023 }, norm: 'per_100k', code: '01', value: 30, applied: 'per_100k' }
	] as const)('$indicator $norm → $value', ({ indicator, period, norm, code, value, applied }) => {
		const sel = select(ds, { indicator, period, norm: norm as Norm, units: '63' });
		expect(sel.byCode.get(code)?.value).toBeCloseTo(value, 10);
		expect(sel.appliedNorm).toBe(applied);
	});
});

describe('rule 5: 34-unit view', () => {
	const ds = indexDataset(
		tables([
			fact({ province_code: '01', indicator: 'tips', value: 10 }),
			fact({ province_code: '02', indicator: 'tips', value: 20 }),
			fact({ province_code: '03', indicator: 'tips', value: 30, qualifier: 'approx' }),
			fact({ province_code: '04', indicator: 'tips', value: 40 })
		])
	);
	const sel = select(ds, { indicator: 'tips', period: P2013_2023, norm: 'total', units: '34' });

	it.each([
		{ code: '01', value: 10, status: 'value', qualifier: 'exact', reported: 1 },
		// Both parts reported; one approximate → ≈ 50.
		{ code: '90', value: 50, status: 'value', qualifier: 'approx', reported: 2 },
		// Only Delta reported: a partial sum, shown as a lower bound.
		{ code: '91', value: 40, status: 'partial', qualifier: 'at_least', reported: 1 }
	])('unit $code → $value ($status, $qualifier)', ({ code, value, status, qualifier, reported }) => {
		const a = sel.byCode.get(code)!;
		expect(a.value).toBe(value);
		expect(a.status).toBe(status);
		expect(a.qualifier).toBe(qualifier);
		expect(a.parts.filter((p) => p.figure).length).toBe(reported);
	});

	it('divides a partial unit by the whole unit’s population (still a lower bound)', () => {
		const per = select(ds, { indicator: 'tips', period: P2013_2023, norm: 'per_100k', units: '34' });
		// 40 / (400,000 + 500,000) × 100,000
		expect(per.byCode.get('91')?.value).toBeCloseTo((40 / 900_000) * 100_000, 10);
	});

	it('counts complete and partial units separately', () => {
		expect(sel.withData).toBe(3);
		expect(sel.complete).toBe(2);
	});
});

describe('rule 5: a new province’s own figure (era-34 rows)', () => {
	const merged = (code: string, value: number, more: Partial<Fact> = {}) =>
		fact({
			province_code: code,
			indicator: 'models_total',
			value,
			scope: `merged_province:${code}`,
			period_start: 2025,
			period_end: 2025,
			...more
		});
	const old = (code: string, value: number) =>
		fact({ province_code: code, indicator: 'models_total', value, period_start: 2025, period_end: 2025 });
	const ds = indexDataset(
		tables([
			// Unit 90 (Beta + Gamma) reports 336 itself; neither old province has a 2025 figure.
			merged('90', 336),
			// Unit 91 (Delta + Epsilon) reports 100; Delta alone reported 40 before the merger: two sources.
			merged('91', 100),
			old('04', 40),
			// Alpha kept its territory: its province row is its figure on both maps.
			old('01', 7)
		])
	);
	const P2025 = { start: 2025, end: 2025 };
	const sel34 = select(ds, { indicator: 'models_total', period: P2025, norm: 'total', units: '34' });
	const sel63 = select(ds, { indicator: 'models_total', period: P2025, norm: 'total', units: '63' });

	it.each([
		// Own figure, no parts: drawn as it is, complete.
		{ code: '90', value: 336, status: 'value', qualifier: 'exact', conflict: false, parts: null },
		// Own 100 against ≥ 40 from 1 of 2 parts: the own figure is drawn, "sources differ", never 140.
		{
			code: '91',
			value: 100,
			status: 'value',
			qualifier: 'exact',
			conflict: true,
			parts: { value: 40, qualifier: 'at_least', reported: 1 }
		},
		{ code: '01', value: 7, status: 'value', qualifier: 'exact', conflict: false, parts: { value: 7, qualifier: 'exact', reported: 1 } }
	])('unit $code → $value ($status, sources differ: $conflict)', ({ code, value, status, qualifier, conflict, parts }) => {
		const a = sel34.byCode.get(code)!;
		expect(a.value).toBe(value);
		expect(a.status).toBe(status);
		expect(a.qualifier).toBe(qualifier);
		expect(a.conflict).toBe(conflict);
		expect(a.partsSum).toEqual(parts);
	});

	it('says which figure is the province’s own', () => {
		expect(sel34.byCode.get('90')?.own?.figure?.value).toBe(336);
		expect(sel34.byCode.get('01')?.own).toBeNull();
	});

	it('counts new provinces out of 34 units, each once', () => {
		expect(sel34.withData).toBe(3);
		expect(sel34.complete).toBe(3);
	});

	it.each(['02', '03', '05'])('the 63 map never puts a merged province’s figure on old province %s', (code) => {
		expect(sel63.byCode.get(code)?.value).toBeNull();
	});

	it('the 63 map draws the old provinces’ own rows only: Delta 40 and Alpha 7', () => {
		expect(sel63.areas.filter((a) => a.value !== null).map((a) => [a.code, a.value])).toEqual([
			['01', 7],
			['04', 40]
		]);
	});

	it('a merged code that is also an old code (24 Bắc Giang → Bắc Ninh) stays off that old province on the 63 map', () => {
		// Unit 04 does not exist in the fixture, but a `merged_province` row with code 04 must not reach old Delta.
		const ds2 = indexDataset(tables([merged('04', 55)]));
		expect(select(ds2, { indicator: 'models_total', period: P2025, norm: 'total', units: '63' }).byCode.get('04')?.value).toBeNull();
		expect(ds2.factsByProvince.get('04')).toBeUndefined();
		expect(ds2.factsByUnit.get('04')).toHaveLength(1);
	});
});

describe('combineQualifiers', () => {
	it.each([
		{ qs: ['exact', 'exact'], missing: false, expected: 'exact' },
		{ qs: ['exact', 'approx'], missing: false, expected: 'approx' },
		{ qs: ['approx', 'at_least'], missing: false, expected: 'at_least' },
		{ qs: ['exact'], missing: true, expected: 'at_least' }
	] as const)('$qs (missing: $missing) → $expected', ({ qs, missing, expected }) => {
		expect(combineQualifiers([...qs], missing)).toBe(expected);
	});
});

describe('ranking', () => {
	it('ranks by value with ties sharing a rank, and leaves no-data unranked', () => {
		const ds = indexDataset(
			tables([
				fact({ province_code: '01', indicator: 'tips', value: 10 }),
				fact({ province_code: '02', indicator: 'tips', value: 8 }),
				fact({ province_code: '03', indicator: 'tips', value: 8 }),
				fact({ province_code: '04', indicator: 'tips', value: 5 })
			])
		);
		const sel = select(ds, { indicator: 'tips', period: P2013_2023, norm: 'total', units: '63' });
		expect(sel.areas.map((a) => a.rank)).toEqual([1, 2, 2, 4, null]);
	});
});
