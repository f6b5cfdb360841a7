/**
 * A spreadsheet workbook's bytes (.xlsx, .xlsm, .xls, .ods) → its sheets as grids of cell texts, with what the
 * text alone cannot say: numbers, Excel error values, dates, formulas that carry no computed value, merged
 * ranges and hidden sheets. Reads with SheetJS (`@e965/xlsx`, values only: macros never run, formulas are not
 * recalculated, their cached values are read). Pure; this module is imported only when a workbook is chosen.
 *
 * Which sheet and which row hold the data is decided by the importer (./import-sheet.ts), not here.
 */
import { CFB, read, type CellObject, type WorkBook } from '@e965/xlsx';
import { unzipSync } from 'fflate';

export type WorkbookFormat = 'xlsx' | 'xls' | 'ods';

/** A cell the text alone would misread. Plain text cells have none. */
export type TypedCell =
	| { kind: 'number'; value: number }
	/** `#REF!`, `#DIV/0!`, `#N/A`…: never a value, never blank. */
	| { kind: 'error'; code: string }
	/** A date (ISO `YYYY-MM-DD`): Excel may have turned a typed number such as 1.5 into one. */
	| { kind: 'date'; iso: string }
	/** A formula saved without its computed value (written by a program, never opened in a spreadsheet). */
	| { kind: 'formula'; formula: string };

export interface GridRow {
	/** 1-based row number as the spreadsheet shows it. */
	line: number;
	/** Text of each cell from column A (numbers as plain digits, errors as their code, dates as ISO). */
	cells: string[];
	/** The typed cells of the row, by column; absent when the row holds text only. */
	marks?: (TypedCell | undefined)[];
}

/** A merged range, 0-based inclusive rows and columns. */
export interface MergedRange {
	r0: number;
	c0: number;
	r1: number;
	c1: number;
}

export interface SheetGrid {
	name: string;
	hidden: boolean;
	/** Rows with at least one cell, in order. */
	rows: GridRow[];
	merges: MergedRange[];
}

export interface Workbook {
	format: WorkbookFormat;
	sheets: SheetGrid[];
}

/** Why a workbook cannot be read: `encrypted` (a password opens it) or `damaged` (not a readable workbook). */
export class WorkbookError extends Error {
	constructor(
		readonly code: 'encrypted' | 'damaged',
		message: string
	) {
		super(message);
	}
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
	return magic.every((b, i) => bytes[i] === b);
}

/** Whether the bytes are a workbook container (zip: .xlsx/.xlsm/.ods; OLE: .xls or an encrypted .xlsx). */
export function isWorkbookBytes(bytes: Uint8Array): boolean {
	return startsWith(bytes, ZIP) || startsWith(bytes, OLE);
}

/** An encrypted Office file is an OLE container holding `EncryptionInfo` and `EncryptedPackage` streams. */
function isEncryptedOle(bytes: Uint8Array): boolean {
	if (!startsWith(bytes, OLE)) return false;
	try {
		const container = CFB.read(bytes, { type: 'array' });
		return CFB.find(container, 'EncryptedPackage') != null || CFB.find(container, 'EncryptionInfo') != null;
	} catch {
		return false;
	}
}

/**
 * A password-protected OpenDocument file is a zip whose first entry, `mimetype`, is stored as is (ODF 1.2 §3.3)
 * and whose manifest lists `encryption-data` for the encrypted parts.
 */
function isEncryptedOdf(bytes: Uint8Array): boolean {
	if (!startsWith(bytes, ZIP) || new TextDecoder().decode(bytes.subarray(30, 38)) !== 'mimetype') return false;
	try {
		const manifest = unzipSync(bytes, { filter: (f) => f.name === 'META-INF/manifest.xml' })['META-INF/manifest.xml'];
		return manifest !== undefined && new TextDecoder().decode(manifest).includes('encryption-data');
	} catch {
		return false;
	}
}

function isoDate(d: Date): string {
	// SheetJS gives dates at UTC midnight of the day shown.
	return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
}

/** One SheetJS cell → its text and, when the text alone would mislead, its typed form. */
function readCell(cell: CellObject): { text: string; typed?: TypedCell } {
	// A formula saved without its computed value (SheetJS reads it as an error cell with no value).
	if (cell.f && cell.v === undefined) return { text: '', typed: { kind: 'formula', formula: cell.f } };
	switch (cell.t) {
		case 'n':
			if (typeof cell.v === 'number' && Number.isFinite(cell.v)) return { text: String(cell.v), typed: { kind: 'number', value: cell.v } };
			break;
		case 'e':
			return { text: cell.w ?? '#ERROR', typed: { kind: 'error', code: cell.w ?? '#ERROR' } };
		case 'd': {
			const iso = cell.v instanceof Date ? isoDate(cell.v) : String(cell.v ?? '').slice(0, 10);
			return { text: iso, typed: { kind: 'date', iso } };
		}
		case 'b':
			return { text: cell.v ? 'TRUE' : 'FALSE' };
		case 's':
			return { text: String(cell.v ?? '').normalize('NFC') };
	}
	return { text: cell.w ?? (cell.v === undefined ? '' : String(cell.v)) };
}

function hiddenSheets(wb: WorkBook): Set<string> {
	const out = new Set<string>();
	for (const s of wb.Workbook?.Sheets ?? []) if (s.Hidden && s.name) out.add(s.name);
	return out;
}

/**
 * Read a workbook. Throws `WorkbookError` for an encrypted or password-protected file and for one that is not a
 * readable workbook (truncated, damaged, another format); nothing is returned half-read.
 */
export function readWorkbook(bytes: Uint8Array): Workbook {
	if (isEncryptedOle(bytes) || isEncryptedOdf(bytes)) throw new WorkbookError('encrypted', 'encrypted');
	let wb: WorkBook;
	// SheetJS logs with console.error the number formats it cannot translate (LibreOffice's conditional currency
	// formats, in many an .ods): they change only how a number would be displayed, never its value, which is all
	// that is read here — so they are not errors of the page.
	const log = console.error;
	console.error = () => undefined;
	try {
		wb = read(bytes, { type: 'array', dense: true, cellDates: true, cellHTML: false, cellStyles: false, bookVBA: false });
	} catch (e) {
		// The reader's own words, on one line: they help whoever repairs the file, not the reader of the report.
		const message = (e instanceof Error ? e.message : String(e)).split('\n')[0]?.slice(0, 160) ?? '';
		throw new WorkbookError(/password|encrypt/i.test(message) ? 'encrypted' : 'damaged', message);
	} finally {
		console.error = log;
	}
	const format: WorkbookFormat = startsWith(bytes, OLE) ? 'xls' : wb.bookType === 'ods' ? 'ods' : 'xlsx';
	const hidden = hiddenSheets(wb);
	const sheets: SheetGrid[] = [];
	for (const name of wb.SheetNames) {
		const sheet = wb.Sheets[name];
		if (!sheet) continue;
		const data = (sheet['!data'] ?? []) as (CellObject[] | undefined)[];
		const rows: GridRow[] = [];
		data.forEach((cells, r) => {
			if (!cells) return;
			const texts: string[] = [];
			let marks: (TypedCell | undefined)[] | undefined;
			let any = false;
			for (let c = 0; c < cells.length; c++) {
				const cell = cells[c];
				if (!cell) {
					texts.push('');
					continue;
				}
				const read = readCell(cell);
				texts.push(read.text);
				if (read.text.trim() !== '' || read.typed) any = true;
				if (read.typed) (marks ??= [])[c] = read.typed;
			}
			if (any) rows.push(marks ? { line: r + 1, cells: texts, marks } : { line: r + 1, cells: texts });
		});
		const merges = (sheet['!merges'] ?? []).map((m) => ({ r0: m.s.r, c0: m.s.c, r1: m.e.r, c1: m.e.c }));
		sheets.push({ name: name.normalize('NFC'), hidden: hidden.has(name), rows, merges });
	}
	if (sheets.length === 0) throw new WorkbookError('damaged', 'no sheets');
	return { format, sheets };
}
