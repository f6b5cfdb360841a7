import { describe, expect, it } from 'vitest';
import { familyIndicator, familyOf, indicatorGroups, optionsSet } from './controls-model';
import { indexDataset } from './dataset';
import { INDICATORS, fact, tables } from './test-fixtures';

const VALUABLE = { ...INDICATORS[0]!, id: 'tips_valuable' };
const ds = indexDataset({
	...tables([
		fact({ province_code: '01', indicator: 'tips', value: 1 }),
		fact({ province_code: '01', indicator: 'tips_valuable', value: 1, period_start: 2018, period_end: 2018 }),
		fact({ province_code: '02', indicator: 'tips_valuable', value: 1, period_start: 2018, period_end: 2018 }),
		fact({ province_code: '01', indicator: 'models_total', value: 1, period_start: 2024, period_end: 2024 })
	]),
	indicators: [...INDICATORS, VALUABLE]
});

describe('optionsSet', () => {
	const plain = {
		change: 'diff',
		compare: null,
		norm: 'total',
		units: '63',
		classes: 'quantile',
		mode: 'value',
		provinces: [],
		region: null
	} as const;
	it.each([
		{ view: plain, n: 0 },
		// The kind of change counts only in a comparison.
		{ view: { ...plain, change: 'ratio' }, n: 0 },
		{ view: { ...plain, change: 'ratio', compare: '2015-2020' }, n: 1 },
		{ view: { ...plain, norm: 'per_100k', units: '34' }, n: 2 },
		// The units count only when they are not those the period opens on.
		{ view: { ...plain, units: '34' }, opensOn: '34', n: 0 },
		{ view: { ...plain, units: '63' }, opensOn: '34', n: 1 },
		{ view: { ...plain, classes: 'jenks', mode: 'coverage' }, n: 2 },
		// Provinces and a region are one choice: the filter.
		{ view: { ...plain, provinces: ['01'], region: 'north' }, n: 1 }
	] as const)('$n set', ({ view, n, ...c }) => {
		const opensOn = ('opensOn' in c && c.opensOn) || '63';
		expect(optionsSet({ ...view, provinces: [...view.provinces] }, opensOn)).toBe(n);
	});
});

describe('familyIndicator and familyOf', () => {
	it.each([
		// The family's indicator that has the period…
		{ family: 'tips', period: '2013-2023', id: 'tips' },
		{ family: 'tips', period: '2018', id: 'tips_valuable' },
		// …else its best-covered one.
		{ family: 'tips', period: '2030', id: 'tips_valuable' },
		{ family: 'models', period: '2013-2023', id: 'models_total' },
		{ family: 'awards', period: '2013-2023', id: null }
	] as const)('$family in $period → $id', ({ family, period, id }) => {
		expect(familyIndicator(ds, family, period)).toBe(id);
	});

	it('finds the family of an indicator among the groups the controls offer', () => {
		const groups = indicatorGroups(ds);
		expect(familyOf(groups, 'tips_valuable')).toBe('tips');
		expect(familyOf(groups, 'models_total')).toBe('models');
	});
});
