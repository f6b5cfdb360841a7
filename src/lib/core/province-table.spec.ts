import { describe, expect, it } from 'vitest';
import { compare } from './compare';
import { indexDataset } from './dataset';
import { select } from './select';
import { buildTable, displayCell, nextSort, parseSort, sortRows, tableColumns, tableCsv, type TableRow } from './province-table';
import { fact, tableTables, tables } from './test-fixtures';
import { SORT_KEYS } from './sort-keys';

const P = { start: 2013, end: 2023 };
const ds = indexDataset(tableTables());
const sel = select(ds, { indicator: 'tips', period: P, norm: 'total', units: '63' });
const single = buildTable(ds, { selection: sel, comparison: null });
const codes = (rows: TableRow[]) => rows.map((r) => r.code);

describe('buildTable', () => {
	it('has one row per province with its value, qualifier, rank and sources', () => {
		expect(single.rows).toHaveLength(5);
		const beta = single.rows.find((r) => r.code === '02')!;
		expect(beta).toMatchObject({ value: 300, qualifier: 'at_least', rank: 1, conflict: true, publishers: ['New paper'] });
		expect(beta.links).toEqual(['https://example.org/new']);
	});

	it('leaves provinces without data empty, never 0', () => {
		const delta = single.rows.find((r) => r.code === '04')!;
		expect(delta).toMatchObject({ hasData: false, value: null, rank: null, publishers: [] });
	});

	it('keeps only the chosen areas', () => {
		expect(codes(buildTable(ds, { selection: sel, comparison: null, areas: ['03', '05'] }).rows)).toEqual(['03', '05']);
	});

	it('in comparison has A, B, difference and ratio on per-year rates, and no data for comparison', () => {
		const cmp = compare(ds, { indicator: 'tips', periodA: P, periodB: { start: 2015, end: 2020 }, norm: 'total', units: '63' });
		const t = buildTable(ds, { selection: sel, comparison: cmp });
		expect(t.mode).toBe('compare');
		// Alpha: 100 / 10 years = 10 per year against 20 / 5 = 4 per year.
		expect(t.rows.find((r) => r.code === '01')).toMatchObject({ hasData: true, value: 10, b: 4, diff: 6, ratio: 2.5, rank: 1 });
		expect(t.rows.find((r) => r.code === '02')).toMatchObject({ hasData: false, b: null, diff: null });
		expect(tableColumns(t)).toEqual(['name', 'code', 'region', 'a', 'b', 'diff', 'ratio', 'qualifier', 'period', 'rank', 'source']);
	});

	it('in comparison lists the provinces with both periods, then those with one (by name), then those with none', () => {
		const cmp = compare(ds, { indicator: 'tips', periodA: P, periodB: { start: 2015, end: 2020 }, norm: 'total', units: '63' });
		const t = buildTable(ds, { selection: sel, comparison: cmp });
		// 01 both; 02 Beta and 03 Gamma only A, 04 Delta only B; 05 Epsilon neither.
		for (const desc of [false, true]) expect(codes(sortRows(t.rows, { key: 'rank', desc }))).toEqual(['01', '02', '04', '03', '05']);
		expect(codes(sortRows(t.rows, { key: 'a', desc: true }))).toEqual(['01', '02', '03', '04', '05']);
	});

	it('shows coverage of the former provinces in the 34 view', () => {
		const t = buildTable(ds, { selection: select(ds, { indicator: 'tips', period: P, norm: 'total', units: '34' }), comparison: null });
		expect(t.rows.find((r) => r.code === '90')).toMatchObject({ coverage: { have: 2, of: 2 }, value: 400, qualifier: 'at_least' });
		expect(t.rows.find((r) => r.code === '91')).toMatchObject({ hasData: false, coverage: { have: 0, of: 2 } });
		expect(tableColumns(t)).toContain('coverage');
	});
});

describe('tableColumns', () => {
	it('has a column for every sort key a link may carry, and no other', () => {
		const shapes = (['single', 'compare'] as const).flatMap((mode) => (['63', '34'] as const).map((units) => ({ mode, units })));
		expect(new Set(shapes.flatMap(tableColumns))).toEqual(new Set(SORT_KEYS));
	});
});

describe('sortRows: provinces without data stay at the bottom in either direction', () => {
	it.each([
		{ sort: null, expected: ['02', '01', '03', '04', '05'] }, // rank 1, then the tie at rank 2 by name
		{ sort: 'rank', expected: ['02', '01', '03', '04', '05'] },
		{ sort: '-rank', expected: ['01', '03', '02', '04', '05'] },
		{ sort: 'value', expected: ['01', '03', '02', '04', '05'] },
		{ sort: '-value', expected: ['02', '01', '03', '04', '05'] },
		{ sort: 'name', expected: ['01', '02', '03', '04', '05'] },
		{ sort: '-name', expected: ['03', '02', '01', '05', '04'] },
		{ sort: '-code', expected: ['03', '02', '01', '05', '04'] },
		{ sort: 'qualifier', expected: ['01', '03', '02', '04', '05'] },
		{ sort: '-source', expected: ['03', '01', '02', '04', '05'] }, // Undated, Old paper, New paper
		{ sort: 'diff', expected: ['02', '01', '03', '04', '05'] } // not a column of one period: default order
	])('sort=$sort', ({ sort, expected }) => {
		expect(codes(sortRows(single.rows, parseSort(sort, single)))).toEqual(expected);
	});

	it('puts a row whose sort value is missing after the rows that have one', () => {
		const rows = single.rows.map((r) => (r.code === '02' ? { ...r, publishers: [] } : r));
		expect(codes(sortRows(rows, { key: 'source', desc: false }))).toEqual(['01', '03', '02', '04', '05']);
		expect(codes(sortRows(rows, { key: 'source', desc: true }))).toEqual(['03', '01', '02', '04', '05']);
	});
});

describe('parseSort and nextSort', () => {
	it.each([
		{ sort: '-value', mode: 'compare', expected: { key: 'a', desc: true } },
		{ sort: 'a', mode: 'single', expected: { key: 'value', desc: false } },
		{ sort: 'coverage', mode: 'single', expected: { key: 'rank', desc: false } },
		{ sort: 'bogus', mode: 'single', expected: { key: 'rank', desc: false } }
	] as const)('$sort in $mode → $expected', ({ sort, mode, expected }) => {
		expect(parseSort(sort, { mode, units: '63' })).toEqual(expected);
	});

	it.each([
		{ current: { key: 'rank', desc: false }, key: 'value', expected: '-value' },
		{ current: { key: 'value', desc: true }, key: 'value', expected: 'value' },
		{ current: { key: 'rank', desc: false }, key: 'name', expected: 'name' },
		{ current: { key: 'name', desc: false }, key: 'name', expected: '-name' },
		{ current: { key: 'rank', desc: false }, key: 'rank', expected: '-rank' }
	] as const)('clicking $key after $current → $expected', ({ current, key, expected }) => {
		expect(nextSort(current, key)).toBe(expected);
	});
});

describe('tableCsv', () => {
	it('writes codes as text, numbers as numbers, qualifiers and sources in their own columns, no data empty', () => {
		const { header, rows } = tableCsv(single, sortRows(single.rows, parseSort(null, single)), 'vi', 'Tổng số');
		expect(header).toEqual([
			'Mã',
			'Tỉnh, thành phố',
			'Vùng',
			'Giai đoạn',
			'Giá trị (Tổng số)',
			'Tính chất số liệu',
			'Hạng',
			'Ghi chú',
			'Nguồn',
			'Nguồn khác nhau',
			'Đường dẫn nguồn'
		]);
		expect(rows[0]).toEqual([
			{ code: '02' },
			'Beta',
			'North',
			'2013–2023',
			300,
			'trên (cận dưới)',
			1,
			'',
			'New paper',
			'nguồn khác nhau',
			'https://example.org/new'
		]);
		expect(rows[4]).toEqual([{ code: '05' }, 'Epsilon', 'South', '2013–2023', null, '', null, 'Chưa có số liệu', '', '', '']);
	});
});

describe('tableCsv in the 34 view', () => {
	it('writes the former provinces with data as two numbers, never a "1/2" Excel would read as a date', () => {
		const t34 = buildTable(ds, { selection: select(ds, { indicator: 'tips', period: P, norm: 'total', units: '34' }), comparison: null });
		const { header, rows } = tableCsv(t34, t34.rows, 'en', 'Total');
		const have = header.indexOf('Former provinces with data');
		const of = header.indexOf('Former provinces');
		const unit90 = rows[t34.rows.findIndex((r) => r.code === '90')]!;
		expect([unit90[have], unit90[of]]).toEqual([2, 2]);
		const unit91 = rows[t34.rows.findIndex((r) => r.code === '91')]!;
		expect([unit91[have], unit91[of]]).toEqual([0, 2]);
	});
});

describe('the 34 table of a new province with its own figure', () => {
	const eras = indexDataset(
		tables([
			fact({
				province_code: '90',
				indicator: 'tips',
				value: 336,
				scope: 'merged_province:Beta Gamma',
				period_start: 2025,
				period_end: 2025,
				source_id: 'new'
			})
		])
	);
	const t34 = buildTable(eras, {
		selection: select(eras, { indicator: 'tips', period: { start: 2025, end: 2025 }, norm: 'total', units: '34' }),
		comparison: null
	});
	const row = t34.rows.find((r) => r.code === '90')!;

	it('shows its own figure as whole, not as a partial sum of 0 of 2 old provinces', () => {
		expect(row).toMatchObject({ value: 336, coverage: { have: 0, of: 2, own: true }, publishers: ['New paper'] });
		expect(displayCell(t34, row, 'coverage', 'vi')).toBe('số của tỉnh mới (0/2 tỉnh cũ)');
		const line = tableCsv(t34, [row], 'vi', 'Tổng số').rows[0]!;
		expect(line).not.toContain('một phần tỉnh cũ có số liệu (cận dưới)');
		expect(line).toContain(336);
	});
});
