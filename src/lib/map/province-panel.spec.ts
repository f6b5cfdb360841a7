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
		fact({ province_code: '02', indicator: 'models_total', value: 7, period_start: null, period_end: null, period_label: 'không rõ', source_id: 'evil', quote: 'câu cũ' })
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
		expect(p.current).toEqual({ heading: 'tips, 2013–2023', valueText: '20 cái', parts: null });
		expect(p.constituents).toEqual([]);
		expect(p.provinces.map((x) => x.mergedInto)).toEqual(['Từ 1/7/2025 thuộc tỉnh Beta Gamma']);
	});

	it('groups every figure: province scope first, then districts; undated rows kept', () => {
		const scopes = p.provinces[0]!.scopes;
		expect(scopes.map((s) => [s.heading, s.groups.map((g) => g.heading)])).toEqual([
			['Toàn tỉnh', ['tips — 2013–2023', 'models_total — không rõ giai đoạn']],
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
				rows: [{ line: expect.any(Number), valueText: '20 cái', quote: 'câu mới', asPrinted: null, note: 'ghi chú' }]
			},
			{
				valueText: '15 cái',
				publisher: 'Old paper',
				title: 'Old',
				date: '2019-05',
				url: 'https://example.org/old',
				parts: 2,
				rows: [
					{ line: expect.any(Number), valueText: '10 cái', quote: 'câu một', asPrinted: null, note: '' },
					{ line: expect.any(Number), valueText: '5 cái', quote: 'câu hai', asPrinted: '2013-2023 (đến 5/2023)', note: '' }
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
		expect(u.current).toEqual({ heading: 'tips, 2013–2023', valueText: '≥\u00a020 cái', parts: '1/2 tỉnh cũ có số liệu' });
		expect(u.constituents).toEqual([
			{ code: '02', name: 'Beta', hasData: true, valueText: '20 cái' },
			{ code: '03', name: 'Gamma', hasData: false, valueText: 'Chưa có số liệu' }
		]);
		expect(u.provinces.map((x) => [x.name, x.mergedInto, x.scopes.length])).toEqual([
			['Beta', null, 2],
			['Gamma', null, 0]
		]);
	});

	it('is null for an unknown code', () => {
		expect(panel('77', '63')).toBeNull();
	});
});
