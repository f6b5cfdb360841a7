import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataFiles } from '../../../scripts/load-data-files';
import { parseCsv } from './csv';
import { DATA_COLUMNS, type DataFiles } from './data-contract';
import { numbersInText, quoteContainsValue } from './quote-numbers';
import { readTables } from './validate';
import type { DataIssue, IssueCode } from './validate-collect';
import { formatIssue } from './validate-messages';

const DATA_DIR = fileURLToPath(new URL('../../../data', import.meta.url));
let real: Required<DataFiles>;
beforeAll(() => {
	real = loadDataFiles(DATA_DIR);
});

/** The text lines of a file, keeping its line ending (the data files use CRLF). */
function splitLines(text: string): { lines: string[]; eol: string } {
	const eol = text.includes('\r\n') ? '\r\n' : '\n';
	return { lines: text.split(eol), eol };
}

/** 1-based number of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
	const i = splitLines(text).lines.findIndex((l) => l.includes(needle));
	if (i < 0) throw new Error(`no line contains ${needle}`);
	return i + 1;
}

/** Replace `from` by `to` on the first line containing `needle` (must occur once on that line). */
function editLine(text: string, needle: string, from: string, to: string): { text: string; line: number } {
	const { lines, eol } = splitLines(text);
	const line = lineOf(text, needle);
	const old = lines[line - 1] ?? '';
	if (old.split(from).length !== 2) throw new Error(`"${from}" is not once on line ${line}: ${old}`);
	lines[line - 1] = old.replace(from, to);
	return { text: lines.join(eol), line };
}

function csvCell(s: string): string {
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Drop or add a column on every line of a CSV text (re-serialised). */
function mapColumns(text: string, f: (cells: string[], isHeader: boolean) => string[]): string {
	const t = parseCsv(text);
	const out = [f(t.header, true), ...t.rows.map((r) => f(r.cells, false))];
	return out.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function dropColumn(text: string, column: string): string {
	const i = parseCsv(text).header.indexOf(column);
	if (i < 0) throw new Error(`no column ${column}`);
	return mapColumns(text, (cells) => cells.filter((_, j) => j !== i));
}

function check(mutated: Partial<DataFiles>): DataIssue[] {
	return readTables({ ...real, ...mutated }).issues;
}

const NFD_DONG_THAP = 'Đồng Tháp'.normalize('NFD');

interface Case {
	name: string;
	/** Build the broken copy from the real texts; return the changed files and the expected issue. */
	make: (r: Required<DataFiles>) => { files: Partial<DataFiles>; file: string; line: number; column: string; code: IssueCode };
	/** A phrase the Vietnamese message must contain. */
	vi?: string;
}

const cases: Case[] = [
	{
		name: 'missing column in facts.csv',
		make: (r) => ({ files: { facts: dropColumn(r.facts, 'note') }, file: 'facts.csv', line: 1, column: 'note', code: 'missing_column' }),
		vi: 'Thiếu cột `note`'
	},
	{
		name: 'missing column in sources.csv',
		make: (r) => ({ files: { sources: dropColumn(r.sources, 'url') }, file: 'sources.csv', line: 1, column: 'url', code: 'missing_column' })
	},
	{
		name: 'extra column in indicators.csv',
		make: (r) => ({
			files: { indicators: mapColumns(r.indicators, (c, h) => [...c, h ? 'colour' : '']) },
			file: 'indicators.csv',
			line: 1,
			column: 'colour',
			code: 'extra_column'
		})
	},
	{
		name: 'unknown province code',
		make: (r) => {
			const e = editLine(r.facts, 'trên 44.000 nguồn tin có giá trị', '87,Đồng Tháp,', '99,Đồng Tháp,');
			return { files: { facts: e.text }, file: 'facts.csv', line: e.line, column: 'province_code', code: 'unknown_province' };
		},
		vi: 'Mã tỉnh `99` không có trong provinces.csv'
	},
	{
		name: 'province name not matching the code',
		make: (r) => {
			const e = editLine(r.facts, 'trên 44.000 nguồn tin có giá trị', '87,Đồng Tháp,', '87,Tiền Giang,');
			return { files: { facts: e.text }, file: 'facts.csv', line: e.line, column: 'province', code: 'province_name_mismatch' };
		}
	},
	{
		name: 'an alias spelling of the province name is accepted (only the unknown indicator is reported)',
		make: (r) => {
			const e = editLine(r.facts, 'trên 44.000 nguồn tin có giá trị', '87,Đồng Tháp,', '87,Dong Thap,');
			const e2 = editLine(e.text, 'trên 44.000 nguồn tin có giá trị', 'tips,44000,', 'tipz,44000,');
			return { files: { facts: e2.text }, file: 'facts.csv', line: e.line, column: 'indicator', code: 'unknown_indicator' };
		}
	},
	{
		name: 'unknown source id',
		make: (r) => {
			const e = editLine(r.facts, 'trên 44.000 nguồn tin có giá trị', ',seed-002,', ',seed-999,');
			return { files: { facts: e.text }, file: 'facts.csv', line: e.line, column: 'source_id', code: 'unknown_source' };
		},
		vi: '`seed-999`'
	},
	{
		name: 'quote not containing the value',
		make: (r) => {
			const e = editLine(r.facts, 'trên 44.000 nguồn tin có giá trị', ',44000,', ',45000,');
			return { files: { facts: e.text }, file: 'facts.csv', line: e.line, column: 'quote', code: 'quote_missing_value' };
		},
		vi: 'Trích dẫn không chứa giá trị 45000'
	},
	{
		name: 'value written with a Vietnamese thousands dot',
		make: (r) => {
			const e = editLine(r.facts, 'trên 44.000 nguồn tin có giá trị', ',44000,', ',44.000,');
			return { files: { facts: e.text }, file: 'facts.csv', line: e.line, column: 'value', code: 'bad_value' };
		}
	},
	{
		name: 'negative value',
		make: (r) => {
			const e = editLine(r.facts, 'trên 44.000 nguồn tin có giá trị', ',44000,', ',-44000,');
			return { files: { facts: e.text }, file: 'facts.csv', line: e.line, column: 'value', code: 'bad_value' };
		}
	},
	{
		name: 'duplicate fact row (reported on the second, naming the first)',
		make: (r) => {
			const { lines, eol } = splitLines(r.facts);
			const first = lineOf(r.facts, 'trên 44.000 nguồn tin có giá trị');
			const copy = lines[first - 1] ?? '';
			const body = lines.filter((l) => l !== '');
			body.push(copy);
			return {
				files: { facts: body.join(eol) + eol },
				file: 'facts.csv',
				line: body.length,
				column: '',
				code: 'duplicate_row'
			};
		}
	},
	{
		name: 'non-NFC text (NFD "Đồng Tháp")',
		make: (r) => {
			const e = editLine(r.facts, 'trên 44.000 nguồn tin có giá trị', '87,Đồng Tháp,', `87,${NFD_DONG_THAP},`);
			return { files: { facts: e.text }, file: 'facts.csv', line: e.line, column: 'province', code: 'not_nfc' };
		}
	},
	{
		name: 'non-NFC text in provinces.csv',
		make: (r) => {
			const e = editLine(r.provinces, '87,Đồng Tháp,', '87,Đồng Tháp,', `87,${NFD_DONG_THAP},`);
			return { files: { provinces: e.text }, file: 'provinces.csv', line: e.line, column: 'name', code: 'not_nfc' };
		}
	},
	{
		name: 'bad qualifier enum',
		make: (r) => {
			const e = editLine(r.facts, 'trên 44.000 nguồn tin có giá trị', ',at_least,', ',more_than,');
			return { files: { facts: e.text }, file: 'facts.csv', line: e.line, column: 'qualifier', code: 'bad_enum' };
		},
		vi: 'exact, at_least, approx'
	},
	{
		name: 'bad measure enum',
		make: (r) => {
			const e = editLine(r.facts, 'trên 44.000 nguồn tin có giá trị', ',flow,', ',flux,');
			return { files: { facts: e.text }, file: 'facts.csv', line: e.line, column: 'measure', code: 'bad_enum' };
		}
	},
	{
		name: 'bad family enum in indicators.csv',
		make: (r) => {
			const e = editLine(r.indicators, 'tips_valuable,', 'tips_valuable,tips,', 'tips_valuable,tip,');
			return { files: { indicators: e.text }, file: 'indicators.csv', line: e.line, column: 'family', code: 'bad_enum' };
		}
	},
	{
		name: 'measure differing from the catalogue',
		make: (r) => {
			const e = editLine(r.facts, 'trên 44.000 nguồn tin có giá trị', ',flow,tips,', ',stock,tips,');
			return { files: { facts: e.text }, file: 'facts.csv', line: e.line, column: 'measure', code: 'measure_mismatch' };
		}
	},
	{
		name: 'start year after end year',
		make: (r) => {
			const e = editLine(r.facts, 'trên 44.000 nguồn tin có giá trị', ',2013,2023,', ',2023,2013,');
			return { files: { facts: e.text }, file: 'facts.csv', line: e.line, column: 'period_start', code: 'start_after_end' };
		}
	},
	{
		name: 'only one year set',
		make: (r) => {
			const e = editLine(r.facts, 'trên 44.000 nguồn tin có giá trị', ',2013,2023,', ',,2023,');
			return { files: { facts: e.text }, file: 'facts.csv', line: e.line, column: 'period_start', code: 'year_pair' };
		}
	},
	{
		name: 'year not an integer',
		make: (r) => {
			const e = editLine(r.facts, 'trên 44.000 nguồn tin có giá trị', ',2013,2023,', ',2013.5,2023,');
			return { files: { facts: e.text }, file: 'facts.csv', line: e.line, column: 'period_start', code: 'bad_year' };
		}
	},
	{
		name: 'unknown indicator',
		make: (r) => {
			const e = editLine(r.facts, 'trên 44.000 nguồn tin có giá trị', ',tips,', ',tipz,');
			return { files: { facts: e.text }, file: 'facts.csv', line: e.line, column: 'indicator', code: 'unknown_indicator' };
		}
	},
	{
		name: 'malformed scope',
		make: (r) => {
			const e = editLine(r.facts, 'trên 44.000 nguồn tin có giá trị', ',province,', ',district:,');
			return { files: { facts: e.text }, file: 'facts.csv', line: e.line, column: 'scope', code: 'bad_scope' };
		}
	},
	{
		name: 'province scope without a code',
		make: (r) => {
			const e = editLine(r.facts, 'trên 44.000 nguồn tin có giá trị', '87,Đồng Tháp,', ',Đồng Tháp,');
			return { files: { facts: e.text }, file: 'facts.csv', line: e.line, column: 'province_code', code: 'code_required' };
		}
	},
	{
		name: 'national scope with a code',
		make: (r) => {
			const e = editLine(
				r.facts,
				'cả nước có trên 4.700 mô hình, riêng khu vực Tây Nam Bộ có 891 mô hình phong trào toàn dân bảo vệ ANTQ"',
				',Toàn quốc,national,',
				'01,Toàn quốc,national,'
			);
			return { files: { facts: e.text }, file: 'facts.csv', line: e.line, column: 'province_code', code: 'code_not_allowed' };
		}
	},
	{
		name: 'merged_province with an old code that is not a 2025 code',
		make: (r) => {
			const e = editLine(r.facts, ',model_points,1080,', '79,TP Hồ Chí Minh,"merged', '77,TP Hồ Chí Minh,"merged');
			return { files: { facts: e.text }, file: 'facts.csv', line: e.line, column: 'province_code', code: 'unknown_province_2025' };
		}
	},
	{
		name: 'empty required cell',
		make: (r) => {
			const e = editLine(
				r.facts,
				'trên 44.000 nguồn tin có giá trị',
				',Nhân dân đã cung cấp cho cơ quan chức năng trên 44.000 nguồn tin có giá trị',
				','
			);
			return { files: { facts: e.text }, file: 'facts.csv', line: e.line, column: 'quote', code: 'required' };
		}
	},
	{
		name: 'bad url',
		make: (r) => {
			const e = editLine(r.sources, 'src-001,', ',https://', ',htps://');
			return { files: { sources: e.text }, file: 'sources.csv', line: e.line, column: 'url', code: 'bad_url' };
		}
	},
	{
		name: 'bad date',
		make: (r) => {
			const e = editLine(r.sources, 'seed-000,', ',2020-11-20,', ',20/11/2020,');
			return { files: { sources: e.text }, file: 'sources.csv', line: e.line, column: 'date', code: 'bad_date' };
		}
	},
	{
		name: 'impossible date',
		make: (r) => {
			const e = editLine(r.sources, 'seed-000,', ',2020-11-20,', ',2020-02-30,');
			return { files: { sources: e.text }, file: 'sources.csv', line: e.line, column: 'date', code: 'bad_date' };
		}
	},
	{
		name: 'duplicate source id',
		make: (r) => {
			const e = editLine(r.sources, 'seed-001,', 'seed-001,', 'seed-000,');
			// seed-001 is then unknown to the facts that cite it; only the sources.csv issue is asserted below.
			return { files: { sources: e.text }, file: 'sources.csv', line: e.line, column: 'source_id', code: 'duplicate_id' };
		}
	},
	{
		name: 'alias mapping to a second province',
		make: (r) => {
			const { lines, eol } = splitLines(r.aliases);
			const body = lines.filter((l) => l !== '');
			body.push('DONG THAP,82');
			return {
				files: { aliases: body.join(eol) + eol },
				file: 'province-aliases.csv',
				line: body.length,
				column: 'alias',
				code: 'alias_conflict'
			};
		}
	},
	{
		name: 'alias with an unknown code',
		make: (r) => {
			const { lines, eol } = splitLines(r.aliases);
			const body = lines.filter((l) => l !== '');
			body.push('Atlantis,99');
			return {
				files: { aliases: body.join(eol) + eol },
				file: 'province-aliases.csv',
				line: body.length,
				column: 'code',
				code: 'unknown_province'
			};
		}
	},
	{
		name: 'population that is not a number',
		make: (r) => {
			const e = editLine(r.provinces, '01,Hà Nội,', ',8053663,', ',8.053.663,');
			return { files: { provinces: e.text }, file: 'provinces.csv', line: e.line, column: 'population', code: 'bad_number' };
		}
	},
	{
		name: 'new-province name inconsistent',
		make: (r) => {
			const e = editLine(r.provinces, '08,Tuyên Quang,Tuyen', ',08,Tuyên Quang', ',08,Hà Tuyên');
			return { files: { provinces: e.text }, file: 'provinces.csv', line: e.line, column: 'name_2025', code: 'inconsistent_2025' };
		}
	},
	{
		name: 'geo63 feature missing',
		make: (r) => {
			const g = JSON.parse(r.geo63) as { features: { properties: { code: string } }[] };
			g.features = g.features.filter((f) => f.properties.code !== '87');
			return {
				files: { geo63: JSON.stringify(g) },
				file: 'geo/vn-provinces-63.geojson',
				line: 1,
				column: 'code',
				code: 'geo_missing_feature'
			};
		}
	},
	{
		name: 'geo34 old_codes not matching provinces.csv',
		make: (r) => {
			const e = editLine(r.geo34, '"code":"82"', '"old_codes":"82,87"', '"old_codes":"82"');
			return { files: { geo34: e.text }, file: 'geo/vn-provinces-34.geojson', line: e.line, column: 'old_codes', code: 'geo_mismatch' };
		}
	},
	{
		name: 'geo63 feature duplicated',
		make: (r) => {
			const { lines, eol } = splitLines(r.geo63);
			const i = lines.findIndex((l) => l.includes('"code":"87"'));
			const copy = (lines[i] ?? '').replace(/,?$/, ',');
			lines.splice(i + 1, 0, copy);
			return {
				files: { geo63: lines.join(eol) },
				file: 'geo/vn-provinces-63.geojson',
				line: i + 2,
				column: 'code',
				code: 'geo_duplicate_feature'
			};
		}
	}
];

describe('readTables on the real data', () => {
	it('reports zero issues', () => {
		const { issues } = readTables(real);
		expect(issues.map((i) => `${i.file}:${i.line} [${i.column}] ${formatIssue(i, 'en').message}`)).toEqual([]);
	});

	it('returns typed tables with every row', () => {
		const { tables, aliases } = readTables(real);
		const factRows = parseCsv(real.facts).rows;
		expect(tables.facts).toHaveLength(factRows.length);
		expect(tables.provinces).toHaveLength(63);
		expect(tables.sources).toHaveLength(parseCsv(real.sources).rows.length);
		expect(tables.indicators).toHaveLength(parseCsv(real.indicators).rows.length);
		expect(aliases).toHaveLength(parseCsv(real.aliases).rows.length);
		const f = tables.facts.find((x) => x.quote.includes('trên 44.000 nguồn tin có giá trị'));
		expect(f).toMatchObject({
			line: lineOf(real.facts, 'trên 44.000 nguồn tin có giá trị'),
			province_code: '87',
			period_start: 2013,
			period_end: 2023,
			measure: 'flow',
			indicator: 'tips',
			value: 44000,
			qualifier: 'at_least',
			source_id: 'seed-002'
		});
		expect(tables.facts.some((x) => x.period_start === null && x.period_end === null)).toBe(true);
		expect(tables.provinces.find((p) => p.code === '01')).toMatchObject({ population: 8053663, population_year: 2019, area_km2: 3358.9 });
	});

	it('catalogues every indicator used in facts, with the measure the facts use', () => {
		const { tables } = readTables(real);
		const byId = new Map(tables.indicators.map((i) => [i.id, i]));
		for (const f of tables.facts) expect(byId.get(f.indicator)?.measure, `line ${f.line} ${f.indicator}`).toBe(f.measure);
		const used = new Set(tables.facts.map((f) => f.indicator));
		expect([...byId.keys()].filter((id) => !used.has(id))).toEqual([]);
	});

	it('has the exact column sets', () => {
		for (const key of Object.keys(DATA_COLUMNS) as (keyof typeof DATA_COLUMNS)[])
			expect(parseCsv(real[key]).header).toEqual([...DATA_COLUMNS[key]]);
	});
});

describe('readTables on broken copies', () => {
	it.each(cases)('$name', ({ make, vi }) => {
		const { files, file, line, column, code } = make(real);
		const issues = check(files);
		const inFile = issues.filter((i) => i.file === file);
		expect(inFile.map((i) => ({ file: i.file, line: i.line, column: i.column, code: i.code }))).toEqual([{ file, line, column, code }]);
		const issue = inFile[0] as DataIssue;
		const msgVi = formatIssue(issue, 'vi');
		const msgEn = formatIssue(issue, 'en');
		for (const m of [msgVi, msgEn]) {
			expect(m.message.length).toBeGreaterThan(5);
			expect(m.hint.length).toBeGreaterThan(5);
			expect(`${m.message} ${m.hint}`).not.toMatch(/undefined/);
		}
		expect(msgVi.message).not.toBe(msgEn.message);
		if (vi) expect(`${msgVi.message} ${msgVi.hint}`).toContain(vi);
	});

	it('other files stay clean when only facts.csv is broken', () => {
		const e = editLine(real.facts, 'trên 44.000 nguồn tin có giá trị', ',seed-002,', ',seed-999,');
		expect(check({ facts: e.text })).toHaveLength(1);
	});

	it('excludes a fact with an issue from tables but keeps the others', () => {
		const e = editLine(real.facts, 'trên 44.000 nguồn tin có giá trị', ',seed-002,', ',seed-999,');
		const { tables, issues } = readTables({ ...real, facts: e.text });
		expect(issues).toHaveLength(1);
		expect(tables.facts.some((f) => f.line === e.line)).toBe(false);
		expect(tables.facts).toHaveLength(parseCsv(real.facts).rows.length - 1);
	});

	it('reports a missing file', () => {
		const issues = check({ indicators: '' });
		expect(issues).toEqual([{ file: 'indicators.csv', line: 1, column: '', code: 'empty_file', params: {} }]);
	});

	it('reports a geo34 feature whose code is no code_2025 (and the code left without a feature)', () => {
		const e = editLine(real.geo34, '"code":"82"', '"code":"82"', '"code":"87"');
		const issues = check({ geo34: e.text }).map((i) => [i.line, i.column, i.code]);
		expect(issues).toEqual([
			[1, 'code', 'geo_missing_feature'],
			[e.line, 'code', 'geo_unknown_code']
		]);
	});

	it('reports a removed province (count, geo and references)', () => {
		const { lines, eol } = splitLines(real.provinces);
		const text = lines.filter((l) => !l.startsWith('87,')).join(eol);
		const codes = check({ provinces: text }).map((i) => `${i.file}:${i.code}`);
		expect(codes).toContain('provinces.csv:province_count');
		expect(codes).toContain('geo/vn-provinces-63.geojson:geo_unknown_code');
		expect(codes).toContain('facts.csv:unknown_province');
	});

	it('gives the unknown-province hint from the spec, and a suggestion when the name is known', () => {
		const issue: DataIssue = { file: 'facts.csv', line: 2, column: 'province_code', code: 'unknown_province', params: { code: '99' } };
		expect(formatIssue(issue, 'vi')).toEqual({
			message: 'Mã tỉnh `99` không có trong provinces.csv',
			hint: 'Dùng mã 2 chữ số của Tổng cục Thống kê, ví dụ 01 (Hà Nội), 87 (Đồng Tháp)'
		});
		expect(formatIssue(issue, 'en').message).toBe('Province code `99` is not in provinces.csv');
		const e = editLine(real.facts, 'trên 44.000 nguồn tin có giá trị', '87,Đồng Tháp,', '99,Đồng Tháp,');
		const found = check({ facts: e.text })[0] as DataIssue;
		expect(formatIssue(found, 'vi').hint).toBe('Tên tỉnh ở dòng này ứng với mã 87 (Đồng Tháp)');
	});
});

describe('quoteContainsValue', () => {
	it.each([
		['trên 44.000 nguồn tin', 44000, true],
		['trên 44,000 tips', 44000, true],
		['trên 44 000 nguồn tin', 44000, true],
		['trên 44\u00a0000 nguồn tin', 44000, true],
		['trên 44000 nguồn tin', 44000, true],
		['1.234.567 lượt', 1234567, true],
		['1,5 lần', 1.5, true],
		['1.5 times', 1.5, true],
		['1.234,5 km', 1234.5, true],
		['1,234.5 km', 1234.5, true],
		['trên 3 triệu lượt người', 3000000, true],
		['khoảng 4,5 triệu lượt', 4500000, true],
		['gần 1,2 nghìn tin', 1200, true],
		['trên 741 nghìn lượt người', 741000, true],
		['hơn 613 ngàn lượt người', 613000, true],
		['46 million attendances', 46000000, true],
		['xây dựng mới 05 mô hình', 5, true],
		['63/63 tỉnh, thành phố', 63, true],
		['Cao-Bang-Quan-chung-cung-cap-3260-nguon-tin', 3260, true],
		// Not printed: a thousands group is never read as a decimal, digits after letters are not numbers,
		// numbers in words are not read.
		['trên 44.000 nguồn tin', 44, false],
		['4.378 tổ chức', 4.378, false],
		['trên 3 triệu lượt người', 3, false],
		['Nghị quyết TW8 khóa XI', 8, false],
		['tặng Bằng khen hai tập thể', 2, false],
		['2.342 tin có giá trị', 2, false],
		['năm 2019 100 mô hình', 2019100, false],
		['năm 2019 100 mô hình', 100, true],
		['44 000 nguồn tin', 44, false],
		['Bằng khen 2 tập thể, 5 cá nhân', 25, false]
	] as const)('%s ∋ %d → %s', (quote, value, expected) => {
		expect(quoteContainsValue(quote, value)).toBe(expected);
	});

	it('lists the readings of a text', () => {
		expect(numbersInText('trên 32.000 cuộc, có trên 3 triệu lượt người').sort((a, b) => a - b)).toEqual([32000, 3000000]);
	});
});

describe('province codes are checked in their era', () => {
	/** The real data with one more fact row (an existing source and indicator). */
	const withRow = (code: string, name: string, scope: string) =>
		`${real.facts.replace(/\s*$/, '')}\r\n${code},${name},${csvCell(scope)},2025,2025,2025,stock,models_total,12,exact,,src-013,Có 12 mô hình\r\n`;
	const issuesOf = (code: string, name: string, scope: string) => check({ facts: withRow(code, name, scope) });

	it.each([
		// Right in the 34: a commune or the whole new province, with the new code.
		{ code: '15', name: 'Lào Cai', scope: 'commune:xã Mường Khương' },
		{ code: '82', name: 'Đồng Tháp', scope: 'commune:xã Tân Thới' },
		{ code: '52', name: 'Gia Lai', scope: 'commune:phường Pleiku' },
		{ code: '24', name: 'Bắc Ninh', scope: 'merged_province:Bắc Ninh' },
		// Right in the 63: the old province of the code.
		{ code: '24', name: 'Bắc Giang', scope: 'province' },
		// The same territory in both eras: either scope.
		{ code: '46', name: 'Thừa Thiên Huế', scope: 'commune:phường Thuận Hóa' },
		{ code: '46', name: 'Huế', scope: 'province' }
	])('accepts $code $name as $scope', ({ code, name, scope }) => {
		expect(issuesOf(code, name, scope)).toEqual([]);
	});

	it.each([
		// A new province's name with its new code, read as an old province: refused, the hint names the 34.
		{ code: '15', name: 'Lào Cai', scope: 'province', expected: 'Yên Bái', era: '63', other: '34' },
		{ code: '82', name: 'Đồng Tháp', scope: 'district:xã Tân Thới', expected: 'Tiền Giang', era: '63', other: '34' },
		// An old province's name with its old code, read as a new province: refused, the hint names the 63.
		{ code: '24', name: 'Bắc Giang', scope: 'merged_province:Bắc Giang', expected: 'Bắc Ninh', era: '34', other: '63' },
		{ code: '91', name: 'Kiên Giang', scope: 'commune:xã Hòn Nghệ', expected: 'An Giang', era: '34', other: '63' },
		// Agrees in neither era.
		{ code: '24', name: 'Hà Nội', scope: 'merged_province:Hà Nội', expected: 'Bắc Ninh', era: '34', other: undefined }
	])('refuses $code $name as $scope (it is $expected there)', ({ code, name, scope, expected, era, other }) => {
		const issues = issuesOf(code, name, scope);
		expect(issues.map((i) => [i.column, i.code])).toEqual([['province', 'province_name_mismatch']]);
		expect(issues[0]?.params).toEqual({ code, value: name, expected, era, ...(other ? { other_era: other } : {}) });
		const vi = formatIssue(issues[0]!, 'vi');
		expect(vi.message).toContain(era === '34' ? 'trong 34 tỉnh từ 1/7/2025' : 'trong 63 tỉnh trước 1/7/2025');
		if (other === '34') expect(vi.hint).toContain('commune:');
		if (other === '63') expect(vi.hint).toContain('province');
		if (!other) expect(vi.hint).toContain(`Sửa tên thành “${expected}”`);
	});

	it('refuses an old code that no new province kept, in a commune row', () => {
		expect(issuesOf('87', 'Đồng Tháp', 'commune:xã Tân Thới').map((i) => i.code)).toEqual(['unknown_province_2025']);
	});
});
