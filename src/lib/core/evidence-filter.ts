/**
 * The evidence table's filters (table view): which indicator, period and scope of facts it lists. Kept apart from
 * evidence-table.ts (loaded with the table view) because the view state validates the filters of a link against them.
 */
import { factPeriod, type Dataset } from './dataset';
import { comparePeriods, periodKey } from './period';
import type { Period, ScopeKind } from './types';
import { SCOPE_KINDS } from './types';

/** The period filter's value for facts whose article states no period. */
export const NO_PERIOD = 'none';

/** "district:Đất Đỏ" → "district"; an unknown kind counts as a province's own figure. */
export function scopeKind(scope: string): ScopeKind {
	const kind = scope.split(':')[0] as ScopeKind;
	return SCOPE_KINDS.includes(kind) ? kind : 'province';
}

export interface EvidenceOptions {
	/** Indicators with facts, in catalogue order. */
	indicators: string[];
	/** Period keys, latest first. */
	periods: string[];
	scopes: ScopeKind[];
	/** Whether some facts state no period (the `NO_PERIOD` choice). */
	undated: boolean;
}

/** Choices the evidence filters offer: indicators with facts (catalogue order), periods (latest first), scopes present. */
export function evidenceOptions(ds: Dataset): EvidenceOptions {
	const used = new Set(ds.tables.facts.map((f) => f.indicator));
	const periods = new Map<string, Period>();
	let undated = false;
	for (const f of ds.tables.facts) {
		const p = factPeriod(f);
		if (p) periods.set(periodKey(p), p);
		else undated = true;
	}
	const scopes = new Set(ds.tables.facts.map((f) => scopeKind(f.scope)));
	return {
		indicators: ds.indicators.filter((i) => used.has(i.id)).map((i) => i.id),
		periods: [...periods.values()].sort((a, b) => comparePeriods(b, a)).map(periodKey),
		scopes: SCOPE_KINDS.filter((s) => scopes.has(s)),
		undated
	};
}
