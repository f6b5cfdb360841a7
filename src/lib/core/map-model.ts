/**
 * What the map paints for each area and what the legend says — computed here, drawn by the views.
 * Three paints: values (sequential ramp), a period comparison (diverging ramp around 0 or 1) and coverage
 * (where sourced figures exist). Colours: ColorBrewer YlGnBu (sequential) and PuOr (diverging), both
 * colour-blind safe. No data is never a colour of a ramp: it is a hatched pattern with its own legend entry,
 * and "not enough data to compare" has a pattern of its own.
 */
import { classify, classOf, type ClassMethod, type Classes, type DivergingClasses } from './classify';
import type { Comparison } from './compare';
import { indicatorCoverage, overallCoverage, ownCoverage } from './coverage';
import type { Dataset } from './dataset';
import { isLikelyMerged } from './era';
import { formatNumber, formatRatio, formatSigned, formatValue } from './format';
import { indicatorLabel } from './indicator-label';
import { periodKey, periodLabel, periodYears } from './period';
import type { Reporting } from './reporting';
import { drawnParts, type AreaValue, type Norm, type Selection, type Units } from './select';
import type { Indicator, Lang, Period, Qualifier, Source } from './types';
import type { Change } from './view-state';
import { t } from '../i18n';

/** YlGnBu, 7 classes; the near-white first step is skipped so low values stay visible on a light page. */
export const SEQUENTIAL = ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'];
/** PuOr, 7 classes: orange = A below B, purple = A above B, grey = about the same. */
export const DIVERGING = ['#b35806', '#f1a340', '#fee0b6', '#f7f7f7', '#d8daeb', '#998ec3', '#542788'];
/** Coverage of one indicator: a figure for the chosen period (dark), only for other periods (light). */
export const COVERAGE_COLORS = { current: SEQUENTIAL[5]!, other: SEQUENTIAL[2]! } as const;

/** `count` colours spread over the ramp (from its second step), darkest = highest. */
export function rampColors(count: number): string[] {
	if (count <= 0) return [];
	if (count === 1) return [SEQUENTIAL[4]!];
	const first = 1;
	const last = SEQUENTIAL.length - 1;
	return Array.from({ length: count }, (_, i) =>
		SEQUENTIAL[Math.round(first + (i * (last - first)) / (count - 1))]!
	);
}

/** Diverging colours for classes laid out symmetrically around the centre class. */
export function divergingColors(count: number, centerClass: number): string[] {
	const mid = 3;
	return Array.from({ length: count }, (_, i) => {
		const offset = i - centerClass;
		return DIVERGING[Math.max(0, Math.min(DIVERGING.length - 1, mid + offset))]!;
	});
}

/**
 * `value`: a colour of the ramp; `partial`: a 34-unit where only some former provinces reported (the colour,
 * hatched); `missing`: no data (hatched); `insufficient`: comparison without both periods (cross-hatched).
 */
export type PaintKind = 'value' | 'partial' | 'missing' | 'insufficient';

export interface AreaPaint {
	code: string;
	name: string;
	kind: PaintKind;
	/** Fill colour (also the base of a partial hatch); null for areas drawn with a no-data pattern. */
	fill: string | null;
	classIndex: number | null;
	/** Value as displayed, with ≥/≈ mark. */
	valueText: string;
	/** Accessible name: "Đồng Tháp: ≥ 44.000 nguồn tin, 2013–2023". */
	label: string;
	/** Tooltip lines under the name, plain text (value and unit, period, rank, source, warnings). */
	details: string[];
}

export interface LegendItem {
	kind: PaintKind;
	color: string | null;
	label: string;
}

/** sequential: values; diverging: a comparison; coverage: where figures exist. */
export type LegendKind = 'sequential' | 'diverging' | 'coverage';

export interface LegendModel {
	kind: LegendKind;
	/** What the map shows: the indicator (or the coverage question). */
	title: string;
	/** Unit, normalisation, period(s) and population year — what exactly the number is. */
	subtitle: string;
	items: LegendItem[];
	/** Notes under the legend: qualifiers drawn, sources that differ, per-year rates, colour direction. */
	footnotes: string[];
	coverage: string;
}

export interface MapPaint {
	areas: Map<string, AreaPaint>;
	legend: LegendModel;
}

function indicatorTitle(indicator: Indicator | undefined, fallback: string, lang: Lang): string {
	return indicatorLabel(indicator, lang, fallback);
}

/** The unit as the number is drawn: "nguồn tin", "nguồn tin mỗi năm", "nguồn tin trên 100.000 dân". */
export function unitText(indicator: Indicator | undefined, norm: Norm, lang: Lang): string {
	const unit = indicator ? (lang === 'vi' ? indicator.unit_vi : indicator.unit_en) : '';
	if (norm === 'per_year') return t(lang, 'map.unitPerYear', { unit });
	if (norm === 'per_100k') return t(lang, 'map.unitPer100k', { unit });
	if (norm === 'per_100k_year') return t(lang, 'map.unitPer100kYear', { unit });
	return unit;
}

function unitLine(sel: Selection, indicator: Indicator | undefined, lang: Lang): string {
	const unit = indicator ? (lang === 'vi' ? indicator.unit_vi : indicator.unit_en) : '';
	const period = periodLabel(sel.period);
	if (sel.appliedNorm === 'per_year') return t(lang, 'legend.unitPerYear', { unit, period });
	if (sel.appliedNorm === 'per_100k')
		return t(lang, 'legend.unitPer100k', { unit, period, year: sel.populationYear ?? '' });
	if (sel.appliedNorm === 'per_100k_year')
		return t(lang, 'legend.unitPer100kYear', { unit, period, year: sel.populationYear ?? '' });
	return t(lang, 'legend.unitTotal', { unit, period });
}

function qualifierNotes(qualifiers: Set<Qualifier>, lang: Lang): string[] {
	const out: string[] = [];
	if (qualifiers.has('at_least')) out.push(t(lang, 'legend.atLeast'));
	if (qualifiers.has('approx')) out.push(t(lang, 'legend.approx'));
	return out;
}

function rangeLabel(lo: string, hi: string): string {
	return lo === hi ? lo : `${lo} – ${hi}`;
}

/** Who published the figures drawn for an area (one per reporting part, no repeats). */
function publishers(area: AreaValue, sources: Map<string, Source>, lang: Lang): string {
	const names = new Set<string>();
	for (const p of drawnParts(area)) {
		if (!p.figure) continue;
		const id = p.figure.source_id;
		names.add(id ? (sources.get(id)?.publisher ?? id) : t(lang, 'map.sourceUser'));
	}
	return [...names].join('; ');
}

/**
 * "2/3 tỉnh cũ có số liệu" for a 34-unit made of several former provinces whose figure is their sum; null for a
 * single province and for a new province drawn with its own figure.
 */
function partsLine(area: AreaValue, lang: Lang): string | null {
	if (area.parts.length < 2 || area.own) return null;
	const k = area.parts.filter((p) => p.figure !== null).length;
	return t(lang, 'map.partsReported', { k, n: area.parts.length });
}

function withParts(text: string, parts: string | null): string {
	return parts ? `${text}; ${parts}` : text;
}

/** The value map: sequential classes, partial 34-units, hatched no-data, tooltip and accessible name. */
export function paintSelection(opts: {
	selection: Selection;
	classes: Classes;
	indicator: Indicator | undefined;
	sources: Map<string, Source>;
	lang: Lang;
}): MapPaint {
	const { selection: sel, classes, indicator, sources, lang } = opts;
	const colors = rampColors(classes.count);
	const unit = unitText(indicator, sel.appliedNorm, lang);
	const period = periodLabel(sel.period);
	const periodLine = t(lang, 'map.period', { period });
	const areas = new Map<string, AreaPaint>();
	let conflicts = 0;
	for (const a of sel.areas) {
		const parts = partsLine(a, lang);
		if (a.value === null) {
			areas.set(a.code, {
				code: a.code,
				name: a.name,
				kind: 'missing',
				fill: null,
				classIndex: null,
				valueText: t(lang, 'map.noData'),
				label: withParts(t(lang, 'map.areaNoData', { name: a.name, period }), parts),
				details: [t(lang, 'map.noData'), periodLine, ...(parts ? [parts] : [])]
			});
			continue;
		}
		if (a.conflict) conflicts++;
		const ci = classOf(a.value, classes);
		const valueText = formatValue(a.value, a.qualifier, lang);
		const details = [
			`${valueText} ${unit}`,
			periodLine,
			t(lang, 'map.rank', { rank: a.rank ?? '', n: sel.withData }),
			t(lang, 'map.source', { publisher: publishers(a, sources, lang) })
		];
		if (a.own) details.push(t(lang, isLikelyMerged(a.own.figure?.facts[0]?.scope ?? '') ? 'map.ownLikely' : 'map.ownFigure'));
		if (a.conflict) details.push(t(lang, 'map.sourcesDiffer'));
		if (parts) details.push(parts);
		areas.set(a.code, {
			code: a.code,
			name: a.name,
			kind: a.status === 'partial' ? 'partial' : 'value',
			fill: colors[ci] ?? null,
			classIndex: ci,
			valueText,
			label: withParts(t(lang, 'map.areaLabel', { name: a.name, value: valueText, unit, period }), parts),
			details
		});
	}
	const missing = sel.areas.length - sel.withData;
	const partial = sel.withData - sel.complete;
	const items: LegendItem[] = classes.bounds.map((b, i) => ({
		kind: 'value',
		color: colors[i] ?? null,
		label: rangeLabel(formatNumber(b.lo, lang), formatNumber(b.hi, lang))
	}));
	if (partial > 0) items.push({ kind: 'partial', color: colors[Math.floor(colors.length / 2)] ?? null, label: t(lang, 'legend.partial', { n: partial }) });
	items.push({ kind: 'missing', color: null, label: t(lang, 'legend.noData', { n: missing, total: sel.areas.length }) });
	const footnotes = qualifierNotes(sel.qualifiers, lang);
	if (partial > 0) footnotes.push(t(lang, 'legend.partialNote'));
	if (conflicts > 0) footnotes.push(t(lang, 'legend.sourcesDiffer'));
	return {
		areas,
		legend: {
			kind: 'sequential',
			title: indicatorTitle(indicator, sel.indicator, lang),
			subtitle: unitLine(sel, indicator, lang),
			items,
			footnotes,
			coverage: t(lang, 'coverage.count', { n: sel.withData, total: sel.areas.length })
		}
	};
}

/**
 * The comparison map (rule 6): A − B or A ÷ B per area on a diverging ramp centred on 0 or 1; areas
 * lacking either period (or, for a ratio, with B = 0) are "not enough data to compare", never a colour.
 */
export function paintComparison(opts: {
	comparison: Comparison;
	classes: DivergingClasses;
	change: Change;
	indicator: Indicator | undefined;
	lang: Lang;
}): MapPaint {
	const { comparison: cmp, classes, change, indicator, lang } = opts;
	const colors = divergingColors(classes.count, classes.centerClass);
	const unit = unitText(indicator, cmp.norm, lang);
	const a = periodLabel(cmp.periodA);
	const b = periodLabel(cmp.periodB);
	const show = (v: number) => (change === 'ratio' ? formatRatio(v, lang) : formatSigned(v, lang));
	const side = (p: string, av: AreaValue) =>
		`${p}: ${av.value === null ? t(lang, 'map.noData') : `${formatValue(av.value, av.qualifier, lang)} ${unit}`}`;
	const areas = new Map<string, AreaPaint>();
	let insufficient = 0;
	let indicative = false;
	for (const c of cmp.areas) {
		const parts = partsLine(c.a, lang);
		const metric = change === 'ratio' ? c.ratio : c.diff;
		const sides = [side(a, c.a), side(b, c.b)];
		if (metric === null) {
			insufficient++;
			const reason =
				c.status === 'both' ? t(lang, 'map.ratioUndefined', { b }) : t(lang, 'map.insufficient', { a, b });
			areas.set(c.code, {
				code: c.code,
				name: c.name,
				kind: 'insufficient',
				fill: null,
				classIndex: null,
				valueText: reason,
				label: withParts(`${c.name}: ${reason}`, parts),
				details: [reason, ...sides, ...(parts ? [parts] : [])]
			});
			continue;
		}
		indicative ||= c.qualified;
		const ci = classOf(metric, classes);
		const valueText = show(metric);
		const label =
			change === 'ratio'
				? t(lang, 'map.ratioLabel', { name: c.name, value: valueText, a, b })
				: t(lang, 'map.diffLabel', { name: c.name, value: valueText, unit, a, b });
		const details = [
			change === 'ratio' ? t(lang, 'map.ratioLine', { value: valueText, a, b }) : t(lang, 'map.diffLine', { value: `${valueText} ${unit}`, a, b }),
			...sides
		];
		if (change === 'diff' && c.rank !== null) details.push(t(lang, 'map.changeRank', { rank: c.rank, n: cmp.withBoth }));
		if (c.qualified) details.push(t(lang, 'map.indicative'));
		if (parts) details.push(parts);
		areas.set(c.code, {
			code: c.code,
			name: c.name,
			kind: 'value',
			fill: colors[ci] ?? null,
			classIndex: ci,
			valueText,
			label: withParts(c.qualified ? `${label}; ${t(lang, 'map.indicative')}` : label, parts),
			details
		});
	}
	const total = cmp.areas.length;
	const items: LegendItem[] = classes.bounds.map((bd, i) => ({
		kind: 'value',
		color: colors[i] ?? null,
		label: rangeLabel(show(bd.lo), show(bd.hi))
	}));
	items.push({ kind: 'insufficient', color: null, label: t(lang, 'legend.insufficient', { n: insufficient, total }) });
	const footnotes = [t(lang, change === 'ratio' ? 'legend.directionRatio' : 'legend.directionDiff', { a, b })];
	if (cmp.perYearForced)
		footnotes.push(t(lang, 'legend.perYearForced', { ya: periodYears(cmp.periodA), yb: periodYears(cmp.periodB) }));
	if ((cmp.norm === 'per_100k' || cmp.norm === 'per_100k_year') && cmp.a.populationYear !== null)
		footnotes.push(t(lang, 'legend.population', { year: cmp.a.populationYear }));
	if (indicative) footnotes.push(t(lang, 'legend.indicative'));
	return {
		areas,
		legend: {
			kind: 'diverging',
			title: indicatorTitle(indicator, cmp.indicator, lang),
			subtitle:
				change === 'ratio'
					? t(lang, 'legend.compareRatio', { a, b })
					: t(lang, 'legend.compareDiff', { a, b, unit }),
			items,
			footnotes,
			coverage: t(lang, 'coverage.both', { n: cmp.withBoth, total, a, b })
		}
	};
}

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
export function paintIndicatorCoverage(opts: {
	ds: Dataset;
	indicator: string;
	period: Period;
	units: Units;
	lang: Lang;
}): MapPaint {
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
			title: t(lang, 'legend.covTitle', { indicator: indicatorTitle(ds.indicatorById.get(indicator), indicator, lang) }),
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
			const label = r.facts > 0 ? t(lang, 'map.overallNoneButFacts', { name: r.name, n: r.facts }) : t(lang, 'map.overallNone', { name: r.name });
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
	if (partial > 0) items.push({ kind: 'partial', color: colors[Math.floor(colors.length / 2)] ?? null, label: t(lang, 'legend.partial', { n: partial }) });
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

/** Indicator names for a tooltip line or a table cell: the first few, then how many more. */
export function indicatorList(ds: Dataset, ids: string[], lang: Lang, max = 4): string {
	const names = ids.slice(0, max).map((id) => indicatorTitle(ds.indicatorById.get(id), id, lang));
	return ids.length > max ? `${names.join(', ')}, … (+${ids.length - max})` : names.join(', ');
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
		if (a.status !== 'none' && a.missing.length > 0) details.push(t(lang, 'reporting.missing', { list: indicatorList(ds, a.missing, lang) }));
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
