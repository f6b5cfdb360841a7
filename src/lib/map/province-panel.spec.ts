import { describe, expect, it } from 'vitest';
import { indexDataset } from '$lib/core/dataset';
import { select, type Units } from '$lib/core/select';
import { SOURCES, fact, tables } from '$lib/core/test-fixtures';
import { provincePanel } from './province-panel';

const A = { start: 2013, end: 2023 };
const ds = indexDataset({
	...tables([
		// One article in two sentences (rule 2b): 10 + 5 = 15.
		fact({ province_code: '02', indicator: 'tips', value: 10, quote: 'câu một' }),
		fact({ province_code: '02', indicator: 'tips', value: 5, quote: 'câu hai', period_label: '2013-2023 (đến 5/2023)' }),
		// A newer article with another figure: drawn, and "sources differ".
		fact({ province_code: '02', indicator: 'tips', value: 20, source_id: 'new', quote: 'câu mới', note: 'ghi chú' }),
		fact({ province_code: '02', indicator: 'tips', value: 3, scope: 'district:Xyz', quote: 'câu huyện' }),
		fact({
			province_code: '02',
			indicator: 'models_total',
			value: 7,
			period_start: null,
			period_end: null,
			period_label: 'không rõ',
			source_id: 'evil',
			quote: 'câu cũ'
		})
	]),
	sources: [...SOURCES, { source_id: 'evil', publisher: 'Evil', title: 'x', date: '', url: 'javascript:alert(1)' }]
});

function panel(code: string, units: Units) {
	const selection = select(ds, { indicator: 'tips', period: A, norm: 'total', units });
	return provincePanel({ ds, code, units, selection, lang: 'vi' });
}

describe('province panel model', () => {
	const p = panel('02', '63')!;

	it('states the figure on the map and, in the 63 view, which new province the old one joined', () => {
		expect(p.title).toBe('Beta');
		expect(p.current).toEqual({
			heading: 'tips, 2013–2023',
			valueText: '20 cái',
			parts: null,
			basis: null,
			partsSum: null,
			differs: false
		});
		expect(p.constituents).toEqual([]);
		expect(p.own).toEqual([]);
		expect(p.provinces.map((x) => x.later)).toEqual([{ heading: 'Sau sáp nhập (từ 1/7/2025), là một phần của Beta Gamma', scopes: [] }]);
	});

	it('groups every figure: province scope first, then districts; undated rows kept', () => {
		const scopes = p.provinces[0]!.scopes;
		expect(scopes.map((s) => [s.heading, s.groups.map((g) => g.heading)])).toEqual([
			['Toàn tỉnh', ['tips — 2013–2023', 'models_total — không nêu giai đoạn']],
			['Cấp huyện: Xyz', ['tips — 2013–2023']]
		]);
		expect(scopes[0]!.groups.map((g) => g.onMap)).toEqual([true, false]);
		expect(scopes[1]!.groups[0]!.onMap).toBe(false);
	});

	it('lists each source (newest first, "sources differ") and the parts of one article with their sentences', () => {
		const g = p.provinces[0]!.scopes[0]!.groups[0]!;
		expect(g.conflict).toBe(true);
		expect(g.sources).toEqual([
			{
				valueText: '20 cái',
				publisher: 'New paper',
				title: 'New',
				date: '2024-01-02',
				url: 'https://example.org/new',
				parts: 1,
				// The recorder's note and period wording are for the evidence table, not the panel.
				rows: [{ line: expect.any(Number), valueText: '20 cái', quote: 'câu mới' }]
			},
			{
				valueText: '15 cái',
				publisher: 'Old paper',
				title: 'Old',
				date: '2019-05',
				url: 'https://example.org/old',
				parts: 2,
				rows: [
					{ line: expect.any(Number), valueText: '10 cái', quote: 'câu một' },
					{ line: expect.any(Number), valueText: '5 cái', quote: 'câu hai' }
				]
			}
		]);
	});

	it('links only to http(s) addresses', () => {
		const undated = p.provinces[0]!.scopes[0]!.groups[1]!;
		expect(undated.sources[0]).toMatchObject({ publisher: 'Evil', url: null });
	});

	it('in the 34 view lists the former provinces and which have data, each with its figures', () => {
		const u = panel('90', '34')!;
		expect(u.title).toBe('Beta Gamma');
		expect(u.current).toEqual({
			heading: 'tips, 2013–2023',
			valueText: '≥\u00a020 cái',
			parts: '1/2 tỉnh cũ có số liệu',
			basis: null,
			partsSum: null,
			differs: false
		});
		expect(u.constituents).toEqual([
			{ code: '02', name: 'Beta', hasData: true, valueText: '20 cái' },
			{ code: '03', name: 'Gamma', hasData: false, valueText: 'Chưa có số liệu' }
		]);
		expect(u.provinces.map((x) => [x.name, x.later, x.scopes.length])).toEqual([
			['Beta', null, 2],
			['Gamma', null, 0]
		]);
	});

	it('is null for an unknown code', () => {
		expect(panel('77', '63')).toBeNull();
	});
});

describe('province panel in two eras', () => {
	const P2025 = { start: 2025, end: 2025 };
	const eras = indexDataset(
		tables([
			// Unit 91 (Delta + Epsilon) reports 100 after the merger, and one of its communes 4; Delta alone reported 40.
			fact({
				province_code: '91',
				indicator: 'models_total',
				value: 100,
				scope: 'merged_province:Delta Epsilon (post-7/2025) [likely]',
				period_start: 2025,
				period_end: 2025,
				quote: 'tỉnh mới'
			}),
			fact({
				province_code: '91',
				indicator: 'models_total',
				value: 4,
				scope: 'commune:xã Một',
				period_start: 2025,
				period_end: 2025,
				quote: 'xã'
			}),
			fact({ province_code: '04', indicator: 'models_total', value: 40, period_start: 2025, period_end: 2025, quote: 'tỉnh cũ' })
		])
	);
	const at = (code: string, units: Units) =>
		provincePanel({
			ds: eras,
			code,
			units,
			lang: 'vi',
			selection: select(eras, { indicator: 'models_total', period: P2025, norm: 'total', units })
		})!;

	it('34 view: the new province’s own figure is drawn, the sum of its parts beside it, "sources differ", never added', () => {
		const u = at('91', '34');
		expect(u.current).toEqual({
			heading: 'models_total, 2025',
			valueText: '100 cái',
			parts: null,
			basis: 'có thể là số liệu của tỉnh mới',
			partsSum: 'Tổng các tỉnh cũ: ≥\u00a040 cái (1/2 tỉnh cũ có số liệu)',
			differs: true
		});
		// Its own figures first, named for readers (never the data's key), the drawn one marked.
		expect(u.own.map((s) => [s.heading, s.groups.map((g) => [g.heading, g.onMap])])).toEqual([
			['Có thể là tỉnh mới sau sáp nhập (gồm Delta, Epsilon): bài đăng sau 1/7/2025 không nói rõ địa bàn', [['models_total — 2025', true]]],
			['Cấp xã (từ 1/7/2025): xã Một', [['models_total — 2025', false]]]
		]);
		// The old province's own row is listed, not marked as drawn.
		expect(u.provinces[0]!.scopes[0]!.groups[0]!.onMap).toBe(false);
	});

	it('63 view: an old province lists what its new province reported, under "after the merger, as part of …", not as its own', () => {
		const d = at('04', '63');
		expect(d.current.valueText).toBe('40 cái');
		expect(d.provinces[0]!.scopes.map((s) => s.heading)).toEqual(['Toàn tỉnh']);
		expect(d.provinces[0]!.later?.heading).toBe('Sau sáp nhập (từ 1/7/2025), là một phần của Delta Epsilon');
		expect(d.provinces[0]!.later?.scopes.map((s) => s.groups.map((g) => g.sources[0]!.valueText))).toEqual([['100 cái'], ['4 cái']]);
		// Epsilon, which reported nothing itself, lists the new province's figures the same way and shows no data.
		const e = at('05', '63');
		expect(e.current.valueText).toBe('Chưa có số liệu');
		expect(e.provinces[0]!.scopes).toEqual([]);
		expect(e.provinces[0]!.later?.scopes).toHaveLength(2);
	});
});
