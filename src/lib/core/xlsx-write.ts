/**
 * A workbook described as plain sheets of cells (./template-book.ts, ./data-package.ts) → .xlsx bytes, written
 * with `write-excel-file` (small, MIT; its universal build runs in the browser and in Node). What the
 * library leaves to "features" is added here: hidden sheets (`state="hidden"` on the sheet's entry in
 * workbook.xml). Codes are written as text cells with the text format `@`, so that "01" stays "01" and a
 * code typed later into the column stays text too. Imported only where a workbook is written.
 */
import writeXlsxFile, { type Cell, type Feature, type Sheet } from 'write-excel-file/universal';

/** How a cell looks: a sheet's title, a column header, or plain. */
export type BookStyle = 'title' | 'header' | 'plain';

export type BookCell =
	| string
	| number
	| null
	/** A code of digits kept as text ("01"). */
	| { code: string }
	| { text: string; style: BookStyle };

export interface BookSheet {
	name: string;
	rows: BookCell[][];
	/** Column widths in characters. */
	widths?: number[];
	/** Rows kept in view when scrolling (the header). */
	frozenRows?: number;
	hidden?: boolean;
}

const HEADER_FILL = '#DCE6F1';
const BORDER = '#8EA9C1';

function toCell(cell: BookCell): Cell {
	if (cell === null) return null;
	if (typeof cell === 'string') return { type: String, value: cell };
	if (typeof cell === 'number') return { type: Number, value: cell };
	if ('code' in cell) return { type: String, value: cell.code, format: '@' };
	if (cell.style === 'title') return { type: String, value: cell.text, fontWeight: 'bold', fontSize: 13 };
	if (cell.style === 'header')
		return {
			type: String,
			value: cell.text,
			fontWeight: 'bold',
			backgroundColor: HEADER_FILL,
			wrap: true,
			alignVertical: 'top',
			borderStyle: 'thin',
			borderColor: BORDER
		};
	return { type: String, value: cell.text, wrap: true, alignVertical: 'top' };
}

/** Marks the sheets whose options say `hidden` as hidden in workbook.xml (Excel: Format › Hide sheet). */
function hiddenSheets(hidden: Set<number>): Feature<Blob> {
	return {
		files: {
			transform: {
				'xl/workbook.xml': {
					transformElementAttributes: (tag, attributes, index) =>
						tag === 'sheet' && index !== undefined && hidden.has(index) ? { ...attributes, state: 'hidden' } : attributes
				}
			}
		}
	};
}

/** The workbook as .xlsx bytes. The first sheet must be visible (a workbook opens on it). */
export async function writeBook(sheets: BookSheet[]): Promise<Uint8Array> {
	const hidden = new Set(sheets.flatMap((s, i) => (s.hidden ? [i] : [])));
	const data: Sheet<Blob>[] = sheets.map((s) => ({
		sheet: s.name,
		data: s.rows.map((r) => r.map(toCell)),
		...(s.widths ? { columns: s.widths.map((width) => ({ width })) } : {}),
		...(s.frozenRows ? { stickyRowsCount: s.frozenRows } : {})
	}));
	const blob = await writeXlsxFile(data, { features: [hiddenSheets(hidden)] }).toBlob();
	return new Uint8Array(await blob.arrayBuffer());
}
