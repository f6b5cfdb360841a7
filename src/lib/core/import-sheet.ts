/**
 * Which sheet of a workbook holds the data and where its header is — the workbook half of reading an import
 * (./workbook.ts reads the cells). Offices' files put an instructions sheet first, title and blank rows above
 * the header, merge header cells and the cells of a province's name over its periods. So:
 * - every sheet is scanned; the first visible sheet whose header the importer recognises is used (then a hidden
 *   one), unless the user chose another; the template's meta sheet is read, never offered;
 * - the header is the row of the first rows that the importer recognises best (title rows above are skipped);
 *   cells under a merged header cell take its text;
 * - in the rows below, a merged cell's text fills the label columns it covers (a province name merged over
 *   two periods names both rows); a figure in a merged cell is marked, never copied to the other rows or columns.
 */
import type { CsvTable } from './csv';
import { META_SHEET, parseMeta, type TemplateMeta } from './template-meta';
import { cellRef } from './cell-ref';
import type { GridRow, SheetGrid, TypedCell, Workbook } from './workbook';

/** What a cell of a read sheet holds besides its text: a typed value, or a figure in a merged range ("D5:D6"). */
export type CellMark = TypedCell | { kind: 'merged'; range: string };

export interface SheetRow {
	line: number;
	cells: string[];
	marks?: (CellMark | undefined)[];
}

/** A sheet as offered to the user. */
export interface SheetInfo {
	name: string;
	hidden: boolean;
	/** Rows with content. */
	rows: number;
	/** The importer recognised a header on it. */
	recognised: boolean;
}

export interface SheetTable extends CsvTable {
	rows: SheetRow[];
	/** The sheet read. */
	sheet: string;
	/** Every sheet but the meta sheet, in workbook order. */
	sheets: SheetInfo[];
	/** The template's own record, when the workbook is a template. */
	meta: TemplateMeta | null;
	/** Row number of the header in the sheet. */
	headerLine: number;
}

/** The importer's reading of a candidate header row. */
export interface HeaderReading {
	/** How many of its cells the importer recognises. */
	score: number;
	/** The row reads as a form the importer knows (wide or long). */
	form: boolean;
	/** Columns whose cells are labels (province, period, source, note), not figures. */
	labels: Set<number>;
}

export type HeaderRules = (cells: string[]) => HeaderReading;

/** Rows looked at for the header: title blocks rarely run longer. */
const HEADER_SCAN = 30;

interface Candidate {
	index: number;
	cells: string[];
	reading: HeaderReading;
}

/** The text of each cell of row `r` with merged ranges covering it filled from their top-left cell. */
function filledRow(grid: SheetGrid, byLine: Map<number, GridRow>, r: number): string[] {
	const cells = [...(byLine.get(r + 1)?.cells ?? [])];
	for (const m of grid.merges) {
		if (r < m.r0 || r > m.r1) continue;
		const text = byLine.get(m.r0 + 1)?.cells[m.c0] ?? '';
		for (let c = m.c0; c <= m.c1; c++) cells[c] = text;
	}
	return cells.map((c) => (c ?? '').trim());
}

function bestHeader(grid: SheetGrid, byLine: Map<number, GridRow>, rules: HeaderRules): Candidate | null {
	let best: Candidate | null = null;
	for (const row of grid.rows.slice(0, HEADER_SCAN)) {
		const cells = filledRow(grid, byLine, row.line - 1);
		const reading = rules(cells);
		// The later of two equal rows: a group header above the one that names the columns loses to it.
		if (!best || reading.score > best.reading.score || (reading.score === best.reading.score && reading.form && !best.reading.form))
			best = { index: row.line - 1, cells, reading };
	}
	return best;
}

/**
 * The rows under the header. They are the sheet's own rows (a large sheet is not held twice); a row that a
 * merged range touches is copied before it is changed.
 */
function dataRows(grid: SheetGrid, byLine: Map<number, GridRow>, header: Candidate): SheetRow[] {
	const rows = new Map<number, SheetRow>();
	for (const r of grid.rows) if (r.line - 1 > header.index) rows.set(r.line, r);
	const copied = new Set<number>();
	const own = (line: number): SheetRow => {
		const row = rows.get(line);
		if (row && copied.has(line)) return row;
		const copy: SheetRow = { line, cells: [...(row?.cells ?? [])], ...(row?.marks ? { marks: [...row.marks] } : {}) };
		rows.set(line, copy);
		copied.add(line);
		return copy;
	};
	for (const m of grid.merges) {
		if (m.r1 <= header.index) continue;
		const text = byLine.get(m.r0 + 1)?.cells[m.c0] ?? '';
		for (let line = Math.max(m.r0, header.index + 1) + 1; line <= m.r1 + 1; line++)
			for (let c = m.c0; c <= m.c1; c++) if (header.reading.labels.has(c) && !(line === m.r0 + 1 && c === m.c0)) own(line).cells[c] = text;
		// A figure typed once over several cells: which row or column it belongs to is not known.
		const spans = m.r1 > m.r0 || m.c1 > m.c0;
		const anchor = rows.get(m.r0 + 1);
		if (spans && anchor && !header.reading.labels.has(m.c0) && (anchor.cells[m.c0] ?? '').trim() !== '')
			(own(m.r0 + 1).marks ??= [])[m.c0] = { kind: 'merged', range: `${cellRef(m.c0, m.r0 + 1)}:${cellRef(m.c1, m.r1 + 1)}` };
	}
	const out = [...rows.values()].sort((a, b) => a.line - b.line);
	// Merged cells may fill gaps in a copied row: every cell is text, never a hole.
	for (const line of copied) {
		const row = rows.get(line);
		if (row) row.cells = Array.from(row.cells, (c) => c ?? '');
	}
	return out;
}

/**
 * The data table of a workbook: the chosen sheet (by name) or the one the importer recognises, from the row
 * after its header. The table has no CSV syntax errors and no delimiter.
 */
export function sheetTable(book: Workbook, rules: HeaderRules, chosen?: string): SheetTable {
	const metaGrid = book.sheets.find((s) => s.name === META_SHEET);
	const meta = metaGrid ? parseMeta(metaGrid.rows.map((r) => r.cells)) : null;
	const grids = book.sheets.filter((s) => s !== metaGrid);
	const scanned = grids.map((grid) => {
		const byLine = new Map(grid.rows.map((r) => [r.line, r]));
		return { grid, byLine, header: bestHeader(grid, byLine, rules) };
	});
	const sheets: SheetInfo[] = scanned.map(({ grid, header }) => ({
		name: grid.name,
		hidden: grid.hidden,
		rows: grid.rows.length,
		recognised: header?.reading.form ?? false
	}));
	const pick =
		scanned.find((s) => s.grid.name === chosen) ??
		scanned.find((s) => !s.grid.hidden && s.header?.reading.form) ??
		scanned.find((s) => s.header?.reading.form) ??
		scanned.find((s) => !s.grid.hidden && s.grid.rows.length > 0) ??
		scanned[0];
	const base = { errors: [], delimiter: '', sheets, meta };
	if (!pick?.header) return { ...base, header: [], rows: [], sheet: pick?.grid.name ?? '', headerLine: 1 };
	// An unrecognised sheet is read from its first row, as a CSV file would be.
	const header = pick.header.reading.form
		? pick.header
		: {
				index: (pick.grid.rows[0]?.line ?? 1) - 1,
				cells: filledRow(pick.grid, pick.byLine, (pick.grid.rows[0]?.line ?? 1) - 1),
				reading: pick.header.reading
			};
	return {
		...base,
		header: header.cells,
		rows: dataRows(pick.grid, pick.byLine, header),
		sheet: pick.grid.name,
		headerLine: header.index + 1
	};
}
