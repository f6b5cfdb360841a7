/**
 * What the province panel shows, computed without the DOM: every sourced figure of a province grouped by scope,
 * indicator and period (core/coverage.ts `provinceFacts`), each province read in its era (core/era.ts): in the 34
 * view a new province's own figures, then each former province's; in the 63 view an old province's figures, then
 * those its new province reported after 1/7/2025 ("as part of …", never drawn on it). Within a group one entry per
 * source (rule 2: "sources differ" when they disagree), and within a source its parts (rule 2b). Scopes are named
 * for readers (core/fact-text.ts); the recorder's notes are in the evidence table. Links only for http(s) URLs.
 */
import { provinceFacts, type ProvinceFactGroup } from '$lib/core/coverage';
import type { Dataset } from '$lib/core/dataset';
import { isLikelyMerged, isUnchanged, scopeKindOf, type Era } from '$lib/core/era';
import { scopeLabel } from '$lib/core/fact-text';
import { safeHttpUrl } from '$lib/core/escape';
import { formatValue } from '$lib/core/format';
import { indicatorLabel } from '$lib/core/indicator-label';
import { unitText } from '$lib/core/map-paint';
import { periodKey, periodLabel } from '$lib/core/period';
import { hasConflict, sourceFigures, type Selection, type Units } from '$lib/core/select';
import type { Lang } from '$lib/core/types';
import { t } from '$lib/i18n';
import '$lib/i18n/messages/map-panel';

export interface PanelRow {
	/** Line in facts.csv, a stable key. */
	line: number;
	valueText: string;
	quote: string;
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
	/** The scope as a reader says it (core/fact-text.ts), never the data's key. */
	heading: string;
	groups: PanelGroup[];
}

export interface PanelProvince {
	code: string;
	name: string;
	scopes: PanelScope[];
	/**
	 * 63 view: the figures reported after 1/7/2025 by the new province it is part of, under "Sau sáp nhập (từ
	 * 1/7/2025), là một phần của …" — listed here, never drawn on the old province. Null when there is nothing to say.
	 */
	later: { heading: string; scopes: PanelScope[] } | null;
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
	current: {
		heading: string;
		valueText: string;
		/** "2/3 tỉnh cũ có số liệu" when the figure is a sum of parts. */
		parts: string | null;
		/** "số liệu của tỉnh mới" when the figure is the new province's own (34 view). */
		basis: string | null;
		/** Beside an own figure: the sum of the former provinces, when they have figures too. */
		partsSum: string | null;
		/** The own figure and the sum of the parts differ (two sources, never added). */
		differs: boolean;
	};
	/** 34 view: the new province's own figures (merged province, communes), all scopes. */
	own: PanelScope[];
	/** The former provinces of a 34-unit with their data for the chosen indicator and period (34 view only). */
	constituents: PanelConstituent[];
	provinces: PanelProvince[];
}

/** Every figure of one province of an era as panel groups, by scope; `onMap` says which group the map draws. */
function scopesOf(opts: { ds: Dataset; code: string; era: Era; onMap: (g: ProvinceFactGroup) => boolean; lang: Lang }): PanelScope[] {
	const { ds, code, era, onMap, lang } = opts;
	const scopes: PanelScope[] = [];
	for (const g of provinceFacts(ds, code, era)) {
		const heading = scopeLabel(ds, { scope: g.scope, province_code: code }, lang);
		let scope = scopes.at(-1);
		if (scope?.heading !== heading) scopes.push((scope = { heading, groups: [] }));
		const ind = ds.indicatorById.get(g.indicator);
		const unitName = unitText(ind, 'total', lang);
		const period = g.period ? periodLabel(g.period) : t(lang, 'fact.noPeriod');
		const figures = sourceFigures(g.rows, ds.sourceById);
		scope.groups.push({
			key: `${g.scope}|${g.indicator}|${period}`,
			indicator: g.indicator,
			heading: `${indicatorLabel(ind, lang, g.indicator)} — ${period}`,
			onMap: onMap(g),
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
					rows: f.facts.map((r) => ({ line: r.line, valueText: `${formatValue(r.value, r.qualifier, lang)} ${unitName}`, quote: r.quote }))
				};
			})
		});
	}
	return scopes;
}

/** A group is the chosen indicator and period of the given scope kind. */
function chosen(sel: Selection, scopeKind: string) {
	const key = periodKey(sel.period);
	return (g: ProvinceFactGroup) =>
		scopeKindOf(g.scope) === scopeKind && g.indicator === sel.indicator && g.period !== null && periodKey(g.period) === key;
}

const never = () => false;

/**
 * The panel of `code`: a 34-unit in the 34 view (when it is one), else a 63-province. Null for an unknown
 * code. `selection` is the map's current selection (same units), for the "on the map" figure.
 */
export function provincePanel(opts: { ds: Dataset; code: string; units: Units; selection: Selection; lang: Lang }): PanelModel | null {
	const { ds, code, units, selection: sel, lang } = opts;
	const unit = units === '34' ? ds.unit34ByCode.get(code) : undefined;
	const province = ds.provinceByCode.get(code);
	if (!unit && !province) return null;
	const ind = ds.indicatorById.get(sel.indicator);
	const area = sel.byCode.get(code);
	const norm = unitText(ind, sel.appliedNorm, lang);
	const total = unitText(ind, 'total', lang);
	const codes = unit ? unit.old_codes : [code];
	const parts = area?.parts ?? [];
	const own = area?.own ?? null;
	const ownFact = own?.figure?.facts[0];
	const partsText = (k: number) => t(lang, 'map.partsReported', { k, n: parts.length });
	return {
		code,
		title: unit?.name ?? province?.name ?? code,
		current: {
			heading: t(lang, 'panel.current', {
				indicator: indicatorLabel(ind, lang, sel.indicator),
				period: periodLabel(sel.period)
			}),
			valueText: area?.value != null ? `${formatValue(area.value, area.qualifier, lang)} ${norm}` : t(lang, 'map.noData'),
			parts: !own && parts.length > 1 ? partsText(parts.filter((p) => p.figure).length) : null,
			basis: ownFact ? t(lang, isLikelyMerged(ownFact.scope) ? 'panel.ownLikely' : 'panel.ownFigure') : null,
			partsSum:
				own && area?.partsSum
					? t(lang, 'panel.partsSum', {
							value: `${formatValue(area.partsSum.value, area.partsSum.qualifier, lang)} ${total}`,
							parts: partsText(area.partsSum.reported)
						})
					: null,
			differs: Boolean(own && area?.conflict && area.partsSum)
		},
		own: unit ? scopesOf({ ds, code, era: '34', onMap: own ? chosen(sel, 'merged_province') : never, lang }) : [],
		constituents:
			unit && parts.length > 1
				? parts.map((p) => ({
						code: p.code,
						name: p.name,
						hasData: p.figure !== null,
						valueText: p.figure ? `${formatValue(p.figure.value, p.figure.qualifier, lang)} ${total}` : t(lang, 'map.noData')
					}))
				: [],
		provinces: codes.map((c) => ({
			code: c,
			name: ds.provinceByCode.get(c)?.name ?? c,
			scopes: scopesOf({ ds, code: c, era: '63', onMap: own ? never : chosen(sel, 'province'), lang }),
			later: unit ? null : later(ds, c, lang)
		}))
	};
}

/** 63 view: what the new province an old one is part of reported after 1/7/2025, under its heading. */
function later(ds: Dataset, code: string, lang: Lang): PanelProvince['later'] {
	const c34 = ds.provinceByCode.get(code)?.code_2025;
	const unit = c34 ? ds.unit34ByCode.get(c34) : undefined;
	if (!unit) return null;
	const scopes = scopesOf({ ds, code: unit.code, era: '34', onMap: never, lang });
	if (isUnchanged(unit)) return scopes.length > 0 ? { heading: t(lang, 'panel.afterSame'), scopes } : null;
	return { heading: t(lang, 'panel.afterMerger', { name: unit.name }), scopes };
}
