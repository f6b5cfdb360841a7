/** Spreadsheet cell addresses ("E12"), for workbooks and for CSV files opened in a spreadsheet alike. */

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
	let n = index + 1;
	let out = '';
	while (n > 0) {
		const r = (n - 1) % 26;
		out = LETTERS[r] + out;
		n = Math.floor((n - 1) / 26);
	}
	return out;
}

/** "E12": the address of a cell by 0-based column and 1-based row. */
export function cellRef(column: number, line: number): string {
	return `${columnName(column)}${line}`;
}
