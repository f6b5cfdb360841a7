import { describe, expect, it } from 'vitest';
import {
	damagedWorkbook,
	encryptedOds,
	encryptedWorkbook,
	GUIDE,
	OFFICE,
	PLAIN,
	workbook,
	type BookType,
	type CellSpec,
	type SheetSpec
} from '../../../tests/fixtures/import/workbooks';
import { analyseImport } from './import';
import { isWorkbookBytes, readWorkbookImport, withSheet } from './import-read';
import type { ImportResult } from './import-types';
import { importContext } from './test-bundled';

const ctx = importContext;

async function importBook(bytes: Uint8Array, opts: { file?: string; sheet?: string } = {}): Promise<ImportResult> {
	const read = await readWorkbookImport(bytes, ctx.indicators, opts.sheet);
	return analyseImport(read, ctx, { file: opts.file });
}

const facts = (r: ImportResult) => r.facts.map((f) => [f.line, f.province_code, f.indicator, f.value, f.qualifier]);
const report = (r: ImportResult) => r.report.map((x) => [x.line, x.column, x.outcome, x.code, x.value]);

/** Every row is imported, a total, empty, skipped or waiting: nothing disappears. */
function expectNothingLost(r: ImportResult) {
	const c = r.counts;
	expect(c.imported + c.totals + c.empty + c.skipped + c.decision).toBe(c.rows);
}

describe('a workbook made as an office makes it', () => {
	it('reads the recognised sheet under its title rows and merged header: text numbers, formulas, error cells, the total row', async () => {
		const bytes = workbook([GUIDE, OFFICE]);
		expect(isWorkbookBytes(bytes)).toBe(true);
		const r = await importBook(bytes, { file: 'bao-cao.xlsx' });
		expect(r.info).toMatchObject({ format: 'xlsx', form: 'wide', indicators: ['models_total', 'tips'] });
		expect(r.era.used).toBe('63');
		expect(r.info.sheet).toEqual({
			name: 'Số liệu',
			headerLine: 4,
			sheets: [
				{ name: 'Hướng dẫn', hidden: false, rows: 2, recognised: false },
				{ name: 'Số liệu', hidden: false, rows: 7, recognised: true }
			]
		});
		expect(r.locale).toMatchObject({ used: 'vi', decided: true });
		// Worked by hand: "4.378" (vi) = 4378; E6's cached value 4379; "trên 1.500" = ≥ 1500; E7 is #REF!, never 0.
		expect(facts(r)).toEqual([
			[5, '87', 'models_total', 4378, 'exact'],
			[5, '87', 'tips', 12, 'exact'],
			[6, '46', 'models_total', 4379, 'exact'],
			[6, '46', 'tips', 1500, 'at_least'],
			[7, '01', 'tips', 7, 'exact']
		]);
		expect(report(r)).toEqual([
			[7, 'Mô hình hiện có', 'cell', 'error_cell', '#REF!'],
			[8, 'Mã tỉnh', 'row', 'total_row', 'Tổng cộng']
		]);
		expect(r.counts).toMatchObject({ rows: 4, imported: 3, partial: 1, totals: 1, empty: 0, skipped: 0, decision: 0, facts: 5 });
		expectNothingLost(r);
	});

	it('keeps the file and cell as every figure’s source and quote', async () => {
		const r = await importBook(workbook([GUIDE, OFFICE]), { file: 'bao-cao.xlsx' });
		expect(r.facts.map((f) => f.quote)).toEqual([
			'bao-cao.xlsx › Số liệu › E5: 4.378',
			'bao-cao.xlsx › Số liệu › F5: 12',
			'bao-cao.xlsx › Số liệu › E6: 4379',
			'bao-cao.xlsx › Số liệu › F6: trên 1.500',
			'bao-cao.xlsx › Số liệu › F7: 7'
		]);
		const sources = new Map(r.sources.map((s) => [s.source_id, s]));
		// Line 5 names its source; lines 6 and 7 name none, so the file is theirs.
		expect(sources.get(r.facts[0]!.source_id)).toMatchObject({ publisher: 'Báo cáo 12/BC-CAT', title: 'bao-cao.xlsx › Số liệu' });
		expect(sources.get(r.facts[2]!.source_id)).toMatchObject({ publisher: 'bao-cao.xlsx', title: 'bao-cao.xlsx › Số liệu' });
		expect(r.facts[2]!.source_id).toMatch(/^file-/);
		expect(r.counts.unsourced).toBe(3);
	});

	it('another sheet can be chosen; a hidden copy is not preferred to the visible sheet', async () => {
		const hidden: SheetSpec = { ...OFFICE, name: 'Bản cũ', hidden: true };
		const read = await readWorkbookImport(workbook([GUIDE, hidden, OFFICE]), ctx.indicators);
		expect(read.sheet?.sheet).toBe('Số liệu');
		expect(read.sheet?.sheets.map((s) => [s.name, s.hidden, s.recognised])).toEqual([
			['Hướng dẫn', false, false],
			['Bản cũ', true, true],
			['Số liệu', false, true]
		]);
		const guide = analyseImport(await withSheet(read, ctx.indicators, 'Hướng dẫn'), ctx);
		expect(guide.info.form).toBeNull();
		expect(guide.report.map((x) => x.code)).toEqual(['unknown_form']);
		expect(guide.facts).toEqual([]);
	});
});

describe.each<BookType>(['xlsx', 'xls', 'ods'])('.%s', (bookType) => {
	it('imports the same figures', async () => {
		const bytes = workbook([GUIDE, PLAIN], bookType);
		expect(isWorkbookBytes(bytes)).toBe(true);
		const r = await importBook(bytes);
		expect(r.info.format).toBe(bookType);
		expect(r.info.sheet?.name).toBe('Data');
		expect(facts(r)).toEqual([
			[2, '87', 'models_total', 4378, 'exact'],
			[2, '87', 'tips', 1200, 'exact'],
			[3, '46', 'models_total', 7000, 'approx'],
			[4, '01', 'tips', 1201, 'exact']
		]);
		expect(r.facts.find((f) => f.line === 4)).toMatchObject({ period_start: 2024, period_end: 2024 });
		expect(r.report).toEqual([]);
	});
});

describe('cells a spreadsheet holds', () => {
	const cases: { name: string; cells: [CellSpec, CellSpec]; facts: unknown[]; report: unknown[]; locale?: string }[] = [
		{
			name: 'numbers typed as English text',
			cells: ['4,378', '1.5'],
			facts: [
				[2, '87', 'models_total', 4378, 'exact'],
				[2, '87', 'tips', 1.5, 'exact']
			],
			report: [],
			locale: 'en'
		},
		{
			name: 'an error value is reported per cell, never 0 or blank',
			cells: [{ error: '#DIV/0!' }, { error: '#N/A' }],
			facts: [],
			report: [
				[2, 'models_total', 'cell', 'error_cell', '#DIV/0!'],
				[2, 'tips', 'cell', 'error_cell', '#N/A']
			]
		},
		{
			name: 'a date where a number belongs (Excel turned 1.5 into 1 May)',
			cells: [{ date: '2024-05-01' }, 3],
			facts: [[2, '87', 'tips', 3, 'exact']],
			report: [[2, 'models_total', 'cell', 'date_value', '2024-05-01']]
		},
		{
			name: 'a formula saved without its computed value',
			cells: [{ formula: 'E9*2' }, 3],
			facts: [[2, '87', 'tips', 3, 'exact']],
			report: [[2, 'models_total', 'cell', 'formula_no_value', '=E9*2']]
		}
	];
	it.each(cases)('$name', async (c) => {
		const r = await importBook(
			workbook([
				{
					name: 'S',
					rows: [
						['ma_tinh', 'ten_tinh', 'giai_doan', 'models_total', 'tips'],
						['87', 'Đồng Tháp', '2013-2023', ...c.cells]
					]
				}
			])
		);
		expect(facts(r)).toEqual(c.facts);
		expect(report(r)).toEqual(c.report);
		if (c.locale) expect(r.locale).toMatchObject({ used: c.locale, decided: true });
		expectNothingLost(r);
	});

	it('a province name merged over its periods names every row; a figure merged over two rows is reported', async () => {
		const sheet: SheetSpec = {
			name: 'S',
			rows: [
				['ma_tinh', 'ten_tinh', 'giai_doan', 'models_total', 'tips'],
				['87', 'Đồng Tháp', '2013-2023', 10, 500],
				[null, null, '2015-2020', 4, null],
				['46', 'Thừa Thiên Huế', '2013-2023', 3, 20]
			],
			merges: ['A2:A3', 'B2:B3', 'E2:E3']
		};
		const r = await importBook(workbook([sheet]));
		expect(facts(r)).toEqual([
			[2, '87', 'models_total', 10, 'exact'],
			[3, '87', 'models_total', 4, 'exact'],
			[4, '46', 'models_total', 3, 'exact'],
			[4, '46', 'tips', 20, 'exact']
		]);
		expect(r.facts.find((f) => f.line === 3)).toMatchObject({ period_start: 2015, period_end: 2020 });
		expect(report(r)).toEqual([[2, 'tips', 'cell', 'merged_value', '500']]);
		expect(r.report[0]?.params.range).toBe('E2:E3');
	});

	it.each([
		['Cộng', 'total_row'],
		['Toàn tỉnh', 'total_row'],
		['TỔNG CỘNG', 'total_row']
	])('“%s” is a total, never a province', async (label, code) => {
		const r = await importBook(
			workbook([
				{
					name: 'S',
					rows: [
						['ten_tinh', 'giai_doan', 'tips'],
						['Đồng Tháp', '2024', 5],
						[label, '2024', 5]
					]
				}
			])
		);
		expect(facts(r)).toEqual([[2, '87', 'tips', 5, 'exact']]);
		expect(report(r)).toEqual([[3, 'ten_tinh', 'row', code, label]]);
		expect(r.counts).toMatchObject({ imported: 1, totals: 1, skipped: 0 });
	});
});

describe('workbooks that cannot be read', () => {
	it.each([
		['an encrypted (password) workbook', encryptedWorkbook(), 'workbook_encrypted'],
		['a password-protected .ods', encryptedOds(), 'workbook_encrypted'],
		['a damaged workbook', damagedWorkbook([GUIDE, OFFICE]), 'workbook_damaged']
	])('%s: one clear message, nothing imported', async (_name, bytes, code) => {
		expect(isWorkbookBytes(bytes)).toBe(true);
		const r = await importBook(bytes, { file: 'x.xlsx' });
		expect(r.report.map((x) => [x.line, x.outcome, x.code])).toEqual([[1, 'file', code]]);
		expect(r.facts).toEqual([]);
		expect(r.sources).toEqual([]);
		expect(r.counts).toMatchObject({ rows: 0, imported: 0, facts: 0 });
	});
});
