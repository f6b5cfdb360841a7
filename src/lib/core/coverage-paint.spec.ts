import { describe, expect, it } from 'vitest';
import { indexDataset } from './dataset';
import { SEQUENTIAL } from './map-paint';
import { paintIndicatorCoverage, paintOverallCoverage } from './coverage-paint';
import { fact, tables } from './test-fixtures';

/** Hand-worked fixture (see test-fixtures.ts): units 90 = 02 + 03 and 91 = 04 + 05 after 2025; unit "cái". */
const A = { start: 2013, end: 2023 }; // 10 years

describe('coverage maps', () => {
	const Y2024 = { period_start: 2024, period_end: 2024, period_label: '2024' };
	const cds = indexDataset(
		tables([
			fact({ province_code: '01', indicator: 'tips', value: 1 }),
			fact({ province_code: '01', indicator: 'tips', value: 2, ...Y2024 }),
			fact({ province_code: '01', indicator: 'models_total', value: 3, ...Y2024 }),
			fact({ province_code: '02', indicator: 'tips', value: 4, ...Y2024 }),
			fact({ province_code: '02', indicator: 'forums', value: 5, scope: 'district:Xã' }), // not mappable
			fact({ province_code: '03', indicator: 'models_total', value: 6, period_start: null, period_end: null }), // undated
			fact({ province_code: '04', indicator: 'tips', value: 7 })
		])
	);
	const DARK = SEQUENTIAL[5];
	const LIGHT = SEQUENTIAL[2];

	it('per indicator: dark for the chosen period, light for other periods only, hatched for none', () => {
		const p = paintIndicatorCoverage({ ds: cds, indicator: 'tips', period: A, units: '63', lang: 'vi' });
		expect(p.areas.get('01')).toMatchObject({
			kind: 'value',
			fill: DARK,
			label: 'Alpha: có số liệu 2013–2023; các giai đoạn có số liệu: 2013–2023, 2024'
		});
		expect(p.areas.get('02')).toMatchObject({
			kind: 'value',
			fill: LIGHT,
			label: 'Beta: chưa có số liệu 2013–2023; có số liệu giai đoạn 2024'
		});
		expect(p.areas.get('03')).toMatchObject({
			kind: 'missing',
			fill: null,
			label: 'Gamma: chưa có số liệu chỉ tiêu này ở giai đoạn nào'
		});
		expect(p.legend.kind).toBe('coverage');
		expect(p.legend.items).toEqual([
			{ kind: 'value', color: DARK, label: 'Có số liệu 2013–2023 (2)' },
			{ kind: 'value', color: LIGHT, label: 'Chỉ có số liệu giai đoạn khác (1)' },
			{ kind: 'missing', color: null, label: 'Chưa có số liệu (2/5)' }
		]);
		expect(p.legend.coverage).toBe('2/5 tỉnh có số liệu');
	});

	it('per indicator in the 34 view: a unit with the period for only some parts is partial', () => {
		const p = paintIndicatorCoverage({ ds: cds, indicator: 'tips', period: A, units: '34', lang: 'vi' });
		expect(p.areas.get('91')).toMatchObject({
			kind: 'partial',
			fill: DARK,
			label: 'Delta Epsilon: có số liệu 2013–2023; các giai đoạn có số liệu: 2013–2023; 1/2 tỉnh cũ có số liệu'
		});
		expect(p.areas.get('90')).toMatchObject({ kind: 'value', fill: LIGHT });
		expect(p.legend.items.map((i) => i.label)).toEqual([
			'Có số liệu 2013–2023 (1)',
			'Chỉ một phần tỉnh cũ có số liệu 2013–2023 (1)',
			'Chỉ có số liệu giai đoạn khác (1)',
			'Chưa có số liệu (0/3)'
		]);
	});

	it('overall: how many indicators have a province figure, classed, with the counts each class holds', () => {
		const p = paintOverallCoverage({ ds: cds, units: '63', method: 'quantile', lang: 'vi' });
		// Counts 2, 1, 1 → two classes, {1} and {2}; rampColors(2) = steps 1 and 6.
		expect(p.areas.get('01')).toMatchObject({
			kind: 'value',
			fill: SEQUENTIAL[6],
			label: 'Alpha: 2 chỉ tiêu có số liệu, 3 số liệu có nguồn'
		});
		expect(p.areas.get('02')).toMatchObject({
			kind: 'value',
			fill: SEQUENTIAL[1],
			label: 'Beta: 1 chỉ tiêu có số liệu, 2 số liệu có nguồn'
		});
		expect(p.areas.get('03')).toMatchObject({
			kind: 'missing',
			label: 'Gamma: chưa có chỉ tiêu cấp tỉnh nào; 1 số liệu khác (cấp huyện, khối ngành hoặc không rõ giai đoạn)'
		});
		expect(p.areas.get('05')?.label).toBe('Epsilon: chưa có số liệu nào');
		expect(p.legend.items.map((i) => i.label)).toEqual(['1', '2', 'Chưa có chỉ tiêu nào có số liệu (2/5)']);
	});

	it('overall in the 34 view: indicators of the parts together; partial when some parts have none', () => {
		const p = paintOverallCoverage({ ds: cds, units: '34', method: 'quantile', lang: 'vi' });
		expect(p.areas.get('90')).toMatchObject({
			kind: 'partial',
			label: 'Beta Gamma: 1 chỉ tiêu có số liệu, 3 số liệu có nguồn; 1/2 tỉnh cũ có số liệu'
		});
		expect(p.legend.coverage).toBe('3/3 tỉnh có số liệu');
	});
});
