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

const ERAS = ['63', '34'] as const;
/** What each era's template lists, worked out from provinces.csv: the 63 codes, or the 34 new codes with their names. */
const expected = {
	'63': [...tables.provinces].sort((a, b) => a.code.localeCompare(b.code)).map((p) => [p.code, p.name]),
	'34': [...new Map(tables.provinces.map((p) => [p.code_2025, p.name_2025]))].sort((a, b) => a[0].localeCompare(b[0]))
};

describe('buildTemplate', () => {
	it.each(ERAS.flatMap((era) => (['vi', 'en'] as const).map((lang) => ({ era, lang }))))(
		'$era provinces, $lang: BOM, CRLF, header, one row per province and period with codes kept as text',
		({ era, lang }) => {
			const csv = buildTemplate({ provinces: tables.provinces, indicators: tables.indicators, lang, era });
			expect(csv.startsWith('\uFEFF')).toBe(true);
			expect(csv.endsWith('\r\n')).toBe(true);
			expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
			const table = parseCsv(csv);
			expect(table.header).toEqual(templateHeader(tables.indicators, lang, era));
			expect(table.header).toHaveLength(tables.indicators.length + 5);
			const areas = expected[era];
			expect(areas).toHaveLength(Number(era));
			expect(table.rows).toHaveLength(areas.length * TEMPLATE_PERIODS[era].length);
			for (const [i, period] of TEMPLATE_PERIODS[era].entries()) {
				const block = table.rows.slice(i * areas.length, (i + 1) * areas.length);
				// The code cell is a tab then the digits (what Excel keeps as text), the name as in provinces.csv.
				expect(block.map((r) => [r.cells[0], r.cells[1]])).toEqual(areas.map(([c, n]) => [`\t${c}`, n]));
				expect(block.every((r) => r.cells[2] === period && r.cells.slice(3).every((c) => c === ''))).toBe(true);
			}
		}
	);

	it('the 34 template names the new provinces with their new codes (24 Bắc Ninh, 82 Đồng Tháp, 91 An Giang)', () => {
		const rows = parseCsv(buildTemplate({ provinces: tables.provinces, indicators: tables.indicators, lang: 'vi', era: '34' })).rows;
		const names = new Map(rows.map((r) => [r.cells[0]?.trim(), r.cells[1]]));
		expect([names.get('24'), names.get('82'), names.get('91'), names.get('79'), names.get('46')]).toEqual([
			'Bắc Ninh',
			'Đồng Tháp',
			'An Giang',
			'TP Hồ Chí Minh',
			'Huế'
		]);
		expect(names.has('27')).toBe(false);
	});

	it('headers carry the label of the language and the id; the code column says the era and carries its marker', () => {
		const vi = templateHeader(tables.indicators, 'vi');
		const en = templateHeader(tables.indicators, 'en');
		expect(vi.slice(0, 3)).toEqual(['Mã tỉnh, trước 1/7/2025 (ma_tinh_63)', 'Tên tỉnh', 'Giai đoạn']);
		expect(en.slice(0, 3)).toEqual(['Province code, before 1 July 2025 (ma_tinh_63)', 'Province', 'Period']);
		expect(templateHeader(tables.indicators, 'vi', '34')[0]).toBe('Mã tỉnh mới, từ 1/7/2025 (ma_tinh_34)');
		expect(vi.slice(-2)).toEqual(['Nguồn', 'Ghi chú']);
		const first = tables.indicators[0]!;
		expect(vi[3]).toBe(`${first.label_vi} (${first.id})`);
		expect(en[3]).toBe(`${first.label_en} (${first.id})`);
	});

	it.each(ERAS.flatMap((era) => (['vi', 'en'] as const).map((lang) => ({ era, lang }))))(
		'an untouched $era-province $lang template imports as empty rows, read by its marker',
		({ era, lang }) => {
			const r = importBytes(utf8(buildTemplate({ provinces: tables.provinces, indicators: tables.indicators, lang, era })), ctx);
			expect(r.info.form).toBe('wide');
			expect(r.era).toMatchObject({ used: era, basis: 'marker' });
			expect(r.info.indicators).toEqual(tables.indicators.map((i) => i.id));
			const n = Number(era) * TEMPLATE_PERIODS[era].length;
			expect(r.counts).toMatchObject({ rows: n, empty: n, imported: 0, skipped: 0, decision: 0, facts: 0 });
			expect(r.report).toEqual([]);
		}
	);

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
			periods: [...TEMPLATE_PERIODS['63']],
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
		expect(r.era.used).toBe('34');
		const dongThap = units.find((u) => u.code === '82')!;
		// Hà Nội kept its territory: its figure is a province figure; the new Đồng Tháp (87 + 82) is a merged one.
		expect(r.facts.map((f) => [f.province_code, f.province, f.scope, f.value])).toEqual([
			['01', 'Hà Nội', 'province', 9],
			['82', dongThap.name, `merged_province:${dongThap.name}`, 40]
		]);
	});
});
