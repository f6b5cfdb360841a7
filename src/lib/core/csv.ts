/** CSV text → header + rows with their 1-based line numbers (PapaParse underneath, no worker). */
import Papa from 'papaparse';

export interface CsvRow {
	/** 1-based line of the row's first character in the file (header is line 1 for a plain file). */
	line: number;
	cells: string[];
}

export interface CsvTable {
	header: string[];
	rows: CsvRow[];
	/** Structural problems PapaParse reported (unclosed quote…), with the line they start on. */
	errors: { line: number; message: string }[];
	delimiter: string;
}

/**
 * Parse CSV text. A leading BOM is stripped (it would stick to the first header); blank lines are skipped
 * but counted, so every row keeps the line number a spreadsheet would show.
 */
export function parseCsv(text: string, opts: { delimiter?: string } = {}): CsvTable {
	const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const result = Papa.parse<string[]>(src, {
		delimiter: opts.delimiter ?? sniffDelimiter(src),
		skipEmptyLines: false
	});
	const lineOf = lineStarts(result.data);
	const table: CsvTable = { header: [], rows: [], errors: [], delimiter: result.meta.delimiter };
	result.data.forEach((cells, i) => {
		const line = lineOf[i] ?? i + 1;
		if (i === 0) {
			table.header = cells.map((c) => c.trim());
			return;
		}
		if (cells.length === 1 && cells[0]?.trim() === '') return;
		table.rows.push({ line, cells });
	});
	for (const e of result.errors) {
		const row = e.row ?? 0;
		table.errors.push({ line: lineOf[row] ?? row + 1, message: e.message });
	}
	return table;
}

/** A line break as editors count them: CRLF, LF, or CR alone (old Mac Excel), which PapaParse also splits on. */
const LINE_BREAK = /\r\n|\r|\n/g;

/** Line number (1-based) on which each parsed record starts; quoted cells may span lines. */
function lineStarts(records: string[][]): number[] {
	const out: number[] = [];
	let line = 1;
	for (const cells of records) {
		out.push(line);
		for (const c of cells) line += c.match(LINE_BREAK)?.length ?? 0;
		line++;
	}
	return out;
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The delimiter used in the header line: the one of `,` `;` tab that occurs most often outside quotes
 * (Excel writes `;` in comma-decimal locales and tabs for "Unicode Text"). Ties go to `,`.
 * PapaParse's own guess is unreliable on short files with blank lines.
 */
export function sniffDelimiter(text: string): string {
	const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
	let inQuotes = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i] as string;
		if (ch === '"') inQuotes = !inQuotes;
		else if (!inQuotes && (ch === '\n' || ch === '\r')) {
			if ([...counts.values()].some((n) => n > 0)) break;
		} else if (!inQuotes && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
	}
	let best: string = ',';
	for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
	return best;
}
