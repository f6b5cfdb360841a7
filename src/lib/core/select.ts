/**
 * (indicator, period, units, normalisation) → one value per area, with coverage and provenance.
 * Implements DATA.md rules 1–5: province-scope facts only; the most recent source wins when sources
 * differ (never summed across sources); per-year for flows only; per 100,000 people; in the 34 view a new
 * province's own figure, else the sum of its old provinces with partial coverage. Rows of one key from the
 * same source are parts of that source's figure (e.g. awards by different bodies, listed in separate
 * sentences) and are added up — see ./DATA.md.
 */
import { compareAscii, mapKey, type Dataset } from './dataset';
import type { Era } from './era';
import { periodKey, periodYears } from './period';
import type { Fact, Period, Qualifier, Source } from './types';

/**
 * What a value is put on. The link offers the first three (`NORMS`); `per_100k_year` (per 100,000 people per
 * year) is what a comparison of periods of different lengths uses when per 100,000 people was asked (rule 6).
 */
export type Norm = 'total' | 'per_year' | 'per_100k' | 'per_100k_year';
/** The map's areas: the provinces of an era (./era.ts). */
export type Units = Era;
export const NORMS: readonly Norm[] = ['total', 'per_year', 'per_100k'];

export interface SelectOptions {
	indicator: string;
	period: Period;
	norm: Norm;
	units: Units;
}

/** What one source says for one key: the sum of its rows (parts, e.g. one per awarding body). */
export interface SourceFigure {
	source_id: string;
	value: number;
	qualifier: Qualifier;
	/** The rows added up, in file order; one row in the common case. */
	facts: Fact[];
}

/** One old province's contribution to an area (the area itself in the 63 view). */
export interface AreaPart {
	code: string;
	name: string;
	/** The figure drawn: from the most recent source (rule 2); null without data. */
	figure: SourceFigure | null;
	/** Every source's figure for this key, the drawn one first. */
	figures: SourceFigure[];
	/** Several sources give different figures for the same key ("sources differ"). */
	conflict: boolean;
}

export type AreaStatus = 'value' | 'partial' | 'missing';

/** The sum of a new province's old provinces (34 view): `reported` of them have a figure. */
export interface PartsSum {
	value: number;
	qualifier: Qualifier;
	reported: number;
}

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
	/**
	 * 34 view: the new province's own figure (its era-34 rows, rule 5), drawn instead of the sum of its parts;
	 * null when it has none (and always in the 63 view).
	 */
	own: AreaPart | null;
	/** The sum of the parts' figures; null when no part has one. */
	partsSum: PartsSum | null;
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

/** The figures drawn for an area: the new province's own (34 view) when it has one, else its reporting parts'. */
export function drawnParts(area: Pick<AreaValue, 'own' | 'parts'>): AreaPart[] {
	return area.own ? [area.own] : area.parts;
}

/** Sources' dates sort as text (YYYY, YYYY-MM, YYYY-MM-DD); undated sources sort oldest. */
function sourceDate(sources: Map<string, Source>, id: string): string {
	return sources.get(id)?.date ?? '';
}

/**
 * Rules 2 and same-source parts: the rows of one key grouped by source, each source's rows summed, ordered
 * with the figure to draw first — the most recent source; on equal dates the source whose first row comes
 * first in the file (a stable, documented choice). Never a sum or average across sources.
 */
export function sourceFigures(rows: Fact[], sources: Map<string, Source>): SourceFigure[] {
	const bySource = new Map<string, Fact[]>();
	for (const r of rows) {
		const list = bySource.get(r.source_id);
		if (list) list.push(r);
		else bySource.set(r.source_id, [r]);
	}
	const figures = [...bySource].map(([source_id, facts]) => ({
		source_id,
		value: facts.reduce((sum, f) => sum + f.value, 0),
		qualifier: combineQualifiers(
			facts.map((f) => f.qualifier),
			false
		),
		facts
	}));
	return figures.sort(
		(a, b) => compareAscii(sourceDate(sources, b.source_id), sourceDate(sources, a.source_id)) || a.facts[0]!.line - b.facts[0]!.line
	);
}

/** Facts newest source first (the order of `sourceFigures`), for lists of evidence. */
export function rankRows(rows: Fact[], sources: Map<string, Source>): Fact[] {
	return sourceFigures(rows, sources).flatMap((f) => f.facts);
}

export function hasConflict(figures: SourceFigure[]): boolean {
	const first = figures[0];
	return figures.some((f) => f.value !== first?.value || f.qualifier !== first?.qualifier);
}

/** Rule 5: qualifiers of a sum — any lower bound or missing part makes a lower bound; else any ≈ makes ≈. */
export function combineQualifiers(qs: Qualifier[], anyMissing: boolean): Qualifier {
	if (anyMissing || qs.includes('at_least')) return 'at_least';
	if (qs.includes('approx')) return 'approx';
	return 'exact';
}

/** The normalisation that applies: per-year is for flows only (rule 3), so a stock stays a total. */
export function effectiveNorm(norm: Norm, flow: boolean): Norm {
	if (flow) return norm;
	return norm === 'per_year' ? 'total' : norm === 'per_100k_year' ? 'per_100k' : norm;
}

/** Rules 3–4 on one figure (callers pass the effective norm). */
export function normalise(opts: { total: number; norm: Norm; period: Period; population: number }): number {
	const { total, norm, period, population } = opts;
	if (norm === 'per_year') return total / periodYears(period);
	if (norm === 'per_100k') return (total / population) * 100_000;
	if (norm === 'per_100k_year') return ((total / population) * 100_000) / periodYears(period);
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

	const part = (facts: Map<string, Fact[]>, code: string, name: string): AreaPart => {
		const figures = sourceFigures(facts.get(mapKey(opts.indicator, key, code)) ?? [], ds.sourceById);
		return { code, name, figure: figures[0] ?? null, figures, conflict: hasConflict(figures) };
	};

	const groups =
		opts.units === '63'
			? ds.provinces.map((p) => ({ code: p.code, name: p.name, population: p.population, codes: [p.code] }))
			: ds.units34.map((u) => ({ code: u.code, name: u.name, population: u.population, codes: u.old_codes }));

	const areas: AreaValue[] = groups.map((g) => {
		const parts = g.codes.map((c) => part(ds.mapFacts, c, ds.provinceByCode.get(c)?.name ?? c));
		const reported = parts.filter((p) => p.figure !== null);
		const partsSum: PartsSum | null =
			reported.length === 0
				? null
				: {
						value: reported.reduce((s, p) => s + p.figure!.value, 0),
						qualifier: combineQualifiers(
							reported.map((p) => p.figure!.qualifier),
							reported.length < parts.length
						),
						reported: reported.length
					};
		const ownPart = opts.units === '34' ? part(ds.mapFacts34, g.code, g.name) : null;
		const own = ownPart?.figure ? ownPart : null;
		const base = { code: g.code, name: g.name, population: g.population, parts, own, partsSum, rank: null };
		const drawn = own?.figure ?? partsSum;
		if (!drawn) {
			return { ...base, status: 'missing', value: null, total: null, qualifier: null, conflict: false };
		}
		qualifiers.add(drawn.qualifier);
		return {
			...base,
			status: own || partsSum!.reported === parts.length ? 'value' : 'partial',
			value: normalise({ total: drawn.value, norm: appliedNorm, period: opts.period, population: g.population }),
			total: drawn.value,
			qualifier: drawn.qualifier,
			// Its own figure and a different sum of its parts are two sources (rule 2), never added together.
			conflict: own
				? own.conflict || (partsSum !== null && (partsSum.value !== own.figure!.value || partsSum.qualifier !== own.figure!.qualifier))
				: parts.some((p) => p.conflict)
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
