/**
 * Totals and coverage per socio-economic region for the chosen indicator and period. A region's total is
 * the sum of its provinces' drawn figures (each province's own figure, per rules 1–2); when some of its
 * provinces lack data the total is partial and so a lower bound, exactly as a 34-unit's sum (rule 5).
 * Normalisation follows the selection: per year over the period, per 100,000 over the population of all
 * the region's counted provinces (so a partial rate is a lower bound too).
 */
import type { Dataset } from './dataset';
import { combineQualifiers, normalise, type Selection, type SourceFigure } from './select';
import type { Qualifier } from './types';

export interface RegionSummary {
	id: string;
	name: string;
	/** Codes of the region's provinces counted (only the chosen ones when a choice is given). */
	codes: string[];
	/** How many of them have a figure. */
	withData: number;
	/** Sum of the figures before normalisation; null when no province has one. */
	total: number | null;
	/** The total normalised as the selection is; null when no province has a figure. */
	value: number | null;
	qualifier: Qualifier | null;
	/** Some counted provinces lack data: the total is a lower bound. */
	partial: boolean;
}

/** Every old (63) province's drawn figure in the selection, whatever the units shown. */
function figuresByProvince(sel: Selection): Map<string, SourceFigure | null> {
	return new Map(sel.areas.flatMap((a) => a.parts.map((p) => [p.code, p.figure] as const)));
}

/**
 * One summary per region, in the dataset's region order. With `chosen` (63-province codes), only those
 * provinces count and regions with none of them are left out.
 */
export function regionSummaries(ds: Dataset, sel: Selection, chosen?: ReadonlySet<string>): RegionSummary[] {
	const figures = figuresByProvince(sel);
	const out: RegionSummary[] = [];
	for (const region of ds.regions) {
		const codes = chosen && chosen.size > 0 ? region.codes.filter((c) => chosen.has(c)) : region.codes;
		if (codes.length === 0) continue;
		const reported = codes.flatMap((c) => {
			const f = figures.get(c);
			return f ? [f] : [];
		});
		const base = { id: region.id, name: region.name, codes, withData: reported.length };
		if (reported.length === 0) {
			out.push({ ...base, total: null, value: null, qualifier: null, partial: true });
			continue;
		}
		const partial = reported.length < codes.length;
		const total = reported.reduce((s, f) => s + f.value, 0);
		const population = codes.reduce((s, c) => s + (ds.provinceByCode.get(c)?.population ?? 0), 0);
		out.push({
			...base,
			total,
			value: normalise({ total, norm: sel.appliedNorm, period: sel.period, population }),
			qualifier: combineQualifiers(
				reported.map((f) => f.qualifier),
				partial
			),
			partial
		});
	}
	return out;
}
