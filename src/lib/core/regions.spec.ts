import { describe, expect, it } from 'vitest';
import { indexDataset } from './dataset';
import { regionSummaries } from './regions';
import { select, type Norm, type Units } from './select';
import { fact, tables } from './test-fixtures';

// Fixture regions: North = 01 Alpha (1,000,000 people), 02 Beta (200,000); South = 03, 04, 05.
const ds = indexDataset(
	tables([
		fact({ province_code: '01', indicator: 'tips', value: 100 }),
		fact({ province_code: '02', indicator: 'tips', value: 50, qualifier: 'approx' }),
		fact({ province_code: '04', indicator: 'tips', value: 30 })
	])
);
const sel = (norm: Norm = 'total', units: Units = '63') =>
	select(ds, { indicator: 'tips', period: { start: 2013, end: 2023 }, norm, units });

describe('regionSummaries', () => {
	it('sums complete regions and keeps their qualifier', () => {
		const north = regionSummaries(ds, sel()).find((r) => r.name === 'North')!;
		expect(north).toMatchObject({ withData: 2, total: 150, value: 150, qualifier: 'approx', partial: false });
		expect(north.codes).toEqual(['01', '02']);
	});

	it('labels a region with missing provinces as partial: a lower bound, never filled in', () => {
		const south = regionSummaries(ds, sel()).find((r) => r.name === 'South')!;
		expect(south).toMatchObject({ withData: 1, total: 30, value: 30, qualifier: 'at_least', partial: true });
	});

	it('gives no value (not 0) to a region without any figure', () => {
		const only = new Set(['03', '05']);
		expect(regionSummaries(ds, sel(), only)).toEqual([
			{ id: 'south', name: 'South', codes: ['03', '05'], withData: 0, total: null, value: null, qualifier: null, partial: true }
		]);
	});

	it('counts only the chosen provinces and leaves out regions without any', () => {
		const r = regionSummaries(ds, sel(), new Set(['01', '04']));
		expect(r.map((x) => [x.name, x.total, x.partial])).toEqual([
			['North', 100, false],
			['South', 30, false]
		]);
	});

	it.each([
		// per year: 150 / 10 years; per 100k: 150 / 1,200,000 × 100,000 = 12.5
		{ norm: 'per_year', value: 15 },
		{ norm: 'per_100k', value: 12.5 }
	] as const)('normalises as the selection does ($norm)', ({ norm, value }) => {
		expect(regionSummaries(ds, sel(norm)).find((r) => r.name === 'North')?.value).toBeCloseTo(value);
	});

	it('counts old provinces in the 34 view too', () => {
		const north = regionSummaries(ds, sel('total', '34')).find((r) => r.name === 'North')!;
		expect(north.total).toBe(150);
	});
});
