import { describe, expect, it } from 'vitest';
import { indexDataset } from './dataset';
import { evidenceOptions } from './evidence-filter';
import { evidenceCsv, evidenceRows } from './evidence-table';
import { fact, tableTables, tables } from './test-fixtures';

const ds = indexDataset(tableTables());

describe('evidence', () => {
	it('lists every sourced fact of any scope, filtered by indicator, period, scope and province', () => {
		const all = evidenceRows(ds, { indicator: null, period: null, scope: null, codes: new Set() });
		expect(all).toHaveLength(8);
		expect(all.at(-1)?.scopeKind).toBe('national');
		const district = evidenceRows(ds, { indicator: 'tips', period: '2013-2023', scope: 'district', codes: new Set() });
		expect(district.map((r) => r.fact.quote)).toEqual(['=cmd']);
		const undated = evidenceRows(ds, { indicator: null, period: 'none', scope: null, codes: new Set() });
		expect(undated.map((r) => r.fact.value)).toEqual([999]);
		const chosen = evidenceRows(ds, { indicator: null, period: null, scope: null, codes: new Set(['04']) });
		expect(chosen.map((r) => r.fact.value)).toEqual([5]);
	});

	it('links only http(s) sources', () => {
		const rows = evidenceRows(ds, { indicator: null, period: null, scope: null, codes: new Set(['03']) });
		expect(rows[0]?.link).toBeNull();
	});

	it('offers the indicators, periods (latest first) and scopes present', () => {
		expect(evidenceOptions(ds)).toEqual({
			indicators: ['tips'],
			periods: ['2013-2023', '2015-2020'],
			scopes: ['province', 'district', 'national'],
			undated: true
		});
	});
});

describe('evidence in two eras, as readers say it', () => {
	const eras = indexDataset(
		tables([
			fact({
				province_code: '91',
				indicator: 'tips',
				value: 7,
				scope: 'merged_province:Delta Epsilon (post-7/2025, incl. former Delta) [likely]',
				period_start: 2025,
				period_end: 2025,
				period_label: '2025 (reported 8/2025)',
				note: 'valuable tips'
			}),
			fact({
				province_code: '90',
				indicator: 'tips',
				value: 2,
				scope: 'commune:xã Hai',
				period_start: null,
				period_end: null,
				period_label: 'unspecified (reported 8/2025)'
			}),
			fact({ province_code: '04', indicator: 'tips', value: 5 })
		])
	);
	const all = evidenceRows(eras, { indicator: null, period: null, scope: null, codes: new Set() });

	it('names the place in the fact’s era, the scope and the period in words, and keeps the notes labelled', () => {
		expect(all.map((r) => [r.place, r.scope, r.period, r.notes])).toEqual([
			['Delta', 'Toàn tỉnh', '2013–2023', ''],
			['Beta Gamma', 'Cấp xã (từ 1/7/2025): xã Hai', 'không nêu giai đoạn', 'Giai đoạn ghi nhận: unspecified (reported 8/2025)'],
			[
				'Delta Epsilon',
				'Có thể là tỉnh mới sau sáp nhập (gồm Delta, Epsilon): bài đăng sau 1/7/2025 không nói rõ địa bàn',
				'2025',
				'Giai đoạn ghi nhận: 2025 (reported 8/2025) · Ghi chú: valuable tips'
			]
		]);
	});

	it('writes no raw scope key, [likely] or English period into the CSV, and keeps the notes in their own column', () => {
		const { header, rows } = evidenceCsv(eras, all, 'vi');
		const text = rows.flat().map(String).join('\n');
		expect(text).not.toMatch(/merged_province:|commune:|\[likely\]/);
		expect(rows.map((r) => r[header.indexOf('Giai đoạn')])).toEqual(['2013–2023', 'không nêu giai đoạn', '2025']);
		expect(header.at(-1)).toBe('Ghi chú dữ liệu');
	});

	it('a chosen old province keeps its own figures and those of the new province it is part of', () => {
		const chosen = evidenceRows(eras, { indicator: null, period: null, scope: null, codes: new Set(['05']) });
		expect(chosen.map((r) => r.fact.value)).toEqual([7]);
		const gamma = evidenceRows(eras, { indicator: null, period: null, scope: null, codes: new Set(['03']) });
		expect(gamma.map((r) => r.fact.value)).toEqual([2]);
	});
});
