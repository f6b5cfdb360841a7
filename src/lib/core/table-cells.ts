/**
 * What the province table (./province-table.ts) and the evidence table (./evidence-table.ts) share: the
 * qualifier in words, and a table's CSV form built from its columns, each column writing its own cells.
 */
import { t } from '../i18n';
import type { CsvCell } from './csv-write';
import type { Lang, Qualifier } from './types';
// Its texts come with it, not with the page.
import '../i18n/messages/workspace-views';

export function qualifierText(q: Qualifier | null, lang: Lang): string {
	return q === null ? '' : t(lang, `ws.q.${q}`);
}

/** A table as CSV cells: the header in the current language, then one line of cells per row. */
export interface CsvTable {
	header: string[];
	rows: CsvCell[][];
}

/** How one column is written to CSV: its header cells and a row's cells (the same count). */
export interface CsvColumn<Row, Ctx> {
	header: (c: Ctx) => string[];
	cells: (row: Row, c: Ctx) => CsvCell[];
}

/** The CSV of `rows`, written column by column in the order given. */
export function csvTable<Row, Ctx>(columns: readonly CsvColumn<Row, Ctx>[], rows: readonly Row[], c: Ctx): CsvTable {
	return {
		header: columns.flatMap((col) => col.header(c)),
		rows: rows.map((r) => columns.flatMap((col) => col.cells(r, c)))
	};
}
