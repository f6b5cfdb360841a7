/**
 * Rule 7: coverage as a first-class view — where sourced figures exist, for one indicator or overall,
 * and for one province which indicators and periods exist.
 */
import { factPeriod, type Dataset } from './dataset';
import type { Era } from './era';
import { comparePeriods, periodKey } from './period';
import { rankRows } from './select';
import type { Fact, Period } from './types';

export interface IndicatorCoverage {
	code: string;
	/** Periods with a province-scope figure for the indicator, oldest first (period keys). */
	periods: string[];
}

/** For one indicator: per province, the periods with a sourced province-scope figure. */
export function indicatorCoverage(ds: Dataset, indicator: string): IndicatorCoverage[] {
	const keys = (ds.periodsByIndicator.get(indicator) ?? []).map((c) => c.key);
	return ds.provinces.map((p) => ({
		code: p.code,
		periods: keys.filter((k) => ds.mapFacts.has(`${indicator}|${k}|${p.code}`))
	}));
}

/**
 * New provinces' own figures (34 view, rule 5): per new province code, the indicators and periods it reported
 * itself (`merged_province` rows), as period keys per indicator.
 */
export function ownCoverage(ds: Dataset): Map<string, Map<string, string[]>> {
	const out = new Map<string, Map<string, string[]>>();
	for (const key of ds.mapFacts34.keys()) {
		const [indicator = '', period = '', code = ''] = key.split('|');
		let byIndicator = out.get(code);
		if (!byIndicator) out.set(code, (byIndicator = new Map()));
		byIndicator.set(indicator, [...(byIndicator.get(indicator) ?? []), period]);
	}
	return out;
}

export interface OverallCoverage {
	code: string;
	/** Distinct indicators with a mappable (province-scope, dated) figure. */
	indicators: number;
	/** Every fact about the province, any scope or period (district, sector and undated rows included). */
	facts: number;
}

/** Overall: per province, how many indicators have a mappable figure and how many facts exist at all. */
export function overallCoverage(ds: Dataset): OverallCoverage[] {
	return ds.provinces.map((p) => {
		const facts = ds.factsByProvince.get(p.code) ?? [];
		const mappable = new Set(facts.filter((f) => f.scope === 'province' && factPeriod(f)).map((f) => f.indicator));
		return { code: p.code, indicators: mappable.size, facts: facts.length };
	});
}

export interface ProvinceFactGroup {
	/** `province`, or the scope of district/sector rows grouped under the province. */
	scope: string;
	indicator: string;
	/** null for rows that state no period. */
	period: Period | null;
	/** Rows for this key, most recent source first. */
	rows: Fact[];
}

/**
 * For one province of an era (./era.ts): every sourced figure grouped by (scope, indicator, period); the whole
 * province first (`province`, or in the 34 a new province's `merged_province` rows), then districts, sectors,
 * communes; within a scope by catalogue order, then period.
 */
export function provinceFacts(ds: Dataset, code: string, era: Era = '63'): ProvinceFactGroup[] {
	const order = new Map(ds.indicators.map((ind, i) => [ind.id, i]));
	const groups = new Map<string, ProvinceFactGroup>();
	for (const f of (era === '34' ? ds.factsByUnit : ds.factsByProvince).get(code) ?? []) {
		const period = factPeriod(f);
		const key = `${f.scope}|${f.indicator}|${period ? periodKey(period) : ''}`;
		const g = groups.get(key);
		if (g) g.rows.push(f);
		else groups.set(key, { scope: f.scope, indicator: f.indicator, period, rows: [f] });
	}
	for (const g of groups.values()) g.rows = rankRows(g.rows, ds.sourceById);
	const scopeRank = (s: string) => (s === 'province' || s.startsWith('merged_province:') ? 0 : 1);
	return [...groups.values()].sort(
		(x, y) =>
			scopeRank(x.scope) - scopeRank(y.scope) ||
			x.scope.localeCompare(y.scope) ||
			(order.get(x.indicator) ?? 1e9) - (order.get(y.indicator) ?? 1e9) ||
			(x.period && y.period ? comparePeriods(x.period, y.period) : x.period ? -1 : y.period ? 1 : 0)
	);
}
