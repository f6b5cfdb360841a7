import { describe, expect, it } from 'vitest';
import { loadDataFiles } from '../../../scripts/load-data-files';
import { parseCsv } from './csv';
import { importBytes } from './import';
import { buildTemplate, TEMPLATE_PERIODS, templateHeader } from './template';
import { readTables } from './validate';

const { tables, aliases } = readTables(loadDataFiles('data'));
const ctx = { provinces: tables.provinces, aliases, indicators: tables.indicators, sources: tables.sources };
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
