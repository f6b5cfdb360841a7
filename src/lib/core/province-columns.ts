/**
 * The province table's columns, one row each: which tables have it, its header, how a cell is shown and
 * sorted, and what it writes to CSV. Adding a column is adding a row here (and its key to the URL's
 * `SORT_KEYS`, view-state.ts, when it can be sorted on). No data is shown as words, never 0, and written as an
 * empty cell.
 */
import { t, type MessageKey } from '../i18n';
import { formatNumber, formatRatio, formatSigned, formatValue } from './format';
import { periodLabel } from './period';
import type { Coverage, ProvinceTable, TableRow } from './province-table';
import { qualifierText, type CsvColumn } from './table-cells';
import type { Lang, Qualifier } from './types';
import type { SortKey } from './sort-keys';
// Its texts come with it, not with the page.
import '../i18n/messages/workspace-views';

/** What decides a table's columns. */
export type TableShape = Pick<ProvinceTable, 'mode' | 'units'>;

/** What a header or a CSV cell needs besides the row. */
export interface ColumnContext {
	table: ProvinceTable;
	lang: Lang;
	/** "Tổng số", "Mỗi năm"… — the normalisation the values are on. */
	normLabel: string;
}

export interface ProvinceColumn {
	/** The column's name in `sort=`; CSV-only columns have a name of their own. */
	key: SortKey | 'status' | 'conflict' | 'links';
	/** Whether a table has the column (by mode and units); every table when absent. */
	when?: (table: TableShape) => boolean;
	/** How the page shows it; null for a column only the CSV has. */
	shown: {
		/** Right-aligned, and sorted largest first on the first click. */
		numeric: boolean;
		label: (c: ColumnContext) => string;
		display: (row: TableRow, table: ProvinceTable, lang: Lang) => string;
		/** The value rows are sorted by; null sorts after every value. */
		sort: (row: TableRow) => number | string | null;
	} | null;
	/** What it writes to CSV (`at`: its place among the CSV's columns, which differs from the page's order); null for none. */
	csv: (CsvColumn<TableRow, ColumnContext> & { at: number }) | null;
}

const QUALIFIER_ORDER: Record<Qualifier, number> = { exact: 0, approx: 1, at_least: 2 };

const single = (table: TableShape) => table.mode === 'single';
const compare = (table: TableShape) => table.mode === 'compare';

function periods(table: ProvinceTable): { a: string; b: string } {
	return { a: periodLabel(table.periodA), b: table.periodB ? periodLabel(table.periodB) : '' };
}

export function periodsText(table: ProvinceTable): string {
	const { a, b } = periods(table);
	return table.periodB ? `${a} | ${b}` : a;
}

function coverageText(c: Coverage | null, lang: Lang): string {
	if (!c) return '';
	return c.own ? t(lang, 'ws.table.own', { have: c.have, of: c.of }) : `${c.have}/${c.of}`;
}

/** Only some old provinces reported and the new province gave no figure of its own: a lower-bound sum. */
const partial = (c: Coverage | null) => c !== null && !c.own && c.have < c.of;

const label = (key: MessageKey) => (c: ColumnContext) => t(c.lang, key);
const valueText = (value: number | null, q: Qualifier | null, lang: Lang) =>
	formatValue(value, q, lang, { missing: t(lang, 'ws.table.noData') });

/** The columns in the page's order. */
export const PROVINCE_COLUMNS: readonly ProvinceColumn[] = [
	{
		key: 'name',
		shown: { numeric: false, label: label('ws.col.name'), display: (r) => r.name, sort: (r) => r.name },
		csv: { at: 2, header: (c) => [t(c.lang, 'ws.col.name')], cells: (r) => [r.name] }
	},
	{
		key: 'code',
		shown: { numeric: false, label: label('ws.col.code'), display: (r) => r.code, sort: (r) => r.code },
		csv: { at: 1, header: (c) => [t(c.lang, 'ws.col.code')], cells: (r) => [{ code: r.code }] }
	},
	{
		key: 'region',
		shown: { numeric: false, label: label('ws.col.region'), display: (r) => r.region, sort: (r) => r.region },
		csv: { at: 3, header: (c) => [t(c.lang, 'ws.col.region')], cells: (r) => [r.region] }
	},
	{
		key: 'value',
		when: single,
		shown: {
			numeric: true,
			label: (c) => t(c.lang, 'ws.col.value', { norm: c.normLabel }),
			display: (r, _, lang) => valueText(r.value, r.qualifier, lang),
			sort: (r) => r.value
		},
		// The qualifier beside the value, as words.
		csv: {
			at: 5,
			header: (c) => [t(c.lang, 'ws.col.value', { norm: c.normLabel }), t(c.lang, 'ws.col.qualifier')],
			cells: (r, c) => [r.value, qualifierText(r.qualifier, c.lang)]
		}
	},
	{
		key: 'a',
		when: compare,
		shown: {
			numeric: true,
			label: (c) => t(c.lang, 'ws.col.periodValue', { period: periods(c.table).a, norm: c.normLabel }),
			display: (r, _, lang) => valueText(r.value, r.qualifier, lang),
			sort: (r) => r.value
		},
		csv: {
			at: 5,
			header: (c) => {
				const { a } = periods(c.table);
				return [t(c.lang, 'ws.col.periodValue', { period: a, norm: c.normLabel }), t(c.lang, 'ws.csv.qualifierOf', { period: a })];
			},
			cells: (r, c) => [r.value, qualifierText(r.qualifier, c.lang)]
		}
	},
	{
		key: 'b',
		when: compare,
		shown: {
			numeric: true,
			label: (c) => t(c.lang, 'ws.col.periodValue', { period: periods(c.table).b, norm: c.normLabel }),
			display: (r, _, lang) => valueText(r.b, r.qualifierB, lang),
			sort: (r) => r.b
		},
		csv: {
			at: 6,
			header: (c) => {
				const { b } = periods(c.table);
				return [t(c.lang, 'ws.col.periodValue', { period: b, norm: c.normLabel }), t(c.lang, 'ws.csv.qualifierOf', { period: b })];
			},
			cells: (r, c) => [r.b, qualifierText(r.qualifierB, c.lang)]
		}
	},
	{
		key: 'diff',
		when: compare,
		shown: {
			numeric: true,
			label: (c) => t(c.lang, 'ws.col.diff', periods(c.table)),
			display: (r, _, lang) => (r.diff === null ? t(lang, 'ws.table.insufficient') : formatSigned(r.diff, lang)),
			sort: (r) => r.diff
		},
		csv: { at: 7, header: (c) => [t(c.lang, 'ws.col.diff', periods(c.table))], cells: (r) => [r.diff] }
	},
	{
		key: 'ratio',
		when: compare,
		shown: {
			numeric: true,
			label: (c) => t(c.lang, 'ws.col.ratio', periods(c.table)),
			display: (r, _, lang) => (r.ratio === null ? '—' : formatRatio(r.ratio, lang)),
			sort: (r) => r.ratio
		},
		csv: { at: 8, header: (c) => [t(c.lang, 'ws.col.ratio', periods(c.table))], cells: (r) => [r.ratio] }
	},
	{
		key: 'qualifier',
		shown: {
			numeric: false,
			label: label('ws.col.qualifier'),
			display: (r, table, lang) => {
				const a = qualifierText(r.qualifier, lang);
				return table.mode === 'compare' ? `${a || '—'} | ${qualifierText(r.qualifierB, lang) || '—'}` : a;
			},
			sort: (r) => (r.qualifier === null ? null : QUALIFIER_ORDER[r.qualifier] * 3 + (r.qualifierB ? QUALIFIER_ORDER[r.qualifierB] : 0))
		},
		// Written beside each value (value, a, b).
		csv: null
	},
	{
		key: 'period',
		shown: { numeric: false, label: label('ws.col.period'), display: (_, table) => periodsText(table), sort: () => 0 },
		csv: { at: 4, header: (c) => [t(c.lang, 'ws.csv.period')], cells: (_, c) => [periodsText(c.table)] }
	},
	{
		key: 'rank',
		shown: {
			numeric: true,
			label: label('ws.col.rank'),
			display: (r, _, lang) => (r.rank === null ? '—' : formatNumber(r.rank, lang)),
			sort: (r) => r.rank
		},
		csv: { at: 9, header: (c) => [t(c.lang, 'ws.col.rank')], cells: (r) => [r.rank] }
	},
	{
		// Only where an area has several parts (34 view).
		key: 'coverage',
		when: (table) => table.units === '34',
		shown: {
			numeric: true,
			label: label('ws.col.coverage'),
			display: (r, table, lang) =>
				table.mode === 'compare'
					? `${coverageText(r.coverage, lang)} | ${coverageText(r.coverageB, lang)}`
					: coverageText(r.coverage, lang),
			sort: (r) => (r.coverage.own ? 1 : r.coverage.of > 0 ? r.coverage.have / r.coverage.of : null)
		},
		// Two numbers rather than "1/2", which Excel would read as a date.
		csv: {
			at: 10,
			header: (c) => {
				const { a, b } = periods(c.table);
				return c.table.mode === 'compare'
					? [t(c.lang, 'ws.csv.coverageOf', { period: a }), t(c.lang, 'ws.csv.coverageOf', { period: b }), t(c.lang, 'ws.csv.parts')]
					: [t(c.lang, 'ws.csv.coverage'), t(c.lang, 'ws.csv.parts')];
			},
			cells: (r, c) =>
				c.table.mode === 'compare' ? [r.coverage.have, r.coverageB?.have ?? null, r.coverage.of] : [r.coverage.have, r.coverage.of]
		}
	},
	{
		// Why a row has no figure, or that it is a partial sum: what the page says with its empty cells and hatching.
		key: 'status',
		shown: null,
		csv: {
			at: 11,
			header: (c) => [t(c.lang, 'ws.csv.status')],
			cells: (r, c) => [
				!r.hasData
					? t(c.lang, c.table.mode === 'compare' ? 'ws.table.insufficient' : 'ws.table.noData')
					: partial(r.coverage) || partial(r.coverageB)
						? t(c.lang, 'ws.csv.partial')
						: ''
			]
		}
	},
	{
		key: 'source',
		shown: { numeric: false, label: label('ws.col.source'), display: (r) => r.publishers.join('; '), sort: (r) => r.publishers[0] ?? null },
		csv: { at: 12, header: (c) => [t(c.lang, 'ws.col.source')], cells: (r) => [r.publishers.join('; ')] }
	},
	{
		key: 'conflict',
		shown: null,
		csv: { at: 13, header: (c) => [t(c.lang, 'ws.csv.conflict')], cells: (r, c) => [r.conflict ? t(c.lang, 'ws.table.conflict') : ''] }
	},
	{
		key: 'links',
		shown: null,
		csv: { at: 14, header: (c) => [t(c.lang, 'ws.csv.links')], cells: (r) => [r.links.join(' ')] }
	}
];
