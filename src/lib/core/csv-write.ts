/**
 * CSV for spreadsheet users, Vietnamese Excel first. Choices (README "Tables and downloads"):
 * - UTF-8 with a BOM (without it Excel reads the file in the PC's code page and breaks the diacritics),
 *   `\r\n` after every record, RFC 4180 quoting.
 * - Numbers are numbers: plain digits, no thousands separator, the decimal mark of the file's language
 *   (`,` vi, `.` en) — the mark Excel expects under that language's regional format. Whole numbers, which
 *   every sourced figure is, read the same under any regional format.
 * - Fields are separated as Excel expects under that regional format: Excel opens a CSV with the system's
 *   list separator, which is `;` where the decimal mark is `,` (vi-VN) and `,` where it is `.` (en). So a
 *   file with `,` decimals is `;`-separated, the way Vietnamese Excel itself saves CSV.
 * - Codes stay text: a CSV cannot declare a column type and Excel turns "01" into 1 even when quoted;
 *   `="01"` is a formula and a leading apostrophe stays visible in a CSV. A code cell is written as a tab
 *   followed by its digits, which Excel keeps as text ("01") and other readers trim; only digits are
 *   allowed after the tab, so it cannot carry a formula.
 * - Formula injection: a text cell that begins with = + - @, a tab or a carriage return gets a leading
 *   apostrophe, so a spreadsheet shows it as text and never evaluates it (OWASP, CWE-1236).
 */

export type CsvCell =
	/** Text, neutralised against formula injection. */
	| string
	/** A number, written without grouping. */
	| number
	/** An empty cell (no data is never written as 0). */
	| null
	/** A code of digits kept as text ("01"). */
	| { code: string };

export type DecimalMark = '.' | ',';

const BOM = '\uFEFF';
const EOL = '\r\n';
const SIGNIFICANT = 6;

/** Characters a spreadsheet may treat as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell as a spreadsheet should show it: formula starts prefixed with an apostrophe. */
export function neutralise(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

/** 44000 → "44000"; 1234.5678 → "1234.57" (six significant digits); `,` decimal in vi. */
export function csvNumber(value: number, decimal: DecimalMark): string {
	if (!Number.isFinite(value)) return '';
	let text: string;
	if (Number.isInteger(value)) text = String(value);
	else {
		const magnitude = Math.floor(Math.log10(Math.abs(value)));
		const digits = Math.min(12, Math.max(0, SIGNIFICANT - 1 - magnitude));
		text = value.toFixed(digits).replace(/\.?0+$/, '');
	}
	return decimal === ',' ? text.replace('.', ',') : text;
}

function quote(field: string, delimiter: string): string {
	const special = field.includes(delimiter) || /["\r\n]|^\s|\s$/.test(field);
	return special ? `"${field.replace(/"/g, '""')}"` : field;
}

/** `;` between fields when `,` is the decimal mark (see above), else `,`. */
export function csvDelimiter(decimal: DecimalMark): string {
	return decimal === ',' ? ';' : ',';
}

function cellText(cell: CsvCell, decimal: DecimalMark): string {
	if (cell === null) return '';
	if (typeof cell === 'number') return csvNumber(cell, decimal);
	if (typeof cell === 'string') return neutralise(cell);
	// Only digits may follow the tab: anything else is ordinary (neutralised) text.
	return /^\d+$/.test(cell.code) ? `\t${cell.code}` : neutralise(cell.code);
}

/** The whole file: BOM, header, one record per row, `\r\n` after each. */
export function writeCsv(header: string[], rows: CsvCell[][], opts: { decimal: DecimalMark }): string {
	const delimiter = csvDelimiter(opts.decimal);
	const line = (cells: CsvCell[]) => cells.map((c) => quote(cellText(c, opts.decimal), delimiter)).join(delimiter);
	return BOM + [line(header), ...rows.map(line)].map((l) => l + EOL).join('');
}
