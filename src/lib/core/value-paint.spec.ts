import { describe, expect, it } from 'vitest';
import type { Classes, DivergingClasses } from './classify';
import { compare } from './compare';
import { indexDataset } from './dataset';
import { DIVERGING, SEQUENTIAL, type MapPaint } from './map-paint';
import { paintIndicatorCoverage } from './coverage-paint';
import { paintComparison, paintSelection } from './value-paint';
import { select, type Norm, type Units } from './select';
import { fact, tables } from './test-fixtures';

/** Hand-worked fixture (see test-fixtures.ts): units 90 = 02 + 03 and 91 = 04 + 05 after 2025; unit "cái". */
const A = { start: 2013, end: 2023 }; // 10 years
const B = { start: 2015, end: 2020 }; // 5 years
const B_FIELDS = { period_start: 2015, period_end: 2020, period_label: '2015-2020' };
const NBSP = '\u00a0';

const ds = indexDataset(
	tables([
		fact({ province_code: '01', indicator: 'tips', value: 1000 }),
		fact({ province_code: '02', indicator: 'tips', value: 100, qualifier: 'at_least', source_id: 'new' }),
		fact({ province_code: '04', indicator: 'tips', value: 200, qualifier: 'approx' }),
		// A newer source with a different figure: drawn, and "sources differ".
		fact({ province_code: '04', indicator: 'tips', value: 300, source_id: 'new' })
	])
);

/** Classes by hand: [100, 200) [200, 650) [650, 1000]. */
const VALUE_CLASSES: Classes = {
	thresholds: [200, 650],
	bounds: [
		{ lo: 100, hi: 200 },
		{ lo: 200, hi: 650 },
		{ lo: 650, hi: 1000 }
	],
	count: 3
};
/** rampColors(3): steps 1, round(3.5) = 4 and 6 of YlGnBu. */
const RAMP3 = [SEQUENTIAL[1], SEQUENTIAL[4], SEQUENTIAL[6]];

function paint(units: Units, norm: Norm = 'total', classes = VALUE_CLASSES): MapPaint {
	return paintSelection({
		selection: select(ds, { indicator: 'tips', period: A, norm, units }),
		classes,
		indicator: ds.indicatorById.get('tips'),
		sources: ds.sourceById,
		lang: 'vi'
	});
}

describe('paintSelection: the value map', () => {
	const p = paint('63');

	it.each([
		{ code: '01', kind: 'value', fill: RAMP3[2], classIndex: 2, valueText: '1.000', label: 'Alpha: 1.000 cái, 2013–2023' },
		{ code: '02', kind: 'value', fill: RAMP3[0], classIndex: 0, valueText: `≥${NBSP}100`, label: `Beta: ≥${NBSP}100 cái, 2013–2023` },
		{ code: '04', kind: 'value', fill: RAMP3[1], classIndex: 1, valueText: '300', label: 'Delta: 300 cái, 2013–2023' },
		{ code: '03', kind: 'missing', fill: null, classIndex: null, valueText: 'Chưa có số liệu', label: 'Gamma: chưa có số liệu, 2013–2023' }
	])('$code → $kind, class $classIndex, “$label”', ({ code, ...expected }) => {
		expect(p.areas.get(code)).toMatchObject(expected);
	});

	it('puts value, period, rank among areas with data and publisher in the tooltip; says when sources differ', () => {
		expect(p.areas.get('02')?.details).toEqual([`≥${NBSP}100 cái`, 'Giai đoạn 2013–2023', 'Hạng 3/3 tỉnh có số liệu', 'Nguồn: New paper']);
		expect(p.areas.get('04')?.details).toEqual([
			'300 cái',
			'Giai đoạn 2013–2023',
			'Hạng 2/3 tỉnh có số liệu',
			'Nguồn: New paper',
			'Các nguồn khác nhau: dùng số của nguồn mới nhất'
		]);
	});

	it('has a sequential legend with rounded bounds, a counted no-data entry and footnotes for what is drawn', () => {
		expect(p.legend).toEqual({
			kind: 'sequential',
			title: 'tips',
			subtitle: 'cái, 2013–2023',
			items: [
				{ kind: 'value', color: RAMP3[0], label: '100 – 200' },
				{ kind: 'value', color: RAMP3[1], label: '200 – 650' },
				{ kind: 'value', color: RAMP3[2], label: '650 – 1.000' },
				{ kind: 'missing', color: null, label: 'Chưa có số liệu (2/5)' }
			],
			footnotes: [
				'≥ trên (cận dưới): số liệu nguồn ghi "trên", "hơn"',
				'Có tỉnh mà các nguồn cho số khác nhau: bản đồ dùng số của nguồn mới nhất.'
			],
			coverage: '3/5 tỉnh có số liệu'
		});
	});

	it('says the unit per year in labels and legend when rates are drawn', () => {
		const perYear = paint('63', 'per_year', { thresholds: [], bounds: [{ lo: 10, hi: 100 }], count: 1 });
		expect(perYear.areas.get('01')?.label).toBe('Alpha: 100 cái mỗi năm, 2013–2023');
		expect(perYear.legend.subtitle).toBe('cái mỗi năm, 2013–2023');
	});

	it('in the 34 view draws a unit with only some parts as partial, a lower bound, saying k/n', () => {
		const p34 = paint('34');
		expect(p34.areas.get('90')).toMatchObject({
			kind: 'partial',
			valueText: `≥${NBSP}100`,
			label: `Beta Gamma: ≥${NBSP}100 cái, 2013–2023; 1/2 tỉnh cũ có số liệu`
		});
		expect(p34.areas.get('90')?.details.at(-1)).toBe('1/2 tỉnh cũ có số liệu');
		expect(p34.areas.get('01')?.label).toBe('Alpha: 1.000 cái, 2013–2023');
		expect(p34.legend.items.slice(-2)).toEqual([
			{ kind: 'partial', color: RAMP3[1], label: 'Chỉ một phần tỉnh cũ có số liệu (2)' },
			{ kind: 'missing', color: null, label: 'Chưa có số liệu (0/3)' }
		]);
		expect(p34.legend.footnotes).toContain('Sọc trên màu: tỉnh mới mà chỉ một phần tỉnh cũ có số liệu; tổng là cận dưới (≥).');
	});

	it('speaks English with English numbers', () => {
		const en = paintSelection({
			selection: select(ds, { indicator: 'tips', period: A, norm: 'total', units: '63' }),
			classes: VALUE_CLASSES,
			indicator: ds.indicatorById.get('tips'),
			sources: ds.sourceById,
			lang: 'en'
		});
		expect(en.areas.get('01')?.label).toBe('Alpha: 1,000 items, 2013–2023');
		expect(en.legend.items.at(-1)?.label).toBe('No data (2/5)');
	});
});

describe('paintSelection: a new province’s own figure (34 view)', () => {
	const P2025 = { start: 2025, end: 2025 };
	const eras = indexDataset(
		tables([
			// Unit 90 reports 336 itself; unit 91 reports 100 ([likely]) while Delta alone reported 40.
			fact({
				province_code: '90',
				indicator: 'tips',
				value: 336,
				scope: 'merged_province:Beta Gamma',
				period_start: 2025,
				period_end: 2025
			}),
			fact({
				province_code: '91',
				indicator: 'tips',
				value: 100,
				scope: 'merged_province:Delta Epsilon [likely]',
				period_start: 2025,
				period_end: 2025,
				source_id: 'new'
			}),
			fact({ province_code: '04', indicator: 'tips', value: 40, period_start: 2025, period_end: 2025 })
		])
	);
	const p = paintSelection({
		selection: select(eras, { indicator: 'tips', period: P2025, norm: 'total', units: '34' }),
		classes: { thresholds: [], bounds: [{ lo: 100, hi: 336 }], count: 1 },
		indicator: eras.indicatorById.get('tips'),
		sources: eras.sourceById,
		lang: 'vi'
	});

	it('is drawn whole, named with its figure and no count of old provinces', () => {
		expect(p.areas.get('90')).toMatchObject({ kind: 'value', valueText: '336', label: 'Beta Gamma: 336 cái, 2025' });
		expect(p.areas.get('91')).toMatchObject({ kind: 'value', valueText: '100', label: 'Delta Epsilon: 100 cái, 2025' });
	});

	it('names the publisher of the figure drawn (the new province’s), not of its parts', () => {
		expect(p.areas.get('91')?.details[3]).toBe('Nguồn: New paper');
	});

	it('says in the tooltip that it is the new province’s figure (or probably is), and that sources differ from the parts', () => {
		expect(p.areas.get('90')?.details.slice(4)).toEqual(['Số liệu của tỉnh mới (sau sáp nhập)']);
		expect(p.areas.get('91')?.details.slice(4)).toEqual([
			'Có thể là số liệu của tỉnh mới (bài sau 1/7/2025 không nói rõ địa bàn)',
			'Các nguồn khác nhau: dùng số của nguồn mới nhất'
		]);
	});

	it('counts new provinces out of 34 units in the legend', () => {
		expect(p.legend.coverage).toBe('2/3 tỉnh có số liệu');
	});

	it('coverage mode counts an own figure as the whole new province', () => {
		const cov = paintIndicatorCoverage({ ds: eras, indicator: 'tips', period: P2025, units: '34', lang: 'vi' });
		expect(['90', '91', '01'].map((c) => cov.areas.get(c)?.kind)).toEqual(['value', 'value', 'missing']);
	});
});

describe('paintComparison: A against B on a diverging ramp', () => {
	const cds = indexDataset(
		tables([
			fact({ province_code: '01', indicator: 'tips', value: 1000 }), // 100 / year
			fact({ province_code: '01', indicator: 'tips', value: 400, ...B_FIELDS }), // 80 / year
			fact({ province_code: '02', indicator: 'tips', value: 100, qualifier: 'at_least' }), // ≥ 10 / year
			fact({ province_code: '02', indicator: 'tips', value: 100, ...B_FIELDS }), // 20 / year
			fact({ province_code: '03', indicator: 'tips', value: 300 }), // 30 / year
			fact({ province_code: '03', indicator: 'tips', value: 0, ...B_FIELDS }), // B = 0
			fact({ province_code: '04', indicator: 'tips', value: 300 }), // only A
			fact({ province_code: '05', indicator: 'tips', value: 50, ...B_FIELDS }) // only B
		])
	);
	const comparison = compare(cds, { indicator: 'tips', periodA: A, periodB: B, norm: 'total', units: '63' });
	const indicator = cds.indicatorById.get('tips');
	const DIFF: DivergingClasses = {
		thresholds: [-6, 6],
		bounds: [
			{ lo: -30, hi: -6 },
			{ lo: -6, hi: 6 },
			{ lo: 6, hi: 30 }
		],
		count: 3,
		centerClass: 1
	};
	/** divergingColors(3, 1): the three PuOr steps around the grey centre. */
	const PUOR3 = [DIVERGING[2], DIVERGING[3], DIVERGING[4]];
	const diff = paintComparison({ comparison, classes: DIFF, change: 'diff', indicator, lang: 'vi' });

	it.each([
		{ code: '01', kind: 'value', fill: PUOR3[2], valueText: '+20', label: 'Alpha: +20 cái mỗi năm, 2013–2023 so với 2015–2020' },
		{
			code: '02',
			kind: 'value',
			fill: PUOR3[0],
			valueText: '\u221210',
			label: 'Beta: \u221210 cái mỗi năm, 2013–2023 so với 2015–2020; chỉ để tham khảo (số cận dưới hoặc ước)'
		},
		{ code: '03', kind: 'value', fill: PUOR3[2], valueText: '+30', label: 'Gamma: +30 cái mỗi năm, 2013–2023 so với 2015–2020' },
		{
			code: '04',
			kind: 'insufficient',
			fill: null,
			valueText: 'không đủ số liệu để so sánh 2013–2023 với 2015–2020',
			label: 'Delta: không đủ số liệu để so sánh 2013–2023 với 2015–2020'
		},
		{ code: '05', kind: 'insufficient', fill: null }
	])('difference: $code → $kind', ({ code, ...expected }) => {
		expect(diff.areas.get(code)).toMatchObject(expected);
	});

	it('shows both periods, the change and its rank in the tooltip', () => {
		expect(diff.areas.get('01')?.details).toEqual([
			'Chênh lệch 2013–2023 − 2015–2020: +20 cái mỗi năm',
			'2013–2023: 100 cái mỗi năm',
			'2015–2020: 80 cái mỗi năm',
			'Tăng nhiều thứ 2/3'
		]);
		expect(diff.areas.get('05')?.details.slice(1)).toEqual(['2013–2023: Chưa có số liệu', '2015–2020: 10 cái mỗi năm']);
	});

	it('has a diverging legend naming both periods, per-year rates and the insufficient count', () => {
		expect(diff.legend).toEqual({
			kind: 'diverging',
			title: 'tips',
			subtitle: '2013–2023 so với 2015–2020: chênh lệch (2013–2023 − 2015–2020), cái mỗi năm',
			items: [
				{ kind: 'value', color: PUOR3[0], label: '\u221230 – \u22126' },
				{ kind: 'value', color: PUOR3[1], label: '\u22126 – +6' },
				{ kind: 'value', color: PUOR3[2], label: '+6 – +30' },
				{ kind: 'insufficient', color: null, label: 'Không đủ số liệu để so sánh (2/5)' }
			],
			footnotes: [
				'Tím: 2013–2023 cao hơn 2015–2020; cam: thấp hơn; xám: gần như không đổi.',
				'So sánh số bình quân mỗi năm vì hai giai đoạn dài khác nhau (10 và 5 năm).',
				'Có tỉnh dùng số cận dưới (≥) hoặc ước (≈): mức thay đổi chỉ để tham khảo.'
			],
			coverage: '3/5 tỉnh có số liệu cả 2013–2023 và 2015–2020'
		});
	});

	it('as a ratio, centred on 1: B = 0 gives no ratio, said so', () => {
		const RATIO: DivergingClasses = {
			thresholds: [0.8, 1.2],
			bounds: [
				{ lo: 0.5, hi: 0.8 },
				{ lo: 0.8, hi: 1.2 },
				{ lo: 1.2, hi: 2 }
			],
			count: 3,
			centerClass: 1
		};
		const ratio = paintComparison({ comparison, classes: RATIO, change: 'ratio', indicator, lang: 'vi' });
		expect(ratio.areas.get('01')).toMatchObject({
			kind: 'value',
			fill: PUOR3[2],
			valueText: '×1,25',
			label: 'Alpha: ×1,25, 2013–2023 so với 2015–2020'
		});
		expect(ratio.areas.get('02')).toMatchObject({ kind: 'value', fill: PUOR3[0], valueText: '×0,5' });
		expect(ratio.areas.get('03')).toMatchObject({
			kind: 'insufficient',
			label: 'Gamma: không tính được tỉ lệ vì 2015–2020 bằng 0'
		});
		expect(ratio.legend.items.map((i) => i.label)).toEqual([
			'×0,5 – ×0,8',
			'×0,8 – ×1,2',
			'×1,2 – ×2',
			'Không đủ số liệu để so sánh (3/5)'
		]);
		expect(ratio.legend.subtitle).toBe('2013–2023 so với 2015–2020: tỉ lệ (2013–2023 ÷ 2015–2020), số lần');
	});
});
