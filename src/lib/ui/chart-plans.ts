/**
 * The workspace charts of a view (ranking, comparison, regions) with what a slide or an embed needs besides
 * the ECharts option: heading, legend and the publishers of the figures drawn. The charts view, the image
 * exports and the embeds all draw from this one plan (core/chart-options.ts builds the option), so an export
 * shows what the page shows.
 */
import { rankingOption, compareOption, regionsOption, type ChartSpec, type ChartTheme } from '$lib/core/chart-options';
import { periodLabel } from '$lib/core/period';
import { regionSummaries } from '$lib/core/regions';
import { chartHeading, chartLegend, figurePublishers, type ChartKind, type Heading } from '$lib/core/slide-text';
import { SLIDE_COLORS, type SlideLegend } from '$lib/core/slide';
import { buildTable } from '$lib/core/province-table';
import type { AppState } from '$lib/state/app.svelte';
import { currentTable } from './current-table';
// Its texts come with it, not with the page.
import '$lib/i18n/messages/workspace-views';

export interface ChartPlan {
	spec: ChartSpec;
	heading: Heading;
	legend: SlideLegend;
	publishers: string[];
}

/** Chart colours of a light page (slides and prints are light whatever the viewer's theme). */
export const LIGHT_CHART_THEME: ChartTheme = {
	dark: false,
	text: SLIDE_COLORS.text,
	muted: SLIDE_COLORS.muted,
	line: SLIDE_COLORS.rule,
	accent: SLIDE_COLORS.accent
};

/**
 * The plan of one chart, or null when it has nothing to draw (no figure, or a comparison chart without a
 * second period) — the caller says so instead of drawing an empty chart.
 */
export function chartPlan(app: AppState, chart: ChartKind, theme: ChartTheme = LIGHT_CHART_THEME): ChartPlan | null {
	const ds = app.dataset;
	const sel = app.selection;
	const view = app.view;
	const current = currentTable(app);
	if (!ds || !sel || !view || !current) return null;
	const lang = app.lang;
	const highlighted = new Set(app.highlighted);
	const regions = regionSummaries(ds, sel, app.selectedCodes);
	const legend = chartLegend({ chart, selection: sel, comparison: app.comparison, regions, highlighted: highlighted.size > 0, lang });
	// The ranking and the regions draw period A's own figures (the selection), not the comparison's basis.
	const periodUnit = `${current.selectionUnit}, ${current.periodA}`;
	if (chart === 'compare') {
		const cmp = app.comparison;
		const table = current.table;
		if (!cmp || table.mode !== 'compare' || !table.periodB || !table.rows.some((r) => r.diff !== null)) return null;
		const title = app.t('ws.chart.compare', { a: current.periodA, b: periodLabel(table.periodB) });
		// The dumbbells drawn: areas with both periods.
		const codes = new Set(table.rows.filter((r) => r.diff !== null).map((r) => r.code));
		return {
			spec: compareOption({ table, highlighted, lang, theme, unit: current.unit, title }),
			heading: chartHeading({ indicator: current.indicator, chart: title, unit: current.unit, view, lang }),
			legend,
			publishers: figurePublishers(
				cmp.areas.filter((c) => codes.has(c.code)).flatMap((c) => [c.a, c.b]),
				ds,
				lang
			)
		};
	}
	if (chart === 'regions') {
		if (!regions.some((r) => r.value !== null)) return null;
		const title = app.t('ws.chart.regions');
		const chosen = app.selectedCodes;
		return {
			spec: regionsOption({ regions, lang, theme, unit: periodUnit, title }),
			heading: chartHeading({ indicator: current.indicator, chart: title, unit: periodUnit, view, lang }),
			legend,
			publishers: figurePublishers(
				sel.areas.filter((a) => chosen.size === 0 || a.parts.some((p) => chosen.has(p.code))),
				ds,
				lang
			)
		};
	}
	if (sel.withData === 0) return null;
	const title = app.t('ws.chart.ranking');
	const rows = buildTable(ds, { selection: sel, comparison: null }).rows;
	return {
		spec: rankingOption({ rows, highlighted, lang, theme, unit: periodUnit, title }),
		heading: chartHeading({ indicator: current.indicator, chart: title, unit: periodUnit, view, lang }),
		legend,
		publishers: figurePublishers(sel.areas, ds, lang)
	};
}
