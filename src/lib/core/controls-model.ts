/** Options the controls offer, computed from the dataset: indicators grouped by family, periods with coverage. */
import type { Dataset, PeriodCoverage } from './dataset';
import { periodLabel } from './period';
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
}

/** The periods present for an indicator, latest first, with how many provinces each has. */
export function periodOptions(ds: Dataset, indicator: string): PeriodOption[] {
	return [...(ds.periodsByIndicator.get(indicator) ?? [])]
		.reverse()
		.map((c) => ({ ...c, label: periodLabel(c.period) }));
}

export function indicatorLabel(ind: Indicator | undefined, lang: Lang): string {
	return ind ? (lang === 'vi' ? ind.label_vi : ind.label_en) : '';
}

export function indicatorUnit(ind: Indicator | undefined, lang: Lang): string {
	return ind ? (lang === 'vi' ? ind.unit_vi : ind.unit_en) : '';
}
