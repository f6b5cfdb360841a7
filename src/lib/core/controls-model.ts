/** Options the controls offer, computed from the dataset: indicators grouped by family, periods with coverage. */
import type { Dataset, PeriodCoverage } from './dataset';
import { periodLabel } from './period';
import type { Units } from './select';
import { FAMILIES, type Family, type Indicator, type Lang } from './types';

export interface IndicatorGroup {
	family: Family;
	indicators: Indicator[];
}

/** Indicators that have at least one mappable or national period, grouped in family order. */
export function indicatorGroups(ds: Dataset): IndicatorGroup[] {
	return FAMILIES.map((family) => ({
		family,
		indicators: ds.indicators.filter((i) => i.family === family && ds.periodsByIndicator.has(i.id))
	})).filter((g) => g.indicators.length > 0);
}

export interface PeriodOption extends PeriodCoverage {
	label: string;
	/** The map the period is drawn on when chosen from these units: 34 for a period only new provinces reported. */
	opensOn: Units;
	/** Areas of that map with a figure, out of `of` (63 or 34). */
	count: number;
	of: number;
}

/**
 * The periods present for an indicator, latest first, each counted on the map it is drawn on: in the 34 view
 * every period out of 34; in the 63 view out of 63, except periods that only new provinces reported (out of
 * 34: choosing one opens the 34 map).
 */
export function periodOptions(ds: Dataset, indicator: string, units: Units): PeriodOption[] {
	return [...(ds.periodsByIndicator.get(indicator) ?? [])].reverse().map((c) => {
		const on: Units = units === '34' || (c.provinces === 0 && c.units > 0) ? '34' : '63';
		return {
			...c,
			label: periodLabel(c.period),
			opensOn: on,
			count: on === '34' ? c.units : c.provinces,
			of: on === '34' ? ds.units34.length : ds.provinces.length
		};
	});
}

export function indicatorLabel(ind: Indicator | undefined, lang: Lang): string {
	return ind ? (lang === 'vi' ? ind.label_vi : ind.label_en) : '';
}

export function indicatorUnit(ind: Indicator | undefined, lang: Lang): string {
	return ind ? (lang === 'vi' ? ind.unit_vi : ind.unit_en) : '';
}
