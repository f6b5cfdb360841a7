/**
 * The province table of the current view (rows restricted to the chosen provinces, sorted as the URL
 * says), shared by the table view and the CSV download so both always hold the same rows.
 */
import { indicatorUnit } from '$lib/core/controls-model';
import { indicatorLabel } from '$lib/core/indicator-label';
import { writeCsv } from '$lib/core/csv-write';
import { periodLabel } from '$lib/core/period';
import { buildTable, parseSort, sortRows, tableCsv, type ProvinceTable, type SortSpec, type TableRow } from '$lib/core/province-table';
import type { AppState } from '$lib/state/app.svelte';
import { downloadText } from '$lib/ui/download';
// Its texts come with it, not with the page.
import '$lib/i18n/messages/workspace-views';

export interface CurrentTable {
	table: ProvinceTable;
	/** Rows in display order. */
	rows: TableRow[];
	sort: SortSpec;
	/** "Tổng số", "Mỗi năm"… — the normalisation the values are on. */
	normLabel: string;
	/** Indicator label in the current language. */
	indicator: string;
	/** What a value of the table is: "nguồn tin (Tổng số)"; in comparison, on the comparison's basis. */
	unit: string;
	/**
	 * What a value of period A alone is, as the ranking and the regions draw it (the selection): its own
	 * normalisation, which a comparison of periods of different lengths does not share (it compares yearly
	 * averages), e.g. "nguồn tin (Tổng số)" while the comparison is "nguồn tin (Mỗi năm)".
	 */
	selectionUnit: string;
	/** The period shown ("2013–2023"), and in comparison both ("2024 | 2023"). */
	period: string;
	/** Period A alone. */
	periodA: string;
}

export function currentTable(app: AppState): CurrentTable | null {
	const ds = app.dataset;
	const sel = app.selection;
	const view = app.view;
	if (!ds || !sel || !view) return null;
	const table = buildTable(ds, { selection: sel, comparison: app.comparison, areas: app.highlighted });
	const sort = parseSort(view.sort, table);
	const ind = ds.indicatorById.get(view.indicator);
	const normLabel = app.t(`norm.${app.comparison?.norm ?? sel.appliedNorm}`);
	const unitOf = (norm: string) => app.t('ws.unit', { unit: indicatorUnit(ind, app.lang), norm });
	const periodA = periodLabel(table.periodA);
	return {
		table,
		rows: sortRows(table.rows, sort),
		sort,
		normLabel,
		indicator: indicatorLabel(ind, app.lang),
		unit: unitOf(normLabel),
		selectionUnit: unitOf(app.t(`norm.${sel.appliedNorm}`)),
		period: table.periodB ? `${periodA} | ${periodLabel(table.periodB)}` : periodA,
		periodA
	};
}

/** Download the current table as CSV for Excel, in the current language. */
export function downloadTableCsv(app: AppState): void {
	const current = currentTable(app);
	if (!current || !app.view) return;
	const { header, rows } = tableCsv(current.table, current.rows, app.lang, current.normLabel);
	const csv = writeCsv(header, rows, { decimal: app.lang === 'vi' ? ',' : '.' });
	const period = app.view.compare ? `${app.view.period}_${app.view.compare}` : app.view.period;
	downloadText(`${app.t('ws.download.fileName', { indicator: app.view.indicator, period })}.csv`, csv, 'text/csv;charset=utf-8');
}
