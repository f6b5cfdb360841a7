/**
 * (indicator, period, units, normalisation) → one value per area, with coverage and provenance.
 * Implements DATA.md rules 1–5: province-scope facts only; the most recent source wins when sources
 * differ (never summed); per-year for flows only; per 100,000 people; 34-unit sums with partial coverage.
 */
import { mapKey, type Dataset } from './dataset';
import { periodKey, periodYears } from './period';
import type { Fact, Period, Qualifier, Source } from './types';

export type Norm = 'total' | 'per_year' | 'per_100k';
export type Units = '63' | '34';
export const NORMS: readonly Norm[] = ['total', 'per_year', 'per_100k'];

export interface SelectOptions {
	indicator: string;
	period: Period;
	norm: Norm;
	units: Units;
}

/** One old province's contribution to an area (the area itself in the 63 view). */
export interface AreaPart {
	code: string;
	name: string;
	/** The figure drawn: from the most recent source (rule 2). */
	fact: Fact | null;
	/** Every row for this key, the chosen one first; more than one means several articles. */
	rows: Fact[];
	/** Several articles give different figures for the same key. */
	conflict: boolean;
}

export type AreaStatus = 'value' | 'partial' | 'missing';

export interface AreaValue {
	code: string;
	name: string;
	status: AreaStatus;
	/** Normalised value as drawn; null when no part has data. */
	value: number | null;
	/** Sum of the chosen figures before normalisation. */
	total: number | null;
	qualifier: Qualifier | null;
	conflict: boolean;
	population: number;
	/** One entry per old province (a single entry in the 63 view). */
	parts: AreaPart[];
	/** 1 = largest value among areas with data (ties share a rank); null without data. */
	rank: number | null;
}

export interface Selection extends SelectOptions {
	/** The normalisation actually applied: per-year falls back to total for stocks. */
	appliedNorm: Norm;
	areas: AreaValue[];
	byCode: Map<string, AreaValue>;
	/** Areas with a value (complete or partial). */
	withData: number;
	/** Areas with every part reported. */
	complete: number;
	qualifiers: Set<Qualifier>;
	populationYear: number | null;
}

/** Sources' dates sort as text (YYYY, YYYY-MM, YYYY-MM-DD); undated sources sort oldest. */
function sourceDate(sources: Map<string, Source>, f: Fact): string {
	return sources.get(f.source_id)?.date ?? '';
}

/**
 * Rule 2: the rows of one key ordered with the figure to draw first — the most recent source; on equal
 * dates the earlier row in the file (a stable, documented choice, never a sum or average).
 */
export function rankRows(rows: Fact[], sources: Map<string, Source>): Fact[] {
	return [...rows].sort(
		(a, b) => sourceDate(sources, b).localeCompare(sourceDate(sources, a)) || a.line - b.line
	);
}

export function hasConflict(rows: Fact[]): boolean {
	const first = rows[0];
	return rows.some((r) => r.value !== first?.value || r.qualifier !== first?.qualifier);
}

/** Rule 5: qualifiers of a sum — any lower bound or missing part makes a lower bound; else any ≈ makes ≈. */
export function combineQualifiers(qs: Qualifier[], anyMissing: boolean): Qualifier {
	if (anyMissing || qs.includes('at_least')) return 'at_least';
	if (qs.includes('approx')) return 'approx';
	return 'exact';
}

/** The normalisation that applies: per-year is for flows only (rule 3), so a stock stays a total. */
export function effectiveNorm(norm: Norm, flow: boolean): Norm {
	return norm === 'per_year' && !flow ? 'total' : norm;
}

/** Rules 3–4 on one figure (callers pass the effective norm). */
export function normalise(opts: { total: number; norm: Norm; period: Period; population: number }): number {
	const { total, norm, period, population } = opts;
	if (norm === 'per_year') return total / periodYears(period);
	if (norm === 'per_100k') return (total / population) * 100_000;
	return total;
}

/** Competition ranking by value, largest first: 10, 8, 8, 5 → 1, 2, 2, 4. */
export function assignRanks(areas: AreaValue[]): void {
	const ranked = areas.filter((a) => a.value !== null).sort((a, b) => b.value! - a.value!);
	ranked.forEach((a, i) => {
		const prev = ranked[i - 1];
		a.rank = prev && prev.value === a.value ? prev.rank : i + 1;
	});
}

export function select(ds: Dataset, opts: SelectOptions): Selection {
	const indicator = ds.indicatorById.get(opts.indicator);
	const flow = indicator?.measure !== 'stock';
	const key = periodKey(opts.period);
	const qualifiers = new Set<Qualifier>();
	const appliedNorm = effectiveNorm(opts.norm, flow);

	const part = (code: string): AreaPart => {
		const rows = rankRows(ds.mapFacts.get(mapKey(opts.indicator, key, code)) ?? [], ds.sourceById);
		return {
			code,
			name: ds.provinceByCode.get(code)?.name ?? code,
			fact: rows[0] ?? null,
			rows,
			conflict: hasConflict(rows)
		};
	};

	const groups =
		opts.units === '63'
			? ds.provinces.map((p) => ({ code: p.code, name: p.name, population: p.population, codes: [p.code] }))
			: ds.units34.map((u) => ({ code: u.code, name: u.name, population: u.population, codes: u.old_codes }));

	const areas: AreaValue[] = groups.map((g) => {
		const parts = g.codes.map(part);
		const reported = parts.filter((p) => p.fact !== null);
		const base = { code: g.code, name: g.name, population: g.population, parts, rank: null };
		if (reported.length === 0) {
			return { ...base, status: 'missing', value: null, total: null, qualifier: null, conflict: false };
		}
		const total = reported.reduce((s, p) => s + p.fact!.value, 0);
		const partial = reported.length < parts.length;
		const qualifier = combineQualifiers(
			reported.map((p) => p.fact!.qualifier),
			partial
		);
		qualifiers.add(qualifier);
		return {
			...base,
			status: partial ? 'partial' : 'value',
			value: normalise({ total, norm: appliedNorm, period: opts.period, population: g.population }),
			total,
			qualifier,
			conflict: parts.some((p) => p.conflict)
		};
	});
	assignRanks(areas);

	const years = new Set(ds.provinces.map((p) => p.population_year));
	return {
		...opts,
		appliedNorm,
		areas,
		byCode: new Map(areas.map((a) => [a.code, a])),
		withData: areas.filter((a) => a.value !== null).length,
		complete: areas.filter((a) => a.status === 'value').length,
		qualifiers,
		populationYear: years.size === 1 ? [...years][0]! : null
	};
}
