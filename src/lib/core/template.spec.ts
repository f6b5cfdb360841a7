import { describe, expect, it } from 'vitest';
import { fillCells } from '../../../tests/fixtures/import/workbooks';
import { parseCsv } from './csv';
import { analyseImport, importBytes } from './import';
import { readWorkbookImport } from './import-read';
import { buildTemplate, TEMPLATE_PERIODS, templateHeader, templateUnits, type TemplateSpec } from './template';
import { templateBook } from './template-book';
import { META_SHEET, TEMPLATE_VERSION } from './template-meta';
import { importContext, tables } from './test-bundled';
import { readWorkbook } from './workbook';
import { writeBook } from './xlsx-write';

const ctx = importContext;
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('buildTemplate', () => {
	it.each(['vi', 'en'] as const)('%s: BOM, CRLF, header, one row per province and period with codes kept as text', (lang) => {
		const csv = buildTemplate({ provinces: tables.provinces, indicators: tables.indicators, lang });
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		const table = parseCsv(csv);
		expect(table.header).toEqual(templateHeader(tables.indicators, lang));
		expect(table.header).toHaveLength(tables.indicators.length + 5);
		expect(table.rows).toHaveLength(tables.provinces.length * TEMPLATE_PERIODS.length);
		const codes = [...tables.provinces].map((p) => p.code).sort();
		for (const [i, period] of TEMPLATE_PERIODS.entries()) {
			const block = table.rows.slice(i * codes.length, (i + 1) * codes.length);
			// The code cell is a tab then the digits (what Excel keeps as text), the name as in provinces.csv.
			expect(block.map((r) => r.cells[0])).toEqual(codes.map((c) => `\t${c}`));
			expect(block.map((r) => r.cells[1])).toEqual(codes.map((c) => tables.provinces.find((p) => p.code === c)?.name));
			expect(block.every((r) => r.cells[2] === period && r.cells.slice(3).every((c) => c === ''))).toBe(true);
		}
	});

	it('headers carry the label of the language and the id', () => {
		const vi = templateHeader(tables.indicators, 'vi');
		const en = templateHeader(tables.indicators, 'en');
		expect(vi.slice(0, 3)).toEqual(['Mã tỉnh', 'Tên tỉnh', 'Giai đoạn']);
		expect(en.slice(0, 3)).toEqual(['Province code', 'Province', 'Period']);
		expect(vi.slice(-2)).toEqual(['Nguồn', 'Ghi chú']);
		const first = tables.indicators[0]!;
		expect(vi[3]).toBe(`${first.label_vi} (${first.id})`);
		expect(en[3]).toBe(`${first.label_en} (${first.id})`);
	});

	it.each(['vi', 'en'] as const)('an untouched %s template imports as empty rows, nothing else', (lang) => {
		const r = importBytes(utf8(buildTemplate({ provinces: tables.provinces, indicators: tables.indicators, lang })), ctx);
		expect(r.info.form).toBe('wide');
		expect(r.info.indicators).toEqual(tables.indicators.map((i) => i.id));
		expect(r.counts).toMatchObject({ rows: 126, empty: 126, imported: 0, skipped: 0, decision: 0, facts: 0 });
		expect(r.report).toEqual([]);
	});

	it('a filled template round-trips through the importer, in either header language', () => {
		for (const lang of ['vi', 'en'] as const) {
			const rows = buildTemplate({ provinces: tables.provinces, indicators: tables.indicators, lang }).split('\r\n');
			const header = parseCsv(rows[0]!).header;
			const tipsColumn = header.findIndex((h) => h.endsWith('(tips)'));
			// Line 2 is province 01 for 2013-2023: put "trên 1.500" in the tips column.
			const parsed = parseCsv(`${rows[0]}\r\n${rows[1]}`);
			const cells = parsed.rows[0]!.cells;
			cells[tipsColumn] = '"trên 1.500"';
			rows[1] = cells.map((c, i) => (i === 1 ? `"${c}"` : c)).join(parsed.delimiter);
			const r = importBytes(utf8(rows.join('\r\n')), ctx);
			expect(r.facts.map((f) => [f.line, f.province_code, f.indicator, f.period_start, f.period_end, f.value, f.qualifier])).toEqual([
				[2, '01', 'tips', 2013, 2023, 1500, 'at_least']
			]);
			expect(r.counts).toMatchObject({ imported: 1, empty: 125 });
		}
	});
});

describe('the template as a workbook', () => {
	const book = (spec: Partial<TemplateSpec> = {}) =>
		writeBook(templateBook({ provinces: tables.provinces, indicators: tables.indicators, lang: 'vi', ...spec }));

	it('records on a hidden sheet its version, era, indicators and periods, and opens on the instructions', async () => {
		const bytes = await book();
		const read = await readWorkbookImport(bytes, tables.indicators);
		expect(read.sheet?.sheets.map((s) => [s.name, s.hidden, s.recognised])).toEqual([
			['Hướng dẫn', false, false],
			['Số liệu', false, true]
		]);
		expect(read.sheet?.meta).toEqual({
			version: TEMPLATE_VERSION,
			era: '63',
			indicators: tables.indicators.map((i) => i.id),
			periods: [...TEMPLATE_PERIODS],
			province: null
		});
		const wb = readWorkbook(bytes);
		expect(wb.sheets.map((s) => [s.name, s.hidden])).toEqual([
			['Hướng dẫn', false],
			['Số liệu', false],
			[META_SHEET, true]
		]);
	});

	it('its data sheet holds the header and the same rows as the CSV template, codes as text', async () => {
		const wb = readWorkbook(await book());
		const data = wb.sheets[1]!;
		expect(data.rows[0]?.cells).toEqual(templateHeader(tables.indicators, 'vi'));
		const csv = parseCsv(buildTemplate({ provinces: tables.provinces, indicators: tables.indicators, lang: 'vi' }));
		expect(data.rows.slice(1).map((r) => r.cells.slice(0, 3))).toEqual(csv.rows.map((r) => [r.cells[0]!.trim(), r.cells[1], r.cells[2]]));
		// Codes are text cells ("01"), not numbers.
		expect(data.rows.slice(1).every((r) => r.marks?.[0] === undefined && /^\d{2}$/.test(r.cells[0] ?? ''))).toBe(true);
	});

	it('an untouched template imports as empty rows; a filled cell round-trips', async () => {
		const bytes = await book();
		const empty = analyseImport(await readWorkbookImport(bytes, tables.indicators), ctx);
		expect(empty.counts).toMatchObject({ rows: 126, empty: 126, facts: 0 });
		expect(empty.report).toEqual([]);
		// Fill the tips cell of row 2 (01 Hà Nội, 2013-2023) as an office would, and save again.
		const tips = templateHeader(tables.indicators, 'vi').findIndex((h) => h.endsWith('(tips)'));
		const filled = fillCells(bytes, 'Số liệu', [{ r: 1, c: tips, value: 'trên 1.500' }]);
		const r = analyseImport(await readWorkbookImport(filled, tables.indicators), ctx, { file: 'mau.xlsx' });
		expect(r.facts.map((f) => [f.line, f.province_code, f.indicator, f.period_start, f.period_end, f.value, f.qualifier])).toEqual([
			[2, '01', 'tips', 2013, 2023, 1500, 'at_least']
		]);
		expect(r.counts).toMatchObject({ imported: 1, empty: 125 });
	});

	it('a province’s own template: that province only, its code and name, the periods asked for, recorded in the meta', async () => {
		const only = tables.provinces.find((p) => p.code === '87')!;
		const bytes = await book({ only: only.code, periods: ['2024', '2025'] });
		const read = await readWorkbookImport(bytes, tables.indicators);
		expect(read.sheet?.meta).toMatchObject({ province: '87', periods: ['2024', '2025'], era: '63' });
		expect(read.table.rows.map((r) => r.cells.slice(0, 3))).toEqual([
			['87', only.name, '2024'],
			['87', only.name, '2025']
		]);
	});

	it('an era-34 template reads its codes as the 34 provinces: 82 is the new Đồng Tháp, never Tiền Giang', async () => {
		const units = templateUnits(tables.provinces, '34');
		expect(units).toHaveLength(34);
		const bytes = await book({ era: '34', periods: ['2025'] });
		const tips = templateHeader(tables.indicators, 'vi').findIndex((h) => h.endsWith('(tips)'));
		const rowOf = (code: string) => units.findIndex((u) => u.code === code) + 1;
		const filled = fillCells(bytes, 'Số liệu', [
			{ r: rowOf('82'), c: tips, value: 40 },
			{ r: rowOf('01'), c: tips, value: 9 }
		]);
		const r = analyseImport(await readWorkbookImport(filled, tables.indicators), ctx);
		expect(r.info.era).toBe('34');
		const dongThap = units.find((u) => u.code === '82')!;
		// Hà Nội kept its territory: its figure is a province figure; the new Đồng Tháp (87 + 82) is a merged one.
		expect(r.facts.map((f) => [f.province_code, f.province, f.scope, f.value])).toEqual([
			['01', 'Hà Nội', 'province', 9],
			['82', dongThap.name, `merged_province:${dongThap.name}`, 40]
		]);
	});
});
