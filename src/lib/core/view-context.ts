/**
 * What the view state's parser (./view-state.ts) needs to know about the data to tell valid values of a link from
 * invalid ones, and what a view opens on: the default view, each indicator's periods and the map each opens on.
 */
import { defaultIndicatorPeriod, defaultPeriodFor, type Dataset, type PeriodCoverage } from './dataset';
import { evidenceOptions, type EvidenceOptions } from './evidence-filter';
import type { Units } from './select';
import type { ViewState } from './view-state';

/** What the parser needs to know about the data to tell valid values from invalid ones. */
export interface ViewContext {
	defaultIndicator: string;
	defaultPeriod: string;
	/** The period the default view is compared with (null: the default view is not a comparison). */
	defaultCompare: string | null;
	indicators: Set<string>;
	flowIndicators: Set<string>;
	periodsFor(indicator: string): string[];
	periodFor(indicator: string): string;
	/** The map a period opens on (era.ts `periodEra`): 34 for a period after the merger or reported only by new provinces. */
	unitsFor(indicator: string, period: string): Units;
	/** Whether the 63 map has anything of the period to draw (an old province's or a national figure). */
	drawsOn63(indicator: string, period: string): boolean;
	/** The period an indicator opens on in these units: its best-covered period of that era, else `periodFor`. */
	periodIn(indicator: string, units: Units): string;
	provinceCodes: Set<string>;
	/** Codes of the 34 post-2025 units. */
	unitCodes: Set<string>;
	regionIds: Set<string>;
	/** What the evidence table's filters can choose (worked out on first use: a pass over every fact). */
	readonly evidence: EvidenceOptions;
}

export function viewContext(ds: Dataset): ViewContext {
	const d = defaultIndicatorPeriod(ds) ?? { indicator: ds.indicators[0]?.id ?? '', period: '', compare: null };
	const periods = new Map([...ds.periodsByIndicator].map(([id, list]) => [id, list.map((c) => c.key)]));
	const coverage = (id: string, period: string) => ds.periodsByIndicator.get(id)?.find((c) => c.key === period);
	let evidence: EvidenceOptions | undefined;
	return {
		defaultIndicator: d.indicator,
		defaultPeriod: d.period,
		defaultCompare: d.compare,
		indicators: new Set(ds.indicators.filter((i) => periods.has(i.id)).map((i) => i.id)),
		flowIndicators: new Set(ds.indicators.filter((i) => i.measure === 'flow').map((i) => i.id)),
		periodsFor: (id) => periods.get(id) ?? [],
		periodFor: (id) => defaultPeriodFor(ds, id, d.period) ?? '',
		unitsFor: (id, period) => coverage(id, period)?.era ?? '63',
		drawsOn63: (id, period) => {
			const c = coverage(id, period);
			return !c || c.provinces > 0 || c.national;
		},
		periodIn: (id, units) => {
			let best: PeriodCoverage | null = null;
			const count = (c: PeriodCoverage) => (units === '34' ? c.units : c.provinces);
			for (const c of ds.periodsByIndicator.get(id) ?? []) if (c.era === units && (!best || count(c) >= count(best))) best = c;
			return best?.key ?? defaultPeriodFor(ds, id, d.period) ?? '';
		},
		provinceCodes: new Set(ds.provinces.map((p) => p.code)),
		unitCodes: new Set(ds.units34.map((u) => u.code)),
		regionIds: new Set(ds.regions.map((r) => r.id)),
		// Only a link with evidence filters, or the table view, needs them: not the map's first view.
		get evidence() {
			return (evidence ??= evidenceOptions(ds));
		}
	};
}

/**
 * The units after choosing another indicator or period: when the new period belongs to the other era (a
 * period after the merger, or one before it), its map opens; otherwise the units stay, unless the 63 map has
 * nothing of the new period to draw.
 */
export function unitsAfter(
	ctx: ViewContext,
	from: Pick<ViewState, 'indicator' | 'period' | 'units'>,
	to: Pick<ViewState, 'indicator' | 'period'>
): Units {
	const era = ctx.unitsFor(to.indicator, to.period);
	if (era !== ctx.unitsFor(from.indicator, from.period)) return era;
	return from.units === '63' && !ctx.drawsOn63(to.indicator, to.period) ? '34' : from.units;
}
