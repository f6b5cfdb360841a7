import { describe, expect, it } from 'vitest';
import * as F from '../../../tests/fixtures/import/files';
import { indexDataset, indexDatasetInSlices } from './dataset';
import { analyseImport, importBytes } from './import';
import { readImport } from './import-read';
import { reportCsv } from './import-report';
import type { ImportResult, ReportRow } from './import-types';
import { parseCsv } from './csv';
import { combineTables, isUserSupplied } from './imported';
import { bundled, dataFiles, importContext } from './test-bundled';

const ctx = importContext;
const files = dataFiles;

const utf8 = (s: string) => new TextEncoder().encode(s);
const run = (text: string, opts = {}) => importBytes(utf8(text), ctx, opts);

/** Facts in a compact, comparable form. */
function facts(r: ImportResult) {
	return r.facts.map((f) => ({
		line: f.line,
		province_code: f.province_code,
		indicator: f.indicator,
		period: [f.period_start, f.period_end],
		value: f.value,
		qualifier: f.qualifier
	}));
}

/** Report rows as "line column outcome code value". */
function report(r: { report: ReportRow[] }) {
	return r.report.map((x) => `${x.line} ${x.column} ${x.outcome} ${x.code} ${x.value}`.replace(/ +/g, ' ').trim());
}

/**
 * Nothing lost: every data row of `text` is imported, waiting for a decision, skipped with a report row, or an
 * empty row — and the rows neither imported nor reported are exactly the empty ones.
 */
function expectNothingLost(r: ImportResult, text: string) {
	const c = r.counts;
	expect(c.imported + c.empty + c.skipped + c.decision).toBe(c.rows);
	const lines = parseCsv(text).rows.map((row) => row.line);
	expect(lines).toHaveLength(c.rows);
	const accounted = new Set([...r.facts.map((f) => f.line), ...r.report.map((x) => x.line)]);
	expect(lines.filter((l) => !accounted.has(l))).toHaveLength(c.empty);
}

describe('every encoding × delimiter × number format', () => {
	const cases = F.ENCODINGS.flatMap((encoding) =>
		F.DELIMITERS.flatMap((delimiter) => F.LOCALES.map((locale) => ({ encoding, delimiter, locale })))
	);
	it.each(cases)('$encoding, delimiter $delimiter, $locale numbers', ({ encoding, delimiter, locale }) => {
		const { text, expected } = F.matrixFixture(locale, delimiter);
		const r = importBytes(F.encode(text, encoding), ctx);
		expect(r.info).toMatchObject({ encoding, delimiter, form: 'wide', indicators: ['models_total', 'tips'] });
		expect(r.locale).toMatchObject({ used: locale, detected: locale, decided: true });
		expect(facts(r)).toEqual(expected);
		// Names come from the province list (NFC), whatever the file's encoding.
		expect(r.facts.map((f) => f.province)).toEqual(['Đồng Tháp', 'Đồng Tháp', 'Huế', 'Huế', 'Hà Nội']);
		expect(r.facts.find((f) => f.line === 3)?.note).toBe('Báo cáo tổng kết');
		expect(r.report).toEqual([]);
		expect(r.counts).toMatchObject({ rows: 3, imported: 3, empty: 0, skipped: 0, decision: 0, facts: 5, unsourced: 5 });
		expect(r.periods).toEqual(['2013-2023', '2015-2020']);
	});

	it('the number-format switch re-reads the same file the other way', () => {
		const read = readImport(utf8(F.matrixFixture('vi', ';').text));
		const asEnglish = analyseImport(read, ctx, { locale: 'en' });
		expect(asEnglish.locale).toMatchObject({ used: 'en', detected: 'vi' });
		// 4.378 and 1.234 are decimals in English, but a bare 3-decimal reading is refused, never guessed;
		// "trên 44.000" / "gần 7.000" likewise; "1,5" is not an English number at all.
		expect(report(asEnglish)).toEqual([
			'2 Mô hình hiện có (models_total) cell ambiguous_number 4.378',
			'2 Nguồn tin (tips) cell ambiguous_number trên 44.000',
			'3 Mô hình hiện có (models_total) cell ambiguous_number 1.234',
			'3 Nguồn tin (tips) cell ambiguous_number gần 7.000',
			'4 Nguồn tin (tips) cell ambiguous_number 1,5'
		]);
		expect(asEnglish.facts).toEqual([]);
		expect(asEnglish.preview.map((p) => [p.text, p.ok])).toEqual([
			['4.378', false],
			['trên 44.000', false],
			['1.234', false],
			['gần 7.000', false],
			['1,5', false]
		]);
	});

	it('previews how the first values were read', () => {
		const r = run(F.matrixFixture('vi', ',').text);
		expect(r.preview.map((p) => [p.line, p.text, p.value, p.qualifier])).toEqual([
			[2, '4.378', 4378, 'exact'],
			[2, 'trên 44.000', 44000, 'at_least'],
			[3, '1.234', 1234, 'exact'],
			[3, 'gần 7.000', 7000, 'approx'],
			[4, '1,5', 1.5, 'exact']
		]);
		expect(r.locale.evidence).toEqual(['4.378', 'trên 44.000', '1.234', 'gần 7.000', '1,5']);
	});
});

describe('problem files', () => {
	it('blank cells are no data, never 0; 0 is a figure', () => {
		const r = run(F.BLANK_CELLS);
		expect(facts(r)).toEqual([
			{ line: 3, province_code: '46', indicator: 'models_total', period: [2013, 2023], value: 0, qualifier: 'exact' },
			{ line: 4, province_code: '01', indicator: 'tips', period: [2013, 2023], value: 12, qualifier: 'exact' }
		]);
		expect(r.counts).toMatchObject({ rows: 4, imported: 2, empty: 2, skipped: 0, decision: 0 });
		expect(r.report).toEqual([]);
		expectNothingLost(r, F.BLANK_CELLS);
	});

	it('qualifier words and marks become qualifiers', () => {
		const r = run(F.QUALIFIERS);
		expect(r.facts.map((f) => [f.line, f.province_code, f.value, f.qualifier])).toEqual([
			[2, '01', 1000, 'at_least'],
			[3, '02', 20, 'at_least'],
			[4, '04', 30, 'at_least'],
			[5, '06', 40, 'at_least'],
			[6, '08', 7000, 'approx'],
			[7, '10', 50, 'approx'],
			[8, '11', 60, 'approx'],
			[9, '12', 70, 'approx'],
			[10, '14', 1000, 'at_least'],
			[11, '15', 80, 'exact']
		]);
		expect(r.report).toEqual([]);
	});

	it('unknown provinces: suggestions wait for a decision, others are skipped, known spellings resolve', () => {
		const r = run(F.UNKNOWN_PROVINCES);
		expect(r.facts.map((f) => [f.line, f.province_code, f.province, f.value])).toEqual([
			[6, '79', 'TP Hồ Chí Minh', 9],
			[7, '01', 'Hà Nội', 10]
		]);
		expect(report(r)).toEqual([
			'2 ten_tinh decision unknown_province Dong Thapp',
			'3 ten_tinh row unknown_province Xứ Sở Thần Tiên',
			'4 ma_tinh row unknown_province 99',
			'5 ma_tinh decision province_mismatch 87 Hà Nội',
			'8 ten_tinh decision unknown_province Dong Thapp'
		]);
		expect(r.decisions).toEqual([
			{ key: 'Dong Thapp', lines: [2, 8], suggestions: [{ code: '87', name: 'Đồng Tháp' }] },
			{
				key: '87 Hà Nội',
				lines: [5],
				suggestions: [
					{ code: '87', name: 'Đồng Tháp' },
					{ code: '01', name: 'Hà Nội' }
				]
			}
		]);
		expect(r.counts).toMatchObject({ rows: 7, imported: 2, skipped: 2, decision: 3 });
		expectNothingLost(r, F.UNKNOWN_PROVINCES);
	});

	it('accepting a suggestion re-runs resolution for those rows', () => {
		const r = run(F.UNKNOWN_PROVINCES, { decisions: { 'Dong Thapp': '87', '87 Hà Nội': '01' } });
		expect(r.facts.map((f) => [f.line, f.province_code, f.value])).toEqual([
			[2, '87', 5],
			[5, '01', 8],
			[6, '79', 9],
			[7, '01', 10],
			[8, '87', 11]
		]);
		expect(report(r)).toEqual(['3 ten_tinh row unknown_province Xứ Sở Thần Tiên', '4 ma_tinh row unknown_province 99']);
		expect(r.decisions).toEqual([]);
		expect(r.counts).toMatchObject({ imported: 5, skipped: 2, decision: 0 });
	});

	it('duplicated rows are imported once; a contradiction from the same source is not imported', () => {
		const r = run(F.DUPLICATES);
		expect(r.facts.map((f) => [f.line, f.indicator, f.value, f.source_id === '' ? '' : 'user'])).toEqual([
			[2, 'models_total', 100, ''],
			[2, 'tips', 200, ''],
			[5, 'models_total', 100, 'user'],
			[5, 'tips', 300, 'user']
		]);
		expect(report(r)).toEqual([
			'3 row duplicate_row',
			'4 models_total cell duplicate_row 100',
			'4 tips cell conflict_row 250',
			'6 row duplicate_row'
		]);
		expect(r.report.map((x) => x.params.first)).toEqual(['2', '2', '2', '2']);
		expect(r.sources).toEqual([{ source_id: r.facts[2]?.source_id, publisher: 'Báo cáo Công an tỉnh', title: '', date: '', url: '' }]);
		expect(r.counts).toMatchObject({ rows: 5, imported: 2, skipped: 3, unsourced: 2 });
		expectNothingLost(r, F.DUPLICATES);
	});

	it('a row with too many cells is skipped and reported; trailing empty cells are fine', () => {
		const r = run(F.TOO_MANY_COLUMNS);
		expect(r.locale.used).toBe('en');
		expect(r.facts.map((f) => [f.line, f.indicator, f.value])).toEqual([
			[3, 'models_total', 15],
			[3, 'tips', 20],
			[4, 'models_total', 4378],
			[4, 'tips', 5]
		]);
		expect(report(r)).toEqual(['2 row too_many_cells 12']);
		expect(r.report[0]?.params).toEqual({ found: '6', expected: '5' });
		expect(r.counts).toMatchObject({ rows: 3, imported: 2, skipped: 1 });
		expectNothingLost(r, F.TOO_MANY_COLUMNS);
	});

	it('bad numbers and periods are reported by line; the row’s good cells still count', () => {
		const r = run(F.BAD_VALUES);
		expect(r.facts.map((f) => [f.line, f.province_code, f.indicator, f.period_start, f.period_end, f.value, f.period_label])).toEqual([
			[2, '87', 'tips', 2013, 2023, 5, '2013-2023'],
			[6, '04', 'models_total', 2013, 2023, 8, '2013 - 2023'],
			[7, '06', 'models_total', 2015, 2020, 9, 'giai đoạn 2015-2020']
		]);
		expect(report(r)).toEqual([
			'2 models_total cell bad_number abc',
			'3 models_total cell negative_number -5',
			'4 giai_doan row bad_period 2023-2013',
			'5 giai_doan row missing_period'
		]);
		expect(r.counts).toMatchObject({ rows: 6, imported: 3, partial: 1, skipped: 3 });
		expectNothingLost(r, F.BAD_VALUES);
	});

	it('an unclosed quote is reported on the line it starts', () => {
		const r = run('ma_tinh,giai_doan,tips\n87,2013-2023,5\n"46,2013-2023,6\n01,2013-2023,7\n');
		expect(r.facts.map((f) => f.line)).toEqual([2]);
		expect(report(r)).toEqual(['3 row csv_syntax']);
	});

	it('files it cannot read as a table say so', () => {
		expect(report(run(''))).toEqual(['1 file empty_file']);
		const r = run('a,b\n1,2\n');
		expect(report(r)).toEqual(['1 file unknown_form']);
		expect(r.counts).toMatchObject({ rows: 1, skipped: 1 });
	});

	it('columns nobody reads are reported with the lines of their values', () => {
		const r = run('ma_tinh,giai_doan,tips,so_xe_may\n87,2013-2023,5,12\n46,2013-2023,6,\n');
		expect(report(r)).toEqual(['1 so_xe_may file unknown_column']);
		expect(r.report[0]?.params).toEqual({ count: '1', lines: '2' });
		expect(r.facts).toHaveLength(2);
	});
});

describe('long form (facts.csv)', () => {
	it('imports the bundled facts.csv figure for figure', () => {
		const r = importBytes(utf8(files.facts), ctx);
		expect(r.info.form).toBe('long');
		expect(r.report).toEqual([]);
		const strip = (f: {
			line: number;
			province_code: string;
			scope: string;
			period_start: number | null;
			period_end: number | null;
			indicator: string;
			value: number;
			qualifier: string;
			source_id: string;
			quote: string;
			note: string;
			period_label: string;
			measure: string;
		}) => [
			f.line,
			f.province_code,
			f.scope,
			f.period_start,
			f.period_end,
			f.period_label,
			f.measure,
			f.indicator,
			f.value,
			f.qualifier,
			f.note,
			f.source_id,
			f.quote
		];
		expect(r.facts.map(strip)).toEqual(bundled.tables.facts.map(strip));
		expect(r.counts.inBundled).toBe(bundled.tables.facts.length);
		// Only the sources the facts name come along, unchanged.
		const named = new Set(bundled.tables.facts.map((f) => f.source_id));
		expect(r.sources.map((s) => s.source_id).sort()).toEqual([...named].sort());
	});

	it('reads scopes, label-only periods and source text; reports unknown indicators and qualifiers', () => {
		const r = run(F.LONG_FORM);
		expect(
			r.facts.map((f) => [f.line, f.province_code, f.province, f.scope, f.period_start, f.period_end, f.indicator, f.value, f.qualifier])
		).toEqual([
			[2, '87', 'Đồng Tháp', 'province', 2013, 2023, 'tips', 44000, 'at_least'],
			[3, '', 'Toàn quốc', 'national', 2015, 2020, 'awards_collective', 103, 'exact'],
			[4, '87', 'Đồng Tháp', 'province', 2015, 2020, 'tips', 12, 'exact'],
			[7, '87', 'Đồng Tháp', 'district:Cao Lãnh', 2013, 2023, 'tips', 7, 'exact']
		]);
		expect(r.facts[0]?.source_id).toBe('seed-002');
		expect(r.facts[2]?.source_id).toMatch(/^user-[0-9a-f]{8}$/);
		expect(r.sources.find((s) => s.source_id === r.facts[2]?.source_id)).toEqual({
			source_id: r.facts[2]?.source_id,
			publisher: 'Báo cáo tỉnh https://example.org/r.pdf',
			title: '',
			date: '',
			url: 'https://example.org/r.pdf'
		});
		expect(isUserSupplied(r.facts[1]!)).toBe(true);
		expect(isUserSupplied(r.facts[0]!)).toBe(false);
		expect(report(r)).toEqual([
			'5 indicator row unknown_indicator no_such_indicator',
			'6 qualifier row bad_qualifier maybe',
			'8 value row no_value'
		]);
		expectNothingLost(r, F.LONG_FORM);
	});

	it('only http(s) text becomes a source link', () => {
		const r = run('ma_tinh,giai_doan,tips,nguon\n87,2013-2023,5,javascript:alert(1)\n46,2013-2023,6,http://x.vn/a\n');
		expect(r.sources.map((s) => [s.publisher, s.url])).toEqual([
			['javascript:alert(1)', ''],
			['http://x.vn/a', 'http://x.vn/a']
		]);
	});
});

describe('indexing a large import in slices', () => {
	it('gives exactly the index built in one go', async () => {
		const merged = combineTables({ bundled: bundled.tables, imported: run(F.matrixFixture('vi', ',').text), mode: 'merge' });
		let pauses = 0;
		const sliced = await indexDatasetInSlices(merged, { slice: 7, pause: async () => void pauses++ });
		expect(pauses).toBe(Math.ceil(merged.facts.length / 7) - 1);
		expect(sliced).toEqual(indexDataset(merged));
	});
});

describe('the report', () => {
	it('the report CSV lists every row with line, reason and fix, neutralised for spreadsheets', () => {
		const r = run('ma_tinh,giai_doan,tips\n87,2013-2023,=1+1\n46,1999-1990,5\n');
		const csv = reportCsv(r.report, 'vi');
		// Vietnamese: `,` decimals, so `;` between fields, as Vietnamese Excel expects.
		expect(csv.startsWith('\uFEFFDòng;Cột;Giá trị;Kết quả;Lý do;Cách sửa\r\n')).toBe(true);
		const rows = parseCsv(csv).rows.map((x) => x.cells);
		expect(rows.map((c) => [c[0], c[1], c[2], c[3]])).toEqual([
			['2', 'tips', "'=1+1", 'Bỏ qua ô'],
			['3', 'giai_doan', '1999-1990', 'Bỏ qua dòng']
		]);
		expect(rows[0]?.[4]).toBe('“=1+1” không phải là số');
		expect(rows[1]?.[5]).toMatch(/^Ghi 2013-2023/);
		expect(reportCsv(r.report, 'en').split('\r\n')[0]).toBe('\uFEFFLine,Column,Value,Outcome,Reason,How to fix');
	});
});
