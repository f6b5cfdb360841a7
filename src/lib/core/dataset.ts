/** The dataset indexed once for every view: lookups by code, facts by map key and by province. */
import { buildUnits34, factEra, isUnchanged, periodEra, scopeKindOf, type Era } from './era';
import { comparePeriods, parsePeriod, periodKey } from './period';
import { buildRegions, type Region } from './provinces';
import type { DatasetTables, Fact, Indicator, Period, Province, Source, Unit34 } from './types';

export type { Region };

export interface PeriodCoverage {
	period: Period;
	key: string;
	/** Old (63) provinces with a `scope=province` figure for this indicator and period. */
	provinces: number;
	/** New (34) provinces with a figure of their own or of one of their old provinces. */
	units: number;
	/** A national figure exists for this indicator and period. */
	national: boolean;
	/** The map the period opens on (era.ts `periodEra`). */
	era: Era;
}

export interface Dataset {
	tables: DatasetTables;
	provinces: Province[];
	provinceByCode: Map<string, Province>;
	units34: Unit34[];
	unit34ByCode: Map<string, Unit34>;
	regions: Region[];
	regionById: Map<string, Region>;
	indicators: Indicator[];
	indicatorById: Map<string, Indicator>;
	sourceById: Map<string, Source>;
	/** `scope=province` facts with a period, by `mapKey(indicator, periodKey, code)` (rule 1; 63-era codes). */
	mapFacts: Map<string, Fact[]>;
	/** A new province's own figures (`merged_province` scope) with a period, by `mapKey(…, 34-era code)` (rule 5). */
	mapFacts34: Map<string, Fact[]>;
	/** Every 63-era fact about an old province (province, district, block scopes; dated or not), by its code. */
	factsByProvince: Map<string, Fact[]>;
	/** Every 34-era fact about a new province (merged province, commune scopes), by its code. */
	factsByUnit: Map<string, Fact[]>;
	/** `scope=national` facts with a period, by `indicator|periodKey`. */
	nationalFacts: Map<string, Fact[]>;
	/** Periods that can be shown for an indicator (province or national figures), oldest first. */
	periodsByIndicator: Map<string, PeriodCoverage[]>;
}

/**
 * Order of plain ASCII keys — zero-padded codes, ISO dates — by code point: the order `localeCompare` gives
 * them, without building a locale collator first (that costs a phone about 15 ms of its first view; PERFORMANCE.md).
 */
export function compareAscii(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

export function mapKey(indicator: string, period: string, code: string): string {
	return `${indicator}|${period}|${code}`;
}

export function factPeriod(f: Fact): Period | null {
	return f.period_start === null || f.period_end === null ? null : { start: f.period_start, end: f.period_end };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/**
 * Per indicator and period key: the old (63) and the new (34) province codes with a figure to draw, and whether a
 * national figure exists — what the pickers, the "x/63 tỉnh" counts and the default view are computed from. The
 * build ships it in the catalogue (./dataset-parts.ts), so that a dataset holding only the indicator in view still
 * offers every indicator and period.
 */
export type CoverageSummary = Record<string, { key: string; p63: string[]; p34: string[]; national?: true }[]>;

/** `coverage`: the whole data's summary, used instead of the facts' own when `tables` hold only some indicators. */
export function indexDataset(tables: DatasetTables, coverage?: CoverageSummary): Dataset {
	const builder = datasetBuilder(tables);
	builder.add(0, tables.facts.length);
	return builder.finish(coverage);
}

/** What `tables` report, per indicator and period (see `CoverageSummary`); codes in ascending order. */
export function coverageSummary(tables: DatasetTables): CoverageSummary {
	const builder = datasetBuilder(tables);
	builder.add(0, tables.facts.length);
	return builder.summary();
}

/**
 * The same index built a slice of facts at a time with a pause between slices, so that a large import
 * (100,000 figures) never blocks the page for long; `pause` is the caller's way to yield (a timer in the
 * browser). Gives exactly what `indexDataset` gives.
 */
export async function indexDatasetInSlices(tables: DatasetTables, opts: { slice: number; pause: () => Promise<void> }): Promise<Dataset> {
	const builder = datasetBuilder(tables);
	for (let i = 0; i < tables.facts.length; i += opts.slice) {
		if (i > 0) await opts.pause();
		builder.add(i, Math.min(tables.facts.length, i + opts.slice));
	}
	return builder.finish();
}

/** Per indicator and period: the old and the new provinces with a figure to draw. */
interface Reported {
	period: Period;
	key: string;
	codes63: Set<string>;
	codes34: Set<string>;
	national: boolean;
}
/** `Reported` by indicator, then by period key. */
type ReportedPeriods = Map<string, Map<string, Reported>>;

/** What a dataset knows from its provinces table and the periods reported, whatever its figures. */
type PlacesAndPeriods = Pick<
	Dataset,
	'provinces' | 'provinceByCode' | 'units34' | 'unit34ByCode' | 'regions' | 'regionById' | 'periodsByIndicator'
>;

function placesAndPeriods(rows: readonly Province[], periods: ReportedPeriods): PlacesAndPeriods {
	const provinces = [...rows].sort((a, b) => compareAscii(a.code, b.code));
	const units34 = buildUnits34(provinces);
	const regions = buildRegions(provinces);
	const unitOf = new Map(provinces.map((p) => [p.code, p.code_2025]));
	const unitCodes = new Set(units34.map((u) => u.code));
	const unchanged = new Set(units34.filter(isUnchanged).map((u) => u.code));
	const periodsByIndicator = new Map<string, PeriodCoverage[]>();
	for (const [id, byKey] of periods) {
		const list = [...byKey.values()].map(({ period, key, codes63, codes34, national }): PeriodCoverage => {
			const units = new Set([...codes34].filter((c) => unitCodes.has(c)));
			for (const c of codes63) if (unitOf.has(c)) units.add(unitOf.get(c)!);
			const mergedAwayReported = [...codes63].some((c) => !unchanged.has(c));
			return { period, key, provinces: codes63.size, units: units.size, national, era: periodEra(period, { mergedAwayReported }) };
		});
		periodsByIndicator.set(
			id,
			list.sort((a, b) => comparePeriods(a.period, b.period))
		);
	}
	return {
		provinces,
		provinceByCode: new Map(provinces.map((p) => [p.code, p])),
		units34,
		unit34ByCode: new Map(units34.map((u) => [u.code, u])),
		regions,
		regionById: new Map(regions.map((r) => [r.id, r])),
		periodsByIndicator
	};
}

/**
 * Places and periods from a coverage summary, computed once per summary and provinces table: the first view
 * indexes the catalogue alone (to know which files its link needs), then again with the indicator's figures.
 */
const fromSummary = new WeakMap<CoverageSummary, { rows: readonly Province[]; places: PlacesAndPeriods }>();

function placesFromSummary(rows: readonly Province[], coverage: CoverageSummary): PlacesAndPeriods {
	const known = fromSummary.get(coverage);
	if (known?.rows === rows) return known.places;
	const periods: ReportedPeriods = new Map();
	for (const [id, list] of Object.entries(coverage)) {
		periods.set(
			id,
			new Map(
				list.flatMap(({ key, p63, p34, national }) => {
					const period = parsePeriod(key);
					return period ? [[key, { period, key, codes63: new Set(p63), codes34: new Set(p34), national: Boolean(national) }]] : [];
				})
			)
		);
	}
	const places = placesAndPeriods(rows, periods);
	fromSummary.set(coverage, { rows, places });
	return places;
}

/** Indexes `tables.facts[from … to)` with `add`, in as many calls as the caller likes; `finish` builds the rest. */
function datasetBuilder(tables: DatasetTables): {
	add(from: number, to: number): void;
	finish(coverage?: CoverageSummary): Dataset;
	summary(): CoverageSummary;
} {
	const mapFacts = new Map<string, Fact[]>();
	const mapFacts34 = new Map<string, Fact[]>();
	const factsByProvince = new Map<string, Fact[]>();
	const factsByUnit = new Map<string, Fact[]>();
	const nationalFacts = new Map<string, Fact[]>();
	const periods: ReportedPeriods = new Map();

	const coverage = (f: Fact, period: Period): Reported => {
		let byKey = periods.get(f.indicator);
		if (!byKey) periods.set(f.indicator, (byKey = new Map()));
		const key = periodKey(period);
		let c = byKey.get(key);
		if (!c) byKey.set(key, (c = { period, key, codes63: new Set(), codes34: new Set(), national: false }));
		return c;
	};

	function add(from: number, to: number): void {
		for (let i = from; i < to; i++) {
			const f = tables.facts[i]!;
			// A code is read in the fact's era: 24 is Bắc Giang in a `province` row, Bắc Ninh in a `merged_province` one.
			if (f.province_code) push(factEra(f) === '34' ? factsByUnit : factsByProvince, f.province_code, f);
			const period = factPeriod(f);
			if (!period) continue;
			if (f.scope === 'province' && f.province_code) {
				coverage(f, period).codes63.add(f.province_code);
				push(mapFacts, mapKey(f.indicator, periodKey(period), f.province_code), f);
			} else if (scopeKindOf(f.scope) === 'merged_province' && f.province_code) {
				coverage(f, period).codes34.add(f.province_code);
				push(mapFacts34, mapKey(f.indicator, periodKey(period), f.province_code), f);
			} else if (f.scope === 'national') {
				coverage(f, period).national = true;
				push(nationalFacts, `${f.indicator}|${periodKey(period)}`, f);
			}
		}
	}

	function summary(): CoverageSummary {
		const out: CoverageSummary = {};
		for (const [id, byKey] of periods) {
			out[id] = [...byKey.values()].map(({ key, codes63, codes34, national }) => ({
				key,
				p63: [...codes63].sort(compareAscii),
				p34: [...codes34].sort(compareAscii),
				...(national ? { national: true as const } : {})
			}));
		}
		return out;
	}

	function finish(coverage?: CoverageSummary): Dataset {
		return {
			tables,
			...(coverage ? placesFromSummary(tables.provinces, coverage) : placesAndPeriods(tables.provinces, periods)),
			indicators: tables.indicators,
			indicatorById: new Map(tables.indicators.map((i) => [i.id, i])),
			sourceById: new Map(tables.sources.map((s) => [s.source_id, s])),
			mapFacts,
			mapFacts34,
			factsByProvince,
			factsByUnit,
			nationalFacts
		};
	}

	return { add, finish, summary };
}

/** The mission's three families: what the default view is chosen from. */
const HEADLINE_FAMILIES = new Set(['models', 'tips', 'awards']);
/** The mission's question: how 2013–2023 compares with 2015–2020. */
export const MISSION_PERIOD = '2013-2023';
export const MISSION_COMPARE = '2015-2020';

/** The default view: an indicator and period, and the period it is compared with (null: no comparison). */
export interface DefaultView {
	indicator: string;
	period: string;
	compare: string | null;
}

/** Orders two periods' coverage by `count`, then a national figure, then the later period: > 0 when `a` goes first. */
function coverageOrder(a: PeriodCoverage, b: PeriodCoverage, count: (c: PeriodCoverage) => number): number {
	return count(a) - count(b) || Number(a.national) - Number(b.national) || comparePeriods(a.period, b.period);
}

/**
 * The default view is what a leader looks at first. Among models, tips and awards (catalogue order on ties):
 * 1. **The present**: since 1/7/2025 every report is by the 34 new provinces, so the period of the 34 map with the
 *    most new provinces covered opens first (ties: a national figure, then the later period).
 * 2. Without any such figure, **the mission's question**: the indicator with the most provinces in 2013–2023 (ties:
 *    a national figure), compared with 2015–2020 when some province has figures for both periods (only then does
 *    the difference map show something).
 * 3. Without either, the indicator and period with the most provinces, so a first-time visitor sees a map with data.
 */
export function defaultIndicatorPeriod(ds: Dataset): DefaultView | null {
	const headline = ds.indicators.filter((ind) => HEADLINE_FAMILIES.has(ind.family));
	/** The headline indicator and period first in `coverageOrder` by `count` (catalogue order on ties); none counted: null. */
	const best = (count: (c: PeriodCoverage) => number): { indicator: string; period: PeriodCoverage } | null => {
		let found: { indicator: string; period: PeriodCoverage } | null = null;
		for (const ind of headline)
			for (const c of ds.periodsByIndicator.get(ind.id) ?? [])
				if (count(c) > 0 && (!found || coverageOrder(c, found.period, count) > 0)) found = { indicator: ind.id, period: c };
		return found;
	};
	const present = best((c) => (c.era === '34' ? c.units : 0));
	if (present) return { indicator: present.indicator, period: present.period.key, compare: null };
	const mission = best((c) => (c.key === MISSION_PERIOD ? c.provinces : 0));
	if (mission) {
		const id = mission.indicator;
		const both = ds.provinces.some(
			(p) => ds.mapFacts.has(mapKey(id, MISSION_PERIOD, p.code)) && ds.mapFacts.has(mapKey(id, MISSION_COMPARE, p.code))
		);
		return { indicator: id, period: MISSION_PERIOD, compare: both ? MISSION_COMPARE : null };
	}
	const any = best((c) => c.provinces);
	return any && { indicator: any.indicator, period: any.period.key, compare: null };
}

/** The period an indicator opens on: `preferred` when it has it, else its best-covered (latest on ties). */
export function defaultPeriodFor(ds: Dataset, indicator: string, preferred?: string): string | null {
	const list = ds.periodsByIndicator.get(indicator) ?? [];
	if (preferred && list.some((c) => c.key === preferred)) return preferred;
	let best: PeriodCoverage | null = null;
	for (const c of list) if (!best || c.provinces >= best.provinces) best = c;
	return best?.key ?? null;
}
