import { describe, expect, it } from 'vitest';
import { loadDataFiles } from '../../../scripts/load-data-files';
import { parseCsv } from './csv';
import { importBytes } from './import';
import { buildTemplate, TEMPLATE_PERIODS, templateHeader } from './template';
import { readTables } from './validate';

const { tables, aliases } = readTables(loadDataFiles('data'));
const ctx = { provinces: tables.provinces, aliases, indicators: tables.indicators, sources: tables.sources };
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
