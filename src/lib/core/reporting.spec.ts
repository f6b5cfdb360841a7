import { describe, expect, it } from 'vitest';
import { indexDataset } from './dataset';
import { paintReporting } from './coverage-paint';
import { reportingStatus } from './reporting';
import { fact, tables } from './test-fixtures';

const P2024 = { start: 2024, end: 2024 };
const in2024 = { period_start: 2024, period_end: 2024, period_label: '2024' };

/**
 * Worked by hand, period 2024:
 * - 01 Alpha: tips and models → every indicator with a figure in 2024 (tips, models_total) → reported;
 * - 02 Beta: tips 0 → a reported zero is reported: one of two → partly;
 * - 03 Gamma: nothing in 2024 (only 2013–2023) → not reported;
 * - 04 Delta: models → partly; 05 Epsilon: nothing.
 * In the 34 view: 90 (02+03) has tips for one part of two → partly; 91 (04+05) has its own era-34 tips figure
 * and models for one part → partly; 01 Alpha kept its territory → reported.
 */
const ds = indexDataset(
	tables([
		fact({ province_code: '01', indicator: 'tips', value: 5, ...in2024 }),
		fact({ province_code: '01', indicator: 'models_total', value: 3, ...in2024 }),
		fact({ province_code: '02', indicator: 'tips', value: 0, ...in2024 }),
		fact({ province_code: '03', indicator: 'tips', value: 7 }),
		fact({ province_code: '04', indicator: 'models_total', value: 2, ...in2024 }),
		fact({ province_code: '91', province: 'Delta Epsilon', scope: 'merged_province:Delta Epsilon', indicator: 'tips', value: 9, ...in2024 })
	])
);

describe('reportingStatus', () => {
	it('63 provinces: reported, partly, not reported; a reported 0 counts, no figure never does', () => {
		const r = reportingStatus(ds, { period: P2024, units: '63' });
		expect(r.fromRound).toBe(false);
		expect(r.expected).toEqual(['tips', 'models_total']);
		expect(r.areas.map((a) => [a.code, a.status, a.present, a.missing])).toEqual([
			['01', 'full', ['tips', 'models_total'], []],
			['02', 'partial', ['tips'], ['models_total']],
			['03', 'none', [], ['tips', 'models_total']],
			['04', 'partial', ['models_total'], ['tips']],
			['05', 'none', [], ['tips', 'models_total']]
		]);
		expect(r.counts).toEqual({ full: 1, partial: 2, none: 2 });
	});

	it('34 provinces: a new province’s own figure, or all its old provinces, counts in full', () => {
		const r = reportingStatus(ds, { period: P2024, units: '34' });
		expect(r.areas.map((a) => [a.code, a.status, a.present])).toEqual([
			['01', 'full', ['tips', 'models_total']],
			['90', 'partial', []],
			['91', 'partial', ['tips']]
		]);
	});

	it('a round’s indicators are what is asked for, even those nobody reported', () => {
		const r = reportingStatus(ds, { period: P2024, units: '63', round: ['tips', 'forums', 'not_in_catalogue'] });
		expect(r.fromRound).toBe(true);
		expect(r.expected).toEqual(['tips', 'forums']);
		expect(r.areas.map((a) => a.status)).toEqual(['partial', 'partial', 'none', 'none', 'none']);
	});

	it('paints reported dark, partly hatched, not reported with the no-data hatch, and counts who has sent figures', () => {
		const paint = paintReporting({ ds, reporting: reportingStatus(ds, { period: P2024, units: '63' }), lang: 'vi' });
		expect([...paint.areas.values()].map((a) => [a.code, a.kind, a.fill !== null])).toEqual([
			['01', 'value', true],
			['02', 'partial', true],
			['03', 'missing', false],
			['04', 'partial', true],
			['05', 'missing', false]
		]);
		expect(paint.areas.get('02')?.label).toBe('Beta: gửi một phần, 1/2 chỉ tiêu, 2024');
		expect(paint.areas.get('03')?.label).toBe('Gamma: chưa gửi số liệu, 2024');
		expect(paint.legend.coverage).toBe('3/5 tỉnh đã gửi số liệu');
		expect(paint.legend.items.map((i) => i.label)).toEqual(['Đã gửi đủ (1)', 'Gửi một phần chỉ tiêu (2)', 'Chưa gửi số liệu (2)']);
	});
});
