/**
 * ECharts options for the workspace charts, built here as plain data so the specs check what is drawn
 * (bars, labels, colours, tooltips) without a browser. Every data string that reaches a tooltip (HTML in
 * ECharts) is escaped; labels and the accessible description are plain text. Provinces without data are
 * never bars: the views list them beneath the chart.
 */
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { AriaComponentOption, GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { t } from '../i18n';
import { escapeHtml } from './escape';
import { formatNumber, formatRatio, formatSigned, formatValue } from './format';
import type { RegionSummary } from './regions';
import { wrapText } from './slide';
import type { ProvinceTable, TableRow } from './province-table';
import { qualifierText } from './table-cells';
import type { Lang } from './types';
// Its texts come with it, not with the page.
import '../i18n/messages/workspace-views';

export type ChartOption = ComposeOption<
	BarSeriesOption | ScatterSeriesOption | GridComponentOption | TooltipComponentOption | AriaComponentOption | LegendComponentOption
>;

/** Colours of the page's scheme (read from its CSS variables by the view). */
export interface ChartTheme {
	dark: boolean;
	text: string;
	muted: string;
	line: string;
	accent: string;
}

/** Bar colours from ColorBrewer YlGnBu (as the map) and PuOr for change (purple up, orange down). */
const PALETTE = {
	light: { bar: '#1d91c0', faded: '#b3d7e8', partial: '#7fcdbb', a: '#225ea8', b: '#b35806', up: '#542788', down: '#b35806' },
	dark: { bar: '#41b6c4', faded: '#2d4a57', partial: '#5f9e8f', a: '#7fcdbb', b: '#f1a340', up: '#b2abd2', down: '#f1a340' }
} as const;

const ROW_HEIGHT = 26;
/** Region rows hold a name of up to two lines with its coverage under it (three lines of axis label). */
const REGION_ROW_HEIGHT = 56;
const CHROME_HEIGHT = 40;

/** Pixel height that gives each bar a readable row (plus `extra` for a legend or taller labels). */
function chartHeight(bars: number, extra = 0, row = ROW_HEIGHT): number {
	return CHROME_HEIGHT + Math.max(bars, 1) * row + extra;
}

/** An option and the container height it was laid out for. */
export interface ChartSpec {
	option: ChartOption;
	height: number;
}

/** The data index an ECharts callback is about (item or axis trigger). */
export function dataIndexOf(params: unknown): number {
	const p = Array.isArray(params) ? params[0] : params;
	const i = (p as { dataIndex?: unknown } | undefined)?.dataIndex;
	return typeof i === 'number' ? i : -1;
}

/** Tooltip HTML from text lines: the first bold, every line escaped. */
export function tooltipHtml(lines: string[]): string {
	const [head, ...rest] = lines.filter((l) => l !== '');
	return [`<strong>${escapeHtml(head ?? '')}</strong>`, ...rest.map(escapeHtml)].join('<br/>');
}

/** Room on the right for the longest value label placed after its bar. */
function labelRoom(labels: string[]): number {
	const longest = Math.max(0, ...labels.flatMap((l) => l.split('\n').map((line) => line.length)));
	return Math.min(260, 16 + 7.5 * longest);
}

function base(theme: ChartTheme, description: string, height: number, right = 16, bottomExtra = 0): ChartOption {
	return {
		animation: false,
		backgroundColor: 'transparent',
		textStyle: { color: theme.text, fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif' },
		aria: { enabled: true, label: { enabled: true, description } },
		grid: {
			left: 8,
			right,
			top: 8,
			height: height - CHROME_HEIGHT - bottomExtra,
			outerBoundsMode: 'same',
			outerBoundsContain: 'axisLabel'
		},
		tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true }
	};
}

function valueAxis(theme: ChartTheme, lang: Lang) {
	return {
		type: 'value' as const,
		axisLabel: { color: theme.muted, hideOverlap: true, formatter: (v: number) => formatNumber(v, lang) },
		splitLine: { lineStyle: { color: theme.line } }
	};
}

function categoryAxis(theme: ChartTheme, names: string[]) {
	return {
		type: 'category' as const,
		inverse: true,
		data: names,
		// Long names (regions) wrap instead of pushing the bars off a phone screen.
		axisLabel: { color: theme.text, interval: 0, width: 120, overflow: 'break' as const, lineHeight: 13 },
		axisTick: { show: false },
		axisLine: { lineStyle: { color: theme.line } }
	};
}

/** Text inside ECharts' rich-text labels, where `{`, `}` and `|` would start or end a style. */
function richText(text: string): string {
	return text.replace(/[{}|]/g, (c) => (c === '|' ? '¦' : c === '{' ? '(' : ')'));
}

function sourceLine(row: TableRow, lang: Lang): string {
	if (row.publishers.length === 0) return '';
	const conflict = row.conflict ? ` (${t(lang, 'ws.table.conflict')})` : '';
	return t(lang, 'ws.chart.source', { sources: row.publishers.join('; ') }) + conflict;
}

export interface RankingInput {
	/** Every area of the view (one period); only those with data become bars. */
	rows: readonly TableRow[];
	/** Area codes to highlight (the chosen provinces); empty highlights none. */
	highlighted: ReadonlySet<string>;
	lang: Lang;
	theme: ChartTheme;
	/** "nguồn tin, 2013–2023" — what a value is. */
	unit: string;
	title: string;
}

/** Rows with a value, largest first (ties by name as the table sorts them). */
export function rankedRows(rows: readonly TableRow[]): TableRow[] {
	return rows.filter((r) => r.value !== null).sort((x, y) => y.value! - x.value! || x.name.localeCompare(y.name, 'vi'));
}

/** Sorted horizontal bars of the values, ≥/≈ kept in the labels, the chosen provinces highlighted. */
export function rankingOption(input: RankingInput): ChartSpec {
	const { lang, theme, highlighted } = input;
	const colors = theme.dark ? PALETTE.dark : PALETTE.light;
	const bars = rankedRows(input.rows);
	const labels = bars.map((r) => formatValue(r.value, r.qualifier, lang));
	const summary = bars.map((r, i) => `${r.name} ${labels[i]}`).join('; ');
	const height = chartHeight(bars.length);
	const option: ChartOption = {
		...base(theme, t(lang, 'ws.chart.aria', { title: input.title, summary }), height, labelRoom(labels)),
		xAxis: valueAxis(theme, lang),
		yAxis: categoryAxis(
			theme,
			bars.map((r) => r.name)
		),
		tooltip: {
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			confine: true,
			formatter: (params: unknown) => {
				const r = bars[dataIndexOf(params)];
				if (!r) return '';
				return tooltipHtml([
					r.name,
					`${labels[bars.indexOf(r)]} ${input.unit}`,
					qualifierText(r.qualifier, lang),
					t(lang, 'ws.chart.rank', { rank: r.rank ?? '—', n: bars.length }),
					sourceLine(r, lang)
				]);
			}
		},
		series: [
			{
				type: 'bar',
				name: input.title,
				barMaxWidth: 18,
				data: bars.map((r) => ({
					value: r.value!,
					itemStyle: {
						color: highlighted.size === 0 || highlighted.has(r.code) ? (highlighted.has(r.code) ? theme.accent : colors.bar) : colors.faded
					}
				})),
				label: {
					show: true,
					position: 'right',
					color: theme.text,
					formatter: (p: unknown) => labels[dataIndexOf(p)] ?? ''
				}
			}
		]
	};
	return { option, height };
}

export interface CompareInput {
	table: ProvinceTable;
	highlighted: ReadonlySet<string>;
	lang: Lang;
	theme: ChartTheme;
	unit: string;
	title: string;
}

/** Rows with both periods, largest increase first. */
export function comparedRows(rows: readonly TableRow[]): TableRow[] {
	return rows.filter((r) => r.diff !== null).sort((x, y) => y.diff! - x.diff! || x.name.localeCompare(y.name, 'vi'));
}

/**
 * Dumbbell of period A against B per province: a dot for each period joined by a bar coloured by the
 * direction of change (an invisible bar up to the smaller value, then the gap), sorted by change.
 */
export function compareOption(input: CompareInput): ChartSpec {
	const { lang, theme, table, highlighted } = input;
	const colors = theme.dark ? PALETTE.dark : PALETTE.light;
	const rows = comparedRows(table.rows);
	const [labelA, labelB] = [table.periodA, table.periodB ?? table.periodA].map((p) =>
		p.start === p.end ? String(p.start) : `${p.start}–${p.end}`
	) as [string, string];
	const summary = rows
		.map((r) => `${r.name} ${formatValue(r.value, r.qualifier, lang)} / ${formatValue(r.b, r.qualifierB, lang)}`)
		.join('; ');
	const label = (r: TableRow) => ({
		value: r.name,
		textStyle: { fontWeight: highlighted.has(r.code) ? ('bold' as const) : ('normal' as const) }
	});
	const legendRoom = 28;
	const height = chartHeight(rows.length, legendRoom);
	const option: ChartOption = {
		...base(theme, t(lang, 'ws.chart.aria', { title: input.title, summary }), height, 16, legendRoom),
		legend: { top: 'bottom', textStyle: { color: theme.text }, data: [labelA, labelB] },
		xAxis: valueAxis(theme, lang),
		yAxis: { ...categoryAxis(theme, []), data: rows.map(label) },
		tooltip: {
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			confine: true,
			formatter: (params: unknown) => {
				const r = rows[dataIndexOf(params)];
				if (!r) return '';
				return tooltipHtml([
					r.name,
					`${labelA}: ${formatValue(r.value, r.qualifier, lang)} ${input.unit}`,
					`${labelB}: ${formatValue(r.b, r.qualifierB, lang)} ${input.unit}`,
					`${formatSigned(r.diff!, lang)}${r.ratio === null ? '' : ` (${formatRatio(r.ratio, lang)})`}`,
					sourceLine(r, lang)
				]);
			}
		},
		series: [
			{
				type: 'bar',
				stack: 'range',
				silent: true,
				itemStyle: { color: 'transparent' },
				data: rows.map((r) => Math.min(r.value!, r.b!))
			},
			{
				type: 'bar',
				stack: 'range',
				silent: true,
				barWidth: 4,
				data: rows.map((r) => ({ value: Math.abs(r.diff!), itemStyle: { color: r.diff! >= 0 ? colors.up : colors.down } }))
			},
			{
				type: 'scatter',
				name: labelA,
				symbolSize: 12,
				itemStyle: { color: colors.a },
				data: rows.map((r, i) => [r.value!, i])
			},
			{
				type: 'scatter',
				name: labelB,
				symbolSize: 12,
				itemStyle: { color: theme.dark ? '#1d2128' : '#ffffff', borderColor: colors.b, borderWidth: 2.5 },
				data: rows.map((r, i) => [r.b!, i])
			}
		]
	};
	return { option, height };
}

export interface RegionsInput {
	regions: readonly RegionSummary[];
	lang: Lang;
	theme: ChartTheme;
	unit: string;
	title: string;
}

/** "một phần, 2/14 tỉnh" or "14/14 tỉnh". */
function regionCoverageText(r: RegionSummary, lang: Lang): string {
	const params = { n: r.withData, total: r.codes.length };
	return t(lang, r.partial ? 'ws.chart.partialLabel' : 'ws.chart.completeLabel', params);
}

/**
 * Totals per region (regions without any figure are left to the list beneath); partial totals marked. The
 * coverage goes under the region's name, so that the label after a bar is one line (the total) and never
 * runs into the next row or the axis.
 */
export function regionsOption(input: RegionsInput): ChartSpec {
	const { lang, theme } = input;
	const colors = theme.dark ? PALETTE.dark : PALETTE.light;
	const bars = input.regions.filter((r) => r.value !== null);
	const labels = bars.map((r) => formatValue(r.value, r.qualifier, lang));
	const coverage = bars.map((r) => regionCoverageText(r, lang));
	const summary = bars.map((r, i) => `${r.name} ${labels[i]}, ${coverage[i]}`).join('; ');
	const height = chartHeight(bars.length, 8, REGION_ROW_HEIGHT);
	const axis = categoryAxis(
		theme,
		bars.map((r) => r.name)
	);
	const option: ChartOption = {
		...base(theme, t(lang, 'ws.chart.aria', { title: input.title, summary }), height, labelRoom(labels), 8),
		xAxis: valueAxis(theme, lang),
		yAxis: {
			...axis,
			axisLabel: {
				color: theme.text,
				interval: 0,
				// Lines broken here (ECharts drops a rich label's line breaks when it wraps by width); escaped for its
				// rich text, where a brace in a name would start a style.
				formatter: (name: string, i: number) =>
					[...wrapText(name, { width: 140, size: 12 }).map((l) => `{name|${richText(l)}}`), `{cov|${richText(coverage[i] ?? '')}}`].join(
						'\n'
					),
				// Lines far enough apart that Vietnamese marks above and below never touch the next line.
				rich: { name: { color: theme.text, lineHeight: 17 }, cov: { color: theme.muted, fontSize: 11, lineHeight: 16 } }
			}
		},
		tooltip: {
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			confine: true,
			formatter: (params: unknown) => {
				const r = bars[dataIndexOf(params)];
				if (!r) return '';
				return tooltipHtml([r.name, `${formatValue(r.value, r.qualifier, lang)} ${input.unit}`, regionCoverageText(r, lang)]);
			}
		},
		series: [
			{
				type: 'bar',
				name: input.title,
				barMaxWidth: 22,
				data: bars.map((r) => ({
					value: r.value!,
					itemStyle: r.partial
						? { color: colors.partial, borderColor: colors.bar, borderWidth: 1.5, borderType: 'dashed' as const }
						: { color: colors.bar }
				})),
				label: { show: true, position: 'right', color: theme.text, formatter: (p: unknown) => labels[dataIndexOf(p)] ?? '' }
			}
		]
	};
	return { option, height };
}
