/**
 * Rule 6: period A (the view's period) against period B (`compare`) for one indicator.
 * Flows are compared on per-year rates when the periods differ in length; provinces lacking either
 * period are "no data for comparison", never zero.
 */
import type { Dataset } from './dataset';
import { periodYears } from './period';
import { select, type AreaValue, type Norm, type Selection, type Units } from './select';
import type { Period } from './types';

export interface ComparedArea {
	code: string;
	name: string;
	a: AreaValue;
	b: AreaValue;
	status: 'both' | 'insufficient';
	/** A − B on the compared basis; null unless both periods have data. */
	diff: number | null;
	/** A ÷ B; null unless both have data and B > 0. */
	ratio: number | null;
	/** A lower bound, approximation or partial sum is involved, so the change is indicative only. */
	qualified: boolean;
	/** 1 = largest increase; null without both values. */
	rank: number | null;
}

export interface Comparison {
	indicator: string;
	periodA: Period;
	periodB: Period;
	/** Normalisation both sides are put on. */
	norm: Norm;
	/** The periods differ in length and the indicator is a flow, so per-year rates are compared. */
	perYearForced: boolean;
	a: Selection;
	b: Selection;
	areas: ComparedArea[];
	byCode: Map<string, ComparedArea>;
	withBoth: number;
}

export function compare(ds: Dataset, opts: { indicator: string; periodA: Period; periodB: Period; norm: Norm; units: Units }): Comparison {
	const flow = ds.indicatorById.get(opts.indicator)?.measure !== 'stock';
	// Totals, or totals per 100,000 people, of periods of different lengths are compared per year (rule 6).
	const perYearForced =
		flow && (opts.norm === 'total' || opts.norm === 'per_100k') && periodYears(opts.periodA) !== periodYears(opts.periodB);
	const norm: Norm = !perYearForced ? opts.norm : opts.norm === 'per_100k' ? 'per_100k_year' : 'per_year';
	const base = { indicator: opts.indicator, norm, units: opts.units };
	const a = select(ds, { ...base, period: opts.periodA });
	const b = select(ds, { ...base, period: opts.periodB });

	const areas: ComparedArea[] = a.areas.map((av) => {
		const bv = b.byCode.get(av.code)!;
		const both = av.value !== null && bv.value !== null;
		return {
			code: av.code,
			name: av.name,
			a: av,
			b: bv,
			status: both ? 'both' : 'insufficient',
			diff: both ? av.value! - bv.value! : null,
			ratio: both && bv.value! > 0 ? av.value! / bv.value! : null,
			qualified: both && (av.qualifier !== 'exact' || bv.qualifier !== 'exact'),
			rank: null
		};
	});
	const ranked = areas.filter((c) => c.diff !== null).sort((x, y) => y.diff! - x.diff!);
	ranked.forEach((c, i) => (c.rank = i + 1));

	return {
		indicator: opts.indicator,
		periodA: opts.periodA,
		periodB: opts.periodB,
		norm: a.appliedNorm,
		perYearForced,
		a,
		b,
		areas,
		byCode: new Map(areas.map((c) => [c.code, c])),
		withBoth: ranked.length
	};
}
