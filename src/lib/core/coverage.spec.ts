import { describe, expect, it } from 'vitest';
import { indicatorCoverage, overallCoverage, provinceFacts } from './coverage';
import { indexDataset } from './dataset';
import { fact, tables } from './test-fixtures';

const ds = indexDataset(
	tables([
		fact({ province_code: '01', indicator: 'tips', value: 1 }),
		fact({ province_code: '01', indicator: 'tips', value: 2, period_start: 2015, period_end: 2020 }),
		fact({ province_code: '01', indicator: 'forums', value: 3, scope: 'district:Ba Đình' }),
		fact({ province_code: '01', indicator: 'models_total', value: 4, period_start: null, period_end: null }),
		fact({ province_code: '01', indicator: 'tips', value: 5, source_id: 'new' }),
		fact({ province_code: '02', indicator: 'models_total', value: 6, period_start: 2024, period_end: 2024 })
	])
);

describe('rule 7: coverage', () => {
	it('lists, per province, the periods an indicator has on the map', () => {
		const cov = new Map(indicatorCoverage(ds, 'tips').map((c) => [c.code, c.periods]));
		expect(cov.get('01')).toEqual(['2015-2020', '2013-2023']);
		expect(cov.get('02')).toEqual([]);
	});

	it('counts mappable indicators and all facts per province', () => {
		const cov = new Map(overallCoverage(ds).map((c) => [c.code, c]));
		// tips is mappable; forums is district-scope and models_total undated: facts, not map values.
		expect(cov.get('01')).toEqual({ code: '01', indicators: 1, facts: 5 });
		expect(cov.get('02')).toEqual({ code: '02', indicators: 1, facts: 1 });
		expect(cov.get('03')).toEqual({ code: '03', indicators: 0, facts: 0 });
	});

	it('groups one province’s facts: province scope first, then districts; newest source first', () => {
		const groups = provinceFacts(ds, '01');
		expect(groups.map((g) => [g.scope, g.indicator, g.period && `${g.period.start}-${g.period.end}`])).toEqual([
			['province', 'tips', '2015-2020'],
			['province', 'tips', '2013-2023'],
			['province', 'models_total', null],
			['district:Ba Đình', 'forums', '2013-2023']
		]);
		expect(groups[1]?.rows.map((r) => r.value)).toEqual([5, 1]);
	});
});
