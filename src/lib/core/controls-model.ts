/** Options the controls offer, computed from the dataset: indicators grouped by family, periods with coverage. */
import type { Dataset, PeriodCoverage } from './dataset';
import { periodLabel } from './period';
import type { Units } from './select';
import { FAMILIES, type Family, type Indicator, type Lang } from './types';
import type { ViewState } from './view-state';

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

export function indicatorUnit(ind: Indicator | undefined, lang: Lang): string {
	return ind ? (lang === 'vi' ? ind.unit_vi : ind.unit_en) : '';
}

/**
 * How many of the choices under "Tùy chọn / Options" the view sets away from their defaults (classification,
 * normalisation, units, what the map shows, difference or ratio in a comparison, the province filter): the
 * disclosure opens when a link sets one, and its button says how many are set while it is closed. The units
 * count only when they are not those the period opens on (`opensOn`: view-context.ts `unitsFor`): the 34 map of
 * a 2025 period is not a choice the reader made.
 */
export function optionsSet(
	view: Pick<ViewState, 'change' | 'compare' | 'norm' | 'units' | 'classes' | 'mode' | 'provinces' | 'region'>,
	opensOn: Units
): number {
	return [
		view.compare !== null && view.change !== 'diff',
		view.norm !== 'total',
		view.units !== opensOn,
		view.classes !== 'quantile',
		view.mode !== 'value',
		view.provinces.length > 0 || view.region !== null
	].filter(Boolean).length;
}

/** The family of an indicator (the first family with indicators when it is unknown). */
export function familyOf(groups: readonly IndicatorGroup[], indicator: string): Family | null {
	return groups.find((g) => g.indicators.some((i) => i.id === indicator))?.family ?? groups[0]?.family ?? null;
}

/**
 * The indicator a family opens on: the one with the most provinces for `period` (so a switch of family keeps
 * the period when it can), else the one with the most provinces in any period; catalogue order on ties.
 */
export function familyIndicator(ds: Dataset, family: Family, period: string): string | null {
	let best: { id: string; here: number; any: number } | null = null;
	for (const ind of ds.indicators) {
		if (ind.family !== family) continue;
		const list = ds.periodsByIndicator.get(ind.id);
		if (!list) continue;
		const here = list.find((c) => c.key === period);
		const score = {
			id: ind.id,
			here: here ? here.provinces + (here.national ? 0.5 : 0) : -1,
			any: Math.max(...list.map((c) => c.provinces))
		};
		if (!best || score.here > best.here || (score.here === best.here && score.any > best.any)) best = score;
	}
	return best?.id ?? null;
}
