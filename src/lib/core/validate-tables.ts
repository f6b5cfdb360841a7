/**
 * The data check of the reference files: provinces (codes, the 2025 grouping, numbers), spellings (no alias of
 * two provinces), the indicator catalogue and the sources (dates, links). Each returns its rows, for the
 * checks across files, and the typed table of the rows without problems.
 */
import { DATA_COLUMNS, DATA_FILE_NAMES, PROVINCE_COUNT } from './data-contract';
import { isMeasure } from './fact-rules';
import { fold } from './text';
import { FAMILIES, MEASURES, type Family, type Indicator, type Measure, type Province, type Source } from './types';
import { readCsvFile, requireCells, type Collector, type RawRow } from './validate-collect';

/** A province code: two digits, as the statistics office writes it ("01"). */
export const CODE_RE = /^\d{2}$/;
const ID_RE = /^[a-z][a-z0-9_]*$/;
const YEAR_RE = /^\d{4}$/;

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

export function checkProvinces(text: string, c: Collector): { rows: RawRow[]; provinces: Province[] } {
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
			if (row.has(col) && v !== '' && (!re.test(v) || !(Number(v) > 0))) c.add(file, row.line, col, 'bad_number', { value: v });
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

export function checkAliases(
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

export function checkIndicators(text: string, c: Collector): { rows: RawRow[]; indicators: Indicator[] } {
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
		if (measure !== '' && !isMeasure(measure))
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

export function checkSources(text: string, c: Collector): { rows: RawRow[]; sources: Source[] } {
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
