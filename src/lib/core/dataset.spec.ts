import { describe, expect, it } from 'vitest';
import { loadDataFiles } from '../../../scripts/load-data-files';
import { compareAscii, defaultIndicatorPeriod, defaultPeriodFor, indexDataset } from './dataset';
import { readTables } from './validate';
import { fact, tables } from './test-fixtures';
import type { Fact } from './types';

describe('defaultIndicatorPeriod', () => {
	const at = (start: number, end: number) => ({ period_start: start, period_end: end });

	it('opens on the indicator of models, tips and awards with the most provinces in 2013–2023, not on the best-covered year', () => {
		const ds = indexDataset(
			tables([
				fact({ province_code: '01', indicator: 'tips', value: 1 }),
				fact({ province_code: '02', indicator: 'tips', value: 1 }),
				// More provinces, but in 2024.
				...['01', '02', '03'].map((c) => fact({ province_code: c, indicator: 'models_total', value: 1, ...at(2024, 2024) })),
				// Outreach has more 2013–2023 provinces but is not one of the three families.
				...['01', '02', '03', '04'].map((c) => fact({ province_code: c, indicator: 'forums', value: 1 })),
				// 2015–2020 figures of another province: no province has both, so no comparison.
				fact({ province_code: '03', indicator: 'tips', value: 1, ...at(2015, 2020) })
			])
		);
		expect(defaultIndicatorPeriod(ds)).toEqual({ indicator: 'tips', period: '2013-2023', compare: null });
	});

	it('is the comparison with 2015–2020 when some province has figures for both periods', () => {
		const ds = indexDataset(
			tables([
				fact({ province_code: '01', indicator: 'tips', value: 1 }),
				fact({ province_code: '02', indicator: 'tips', value: 1 }),
				fact({ province_code: '02', indicator: 'tips', value: 1, ...at(2015, 2020) })
			])
		);
		expect(defaultIndicatorPeriod(ds)).toEqual({ indicator: 'tips', period: '2013-2023', compare: '2015-2020' });
	});

	it('prefers, among equally covered indicators, one with a national figure for 2013–2023', () => {
		const ds = indexDataset(
			tables([
				fact({ province_code: '01', indicator: 'tips', value: 1 }),
				fact({ province_code: '02', indicator: 'models_total', value: 1 }),
				fact({ province_code: '', indicator: 'models_total', value: 5, scope: 'national' })
			])
		);
		expect(defaultIndicatorPeriod(ds)?.indicator).toBe('models_total');
	});

	it('without 2013–2023 figures, opens on the indicator and period with most provinces (a province counted once)', () => {
		const ds = indexDataset(
			tables([
				fact({ province_code: '01', indicator: 'tips', value: 1, source_id: 'old', ...at(2018, 2018) }),
				fact({ province_code: '01', indicator: 'tips', value: 2, source_id: 'new', ...at(2018, 2018) }),
				fact({ province_code: '02', indicator: 'models_total', value: 1, ...at(2024, 2024) }),
				fact({ province_code: '03', indicator: 'models_total', value: 1, ...at(2024, 2024) })
			])
		);
		expect(ds.periodsByIndicator.get('tips')?.[0]?.provinces).toBe(1);
		expect(defaultIndicatorPeriod(ds)).toEqual({ indicator: 'models_total', period: '2024', compare: null });
	});

	/** A 2025 figure: of the 34 map when a new province (merged: `merged`) or an unchanged one (01) reports it. */
	const present = (code: string, indicator: string, p: Partial<Fact> = {}) =>
		fact({ province_code: code, indicator, value: 1, period_start: 2025, period_end: 2025, period_label: '2025', ...p });
	const merged = { scope: 'merged_province:Beta Gamma' };

	it('opens on the present — the 34 map — when a new province has a figure, even with more provinces in 2013–2023', () => {
		const ds = indexDataset(
			tables([
				...['01', '02', '03', '04'].map((c) => fact({ province_code: c, indicator: 'tips', value: 1 })),
				present('90', 'models_total', merged)
			])
		);
		expect(defaultIndicatorPeriod(ds)).toEqual({ indicator: 'models_total', period: '2025', compare: null });
	});

	it('among periods of the 34 map, opens on the one with most new provinces', () => {
		const ds = indexDataset(
			tables([
				present('90', 'tips', merged),
				// Two new provinces: 01 (unchanged since the merger) and 90.
				present('01', 'models_total'),
				present('90', 'models_total', merged)
			])
		);
		expect(defaultIndicatorPeriod(ds)).toEqual({ indicator: 'models_total', period: '2025', compare: null });
	});

	it('on equal coverage of the 34 map, prefers a national figure, then the later period, then catalogue order', () => {
		const later = { period_start: 2026, period_end: 2026, period_label: '2026' };
		const national = (indicator: string) => present('', indicator, { scope: 'national', value: 9 });
		expect(defaultIndicatorPeriod(indexDataset(tables([present('01', 'tips'), present('01', 'models_total')])))?.indicator).toBe('tips');
		expect(
			defaultIndicatorPeriod(indexDataset(tables([present('01', 'tips'), present('01', 'models_total'), national('models_total')])))
				?.indicator
		).toBe('models_total');
		expect(defaultIndicatorPeriod(indexDataset(tables([present('01', 'tips'), present('01', 'models_total', later)])))).toEqual({
			indicator: 'models_total',
			period: '2026',
			compare: null
		});
	});

	it('returns null for a dataset without figures', () => {
		expect(defaultIndicatorPeriod(indexDataset(tables([])))).toBeNull();
	});
});

describe('defaultPeriodFor', () => {
	const ds = indexDataset(
		tables([
			fact({ province_code: '01', indicator: 'tips', value: 1 }),
			fact({ province_code: '02', indicator: 'tips', value: 1 }),
			fact({ province_code: '01', indicator: 'tips', value: 1, period_start: 2018, period_end: 2018 }),
			fact({ province_code: '', indicator: 'tips', value: 1, period_start: 2015, period_end: 2020, scope: 'national' })
		])
	);
	it.each([
		{ preferred: '2018', expected: '2018' },
		{ preferred: '2024', expected: '2013-2023' },
		{ preferred: undefined, expected: '2013-2023' }
	])('preferred $preferred → $expected', ({ preferred, expected }) => {
		expect(defaultPeriodFor(ds, 'tips', preferred)).toBe(expected);
	});

	it('offers periods that only have a national figure', () => {
		const national = ds.periodsByIndicator.get('tips')?.find((c) => c.key === '2015-2020');
		expect(national).toMatchObject({ provinces: 0, national: true });
	});
});

describe('compareAscii', () => {
	it.each([
		['01', '02', -1],
		['87', '11', 1],
		['48', '48', 0],
		['2019', '2019-05', -1],
		['2019-05', '2019-05-20', -1],
		['2020-01-02', '2019-12-31', 1],
		['', '2019', -1]
	])('%s vs %s → %i', (a, b, expected) => {
		expect(compareAscii(a, b)).toBe(expected);
	});

	it('orders the shipped province codes and source dates as localeCompare does', () => {
		const { tables: shipped } = readTables(loadDataFiles('data'));
		for (const keys of [shipped.provinces.map((p) => p.code), shipped.sources.map((s) => s.date)]) {
			expect([...keys].sort(compareAscii)).toEqual([...keys].sort((a, b) => a.localeCompare(b)));
		}
	});
});
