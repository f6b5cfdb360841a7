/**
 * The province table: one row per area (63 provinces or 34 units, only the chosen ones when there is a
 * choice), its columns in the current mode (one period, or A against B), sorting with the provinces
 * without data always at the bottom, and the cells as shown and as written to CSV — plus the evidence
 * table of every sourced fact. Values are never filled in: no data stays empty, never 0.
 */
import { t, type MessageKey } from '../i18n';
import type { Comparison } from './compare';
import type { CsvCell } from './csv-write';
import { factPeriod, type Dataset } from './dataset';
import { factEra } from './era';
import { NO_PERIOD, scopeKind } from './evidence-filter';
import { factNotes, factPlace, periodText, scopeLabel } from './fact-text';
import { safeHttpUrl } from './escape';
import { formatNumber, formatRatio, formatSigned, formatValue } from './format';
import { indicatorLabel } from './indicator-label';
import { comparePeriods, periodKey, periodLabel } from './period';
import { drawnParts, type AreaValue, type Selection } from './select';
import type { Fact, Lang, Period, Qualifier, ScopeKind, Source } from './types';
import type { SortKey } from './view-state';
// Its texts come with it, not with the page.
import '../i18n/messages/workspace-views';

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
			const common = { code: a.code, name: a.name, region: regionOf(ds, a), value: a.value, qualifier: a.qualifier, coverage: coverageOf(a) };
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

/** The columns of a mode, in order. The coverage column only where an area has several parts (34 view). */
export function tableColumns(table: Pick<ProvinceTable, 'mode' | 'units'>): SortKey[] {
	const values: SortKey[] = table.mode === 'compare' ? ['a', 'b', 'diff', 'ratio'] : ['value'];
	return [
		'name',
		'code',
		'region',
		...values,
		'qualifier',
		'period',
		'rank',
		...(table.units === '34' ? (['coverage'] as const) : []),
		'source'
	];
}

export interface SortSpec {
	key: SortKey;
	desc: boolean;
}

/** `sort=` → a sort that applies to this table; anything else (or nothing) → rank, best first. */
export function parseSort(sort: string | null, table: Pick<ProvinceTable, 'mode' | 'units'>): SortSpec {
	const desc = sort?.startsWith('-') ?? false;
	const raw = (desc ? sort!.slice(1) : sort) as SortKey | null;
	// One period's value and comparison's A are the same column.
	const key = table.mode === 'compare' && raw === 'value' ? 'a' : table.mode === 'single' && raw === 'a' ? 'value' : raw;
	return key && tableColumns(table).includes(key) ? { key, desc } : { key: 'rank', desc: false };
}

/** Columns holding numbers: right-aligned, and sorted largest first on the first click. */
export const NUMERIC_COLUMNS: ReadonlySet<SortKey> = new Set<SortKey>(['value', 'a', 'b', 'diff', 'ratio', 'rank', 'coverage']);

/** The URL value for clicking a column header: ascending first (descending for numbers), then toggled. */
export function nextSort(current: SortSpec, key: SortKey): string {
	const numeric = NUMERIC_COLUMNS.has(key);
	const desc = current.key === key ? !current.desc : numeric && key !== 'rank';
	return desc ? `-${key}` : key;
}

const QUALIFIER_ORDER: Record<Qualifier, number> = { exact: 0, approx: 1, at_least: 2 };
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

function sortValue(row: TableRow, key: SortKey): number | string | null {
	switch (key) {
		case 'name':
			return row.name;
		case 'code':
			return row.code;
		case 'region':
			return row.region;
		case 'value':
		case 'a':
			return row.value;
		case 'b':
			return row.b;
		case 'diff':
			return row.diff;
		case 'ratio':
			return row.ratio;
		case 'rank':
			return row.rank;
		case 'qualifier':
			return row.qualifier === null ? null : QUALIFIER_ORDER[row.qualifier] * 3 + (row.qualifierB ? QUALIFIER_ORDER[row.qualifierB] : 0);
		case 'period':
			return 0;
		case 'coverage':
			return row.coverage.own ? 1 : row.coverage.of > 0 ? row.coverage.have / row.coverage.of : null;
		case 'source':
			return row.publishers[0] ?? null;
	}
}

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
	return [...rows].sort((r1, r2) => {
		const tier = dataTier(r1) - dataTier(r2);
		if (tier !== 0) return tier;
		const v1 = sortValue(r1, spec.key);
		const v2 = sortValue(r2, spec.key);
		if (v1 === null || v2 === null) {
			if (v1 !== v2) return v1 === null ? 1 : -1;
		} else {
			const c = compareValues(v1, v2);
			if (c !== 0) return spec.desc ? -c : c;
		}
		return collator.compare(r1.name, r2.name) || compareValues(r1.code, r2.code);
	});
}

// ——— Cells as shown and as written ———

export function qualifierText(q: Qualifier | null, lang: Lang): string {
	return q === null ? '' : t(lang, `ws.q.${q}`);
}

function coverageText(c: Coverage | null, lang: Lang): string {
	if (!c) return '';
	return c.own ? t(lang, 'ws.table.own', { have: c.have, of: c.of }) : `${c.have}/${c.of}`;
}

/** Only some old provinces reported and the new province gave no figure of its own: a lower-bound sum. */
const partial = (c: Coverage | null) => c !== null && !c.own && c.have < c.of;

function periodsText(table: ProvinceTable): string {
	const a = periodLabel(table.periodA);
	return table.periodB ? `${a} | ${periodLabel(table.periodB)}` : a;
}

/** The cell as the table shows it: locale numbers with ≥/≈ marks; no data as words, never 0. */
export function displayCell(table: ProvinceTable, row: TableRow, key: SortKey, lang: Lang): string {
	const noData = t(lang, 'ws.table.noData');
	switch (key) {
		case 'name':
			return row.name;
		case 'code':
			return row.code;
		case 'region':
			return row.region;
		case 'value':
		case 'a':
			return formatValue(row.value, row.qualifier, lang, { missing: noData });
		case 'b':
			return formatValue(row.b, row.qualifierB, lang, { missing: noData });
		case 'diff':
			return row.diff === null ? t(lang, 'ws.table.insufficient') : formatSigned(row.diff, lang);
		case 'ratio':
			return row.ratio === null ? '—' : formatRatio(row.ratio, lang);
		case 'qualifier': {
			const a = qualifierText(row.qualifier, lang);
			return table.mode === 'compare' ? `${a || '—'} | ${qualifierText(row.qualifierB, lang) || '—'}` : a;
		}
		case 'period':
			return periodsText(table);
		case 'rank':
			return row.rank === null ? '—' : formatNumber(row.rank, lang);
		case 'coverage':
			return table.mode === 'compare' ? `${coverageText(row.coverage, lang)} | ${coverageText(row.coverageB, lang)}` : coverageText(row.coverage, lang);
		case 'source':
			return row.publishers.join('; ');
	}
}

/** Column header in the current language, naming the period and normalisation where they matter. */
export function columnLabel(table: ProvinceTable, key: SortKey, lang: Lang, normLabel: string): string {
	const a = periodLabel(table.periodA);
	const b = table.periodB ? periodLabel(table.periodB) : '';
	switch (key) {
		case 'value':
			return t(lang, 'ws.col.value', { norm: normLabel });
		case 'a':
			return t(lang, 'ws.col.periodValue', { period: a, norm: normLabel });
		case 'b':
			return t(lang, 'ws.col.periodValue', { period: b, norm: normLabel });
		case 'diff':
			return t(lang, 'ws.col.diff', { a, b });
		case 'ratio':
			return t(lang, 'ws.col.ratio', { a, b });
		default:
			return t(lang, `ws.col.${key}` as MessageKey);
	}
}

/**
 * The table as CSV cells: header in the current language; numbers as numbers; qualifiers and sources in
 * their own columns; no data as empty cells with a status column saying so.
 */
export function tableCsv(
	table: ProvinceTable,
	rows: readonly TableRow[],
	lang: Lang,
	normLabel: string
): { header: string[]; rows: CsvCell[][] } {
	const compare = table.mode === 'compare';
	const a = periodLabel(table.periodA);
	const b = table.periodB ? periodLabel(table.periodB) : '';
	const label = (key: SortKey) => columnLabel(table, key, lang, normLabel);
	const header = [
		label('code'),
		label('name'),
		label('region'),
		t(lang, 'ws.csv.period'),
		...(compare
			? [label('a'), t(lang, 'ws.csv.qualifierOf', { period: a }), label('b'), t(lang, 'ws.csv.qualifierOf', { period: b }), label('diff'), label('ratio')]
			: [label('value'), label('qualifier')]),
		label('rank'),
		// Two numbers rather than "1/2", which Excel would read as a date.
		...(table.units === '34'
			? compare
				? [t(lang, 'ws.csv.coverageOf', { period: a }), t(lang, 'ws.csv.coverageOf', { period: b }), t(lang, 'ws.csv.parts')]
				: [t(lang, 'ws.csv.coverage'), t(lang, 'ws.csv.parts')]
			: []),
		t(lang, 'ws.csv.status'),
		label('source'),
		t(lang, 'ws.csv.conflict'),
		t(lang, 'ws.csv.links')
	];
	const status = (r: TableRow) =>
		!r.hasData
			? t(lang, compare ? 'ws.table.insufficient' : 'ws.table.noData')
			: partial(r.coverage) || partial(r.coverageB)
				? t(lang, 'ws.csv.partial')
				: '';
	const body = rows.map((r): CsvCell[] => [
		{ code: r.code },
		r.name,
		r.region,
		periodsText(table),
		...(compare
			? [r.value, qualifierText(r.qualifier, lang), r.b, qualifierText(r.qualifierB, lang), r.diff, r.ratio]
			: [r.value, qualifierText(r.qualifier, lang)]),
		r.rank,
		...(table.units === '34'
			? compare
				? [r.coverage.have, r.coverageB?.have ?? null, r.coverage.of]
				: [r.coverage.have, r.coverage.of]
			: []),
		status(r),
		r.publishers.join('; '),
		r.conflict ? t(lang, 'ws.table.conflict') : '',
		r.links.join(' ')
	]);
	return { header, rows: body };
}

// ——— The evidence: every sourced fact ———

export interface EvidenceFilter {
	indicator: string | null;
	/** A period key, `none` for facts that state no period, or null for all. */
	period: string | null;
	scope: ScopeKind | null;
	/** 63-province codes to keep; empty keeps all (national facts only show without a choice). */
	codes: ReadonlySet<string>;
}

export interface EvidenceRow {
	fact: Fact;
	scopeKind: ScopeKind;
	/** The province, read in the fact's era ("Bắc Ninh" for a commune row of code 24), or "Toàn quốc". */
	place: string;
	/** The scope as a reader says it ("Tỉnh mới sau sáp nhập, gồm …"), never the data's key. */
	scope: string;
	/** Period as printed in the table ("2013–2023"), or "không nêu giai đoạn". */
	period: string;
	/** The recorder's notes, labelled (period as recorded, note); '' when none. */
	notes: string;
	source: Source | undefined;
	/** The source's link when it is http(s). */
	link: string | null;
}

/**
 * Facts matching the filter: by province code (national last), catalogue order, then period. The chosen 63-province
 * codes keep a province's own figures and those of the new province it is part of (a code is read in its fact's era).
 */
export function evidenceRows(ds: Dataset, filter: EvidenceFilter, lang: Lang = 'vi'): EvidenceRow[] {
	const order = new Map(ds.indicators.map((ind, i) => [ind.id, i]));
	const chosen34 = new Set([...filter.codes].map((c) => ds.provinceByCode.get(c)?.code_2025 ?? ''));
	const rows = ds.tables.facts
		.filter((f) => {
			const p = factPeriod(f);
			if (filter.indicator && f.indicator !== filter.indicator) return false;
			if (filter.period && (p ? periodKey(p) : NO_PERIOD) !== filter.period) return false;
			if (filter.scope && scopeKind(f.scope) !== filter.scope) return false;
			return filter.codes.size === 0 || (factEra(f) === '34' ? chosen34 : filter.codes).has(f.province_code);
		})
		.map((f) => {
			const source = ds.sourceById.get(f.source_id);
			return {
				fact: f,
				scopeKind: scopeKind(f.scope),
				place: factPlace(ds, f, lang),
				scope: scopeLabel(ds, f, lang),
				period: periodText(f, lang),
				notes: factNotes(f, lang),
				source,
				link: source ? safeHttpUrl(source.url) : null
			};
		});
	return rows.sort((x, y) => {
		const cx = x.fact.province_code || '~';
		const cy = y.fact.province_code || '~';
		const px = factPeriod(x.fact);
		const py = factPeriod(y.fact);
		return (
			(cx < cy ? -1 : cx > cy ? 1 : 0) ||
			(order.get(x.fact.indicator) ?? 1e9) - (order.get(y.fact.indicator) ?? 1e9) ||
			(px && py ? comparePeriods(px, py) : px ? -1 : py ? 1 : 0) ||
			x.fact.line - y.fact.line
		);
	});
}

/** The evidence rows as CSV cells, with the value, its qualifier mark and the quoted sentence. */
export function evidenceCsv(ds: Dataset, rows: readonly EvidenceRow[], lang: Lang): { header: string[]; rows: CsvCell[][] } {
	const header = [
		t(lang, 'ws.col.code'),
		t(lang, 'ws.col.name'),
		t(lang, 'ws.ev.scope'),
		t(lang, 'ws.ev.indicator'),
		t(lang, 'ws.csv.period'),
		t(lang, 'ws.ev.value'),
		t(lang, 'ws.col.qualifier'),
		t(lang, 'ws.ev.quote'),
		t(lang, 'ws.ev.publisher'),
		t(lang, 'ws.ev.date'),
		t(lang, 'ws.csv.links'),
		t(lang, 'ws.ev.notes')
	];
	const label = (id: string) => {
		const ind = ds.indicatorById.get(id);
		return indicatorLabel(ind, lang, id);
	};
	const body = rows.map((r): CsvCell[] => [
		r.fact.province_code ? { code: r.fact.province_code } : null,
		r.place,
		r.scope,
		label(r.fact.indicator),
		r.period,
		r.fact.value,
		qualifierText(r.fact.qualifier, lang),
		r.fact.quote,
		r.source?.publisher ?? '',
		r.source?.date ?? '',
		r.link ?? '',
		r.notes
	]);
	return { header, rows: body };
}
