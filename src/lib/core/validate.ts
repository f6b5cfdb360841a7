/**
 * The data check (DATA.md rule 8): read the raw texts of the data files into typed tables and list every
 * problem with file, 1-based line, column and a machine code; `formatIssue` turns an issue into a message
 * and a fix hint in Vietnamese or English. Pure: no file system, no DOM (scripts/data-check.ts does the I/O).
 *
 * Policy:
 * - Every problem is reported; nothing is dropped silently. A row with any issue is left out of `tables`
 *   (facts and the other tables alike) but its issues are always in `issues`.
 * - Cross-file checks (codes, source ids, indicator ids) look at every row that has the id, even a row
 *   that has problems of its own, so one bad row is reported once and does not cascade.
 * - A file with a missing column is still checked cell by cell for the columns it has.
 * - `tables` are only guaranteed consistent when `issues` is empty (that is what `data:check` enforces).
 */
import { parseCsv } from './csv';
import { eraAreas, eraSpellings, scopeEra, type Era, type EraProvince } from './era';
import { fold } from './text';
import {
	FAMILIES,
	MEASURES,
	QUALIFIERS,
	type DatasetTables,
	type Fact,
	type Family,
	type Indicator,
	type Lang,
	type Measure,
	type Province,
	type Qualifier,
	type Source
} from './types';

export type IssueCode =
	| 'empty_file'
	| 'csv_syntax'
	| 'missing_column'
	| 'extra_column'
	| 'duplicate_column'
	| 'cell_count'
	| 'not_nfc'
	| 'required'
	| 'bad_id'
	| 'duplicate_id'
	| 'bad_code_format'
	| 'unknown_province'
	| 'unknown_province_2025'
	| 'province_name_mismatch'
	| 'province_count'
	| 'inconsistent_2025'
	| 'bad_number'
	| 'bad_scope'
	| 'code_required'
	| 'code_not_allowed'
	| 'unknown_source'
	| 'unknown_indicator'
	| 'measure_mismatch'
	| 'bad_enum'
	| 'bad_year'
	| 'year_pair'
	| 'start_after_end'
	| 'bad_value'
	| 'duplicate_row'
	| 'quote_missing_value'
	| 'bad_date'
	| 'bad_url'
	| 'alias_conflict'
	| 'geo_syntax'
	| 'geo_missing_feature'
	| 'geo_duplicate_feature'
	| 'geo_unknown_code'
	| 'geo_mismatch';

export interface DataIssue {
	/** File name relative to the data directory, e.g. `facts.csv`, `geo/vn-provinces-63.geojson`. */
	file: string;
	/** 1-based line (header = 1). File-level problems use line 1. */
	line: number;
	/** Column (CSV) or property (GeoJSON) concerned; '' when the whole row or file is concerned. */
	column: string;
	code: IssueCode;
	params: Record<string, string>;
}

/** The raw texts of the data files (whole files; CSV may carry a BOM). */
export interface DataFiles {
	provinces: string;
	aliases: string;
	indicators: string;
	facts: string;
	sources: string;
	geo63?: string;
	geo34?: string;
}

export interface ReadResult {
	tables: DatasetTables;
	aliases: { alias: string; code: string }[];
	issues: DataIssue[];
}

/** File names as reported in issues (paths relative to the data directory). */
export const DATA_FILE_NAMES: Record<keyof DataFiles, string> = {
	provinces: 'provinces.csv',
	aliases: 'province-aliases.csv',
	indicators: 'indicators.csv',
	facts: 'facts.csv',
	sources: 'sources.csv',
	geo63: 'geo/vn-provinces-63.geojson',
	geo34: 'geo/vn-provinces-34.geojson'
};

/** The exact column set of every CSV file (order as written; order itself is not checked). */
export const DATA_COLUMNS = {
	provinces: [
		'code',
		'name',
		'name_en',
		'slug',
		'region',
		'population',
		'population_year',
		'area_km2',
		'code_2025',
		'name_2025'
	],
	aliases: ['alias', 'code'],
	indicators: ['id', 'family', 'measure', 'label_vi', 'label_en', 'unit_vi', 'unit_en', 'definition_vi', 'definition_en'],
	facts: [
		'province_code',
		'province',
		'scope',
		'period_start',
		'period_end',
		'period_label',
		'measure',
		'indicator',
		'value',
		'qualifier',
		'note',
		'source_id',
		'quote'
	],
	sources: ['source_id', 'publisher', 'title', 'date', 'url']
} as const;

/** Number of pre-1/7/2025 provinces. */
export const PROVINCE_COUNT = 63;
/** The province cell of rows with no province code (national, regional and national-block figures). */
export const NATIONAL_NAME = 'Toàn quốc';

/**
 * Scope kinds and whether a row of that kind carries a province code (decided from the data: every
 * `province`, `district:` and `merged_province:` row has one, every `national` and `region:` row has none,
 * `block:` rows have one when the sector is provincial and none when it is national).
 */
const SCOPE_CODE_RULE: Record<string, 'required' | 'forbidden' | 'optional'> = {
	province: 'required',
	district: 'required',
	merged_province: 'required',
	commune: 'required',
	block: 'optional',
	region: 'forbidden',
	national: 'forbidden'
};

// ---------------------------------------------------------------------------------------------------------
// Numbers inside quotes

/** Scale words that may follow a printed number ("3 triệu", "741 nghìn", "613 ngàn"), as powers of ten. */
const SCALE_WORDS: [RegExp, number][] = [
	[/^[ \u00a0\u2009\u202f]*(?:nghìn|ngàn|thousand)(?![\p{L}])/iu, 3],
	[/^[ \u00a0\u2009\u202f]*(?:triệu|million)(?![\p{L}])/iu, 6],
	[/^[ \u00a0\u2009\u202f]*(?:tỷ|tỉ|billion)(?![\p{L}])/iu, 9]
];

/** A run of digits joined by `.`, `,` or a space-like character, not glued to a preceding letter ("TW8"). */
const NUMBER_RUN = /(?<![\p{L}\p{N}])\d+(?:[., \u00a0\u2009\u202f]\d+)*/gu;
const SPACE_CHARS = /[ \u00a0\u2009\u202f]/;

/** A decimal reading kept as digit strings so that scaling ("4,5 triệu") stays exact. */
interface DecimalReading {
	int: string;
	frac: string;
}

/** Readings of one token made of digits, `.` and `,` only, in Vietnamese and English conventions. */
function tokenReadings(t: string): DecimalReading[] {
	const out: DecimalReading[] = [];
	if (/^\d+$/.test(t)) out.push({ int: t, frac: '' });
	// Thousands groups: vi 44.000, en 44,000. Such a token is read ONLY this way: its decimal reading
	// (44.000 = 44 in English, 4,378 = 4.378 in Vietnamese) would let a value 1000× off pass the check.
	if (/^\d{1,3}(?:\.\d{3})+$/.test(t) || /^\d{1,3}(?:,\d{3})+$/.test(t)) {
		out.push({ int: t.replace(/[.,]/g, ''), frac: '' });
		return out;
	}
	// One decimal mark: vi 1,5, en 1.5.
	const dec = /^(\d+)[.,](\d+)$/.exec(t);
	if (dec) out.push({ int: dec[1] ?? '', frac: dec[2] ?? '' });
	// Groups and a decimal mark: vi 1.234,5, en 1,234.5.
	const viMixed = /^(\d{1,3}(?:\.\d{3})+),(\d+)$/.exec(t);
	if (viMixed) out.push({ int: (viMixed[1] ?? '').replace(/\./g, ''), frac: viMixed[2] ?? '' });
	const enMixed = /^(\d{1,3}(?:,\d{3})+)\.(\d+)$/.exec(t);
	if (enMixed) out.push({ int: (enMixed[1] ?? '').replace(/,/g, ''), frac: enMixed[2] ?? '' });
	return out;
}

function scaled(r: DecimalReading, pow: number): number {
	const frac = r.frac.padEnd(pow, '0');
	return Number(`${r.int}${frac.slice(0, pow)}.${frac.slice(pow) || '0'}`);
}

/**
 * Every value a text may print, in either convention: `44.000`, `44,000`, `44 000` and `44000` → 44000;
 * `1,5` and `1.5` → 1.5; `05` → 5. A number followed by a scale word is read only multiplied
 * ("3 triệu" → 3000000, not 3; "4,5 triệu" → 4500000; "1,2 nghìn" → 1200; "613 ngàn" → 613000).
 * A dot or comma followed by groups of exactly three digits is a thousands separator only ("4.378" → 4378,
 * never 4.378; "44.000" never 44); other single marks are decimals in either convention. Digits glued
 * after a letter ("TW8") are not numbers.
 *
 * Numbers written in words ("hai tập thể", "một triệu") are deliberately NOT read: a quote must print the
 * figure in digits (optionally with a scale word), otherwise the fact row is reported and has to be given
 * a quote that prints it. This is the only rule about words, so a value can never be "found" by accident
 * in ordinary prose (e.g. "năm" = five / year).
 */
export function numbersInText(text: string): number[] {
	const s = text.normalize('NFC');
	const out = new Set<number>();
	for (const m of s.matchAll(NUMBER_RUN)) {
		const run = m[0];
		const after = s.slice((m.index ?? 0) + run.length);
		let pow = 0;
		for (const [re, p] of SCALE_WORDS) if (re.test(after)) pow = p;
		const pieces = run.split(SPACE_CHARS);
		// Space as group separator ("44 000", "1 234 567") when the whole run has that shape: then it is one
		// number only (not 44 and 0). Otherwise each space-separated piece is a number of its own.
		const grouped = pieces.length > 1 && /^\d{1,3}$/.test(pieces[0] ?? '') && pieces.slice(1).every((p) => /^\d{3}$/.test(p));
		const tokens = grouped ? [pieces.join('')] : pieces;
		tokens.forEach((token, k) => {
			// "3 triệu" is 3000000 only: its bare 3 would let a value a million times too small pass.
			for (const r of tokenReadings(token)) out.add(scaled(r, k === tokens.length - 1 ? pow : 0));
		});
	}
	return [...out];
}

/** Whether `quote` prints `value` (see `numbersInText` for the accepted forms). */
export function quoteContainsValue(quote: string, value: number): boolean {
	return numbersInText(quote).some((n) => Math.abs(n - value) <= 1e-9 * Math.max(1, Math.abs(value)));
}

// ---------------------------------------------------------------------------------------------------------
// Reading

interface RawRow {
	line: number;
	/** Cell of a column; '' when the column is missing from the file or the row is short. */
	get(column: string): string;
	/** Whether the column exists in this file's header. */
	has(column: string): boolean;
}

class Collector {
	issues: DataIssue[] = [];
	private bad = new Set<string>();
	add(file: string, line: number, column: string, code: IssueCode, params: Record<string, string> = {}): void {
		this.issues.push({ file, line, column, code, params });
		this.bad.add(`${file}\u0000${line}`);
	}
	isBad(file: string, line: number): boolean {
		return this.bad.has(`${file}\u0000${line}`);
	}
}

function readCsvFile(file: string, text: string, columns: readonly string[], c: Collector): RawRow[] {
	if (text.trim() === '') {
		c.add(file, 1, '', 'empty_file');
		return [];
	}
	const table = parseCsv(text, { delimiter: ',' });
	for (const e of table.errors) c.add(file, e.line, '', 'csv_syntax', { message: e.message });
	const index = new Map<string, number>();
	table.header.forEach((h, i) => {
		if (h.normalize('NFC') !== h) c.add(file, 1, h, 'not_nfc', { value: h });
		if (index.has(h)) c.add(file, 1, h, 'duplicate_column');
		else index.set(h, i);
		if (!columns.includes(h)) c.add(file, 1, h, 'extra_column', { expected: columns.join(',') });
	});
	for (const col of columns) if (!index.has(col)) c.add(file, 1, col, 'missing_column', { expected: columns.join(',') });

	const rows: RawRow[] = [];
	for (const r of table.rows) {
		if (r.cells.length !== table.header.length)
			c.add(file, r.line, '', 'cell_count', { expected: String(table.header.length), found: String(r.cells.length) });
		r.cells.forEach((cell, i) => {
			if (cell.normalize('NFC') !== cell) c.add(file, r.line, table.header[i] ?? '', 'not_nfc', { value: cell });
		});
		rows.push({
			line: r.line,
			get: (col) => {
				const i = index.get(col);
				return i === undefined ? '' : (r.cells[i] ?? '');
			},
			has: (col) => index.has(col)
		});
	}
	return rows;
}

/** Report empty required cells of a row (only for columns the file has). Returns true when all present. */
function requireCells(file: string, row: RawRow, columns: readonly string[], c: Collector): boolean {
	let ok = true;
	for (const col of columns) {
		if (row.has(col) && row.get(col).trim() === '') {
			c.add(file, row.line, col, 'required');
			ok = false;
		}
	}
	return ok;
}

const CODE_RE = /^\d{2}$/;
const ID_RE = /^[a-z][a-z0-9_]*$/;
const YEAR_RE = /^\d{4}$/;
/** Canonical machine number: no sign, no group separators, `.` decimal, no leading/trailing zeros. */
const VALUE_RE = /^(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/;

function validDate(d: string): boolean {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(d);
	if (!m) return false;
	const month = m[2] === undefined ? 1 : Number(m[2]);
	if (month < 1 || month > 12) return false;
	if (m[3] === undefined) return true;
	const day = Number(m[3]);
	const days = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
	return day >= 1 && day <= days;
}

function validUrl(u: string): boolean {
	if (!/^https?:\/\/[^\s/]+/i.test(u) || /\s/.test(u)) return false;
	try {
		const url = new URL(u);
		return url.protocol === 'http:' || url.protocol === 'https:';
	} catch {
		return false;
	}
}

function checkProvinces(text: string, c: Collector): { rows: RawRow[]; provinces: Province[] } {
	const file = DATA_FILE_NAMES.provinces;
	const rows = readCsvFile(file, text, DATA_COLUMNS.provinces, c);
	const firstLine = new Map<string, number>();
	const name2025 = new Map<string, { name: string; line: number }>();
	const provinces: Province[] = [];
	for (const row of rows) {
		requireCells(file, row, DATA_COLUMNS.provinces, c);
		const code = row.get('code');
		if (code !== '' && !CODE_RE.test(code)) c.add(file, row.line, 'code', 'bad_code_format', { value: code });
		else if (code !== '') {
			const first = firstLine.get(code);
			if (first !== undefined) c.add(file, row.line, 'code', 'duplicate_id', { value: code, first: String(first) });
			else firstLine.set(code, row.line);
		}
		const c25 = row.get('code_2025');
		if (c25 !== '' && !CODE_RE.test(c25)) c.add(file, row.line, 'code_2025', 'bad_code_format', { value: c25 });
		else if (c25 !== '' && row.get('name_2025') !== '') {
			const seen = name2025.get(c25);
			if (!seen) name2025.set(c25, { name: row.get('name_2025'), line: row.line });
			else if (seen.name !== row.get('name_2025'))
				c.add(file, row.line, 'name_2025', 'inconsistent_2025', {
					code: c25,
					value: row.get('name_2025'),
					expected: seen.name,
					first: String(seen.line)
				});
		}
		const numbers = {
			population: /^[1-9]\d*$/,
			population_year: YEAR_RE,
			area_km2: /^(?:0|[1-9]\d*)(?:\.\d+)?$/
		} as const;
		for (const [col, re] of Object.entries(numbers)) {
			const v = row.get(col);
			if (row.has(col) && v !== '' && (!re.test(v) || !(Number(v) > 0)))
				c.add(file, row.line, col, 'bad_number', { value: v });
		}
		if (!c.isBad(file, row.line) && DATA_COLUMNS.provinces.every((col) => row.has(col)))
			provinces.push({
				code,
				name: row.get('name'),
				name_en: row.get('name_en'),
				slug: row.get('slug'),
				region: row.get('region'),
				population: Number(row.get('population')),
				population_year: Number(row.get('population_year')),
				area_km2: Number(row.get('area_km2')),
				code_2025: c25,
				name_2025: row.get('name_2025')
			});
	}
	if (rows.length > 0 && firstLine.size !== PROVINCE_COUNT)
		c.add(file, 1, 'code', 'province_count', { expected: String(PROVINCE_COUNT), found: String(firstLine.size) });
	return { rows, provinces };
}

function checkAliases(
	text: string,
	codes: Set<string>,
	provinceRows: RawRow[],
	c: Collector
): { rows: RawRow[]; aliases: { alias: string; code: string }[] } {
	const file = DATA_FILE_NAMES.aliases;
	const rows = readCsvFile(file, text, DATA_COLUMNS.aliases, c);
	// Official names count as aliases too: an alias must not fold to another province's name.
	const byFold = new Map<string, { code: string; line: number; file: string }>();
	for (const p of provinceRows) {
		const name = p.get('name');
		if (name !== '' && p.get('code') !== '' && !byFold.has(fold(name)))
			byFold.set(fold(name), { code: p.get('code'), line: p.line, file: DATA_FILE_NAMES.provinces });
	}
	const aliases: { alias: string; code: string }[] = [];
	for (const row of rows) {
		requireCells(file, row, DATA_COLUMNS.aliases, c);
		const alias = row.get('alias');
		const code = row.get('code');
		if (code !== '' && !codes.has(code)) c.add(file, row.line, 'code', 'unknown_province', { code });
		if (alias !== '' && code !== '') {
			const key = fold(alias);
			const seen = byFold.get(key);
			if (seen && seen.code !== code)
				c.add(file, row.line, 'alias', 'alias_conflict', {
					alias,
					code,
					other: seen.code,
					first: `${seen.file}:${seen.line}`
				});
			else if (!seen) byFold.set(key, { code, line: row.line, file });
		}
		if (!c.isBad(file, row.line)) aliases.push({ alias, code });
	}
	return { rows, aliases };
}

function checkIndicators(text: string, c: Collector): { rows: RawRow[]; indicators: Indicator[] } {
	const file = DATA_FILE_NAMES.indicators;
	const rows = readCsvFile(file, text, DATA_COLUMNS.indicators, c);
	const firstLine = new Map<string, number>();
	const indicators: Indicator[] = [];
	for (const row of rows) {
		requireCells(file, row, DATA_COLUMNS.indicators, c);
		const id = row.get('id');
		if (id !== '' && !ID_RE.test(id)) c.add(file, row.line, 'id', 'bad_id', { value: id });
		if (id !== '') {
			const first = firstLine.get(id);
			if (first !== undefined) c.add(file, row.line, 'id', 'duplicate_id', { value: id, first: String(first) });
			else firstLine.set(id, row.line);
		}
		const family = row.get('family');
		if (family !== '' && !(FAMILIES as readonly string[]).includes(family))
			c.add(file, row.line, 'family', 'bad_enum', { value: family, allowed: FAMILIES.join(', ') });
		const measure = row.get('measure');
		if (measure !== '' && !(MEASURES as readonly string[]).includes(measure))
			c.add(file, row.line, 'measure', 'bad_enum', { value: measure, allowed: MEASURES.join(', ') });
		if (!c.isBad(file, row.line) && DATA_COLUMNS.indicators.every((col) => row.has(col)))
			indicators.push({
				id,
				family: family as Family,
				measure: measure as Measure,
				label_vi: row.get('label_vi'),
				label_en: row.get('label_en'),
				unit_vi: row.get('unit_vi'),
				unit_en: row.get('unit_en'),
				definition_vi: row.get('definition_vi'),
				definition_en: row.get('definition_en')
			});
	}
	return { rows, indicators };
}

function checkSources(text: string, c: Collector): { rows: RawRow[]; sources: Source[] } {
	const file = DATA_FILE_NAMES.sources;
	const rows = readCsvFile(file, text, DATA_COLUMNS.sources, c);
	const firstLine = new Map<string, number>();
	const sources: Source[] = [];
	for (const row of rows) {
		requireCells(file, row, ['source_id', 'publisher', 'title'], c);
		const id = row.get('source_id');
		if (id !== '') {
			const first = firstLine.get(id);
			if (first !== undefined) c.add(file, row.line, 'source_id', 'duplicate_id', { value: id, first: String(first) });
			else firstLine.set(id, row.line);
		}
		const date = row.get('date');
		if (date !== '' && !validDate(date)) c.add(file, row.line, 'date', 'bad_date', { value: date });
		const url = row.get('url');
		if (url !== '' && !validUrl(url)) c.add(file, row.line, 'url', 'bad_url', { value: url });
		if (!c.isBad(file, row.line) && DATA_COLUMNS.sources.every((col) => row.has(col)))
			sources.push({ source_id: id, publisher: row.get('publisher'), title: row.get('title'), date, url });
	}
	return { rows, sources };
}

interface FactContext {
	/** Per era, province code → folded names it may be written as (official name and aliases; ./era.ts). */
	names: Record<Era, Map<string, Set<string>>>;
	/** Per era, the official name of each code, for messages. */
	official: Record<Era, Map<string, string>>;
	/** Any folded name or alias → old code (for hints). */
	codeByName: Map<string, string>;
	sourceIds: Set<string>;
	/** Indicator id → its catalogue measure when valid, '' otherwise. */
	indicatorMeasure: Map<string, string>;
	/** Whether the reference files could be read at all (no cascade when one is missing). */
	haveProvinces: boolean;
	haveSources: boolean;
	haveIndicators: boolean;
}

function buildFactContext(
	provinceRows: RawRow[],
	aliasRows: RawRow[],
	sourceRows: RawRow[],
	indicatorRows: RawRow[]
): FactContext {
	// Every row with a code counts, even one with problems of its own (no cascade of errors).
	const provinces: EraProvince[] = provinceRows
		.filter((p) => p.get('code') !== '')
		.map((p) => ({ code: p.get('code'), name: p.get('name'), name_en: p.get('name_en'), code_2025: p.get('code_2025'), name_2025: p.get('name_2025') }));
	const aliases = aliasRows.filter((a) => a.get('code') !== '' && a.get('alias') !== '').map((a) => ({ alias: a.get('alias'), code: a.get('code') }));
	const names = { '63': eraSpellings(provinces, aliases, '63'), '34': eraSpellings(provinces, aliases, '34') };
	const official = {
		'63': new Map(eraAreas(provinces, '63').map((a) => [a.code, a.name])),
		'34': new Map(eraAreas(provinces, '34').filter((a) => a.name !== '').map((a) => [a.code, a.name]))
	};
	const codeByName = new Map<string, string>();
	for (const p of provinces) if (!codeByName.has(fold(p.name))) codeByName.set(fold(p.name), p.code);
	for (const a of aliases) if (names['63'].has(a.code) && !codeByName.has(fold(a.alias))) codeByName.set(fold(a.alias), a.code);
	const indicatorMeasure = new Map<string, string>();
	for (const r of indicatorRows) {
		const id = r.get('id');
		if (id === '' || indicatorMeasure.has(id)) continue;
		const m = r.get('measure');
		indicatorMeasure.set(id, (MEASURES as readonly string[]).includes(m) ? m : '');
	}
	return {
		names,
		official,
		codeByName,
		sourceIds: new Set(sourceRows.map((r) => r.get('source_id')).filter((s) => s !== '')),
		indicatorMeasure,
		haveProvinces: provinceRows.length > 0 && provinceRows[0]?.has('code') === true,
		haveSources: sourceRows.length > 0 && sourceRows[0]?.has('source_id') === true,
		haveIndicators: indicatorRows.length > 0 && indicatorRows[0]?.has('id') === true
	};
}

function checkFacts(text: string, ctx: FactContext, c: Collector): Fact[] {
	const file = DATA_FILE_NAMES.facts;
	const rows = readCsvFile(file, text, DATA_COLUMNS.facts, c);
	const complete = DATA_COLUMNS.facts.every((col) => rows[0]?.has(col) ?? true);
	const seen = new Map<string, number>();
	const facts: Fact[] = [];
	for (const row of rows) {
		requireCells(
			file,
			row,
			['province', 'scope', 'period_label', 'measure', 'indicator', 'value', 'qualifier', 'source_id', 'quote'],
			c
		);
		const code = row.get('province_code');
		const province = row.get('province');
		const scope = row.get('scope');

		// Scope and the province code it allows.
		const sm = /^(province|national)$|^(district|block|region|merged_province|commune):(.*)$/s.exec(scope);
		const kind = sm ? (sm[1] ?? sm[2] ?? '') : '';
		const scopeName = sm?.[3];
		if (scope !== '' && (!sm || (scopeName !== undefined && (scopeName.trim() === '' || scopeName.trim() !== scopeName))))
			c.add(file, row.line, 'scope', 'bad_scope', { value: scope });
		const rule = SCOPE_CODE_RULE[kind];
		if (row.has('province_code')) {
			if (code === '' && rule === 'required') c.add(file, row.line, 'province_code', 'code_required', { scope: kind });
			else if (code !== '' && rule === 'forbidden')
				c.add(file, row.line, 'province_code', 'code_not_allowed', { scope: kind, code });
			else if (code !== '' && !CODE_RE.test(code)) c.add(file, row.line, 'province_code', 'bad_code_format', { value: code });
			else if (code !== '' && ctx.haveProvinces) {
				// The code is read in the row's era (./era.ts): 15 is Yên Bái in a `province` row, Lào Cai in a `commune:` one.
				const era = scopeEra(kind);
				const other: Era = era === '34' ? '63' : '34';
				const names = ctx.names[era].get(code);
				if (!names) {
					const suggestion = ctx.codeByName.get(fold(province));
					c.add(file, row.line, 'province_code', era === '34' ? 'unknown_province_2025' : 'unknown_province', {
						code,
						...(suggestion && era === '63' ? { suggestion, suggestion_name: ctx.official['63'].get(suggestion) ?? '' } : {})
					});
				} else if (province !== '' && !names.has(fold(province)))
					c.add(file, row.line, 'province', 'province_name_mismatch', {
						code,
						value: province,
						expected: ctx.official[era].get(code) ?? '',
						era,
						// The pair agrees in the other era: the row is probably read in the wrong one.
						...(ctx.names[other].get(code)?.has(fold(province)) ? { other_era: other } : {})
					});
			} else if (code === '' && province !== '' && rule !== undefined && fold(province) !== fold(NATIONAL_NAME))
				c.add(file, row.line, 'province', 'province_name_mismatch', { code: '', value: province, expected: NATIONAL_NAME });
		}

		// Period: both empty (no stated period) or two years with start ≤ end.
		const ps = row.get('period_start');
		const pe = row.get('period_end');
		let yearsOk = true;
		for (const [col, v] of [
			['period_start', ps],
			['period_end', pe]
		] as const)
			if (v !== '' && !YEAR_RE.test(v)) {
				c.add(file, row.line, col, 'bad_year', { value: v });
				yearsOk = false;
			}
		if (yearsOk && (ps === '') !== (pe === ''))
			c.add(file, row.line, ps === '' ? 'period_start' : 'period_end', 'year_pair', { start: ps, end: pe });
		else if (yearsOk && ps !== '' && Number(ps) > Number(pe))
			c.add(file, row.line, 'period_start', 'start_after_end', { start: ps, end: pe });

		// Enums.
		const measure = row.get('measure');
		const measureOk = (MEASURES as readonly string[]).includes(measure);
		if (measure !== '' && !measureOk)
			c.add(file, row.line, 'measure', 'bad_enum', { value: measure, allowed: MEASURES.join(', ') });
		const qualifier = row.get('qualifier');
		if (qualifier !== '' && !(QUALIFIERS as readonly string[]).includes(qualifier))
			c.add(file, row.line, 'qualifier', 'bad_enum', { value: qualifier, allowed: QUALIFIERS.join(', ') });

		// Indicator in the catalogue, with the same measure.
		const indicator = row.get('indicator');
		if (indicator !== '' && ctx.haveIndicators) {
			const m = ctx.indicatorMeasure.get(indicator);
			if (m === undefined) c.add(file, row.line, 'indicator', 'unknown_indicator', { value: indicator });
			else if (m !== '' && measureOk && m !== measure)
				c.add(file, row.line, 'measure', 'measure_mismatch', { indicator, value: measure, expected: m });
		}

		// Source.
		const sourceId = row.get('source_id');
		if (sourceId !== '' && ctx.haveSources && !ctx.sourceIds.has(sourceId))
			c.add(file, row.line, 'source_id', 'unknown_source', { value: sourceId });

		// Value, and the quote that prints it.
		const rawValue = row.get('value');
		const valueOk = VALUE_RE.test(rawValue);
		const value = Number(rawValue);
		if (rawValue !== '' && (!valueOk || !Number.isFinite(value))) c.add(file, row.line, 'value', 'bad_value', { value: rawValue });
		const quote = row.get('quote');
		if (valueOk && quote !== '' && !quoteContainsValue(quote, value))
			c.add(file, row.line, 'quote', 'quote_missing_value', { value: rawValue });

		// Duplicates: the same figure from the same sentence of the same source. Equal values from different
		// sentences of one article are distinct facts (e.g. 2 collectives commended by the People's Committee
		// and 2 by the Fatherland Front), so the quote is part of the key.
		if (valueOk) {
			const key = [code, scope, ps, pe, indicator, String(value), sourceId, quote].join('\u0000');
			const first = seen.get(key);
			if (first !== undefined) c.add(file, row.line, '', 'duplicate_row', { first: String(first) });
			else seen.set(key, row.line);
		}

		if (!c.isBad(file, row.line) && complete)
			facts.push({
				line: row.line,
				province_code: code,
				province,
				scope,
				period_start: ps === '' ? null : Number(ps),
				period_end: pe === '' ? null : Number(pe),
				period_label: row.get('period_label'),
				measure: measure as Measure,
				indicator,
				value,
				qualifier: qualifier as Qualifier,
				note: row.get('note'),
				source_id: sourceId,
				quote
			});
	}
	return facts;
}

// ---------------------------------------------------------------------------------------------------------
// GeoJSON

interface GeoFeature {
	line: number;
	props: Record<string, unknown>;
}

/** Parse a FeatureCollection; each feature gets the line it starts on (files are one feature per line). */
function readGeo(file: string, text: string, c: Collector): GeoFeature[] | null {
	if (text.trim() === '') {
		c.add(file, 1, '', 'empty_file');
		return null;
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (e) {
		c.add(file, 1, '', 'geo_syntax', { message: e instanceof Error ? e.message : String(e) });
		return null;
	}
	const features = (json as { type?: unknown; features?: unknown }).features;
	if ((json as { type?: unknown }).type !== 'FeatureCollection' || !Array.isArray(features)) {
		c.add(file, 1, '', 'geo_syntax', { message: 'not a FeatureCollection' });
		return null;
	}
	const starts: number[] = [];
	for (const m of text.matchAll(/\{\s*"type"\s*:\s*"Feature"\s*[,}]/g)) {
		let line = 1;
		const end = m.index ?? 0;
		for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
		starts.push(line);
	}
	const out: GeoFeature[] = [];
	features.forEach((f: unknown, i: number) => {
		const line = starts.length === features.length ? (starts[i] ?? 1) : 1;
		const props = (f as { properties?: unknown })?.properties;
		const p = props && typeof props === 'object' ? (props as Record<string, unknown>) : {};
		for (const [k, v] of Object.entries(p))
			if (typeof v === 'string' && v.normalize('NFC') !== v) c.add(file, line, k, 'not_nfc', { value: v });
		out.push({ line, props: p });
	});
	return out;
}

function checkGeo(files: DataFiles, provinces: RawRow[], c: Collector): void {
	const codes = new Map<string, RawRow>();
	for (const p of provinces) if (p.get('code') !== '' && !codes.has(p.get('code'))) codes.set(p.get('code'), p);
	if (files.geo63 !== undefined) {
		const file = DATA_FILE_NAMES.geo63;
		const features = readGeo(file, files.geo63, c);
		if (features) {
			const first = new Map<string, number>();
			for (const f of features) {
				const code = typeof f.props.code === 'string' ? f.props.code : '';
				const row = codes.get(code);
				if (!row) {
					c.add(file, f.line, 'code', 'geo_unknown_code', { value: code, against: DATA_FILE_NAMES.provinces });
					continue;
				}
				const prev = first.get(code);
				if (prev !== undefined) c.add(file, f.line, 'code', 'geo_duplicate_feature', { code, first: String(prev) });
				else first.set(code, f.line);
				for (const key of ['name', 'code_2025'] as const)
					if (f.props[key] !== undefined && String(f.props[key]).normalize('NFC') !== row.get(key).normalize('NFC'))
						c.add(file, f.line, key, 'geo_mismatch', { code, value: String(f.props[key]), expected: row.get(key) });
			}
			for (const code of codes.keys()) if (!first.has(code)) c.add(file, 1, 'code', 'geo_missing_feature', { code });
		}
	}
	if (files.geo34 !== undefined) {
		const file = DATA_FILE_NAMES.geo34;
		const features = readGeo(file, files.geo34, c);
		if (features) {
			const expected = new Map<string, string[]>();
			for (const [code, row] of codes) {
				const c25 = row.get('code_2025');
				if (c25 === '') continue;
				expected.set(c25, [...(expected.get(c25) ?? []), code]);
			}
			const first = new Map<string, number>();
			for (const f of features) {
				const code = typeof f.props.code === 'string' ? f.props.code : '';
				const parts = expected.get(code);
				if (!parts) {
					c.add(file, f.line, 'code', 'geo_unknown_code', { value: code, against: `${DATA_FILE_NAMES.provinces} code_2025` });
					continue;
				}
				const prev = first.get(code);
				if (prev !== undefined) c.add(file, f.line, 'code', 'geo_duplicate_feature', { code, first: String(prev) });
				else first.set(code, f.line);
				if (f.props.old_codes !== undefined) {
					const got = String(f.props.old_codes).split(',').map((s) => s.trim()).sort().join(',');
					const want = [...parts].sort().join(',');
					if (got !== want) c.add(file, f.line, 'old_codes', 'geo_mismatch', { code, value: got, expected: want });
				}
			}
			for (const code of expected.keys()) if (!first.has(code)) c.add(file, 1, 'code', 'geo_missing_feature', { code });
		}
	}
}

/**
 * Read and check all data files. Issues are ordered by file (provinces, aliases, indicators, sources, facts,
 * geo) and, within a file, by line.
 */
export function readTables(files: DataFiles): ReadResult {
	const c = new Collector();
	const { rows: provinceRows, provinces } = checkProvinces(files.provinces, c);
	const codes = new Set(provinceRows.map((r) => r.get('code')).filter((s) => s !== ''));
	const { rows: aliasRows, aliases } = checkAliases(files.aliases, codes, provinceRows, c);
	const { rows: indicatorRows, indicators } = checkIndicators(files.indicators, c);
	const { rows: sourceRows, sources } = checkSources(files.sources, c);
	const ctx = buildFactContext(provinceRows, aliasRows, sourceRows, indicatorRows);
	const facts = checkFacts(files.facts, ctx, c);
	checkGeo(files, provinceRows, c);
	const order = Object.values(DATA_FILE_NAMES);
	const issues = c.issues
		.map((issue, i) => ({ issue, i }))
		.sort(
			(a, b) =>
				order.indexOf(a.issue.file) - order.indexOf(b.issue.file) || a.issue.line - b.issue.line || a.i - b.i
		)
		.map(({ issue }) => issue);
	return { tables: { provinces, indicators, facts, sources }, aliases, issues };
}

// ---------------------------------------------------------------------------------------------------------
// Messages

type Text = { message: string; hint: string };
type Template = (p: Record<string, string>) => Text;

const CODE_EXAMPLE_VI = 'Dùng mã 2 chữ số của Tổng cục Thống kê, ví dụ 01 (Hà Nội), 87 (Đồng Tháp)';
const CODE_EXAMPLE_EN = 'Use the 2-digit statistics-office (GSO) code, e.g. 01 (Hà Nội), 87 (Đồng Tháp)';

const MESSAGES: Record<IssueCode, Record<Lang, Template>> = {
	empty_file: {
		vi: () => ({ message: 'Tệp trống hoặc không tìm thấy', hint: 'Đặt tệp vào thư mục dữ liệu, bắt đầu bằng dòng tiêu đề cột' }),
		en: () => ({ message: 'The file is empty or missing', hint: 'Put the file in the data directory, starting with the header line' })
	},
	csv_syntax: {
		vi: (p) => ({
			message: `Lỗi cú pháp CSV: ${p.message}`,
			hint: 'Ô có dấu phẩy, xuống dòng hoặc dấu " phải đặt trong ngoặc kép, và " bên trong viết thành ""'
		}),
		en: (p) => ({
			message: `CSV syntax error: ${p.message}`,
			hint: 'Cells with commas, line breaks or " must be quoted, with inner " doubled ("")'
		})
	},
	missing_column: {
		vi: (p) => ({ message: `Thiếu cột \`${p.column}\``, hint: `Dòng tiêu đề phải có đúng các cột: ${p.expected}` }),
		en: (p) => ({ message: `Column \`${p.column}\` is missing`, hint: `The header must have exactly these columns: ${p.expected}` })
	},
	extra_column: {
		vi: (p) => ({ message: `Cột thừa \`${p.column}\``, hint: `Xóa cột này hoặc sửa tên; các cột hợp lệ: ${p.expected}` }),
		en: (p) => ({ message: `Unexpected column \`${p.column}\``, hint: `Remove or rename it; valid columns: ${p.expected}` })
	},
	duplicate_column: {
		vi: (p) => ({ message: `Cột \`${p.column}\` xuất hiện hai lần`, hint: 'Giữ lại một cột, xóa cột trùng' }),
		en: (p) => ({ message: `Column \`${p.column}\` appears twice`, hint: 'Keep one of them and delete the other' })
	},
	cell_count: {
		vi: (p) => ({
			message: `Dòng có ${p.found} ô, tiêu đề có ${p.expected} cột`,
			hint: 'Kiểm tra dấu phẩy trong ô chưa được đặt trong ngoặc kép, hoặc ô bị thiếu'
		}),
		en: (p) => ({
			message: `The row has ${p.found} cells, the header ${p.expected} columns`,
			hint: 'Look for an unquoted comma inside a cell, or a missing cell'
		})
	},
	not_nfc: {
		vi: (p) => ({
			message: `Văn bản ở cột \`${p.column}\` không ở dạng Unicode dựng sẵn (NFC): “${p.value}”`,
			hint: 'Chuyển sang Unicode dựng sẵn (NFC), ví dụ lưu lại bằng trình soạn thảo hỗ trợ NFC hoặc gõ lại bằng bộ gõ Unicode dựng sẵn'
		}),
		en: (p) => ({
			message: `Text in column \`${p.column}\` is not in Unicode NFC form: “${p.value}”`,
			hint: 'Convert to precomposed Unicode (NFC), e.g. `text.normalize("NFC")` or re-type it with a precomposed-Unicode keyboard'
		})
	},
	required: {
		vi: (p) => ({ message: `Ô \`${p.column}\` đang trống`, hint: 'Điền giá trị; cột này bắt buộc' }),
		en: (p) => ({ message: `Cell \`${p.column}\` is empty`, hint: 'Fill it in; this column is required' })
	},
	bad_id: {
		vi: (p) => ({
			message: `Mã chỉ tiêu \`${p.value}\` không hợp lệ`,
			hint: 'Chỉ dùng chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ, ví dụ models_total'
		}),
		en: (p) => ({
			message: `Indicator id \`${p.value}\` is not valid`,
			hint: 'Use lower-case ASCII letters, digits and underscores, starting with a letter, e.g. models_total'
		})
	},
	duplicate_id: {
		vi: (p) => ({ message: `Mã \`${p.value}\` bị trùng với dòng ${p.first}`, hint: 'Mỗi mã chỉ xuất hiện một lần; xóa dòng trùng hoặc đổi mã' }),
		en: (p) => ({ message: `Id \`${p.value}\` duplicates line ${p.first}`, hint: 'Each id must appear once; delete the duplicate or change the id' })
	},
	bad_code_format: {
		vi: (p) => ({ message: `Mã tỉnh \`${p.value}\` không đúng dạng 2 chữ số`, hint: `${CODE_EXAMPLE_VI}; giữ số 0 ở đầu (định dạng ô là Văn bản)` }),
		en: (p) => ({ message: `Province code \`${p.value}\` is not 2 digits`, hint: `${CODE_EXAMPLE_EN}; keep the leading zero (format the cell as Text)` })
	},
	unknown_province: {
		vi: (p) => ({
			message: `Mã tỉnh \`${p.code}\` không có trong provinces.csv`,
			hint: p.suggestion ? `Tên tỉnh ở dòng này ứng với mã ${p.suggestion} (${p.suggestion_name})` : CODE_EXAMPLE_VI
		}),
		en: (p) => ({
			message: `Province code \`${p.code}\` is not in provinces.csv`,
			hint: p.suggestion ? `The province name on this row has code ${p.suggestion} (${p.suggestion_name})` : CODE_EXAMPLE_EN
		})
	},
	unknown_province_2025: {
		vi: (p) => ({
			message: `Mã \`${p.code}\` không phải mã tỉnh mới (sau 1/7/2025) nào trong cột code_2025 của provinces.csv`,
			hint: 'Với phạm vi merged_province:<tên> hoặc commune:<tên>, dùng mã của tỉnh mới, ví dụ 82 (Đồng Tháp mới), 91 (An Giang mới)'
		}),
		en: (p) => ({
			message: `\`${p.code}\` is not a post-1/7/2025 province code (code_2025 column of provinces.csv)`,
			hint: 'For scope merged_province:<name> or commune:<name> use the new province code, e.g. 82 (new Đồng Tháp), 91 (new An Giang)'
		})
	},
	province_name_mismatch: {
		vi: (p) =>
			p.code === ''
				? {
						message: `Dòng không có mã tỉnh nhưng tên là “${p.value}”`,
						hint: `Ghi “${p.expected}” cho số liệu toàn quốc/vùng, hoặc điền mã tỉnh nếu số liệu thuộc một tỉnh`
					}
				: {
						message: `Tên “${p.value}” không khớp với mã tỉnh \`${p.code}\` (${p.expected}) ${ERA_VI[p.era ?? '63']}`,
						hint:
							p.other_era === '34'
								? `Trong 34 tỉnh từ 1/7/2025, mã ${p.code} là ${p.value}: số liệu sau sáp nhập ghi phạm vi merged_province:<tên tỉnh mới> (cả tỉnh) hoặc commune:<tên xã, phường>`
								: p.other_era === '63'
									? `Trong 63 tỉnh trước 1/7/2025, mã ${p.code} là ${p.value}: số liệu của tỉnh cũ ghi phạm vi province hoặc district:<tên>`
									: `Sửa tên thành “${p.expected}” (hoặc một tên gọi khác trong province-aliases.csv), hoặc sửa mã tỉnh`
					},
		en: (p) =>
			p.code === ''
				? {
						message: `The row has no province code but its name is “${p.value}”`,
						hint: `Write “${p.expected}” for national/regional figures, or fill in the province code`
					}
				: {
						message: `Name “${p.value}” does not match province code \`${p.code}\` (${p.expected}) ${ERA_EN[p.era ?? '63']}`,
						hint:
							p.other_era === '34'
								? `Among the 34 provinces from 1 July 2025, code ${p.code} is ${p.value}: a figure after the merger takes scope merged_province:<new province> (whole province) or commune:<commune or ward>`
								: p.other_era === '63'
									? `Among the 63 provinces before 1 July 2025, code ${p.code} is ${p.value}: an old province's figure takes scope province or district:<name>`
									: `Write “${p.expected}” (or a spelling listed in province-aliases.csv), or fix the code`
					}
	},
	province_count: {
		vi: (p) => ({ message: `Có ${p.found} mã tỉnh khác nhau, cần đúng ${p.expected}`, hint: 'provinces.csv liệt kê đủ 63 tỉnh, thành phố trước 1/7/2025, mỗi tỉnh một dòng' }),
		en: (p) => ({ message: `${p.found} distinct province codes, exactly ${p.expected} needed`, hint: 'provinces.csv lists the 63 pre-1/7/2025 provinces, one row each' })
	},
	inconsistent_2025: {
		vi: (p) => ({
			message: `Tỉnh mới \`${p.code}\` có tên “${p.value}”, khác với “${p.expected}” ở dòng ${p.first}`,
			hint: 'Mọi tỉnh cũ gộp vào cùng một tỉnh mới phải ghi cùng code_2025 và name_2025'
		}),
		en: (p) => ({
			message: `New province \`${p.code}\` is named “${p.value}”, but “${p.expected}” on line ${p.first}`,
			hint: 'All old provinces merged into one new province must share code_2025 and name_2025'
		})
	},
	bad_number: {
		vi: (p) => ({ message: `Số “${p.value}” ở cột \`${p.column}\` không hợp lệ`, hint: 'Ghi số dương dạng máy đọc: không dấu phân cách hàng nghìn, dấu chấm cho phần thập phân (ví dụ 8053663, 3358.9)' }),
		en: (p) => ({ message: `“${p.value}” in column \`${p.column}\` is not a valid number`, hint: 'Write a positive machine number: no thousands separators, `.` as the decimal mark (e.g. 8053663, 3358.9)' })
	},
	bad_scope: {
		vi: (p) => ({
			message: `Phạm vi “${p.value}” không hợp lệ`,
			hint: 'Dùng province, national, district:<tên>, block:<tên>, region:<tên>, merged_province:<tên> hoặc commune:<tên> (tên không để trống)'
		}),
		en: (p) => ({
			message: `Scope “${p.value}” is not valid`,
			hint: 'Use province, national, district:<name>, block:<name>, region:<name>, merged_province:<name> or commune:<name> (non-empty name)'
		})
	},
	code_required: {
		vi: (p) => ({ message: `Phạm vi \`${p.scope}\` cần mã tỉnh`, hint: `${CODE_EXAMPLE_VI}; với merged_province và commune dùng mã tỉnh mới (code_2025)` }),
		en: (p) => ({ message: `Scope \`${p.scope}\` needs a province code`, hint: `${CODE_EXAMPLE_EN}; for merged_province and commune use the new code (code_2025)` })
	},
	code_not_allowed: {
		vi: (p) => ({
			message: `Phạm vi \`${p.scope}\` không được có mã tỉnh (đang là \`${p.code}\`)`,
			hint: 'Để trống mã tỉnh cho số liệu toàn quốc hoặc vùng; nếu số liệu thuộc một tỉnh, dùng phạm vi province, district:<tên> hoặc block:<tên>'
		}),
		en: (p) => ({
			message: `Scope \`${p.scope}\` must not have a province code (found \`${p.code}\`)`,
			hint: 'Leave the code empty for national or regional figures; if the figure is for one province use scope province, district:<name> or block:<name>'
		})
	},
	unknown_source: {
		vi: (p) => ({ message: `Mã nguồn \`${p.value}\` không có trong sources.csv`, hint: 'Thêm nguồn vào sources.csv (source_id, publisher, title, date, url) hoặc sửa mã nguồn' }),
		en: (p) => ({ message: `Source id \`${p.value}\` is not in sources.csv`, hint: 'Add the source to sources.csv (source_id, publisher, title, date, url) or fix the id' })
	},
	unknown_indicator: {
		vi: (p) => ({ message: `Chỉ tiêu \`${p.value}\` không có trong indicators.csv`, hint: 'Dùng một mã có trong indicators.csv hoặc thêm chỉ tiêu mới vào đó (kèm nhóm, loại đo, nhãn, đơn vị, định nghĩa)' }),
		en: (p) => ({ message: `Indicator \`${p.value}\` is not in indicators.csv`, hint: 'Use an id from indicators.csv or add the indicator there (family, measure, labels, units, definitions)' })
	},
	measure_mismatch: {
		vi: (p) => ({
			message: `Loại đo \`${p.value}\` khác với chỉ tiêu \`${p.indicator}\` (\`${p.expected}\`)`,
			hint: 'flow = đếm trong kỳ (xây mới, nhân rộng, tin báo, khen thưởng); stock = số hiện có tại cuối kỳ. Sửa loại đo, hoặc dùng chỉ tiêu khác có đúng loại đo'
		}),
		en: (p) => ({
			message: `Measure \`${p.value}\` differs from indicator \`${p.indicator}\` (\`${p.expected}\`)`,
			hint: 'flow = counted over the period (built, replicated, tips, awards); stock = standing count at the period end. Fix the measure or use an indicator with that measure'
		})
	},
	bad_enum: {
		vi: (p) => ({ message: `Giá trị “${p.value}” ở cột \`${p.column}\` không hợp lệ`, hint: `Chỉ dùng một trong: ${p.allowed}` }),
		en: (p) => ({ message: `“${p.value}” is not allowed in column \`${p.column}\``, hint: `Use one of: ${p.allowed}` })
	},
	bad_year: {
		vi: (p) => ({ message: `Năm “${p.value}” ở cột \`${p.column}\` không hợp lệ`, hint: 'Ghi năm 4 chữ số, ví dụ 2013; để trống cả hai cột năm nếu bài báo không nêu giai đoạn' }),
		en: (p) => ({ message: `Year “${p.value}” in column \`${p.column}\` is not valid`, hint: 'Write a 4-digit year, e.g. 2013; leave both year columns empty when the article states no period' })
	},
	year_pair: {
		vi: () => ({ message: 'Chỉ có một trong hai năm period_start, period_end', hint: 'Điền cả hai (bằng nhau nếu chỉ một năm), hoặc để trống cả hai nếu bài báo không nêu giai đoạn' }),
		en: () => ({ message: 'Only one of period_start, period_end is set', hint: 'Fill in both (equal for a single year), or leave both empty when the article states no period' })
	},
	start_after_end: {
		vi: (p) => ({ message: `Năm bắt đầu ${p.start} sau năm kết thúc ${p.end}`, hint: 'Đổi chỗ hai năm hoặc sửa năm bị gõ nhầm' }),
		en: (p) => ({ message: `Start year ${p.start} is after end year ${p.end}`, hint: 'Swap the years or fix the mistyped one' })
	},
	bad_value: {
		vi: (p) => ({
			message: `Giá trị “${p.value}” không phải số không âm hợp lệ`,
			hint: 'Ghi số dạng máy đọc, không dấu phân cách hàng nghìn: 44.000 → 44000; thập phân dùng dấu chấm: 1,5 → 1.5; chữ “trên/gần” đưa vào cột qualifier'
		}),
		en: (p) => ({
			message: `Value “${p.value}” is not a valid non-negative number`,
			hint: 'Write a machine number without thousands separators: 44.000 → 44000; `.` for decimals: 1,5 → 1.5; words like “over/about” go in the qualifier column'
		})
	},
	duplicate_row: {
		vi: (p) => ({
			message: `Dòng trùng với dòng ${p.first} (cùng mã tỉnh, phạm vi, giai đoạn, chỉ tiêu, giá trị, nguồn và câu trích dẫn)`,
			hint: 'Xóa dòng trùng; nếu là hai số liệu khác nhau thì phân biệt bằng chỉ tiêu, phạm vi hoặc giai đoạn'
		}),
		en: (p) => ({
			message: `Duplicate of line ${p.first} (same province code, scope, period, indicator, value, source and quote)`,
			hint: 'Delete the duplicate; if they are two different figures, tell them apart by indicator, scope or period'
		})
	},
	quote_missing_value: {
		vi: (p) => ({
			message: `Trích dẫn không chứa giá trị ${p.value}`,
			hint: 'Trích đúng câu có con số như bài báo in (44.000, 44000, 44,000, 44 000 hoặc “3 triệu”), hoặc sửa giá trị cho khớp với trích dẫn'
		}),
		en: (p) => ({
			message: `The quote does not contain the value ${p.value}`,
			hint: 'Quote the sentence that prints the figure (44.000, 44000, 44,000, 44 000 or “3 triệu”), or fix the value to match the quote'
		})
	},
	bad_date: {
		vi: (p) => ({ message: `Ngày “${p.value}” không đúng dạng`, hint: 'Ghi YYYY, YYYY-MM hoặc YYYY-MM-DD (ví dụ 2023-05 hoặc 2020-11-20), hoặc để trống' }),
		en: (p) => ({ message: `Date “${p.value}” is not valid`, hint: 'Write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2023-05 or 2020-11-20), or leave it empty' })
	},
	bad_url: {
		vi: (p) => ({ message: `Địa chỉ “${p.value}” không phải URL http(s) hợp lệ`, hint: 'Dán đầy đủ địa chỉ bắt đầu bằng http:// hoặc https://, không có khoảng trắng; để trống nếu không có' }),
		en: (p) => ({ message: `“${p.value}” is not a valid http(s) URL`, hint: 'Paste the full address starting with http:// or https://, without spaces; leave empty if there is none' })
	},
	alias_conflict: {
		vi: (p) => ({
			message: `Tên gọi “${p.alias}” (mã ${p.code}) trùng với tên của mã ${p.other} (${p.first}) khi bỏ dấu và viết thường`,
			hint: 'Mỗi tên gọi chỉ trỏ tới một tỉnh; xóa dòng này hoặc sửa mã'
		}),
		en: (p) => ({
			message: `Alias “${p.alias}” (code ${p.code}) folds to the same text as a name of code ${p.other} (${p.first})`,
			hint: 'Each alias must point to one province; delete the row or fix the code'
		})
	},
	geo_syntax: {
		vi: (p) => ({ message: `GeoJSON không đọc được: ${p.message}`, hint: 'Tệp phải là một FeatureCollection JSON hợp lệ' }),
		en: (p) => ({ message: `Unreadable GeoJSON: ${p.message}`, hint: 'The file must be a valid JSON FeatureCollection' })
	},
	geo_missing_feature: {
		vi: (p) => ({ message: `Không có vùng nào mang mã \`${p.code}\``, hint: 'Mỗi mã tỉnh cần đúng một feature với thuộc tính code tương ứng' }),
		en: (p) => ({ message: `No feature has code \`${p.code}\``, hint: 'Every province code needs exactly one feature with that `code` property' })
	},
	geo_duplicate_feature: {
		vi: (p) => ({ message: `Mã \`${p.code}\` đã có feature ở dòng ${p.first}`, hint: 'Gộp các phần thành một MultiPolygon trong một feature' }),
		en: (p) => ({ message: `Code \`${p.code}\` already has a feature on line ${p.first}`, hint: 'Merge the parts into one MultiPolygon feature' })
	},
	geo_unknown_code: {
		vi: (p) => ({ message: `Feature có mã \`${p.value}\` không có trong ${p.against}`, hint: 'Sửa thuộc tính code của feature cho khớp với provinces.csv' }),
		en: (p) => ({ message: `Feature code \`${p.value}\` is not in ${p.against}`, hint: 'Fix the feature’s `code` property to match provinces.csv' })
	},
	geo_mismatch: {
		vi: (p) => ({ message: `Thuộc tính \`${p.column}\` của mã ${p.code} là “${p.value}”, provinces.csv ghi “${p.expected}”`, hint: 'Sửa cho hai tệp khớp nhau' }),
		en: (p) => ({ message: `Property \`${p.column}\` of code ${p.code} is “${p.value}”, provinces.csv has “${p.expected}”`, hint: 'Make the two files agree' })
	}
};

/** Which era a code was read in, for messages. */
const ERA_VI: Record<string, string> = { '63': 'trong 63 tỉnh trước 1/7/2025', '34': 'trong 34 tỉnh từ 1/7/2025' };
const ERA_EN: Record<string, string> = { '63': 'among the 63 provinces before 1 July 2025', '34': 'among the 34 provinces from 1 July 2025' };

/** A message saying what is wrong and a hint saying how to fix it, in Vietnamese or English. */
export function formatIssue(issue: DataIssue, lang: Lang): { message: string; hint: string } {
	return MESSAGES[issue.code][lang]({ column: issue.column, ...issue.params });
}
