/**
 * Who has reported: for one period, each province (of the 63, or of the 34 since 1/7/2025) as reported (a
 * figure for every indicator asked for), partly reported (some of them) or not reported — what a central
 * office watches during a round. The indicators asked for are the round's (its templates', kept with the
 * import), else every indicator with a figure for some province in that period. Having a figure is what
 * counts, whatever it is: a reported 0 is reported; no figure is "not reported", never 0.
 *
 * In the 34 view a new province has an indicator when it reported it itself (an era-34 row) or when every old
 * province it is made of did; when only some did, that indicator counts as partly there.
 */
import type { Dataset } from './dataset';
import { mapKey } from './dataset';
import { periodKey } from './period';
import type { Units } from './select';
import type { Period } from './types';

export type ReportingStatus = 'full' | 'partial' | 'none';

export interface AreaReporting {
	code: string;
	name: string;
	status: ReportingStatus;
	/** Indicators asked for that the area has in full, in the order asked for. */
	present: string[];
	/** Indicators asked for that it lacks, or (34 view) has for only some of its old provinces. */
	missing: string[];
}

export interface Reporting {
	period: Period;
	units: Units;
	/** The indicators asked for, in catalogue order. */
	expected: string[];
	/** Whether they are a round's (else: those with any figure in the period). */
	fromRound: boolean;
	areas: AreaReporting[];
	counts: Record<ReportingStatus, number>;
}

export function reportingStatus(ds: Dataset, opts: { period: Period; units: Units; round?: string[] }): Reporting {
	const { period, units } = opts;
	const key = periodKey(period);
	/** Era-34 figures of the period: `code|indicator` of each merged province's own figures. */
	const own = new Set<string>();
	if (units === '34')
		for (const f of ds.tables.facts)
			if (f.scope.startsWith('merged_province:') && f.period_start === period.start && f.period_end === period.end)
				own.add(`${f.province_code}|${f.indicator}`);
	const groups =
		units === '63'
			? ds.provinces.map((p) => ({ code: p.code, name: p.name, codes: [p.code] }))
			: ds.units34.map((u) => ({ code: u.code, name: u.name, codes: u.old_codes }));
	/** 1: in full; 0.5: some old provinces; 0: none. */
	const have = (g: (typeof groups)[number], indicator: string): number => {
		if (own.has(`${g.code}|${indicator}`)) return 1;
		const k = g.codes.filter((c) => ds.mapFacts.has(mapKey(indicator, key, c))).length;
		return k === g.codes.length ? 1 : k > 0 ? 0.5 : 0;
	};
	const catalogue = ds.indicators.map((i) => i.id);
	const asked = opts.round?.filter((id) => catalogue.includes(id));
	const fromRound = asked !== undefined && asked.length > 0;
	const expected = fromRound ? catalogue.filter((id) => asked.includes(id)) : catalogue.filter((id) => groups.some((g) => have(g, id) > 0));
	const counts: Record<ReportingStatus, number> = { full: 0, partial: 0, none: 0 };
	const areas = groups.map((g): AreaReporting => {
		const marks = expected.map((id) => have(g, id));
		const present = expected.filter((_, i) => marks[i] === 1);
		const missing = expected.filter((_, i) => marks[i] !== 1);
		const status: ReportingStatus = expected.length > 0 && missing.length === 0 ? 'full' : marks.some((m) => m > 0) ? 'partial' : 'none';
		counts[status]++;
		return { code: g.code, name: g.name, status, present, missing };
	});
	return { period, units, expected, fromRound, areas, counts };
}
