/**
 * Reading an import: a file's bytes → the table the analysis reads. A CSV (or tab-separated text) file is decoded
 * (./decode.ts) and parsed; a workbook (.xlsx, .xlsm, .xls, .ods) is read with SheetJS (./workbook.ts, loaded
 * only when a workbook comes) and its data sheet found (./import-sheet.ts). Nothing is analysed here.
 */
import { parseCsv } from './csv';
import { decodeBytes } from './decode';
import { headerRules } from './import-header';
import type { ProgressFn, ReadImport } from './import-types';
import type { Indicator } from './types';

/** Read a CSV (or tab-separated text) file. */
export function readImport(bytes: Uint8Array, onProgress?: ProgressFn): ReadImport {
	onProgress?.({ phase: 'decode', done: 0, total: 1 });
	const { text, encoding } = decodeBytes(bytes);
	onProgress?.({ phase: 'parse', done: 0, total: 1 });
	return { format: 'csv', encoding, table: parseCsv(text) };
}

/** A zip container (.xlsx, .xlsm, .ods) or an OLE one (.xls, or an encrypted .xlsx): read as a workbook. */
export function isWorkbookBytes(bytes: Uint8Array): boolean {
	const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
	const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((b, i) => bytes[i] === b);
	return zip || ole;
}

/**
 * Read a workbook: its cells (./workbook.ts, loaded only now, with SheetJS) and the sheet holding the data
 * (./import-sheet.ts) — the one chosen by name, or the one whose header this importer recognises. An encrypted
 * or damaged workbook is read as a failure, which the analysis reports; nothing of it is imported.
 */
export async function readWorkbookImport(
	bytes: Uint8Array,
	indicators: Indicator[],
	sheet?: string,
	onProgress?: ProgressFn
): Promise<ReadImport> {
	onProgress?.({ phase: 'decode', done: 0, total: 1 });
	const [{ readWorkbook, WorkbookError }] = await Promise.all([import('./workbook'), import('./import-sheet')]);
	try {
		const book = readWorkbook(bytes);
		return await withSheet(
			{ format: book.format, encoding: null, table: { header: [], rows: [], errors: [], delimiter: '' }, book },
			indicators,
			sheet,
			onProgress
		);
	} catch (e) {
		if (!(e instanceof WorkbookError)) throw e;
		const code = e.code === 'encrypted' ? 'workbook_encrypted' : 'workbook_damaged';
		return {
			format: 'xlsx',
			encoding: null,
			table: { header: [], rows: [], errors: [], delimiter: '' },
			failure: { code, message: e.message }
		};
	}
}

/** The same workbook read from another sheet (the user's choice). */
export async function withSheet(read: ReadImport, indicators: Indicator[], sheet?: string, onProgress?: ProgressFn): Promise<ReadImport> {
	if (!read.book) return read;
	onProgress?.({ phase: 'parse', done: 0, total: 1 });
	const { sheetTable } = await import('./import-sheet');
	const { header, rows, errors, delimiter, ...info } = sheetTable(read.book, headerRules(indicators), sheet);
	return { ...read, table: { header, rows, errors, delimiter }, sheet: info };
}
