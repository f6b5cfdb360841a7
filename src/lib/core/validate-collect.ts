/**
 * How the data check reads a CSV file of the data directory and collects what is wrong: the issue codes, every
 * issue with file, line and column, and each file's rows with their structural problems (syntax, columns,
 * cell counts, NFC) already reported. ./validate.ts says the policy.
 */
import { parseCsv } from './csv';

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

export interface RawRow {
	line: number;
	/** Cell of a column; '' when the column is missing from the file or the row is short. */
	get(column: string): string;
	/** Whether the column exists in this file's header. */
	has(column: string): boolean;
}

export class Collector {
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

export function readCsvFile(file: string, text: string, columns: readonly string[], c: Collector): RawRow[] {
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
export function requireCells(file: string, row: RawRow, columns: readonly string[], c: Collector): boolean {
	let ok = true;
	for (const col of columns) {
		if (row.has(col) && row.get(col).trim() === '') {
			c.add(file, row.line, col, 'required');
			ok = false;
		}
	}
	return ok;
}
