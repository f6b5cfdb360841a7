/**
 * What the province panel shows, computed without the DOM: every sourced figure of a province (or, in the
 * 34 view, of each former province of a new one) grouped by scope, indicator and period (core/coverage.ts
 * `provinceFacts`); within a group one entry per source (rule 2: "sources differ" when they disagree), and
 * within a source its parts (rule 2b: rows of one article added up). Links only for http(s) URLs.
 */
import { provinceFacts } from '$lib/core/coverage';
import type { Dataset } from '$lib/core/dataset';
import { safeHttpUrl } from '$lib/core/escape';
import { formatValue } from '$lib/core/format';
import { unitText } from '$lib/core/map-model';
import { periodKey, periodLabel } from '$lib/core/period';
import { hasConflict, sourceFigures, type Selection, type Units } from '$lib/core/select';
import type { Fact, Lang } from '$lib/core/types';
import { t } from '$lib/i18n';

export interface PanelRow {
	/** Line in facts.csv, a stable key. */
	line: number;
	valueText: string;
	quote: string;
	/** The period as the article words it, when it says more than the group's period. */
	asPrinted: string | null;
	note: string;
}

/** What one source says for the group: its figure and the rows it is made of. */
export interface PanelSource {
	valueText: string;
	publisher: string;
	title: string;
	date: string;
	/** http(s) link to the article, or null. */
	url: string | null;
	/** Several rows of this article added up (rule 2b). */
	parts: number;
	rows: PanelRow[];
}

export interface PanelGroup {
	key: string;
	indicator: string;
	/** "Nguồn tin, tin báo — 2013–2023". */
	heading: string;
	/** The figure this group gives is what the map shows now. */
	onMap: boolean;
	conflict: boolean;
	sources: PanelSource[];
}

export interface PanelScope {
	heading: string;
	groups: PanelGroup[];
}

export interface PanelProvince {
	code: string;
	name: string;
	/** "Từ 1/7/2025 thuộc tỉnh …" for a former province that merged; null otherwise. */
	mergedInto: string | null;
	scopes: PanelScope[];
}

export interface PanelConstituent {
	code: string;
	name: string;
	/** Its figure for the chosen indicator and period, or the no-data text. */
	valueText: string;
	hasData: boolean;
}

export interface PanelModel {
	code: string;
	title: string;
	/** The chosen indicator and period, and the area's figure for them. */
	current: { heading: string; valueText: string; parts: string | null };
	/** The former provinces of a 34-unit with their data for the chosen indicator and period (34 view only). */
	constituents: PanelConstituent[];
	provinces: PanelProvince[];
}

function scopeHeading(scope: string, lang: Lang): string {
	const i = scope.indexOf(':');
	const kind = i < 0 ? scope : scope.slice(0, i);
	const name = i < 0 ? '' : scope.slice(i + 1);
	if (kind === 'province') return t(lang, 'panel.scopeProvince');
	if (kind === 'district') return t(lang, 'panel.scopeDistrict', { name });
	if (kind === 'block') return t(lang, 'panel.scopeBlock', { name });
	if (kind === 'merged_province') return t(lang, 'panel.scopeMerged', { name });
	if (kind === 'region') return t(lang, 'panel.scopeRegion', { name });
	return t(lang, 'panel.scopeOther', { name: scope });
}

/** "2013-2023" as printed is the same period as 2013–2023; only a different wording is worth showing. */
function asPrinted(f: Fact, groupPeriod: string | null): string | null {
	const label = f.period_label.trim();
	if (!label || label.replace(/\s*[-–]\s*/, '–') === groupPeriod) return null;
	return label;
}

function provinceSection(opts: {
	ds: Dataset;
	code: string;
	selection: Selection;
	/** Say which new province it joined (the 63 view; in the 34 view the panel is that province). */
	showMerge: boolean;
	lang: Lang;
}): PanelProvince {
	const { ds, code, selection: sel, showMerge, lang } = opts;
	const province = ds.provinceByCode.get(code);
	const unit = province ? ds.unit34ByCode.get(province.code_2025) : undefined;
	const mapKey = periodKey(sel.period);
	const scopes: PanelScope[] = [];
	for (const g of provinceFacts(ds, code)) {
		const heading = scopeHeading(g.scope, lang);
		let scope = scopes.at(-1);
		if (scope?.heading !== heading) scopes.push((scope = { heading, groups: [] }));
		const ind = ds.indicatorById.get(g.indicator);
		const unitName = unitText(ind, 'total', lang);
		const period = g.period ? periodLabel(g.period) : null;
		const figures = sourceFigures(g.rows, ds.sourceById);
		scope.groups.push({
			key: `${g.scope}|${g.indicator}|${period ?? ''}`,
			indicator: g.indicator,
			heading: `${ind ? (lang === 'vi' ? ind.label_vi : ind.label_en) : g.indicator} — ${period ?? t(lang, 'panel.noPeriod')}`,
			onMap: g.scope === 'province' && g.indicator === sel.indicator && g.period !== null && periodKey(g.period) === mapKey,
			conflict: hasConflict(figures),
			sources: figures.map((f) => {
				const src = ds.sourceById.get(f.source_id);
				return {
					valueText: `${formatValue(f.value, f.qualifier, lang)} ${unitName}`,
					publisher: src?.publisher ?? (f.source_id || t(lang, 'map.sourceUser')),
					title: src?.title ?? '',
					date: src?.date ?? '',
					url: src ? safeHttpUrl(src.url) : null,
					parts: f.facts.length,
					rows: f.facts.map((r) => ({
						line: r.line,
						valueText: `${formatValue(r.value, r.qualifier, lang)} ${unitName}`,
						quote: r.quote,
						asPrinted: asPrinted(r, period),
						note: r.note
					}))
				};
			})
		});
	}
	return {
		code,
		name: province?.name ?? code,
		mergedInto: showMerge && unit && unit.old_codes.length > 1 ? t(lang, 'panel.mergedInto', { name: unit.name }) : null,
		scopes
	};
}

/**
 * The panel of `code`: a 34-unit in the 34 view (when it is one), else a 63-province. Null for an unknown
 * code. `selection` is the map's current selection (same units), for the "on the map" figure.
 */
export function provincePanel(opts: {
	ds: Dataset;
	code: string;
	units: Units;
	selection: Selection;
	lang: Lang;
}): PanelModel | null {
	const { ds, code, units, selection: sel, lang } = opts;
	const unit = units === '34' ? ds.unit34ByCode.get(code) : undefined;
	const province = ds.provinceByCode.get(code);
	if (!unit && !province) return null;
	const ind = ds.indicatorById.get(sel.indicator);
	const area = sel.byCode.get(code);
	const norm = unitText(ind, sel.appliedNorm, lang);
	const codes = unit ? unit.old_codes : [code];
	const parts = area?.parts ?? [];
	return {
		code,
		title: unit?.name ?? province?.name ?? code,
		current: {
			heading: t(lang, 'panel.current', {
				indicator: ind ? (lang === 'vi' ? ind.label_vi : ind.label_en) : sel.indicator,
				period: periodLabel(sel.period)
			}),
			valueText: area?.value != null ? `${formatValue(area.value, area.qualifier, lang)} ${norm}` : t(lang, 'map.noData'),
			parts:
				parts.length > 1
					? t(lang, 'map.partsReported', { k: parts.filter((p) => p.figure).length, n: parts.length })
					: null
		},
		constituents:
			unit && parts.length > 1
				? parts.map((p) => ({
						code: p.code,
						name: p.name,
						hasData: p.figure !== null,
						valueText: p.figure ? `${formatValue(p.figure.value, p.figure.qualifier, lang)} ${unitText(ind, 'total', lang)}` : t(lang, 'map.noData')
					}))
				: [],
		provinces: codes.map((c) => provinceSection({ ds, code: c, selection: sel, showMerge: !unit, lang }))
	};
}
