/**
 * The coverage maps (where sourced figures exist, per indicator or over all of them) and the reporting map (who
 * has reported what a round asks for): what each area is painted with (./map-paint.ts) and what the legend says.
 */
import { indicatorLabel } from './indicator-label';
import { classify, classOf, type ClassMethod } from './classify';
import { indicatorCoverage, overallCoverage, ownCoverage } from './coverage';
import type { Dataset } from './dataset';
import { formatNumber } from './format';
import {
	COVERAGE_COLORS,
	indicatorList,
	rampColors,
	rangeLabel,
	withParts,
	type AreaPaint,
	type LegendItem,
	type MapPaint
} from './map-paint';
import { periodKey, periodLabel } from './period';
import type { Reporting } from './reporting';
import type { Units } from './select';
import type { Lang, Period } from './types';
import { t } from '../i18n';

/** The areas of the chosen units, each with the 63-province codes it is made of. */
function unitGroups(ds: Dataset, units: Units): { code: string; name: string; codes: string[] }[] {
	return units === '63'
		? ds.provinces.map((p) => ({ code: p.code, name: p.name, codes: [p.code] }))
		: ds.units34.map((u) => ({ code: u.code, name: u.name, codes: u.old_codes }));
}

function partsCount(k: number, n: number, lang: Lang): string | null {
	return n < 2 ? null : t(lang, 'map.partsReported', { k, n });
}

/**
 * Coverage of one indicator (rule 7): dark where the chosen period has a sourced figure, light where only
 * other periods have one, hatched where none does; a 34-unit with only some parts for the period is partial.
 */
export function paintIndicatorCoverage(opts: { ds: Dataset; indicator: string; period: Period; units: Units; lang: Lang }): MapPaint {
	const { ds, indicator, period, units, lang } = opts;
	const periodsOf = new Map(indicatorCoverage(ds, indicator).map((c) => [c.code, c.periods]));
	const own = units === '34' ? ownCoverage(ds) : new Map<string, Map<string, string[]>>();
	const known = ds.periodsByIndicator.get(indicator) ?? [];
	const current = periodKey(period);
	const p = periodLabel(period);
	const areas = new Map<string, AreaPaint>();
	const counts = { current: 0, partial: 0, other: 0, missing: 0 };
	for (const g of unitGroups(ds, units)) {
		const has = g.codes.map((c) => periodsOf.get(c) ?? []);
		// A new province's own figures count as the whole province's (34 view).
		const ownPeriods = own.get(g.code)?.get(indicator) ?? [];
		const ownNow = ownPeriods.includes(current);
		const k = has.filter((ps) => ps.includes(current)).length;
		const all = known.filter((c) => ownPeriods.includes(c.key) || has.some((ps) => ps.includes(c.key))).map((c) => periodLabel(c.period));
		const list = all.join(', ');
		const parts = k > 0 && !ownNow ? partsCount(k, g.codes.length, lang) : null;
		let paint: Pick<AreaPaint, 'kind' | 'fill' | 'valueText' | 'label'>;
		if (k > 0 || ownNow) {
			const partial = !ownNow && k < g.codes.length;
			counts[partial ? 'partial' : 'current']++;
			paint = {
				kind: partial ? 'partial' : 'value',
				fill: COVERAGE_COLORS.current,
				valueText: list,
				label: withParts(t(lang, 'map.covCurrent', { name: g.name, period: p, periods: list }), parts)
			};
		} else if (all.length > 0) {
			counts.other++;
			paint = {
				kind: 'value',
				fill: COVERAGE_COLORS.other,
				valueText: list,
				label: t(lang, 'map.covOther', { name: g.name, period: p, periods: list })
			};
		} else {
			counts.missing++;
			paint = { kind: 'missing', fill: null, valueText: t(lang, 'map.noData'), label: t(lang, 'map.covNone', { name: g.name }) };
		}
		areas.set(g.code, {
			code: g.code,
			name: g.name,
			classIndex: null,
			...paint,
			details: [
				all.length > 0 ? t(lang, 'map.covPeriods', { periods: list }) : t(lang, 'map.covNoPeriod'),
				...(parts ? [t(lang, 'map.covParts', { parts, period: p })] : [])
			]
		});
	}
	const total = areas.size;
	const items: LegendItem[] = [
		{ kind: 'value', color: COVERAGE_COLORS.current, label: t(lang, 'legend.covCurrent', { period: p, n: counts.current }) }
	];
	if (counts.partial > 0)
		items.push({ kind: 'partial', color: COVERAGE_COLORS.current, label: t(lang, 'legend.covPartial', { period: p, n: counts.partial }) });
	items.push(
		{ kind: 'value', color: COVERAGE_COLORS.other, label: t(lang, 'legend.covOther', { n: counts.other }) },
		{ kind: 'missing', color: null, label: t(lang, 'legend.noData', { n: counts.missing, total }) }
	);
	return {
		areas,
		legend: {
			kind: 'coverage',
			title: t(lang, 'legend.covTitle', { indicator: indicatorLabel(ds.indicatorById.get(indicator), lang, indicator) }),
			subtitle: t(lang, 'legend.covSubtitle', { period: p }),
			items,
			footnotes: [t(lang, 'legend.covNote')],
			coverage: t(lang, 'coverage.count', { n: counts.current + counts.partial, total })
		}
	};
}

/**
 * Overall coverage (rule 7): per area, how many indicators have a mappable figure (any period), classed
 * like values; each legend class is labelled with the counts it really holds. Areas without any such
 * figure are hatched; their other facts (district, sector, undated rows) are counted in the tooltip.
 */
export function paintOverallCoverage(opts: { ds: Dataset; units: Units; method: ClassMethod; lang: Lang }): MapPaint {
	const { ds, units, method, lang } = opts;
	const indicatorsOf = new Map(ds.provinces.map((p) => [p.code, new Set<string>()]));
	for (const id of ds.periodsByIndicator.keys()) {
		for (const c of indicatorCoverage(ds, id)) if (c.periods.length > 0) indicatorsOf.get(c.code)?.add(id);
	}
	const factsOf = new Map(overallCoverage(ds).map((c) => [c.code, c.facts]));
	const own = units === '34' ? ownCoverage(ds) : new Map<string, Map<string, string[]>>();
	const rows = unitGroups(ds, units).map((g) => {
		// In the 34 view a new province's own indicators and figures count with its parts'.
		const ownIds = [...(own.get(g.code)?.keys() ?? [])];
		const union = new Set([...ownIds, ...g.codes.flatMap((c) => [...(indicatorsOf.get(c) ?? [])])]);
		return {
			...g,
			count: union.size,
			reported: ownIds.length > 0 ? g.codes.length : g.codes.filter((c) => (indicatorsOf.get(c)?.size ?? 0) > 0).length,
			facts: g.codes.reduce((s, c) => s + (factsOf.get(c) ?? 0), units === '34' ? (ds.factsByUnit.get(g.code)?.length ?? 0) : 0)
		};
	});
	const counts = rows.flatMap((r) => (r.count > 0 ? [r.count] : []));
	const classes = classify(counts, { method });
	const colors = rampColors(classes.count);
	const members = classes.bounds.map(() => [] as number[]);
	const areas = new Map<string, AreaPaint>();
	let partial = 0;
	for (const r of rows) {
		const parts = r.count > 0 ? partsCount(r.reported, r.codes.length, lang) : null;
		const factsLine = t(lang, 'map.overallFacts', { n: r.facts });
		if (r.count === 0) {
			const label =
				r.facts > 0 ? t(lang, 'map.overallNoneButFacts', { name: r.name, n: r.facts }) : t(lang, 'map.overallNone', { name: r.name });
			areas.set(r.code, {
				code: r.code,
				name: r.name,
				kind: 'missing',
				fill: null,
				classIndex: null,
				valueText: t(lang, 'map.noData'),
				label,
				details: [t(lang, 'map.overallCount', { n: 0 }), factsLine]
			});
			continue;
		}
		const ci = classOf(r.count, classes);
		members[ci]?.push(r.count);
		const isPartial = r.reported < r.codes.length;
		if (isPartial) partial++;
		const valueText = t(lang, 'map.overallCount', { n: r.count });
		areas.set(r.code, {
			code: r.code,
			name: r.name,
			kind: isPartial ? 'partial' : 'value',
			fill: colors[ci] ?? null,
			classIndex: ci,
			valueText,
			label: withParts(t(lang, 'map.overallLabel', { name: r.name, n: r.count, facts: r.facts }), parts),
			details: [valueText, factsLine, ...(parts ? [parts] : [])]
		});
	}
	// An equal-interval class may hold no area: it keeps its bounds.
	const items: LegendItem[] = classes.bounds.map((bd, i) => {
		const m = members[i] ?? [];
		const [lo, hi] = m.length > 0 ? [Math.min(...m), Math.max(...m)] : [bd.lo, bd.hi];
		return { kind: 'value', color: colors[i] ?? null, label: rangeLabel(formatNumber(lo, lang), formatNumber(hi, lang)) };
	});
	if (partial > 0)
		items.push({ kind: 'partial', color: colors[Math.floor(colors.length / 2)] ?? null, label: t(lang, 'legend.partial', { n: partial }) });
	const missing = rows.length - counts.length;
	items.push({ kind: 'missing', color: null, label: t(lang, 'legend.overallNone', { n: missing, total: rows.length }) });
	return {
		areas,
		legend: {
			kind: 'coverage',
			title: t(lang, 'legend.overallTitle'),
			subtitle: t(lang, 'legend.overallSubtitle'),
			items,
			footnotes: [t(lang, 'legend.overallNote')],
			coverage: t(lang, 'coverage.count', { n: counts.length, total: rows.length })
		}
	};
}

/**
 * Who has reported (./reporting.ts): dark where every indicator asked for has a figure, light and hatched where
 * only some have, the no-data hatch where none has — not reported is never drawn as 0.
 */
export function paintReporting(opts: { ds: Dataset; reporting: Reporting; lang: Lang }): MapPaint {
	const { ds, reporting: r, lang } = opts;
	const period = periodLabel(r.period);
	const n = r.expected.length;
	const areas = new Map<string, AreaPaint>();
	for (const a of r.areas) {
		const k = a.present.length;
		const counted = t(lang, 'reporting.indicators', { k, n });
		const details = [counted, t(lang, 'map.period', { period })];
		if (a.status !== 'none' && a.missing.length > 0)
			details.push(t(lang, 'reporting.missing', { list: indicatorList(ds, a.missing, lang) }));
		const paint: Pick<AreaPaint, 'kind' | 'fill' | 'label'> =
			a.status === 'full'
				? { kind: 'value', fill: COVERAGE_COLORS.current, label: t(lang, 'reporting.areaFull', { name: a.name, k, n, period }) }
				: a.status === 'partial'
					? { kind: 'partial', fill: COVERAGE_COLORS.other, label: t(lang, 'reporting.areaPartial', { name: a.name, k, n, period }) }
					: { kind: 'missing', fill: null, label: t(lang, 'reporting.areaNone', { name: a.name, period }) };
		areas.set(a.code, {
			code: a.code,
			name: a.name,
			classIndex: null,
			valueText: a.status === 'none' ? t(lang, 'reporting.status.none') : counted,
			details,
			...paint
		});
	}
	const total = r.areas.length;
	const items: LegendItem[] = [
		{ kind: 'value', color: COVERAGE_COLORS.current, label: t(lang, 'reporting.reported', { n: r.counts.full }) },
		{ kind: 'partial', color: COVERAGE_COLORS.other, label: t(lang, 'reporting.partial', { n: r.counts.partial }) },
		{ kind: 'missing', color: null, label: t(lang, 'reporting.none', { n: r.counts.none }) }
	];
	return {
		areas,
		legend: {
			kind: 'coverage',
			title: t(lang, 'reporting.title'),
			subtitle: t(lang, r.fromRound ? 'reporting.subtitleRound' : 'reporting.subtitleData', { period, n }),
			items,
			footnotes: [t(lang, 'reporting.blank')],
			coverage: t(lang, 'reporting.count', { n: r.counts.full + r.counts.partial, total })
		}
	};
}
