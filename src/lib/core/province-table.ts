/**
 * The province table: one row per area (63 provinces or 34 units, only the chosen ones when there is a
 * choice), its columns in the current mode (one period, or A against B; ./province-columns.ts), sorting with
 * the provinces without data always at the bottom, and the cells as shown and as written to CSV. Values are
 * never filled in: no data stays empty, never 0.
 */
import type { Comparison } from './compare';
import type { Dataset } from './dataset';
import { safeHttpUrl } from './escape';
import { PROVINCE_COLUMNS, type ProvinceColumn, type TableShape } from './province-columns';
import { drawnParts, type AreaValue, type Selection } from './select';
import { csvTable, type CsvTable } from './table-cells';
import type { Lang, Period, Qualifier, Source } from './types';
import type { SortKey } from './sort-keys';

export type TableMode = 'single' | 'compare';

export interface Coverage {
	/** Old provinces with a figure. */
	have: number;
	/** Old provinces in the area (1 in the 63 view). */
	of: number;
	/** The value is the new province's own figure (34 view): whole, whatever its parts reported. */
	own: boolean;
}

export interface TableRow {
	code: string;
	name: string;
	/** Region name; regions of all parts (joined) for a 34-unit spanning two. */
	region: string;
	/** Has what the table is about: a value (one period) or both values (comparison). */
	hasData: boolean;
	/** The value shown (period A in comparison), normalised; null without data. */
	value: number | null;
	qualifier: Qualifier | null;
	/** Period B's value in comparison. */
	b: number | null;
	qualifierB: Qualifier | null;
	diff: number | null;
	ratio: number | null;
	rank: number | null;
	coverage: Coverage;
	coverageB: Coverage | null;
	/** Publishers of the figures shown, newest source first, without repeats. */
	publishers: string[];
	/** Their http(s) links. */
	links: string[];
	/** Several sources give different figures for a figure shown. */
	conflict: boolean;
}

export interface ProvinceTable {
	mode: TableMode;
	units: '63' | '34';
	periodA: Period;
	periodB: Period | null;
	rows: TableRow[];
}

function coverageOf(a: AreaValue): Coverage {
	return { have: a.parts.filter((p) => p.figure !== null).length, of: a.parts.length, own: a.own !== null };
}

function sourcesOf(ds: Dataset, areas: AreaValue[]): Pick<TableRow, 'publishers' | 'links' | 'conflict'> {
	const sources: Source[] = [];
	for (const a of areas) {
		for (const p of drawnParts(a)) {
			const s = p.figure ? ds.sourceById.get(p.figure.source_id) : undefined;
			if (s && !sources.includes(s)) sources.push(s);
		}
	}
	const links = sources.flatMap((s) => safeHttpUrl(s.url) ?? []);
	return {
		publishers: [...new Set(sources.map((s) => s.publisher).filter((p) => p !== ''))],
		links: [...new Set(links)],
		conflict: areas.some((a) => a.conflict)
	};
}

function regionOf(ds: Dataset, a: AreaValue): string {
	return [...new Set(a.parts.map((p) => ds.provinceByCode.get(p.code)?.region ?? ''))].join(' / ');
}

/**
 * Rows of the current view. `areas`: codes of the areas to keep (the chosen provinces, or the 34-units
 * containing them); null or empty keeps every area.
 */
export function buildTable(
	ds: Dataset,
	opts: { selection: Selection; comparison: Comparison | null; areas?: readonly string[] | null }
): ProvinceTable {
	const { selection: sel, comparison: cmp } = opts;
	const keep = opts.areas && opts.areas.length > 0 ? new Set(opts.areas) : null;
	const base = cmp ? cmp.a : sel;
	const rows = base.areas
		.filter((a) => !keep || keep.has(a.code))
		.map((a): TableRow => {
			const c = cmp?.byCode.get(a.code);
			const common = {
				code: a.code,
				name: a.name,
				region: regionOf(ds, a),
				value: a.value,
				qualifier: a.qualifier,
				coverage: coverageOf(a)
			};
			if (!c) {
				return {
					...common,
					hasData: a.value !== null,
					b: null,
					qualifierB: null,
					diff: null,
					ratio: null,
					rank: a.rank,
					coverageB: null,
					...sourcesOf(ds, [a])
				};
			}
			return {
				...common,
				hasData: c.status === 'both',
				b: c.b.value,
				qualifierB: c.b.qualifier,
				diff: c.diff,
				ratio: c.ratio,
				rank: c.rank,
				coverageB: coverageOf(c.b),
				...sourcesOf(ds, [c.a, c.b])
			};
		});
	return {
		mode: cmp ? 'compare' : 'single',
		units: sel.units,
		periodA: base.period,
		periodB: cmp ? cmp.periodB : null,
		rows
	};
}

/** The columns a table has (by mode and units), in the page's order. */
function columnsOf(table: TableShape): ProvinceColumn[] {
	return PROVINCE_COLUMNS.filter((c) => !c.when || c.when(table));
}

/** The page's columns of a mode, in order. */
export function tableColumns(table: TableShape): SortKey[] {
	return columnsOf(table).flatMap((c) => (c.shown ? [c.key as SortKey] : []));
}

function shown(key: SortKey): NonNullable<ProvinceColumn['shown']> {
	const col = PROVINCE_COLUMNS.find((c) => c.key === key)?.shown;
	if (!col) throw new Error(`No column ${key}`);
	return col;
}

export interface SortSpec {
	key: SortKey;
	desc: boolean;
}

/** `sort=` → a sort that applies to this table; anything else (or nothing) → rank, best first. */
export function parseSort(sort: string | null, table: TableShape): SortSpec {
	const desc = sort?.startsWith('-') ?? false;
	const raw = (desc ? sort!.slice(1) : sort) as SortKey | null;
	// One period's value and comparison's A are the same column.
	const key = table.mode === 'compare' && raw === 'value' ? 'a' : table.mode === 'single' && raw === 'a' ? 'value' : raw;
	return key && tableColumns(table).includes(key) ? { key, desc } : { key: 'rank', desc: false };
}

/** Columns holding numbers: right-aligned, and sorted largest first on the first click. */
export const NUMERIC_COLUMNS: ReadonlySet<SortKey> = new Set(PROVINCE_COLUMNS.flatMap((c) => (c.shown?.numeric ? [c.key as SortKey] : [])));

/** The URL value for clicking a column header: ascending first (descending for numbers), then toggled. */
export function nextSort(current: SortSpec, key: SortKey): string {
	const numeric = NUMERIC_COLUMNS.has(key);
	const desc = current.key === key ? !current.desc : numeric && key !== 'rank';
	return desc ? `-${key}` : key;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

function compareValues(x: number | string, y: number | string): number {
	return typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
}

/**
 * 0: has what the table is about; 1 (comparison only): a figure for one of the two periods; 2: no figure.
 * An analyst finds the provinces reported in either period before the empty ones.
 */
function dataTier(r: TableRow): number {
	return r.hasData ? 0 : r.value !== null || r.b !== null ? 1 : 2;
}

/**
 * Rows in the requested order. Rows without data always come last, whatever the direction (in comparison, those
 * with one period before those with none); within each group a missing sort value comes last too; ties by name.
 */
export function sortRows(rows: readonly TableRow[], spec: SortSpec): TableRow[] {
	const sortValue = shown(spec.key).sort;
	return [...rows].sort((r1, r2) => {
		const tier = dataTier(r1) - dataTier(r2);
		if (tier !== 0) return tier;
		const v1 = sortValue(r1);
		const v2 = sortValue(r2);
		if (v1 === null || v2 === null) {
			if (v1 !== v2) return v1 === null ? 1 : -1;
		} else {
			const c = compareValues(v1, v2);
			if (c !== 0) return spec.desc ? -c : c;
		}
		return collator.compare(r1.name, r2.name) || compareValues(r1.code, r2.code);
	});
}

/** The cell as the table shows it: locale numbers with ≥/≈ marks; no data as words, never 0. */
export function displayCell(table: ProvinceTable, row: TableRow, key: SortKey, lang: Lang): string {
	return shown(key).display(row, table, lang);
}

/** Column header in the current language, naming the period and normalisation where they matter. */
export function columnLabel(table: ProvinceTable, key: SortKey, lang: Lang, normLabel: string): string {
	return shown(key).label({ table, lang, normLabel });
}

/**
 * The table as CSV cells: header in the current language; numbers as numbers; qualifiers and sources in
 * their own columns; no data as empty cells with a status column saying so.
 */
export function tableCsv(table: ProvinceTable, rows: readonly TableRow[], lang: Lang, normLabel: string): CsvTable {
	const columns = columnsOf(table).flatMap((c) => (c.csv ? [c.csv] : []));
	return csvTable(
		columns.sort((x, y) => x.at - y.at),
		rows,
		{ table, lang, normLabel }
	);
}
