/**
 * The two periods of a comparison as small maps side by side: period A and period B, each a value map
 * of its own figures on the comparison's basis (per-year rates when the lengths differ), with one colour scale for
 * both so that equal colours mean equal values. Shown with the comparison map: where few provinces have both
 * periods, the difference map is mostly "not enough data", and these maps still show what each period has.
 */
import { t } from '../i18n';
import { classify, type ClassMethod } from './classify';
import type { Comparison } from './compare';
import { unitText, type LegendModel, type MapPaint } from './map-paint';
import { paintSelection } from './value-paint';
import type { Dataset } from './dataset';
import { periodLabel } from './period';
import { chartHeading, figurePublishers, type Heading } from './slide-text';
import { mapLabels } from './map-labels';
import { mapDrawing, type MapFeature, type MapLabelPoint } from './svg-map';
import { el, type SvgNode } from './svg-tree';
import type { Indicator, Lang, Source } from './types';
import type { ViewState } from './view-state';

export interface PeriodMap {
	/** "2013–2023". */
	period: string;
	paint: MapPaint;
	/** "12/63 tỉnh có số liệu". */
	coverage: string;
}

export interface PeriodMaps {
	/** "Từng giai đoạn: 2013–2023 và 2015–2020, cùng thang màu". */
	heading: string;
	a: PeriodMap;
	b: PeriodMap;
	/** The shared scale: the classes, no data, and the notes of both maps. */
	legend: LegendModel;
}

/** Null when neither period has a figure (there is nothing to draw). */
export function paintPeriods(opts: {
	comparison: Comparison;
	method: ClassMethod;
	indicator: Indicator | undefined;
	sources: Map<string, Source>;
	lang: Lang;
}): PeriodMaps | null {
	const { comparison: cmp, indicator, sources, lang } = opts;
	const values = [...cmp.a.areas, ...cmp.b.areas].flatMap((area) => (area.value === null ? [] : [area.value]));
	if (values.length === 0) return null;
	const classes = classify(values, { method: opts.method });
	const side = (selection: Comparison['a']): PeriodMap => {
		const paint = paintSelection({ selection, classes, indicator, sources, lang });
		return { period: periodLabel(selection.period), paint, coverage: paint.legend.coverage };
	};
	const a = side(cmp.a);
	const b = side(cmp.b);
	const footnotes = [...new Set([...a.paint.legend.footnotes, ...b.paint.legend.footnotes])];
	if (cmp.perYearForced) footnotes.push(t(lang, 'periods.perYear'));
	// In the 34 view: a new province where only some former provinces reported, in either map (counts differ).
	const partial = [a, b].flatMap((m) => m.paint.legend.items).find((item) => item.kind === 'partial');
	const partialItem = partial ? [{ ...partial, label: t(lang, 'periods.partial') }] : [];
	return {
		heading: t(lang, 'periods.title', { a: a.period, b: b.period }),
		a,
		b,
		legend: {
			kind: 'sequential',
			title: a.paint.legend.title,
			subtitle: unitText(indicator, cmp.norm, lang),
			items: [
				...a.paint.legend.items.filter((item) => item.kind === 'value'),
				...partialItem,
				{ kind: 'missing', color: null, label: t(lang, 'map.noData') }
			],
			footnotes,
			coverage: ''
		}
	};
}

/** Sizes of the side-by-side drawing, px. */
export interface PeriodsDrawingOptions {
	maps: PeriodMaps;
	features: readonly MapFeature[];
	labels: readonly MapLabelPoint[];
	width: number;
	height: number;
	/**
	 * Pattern ids: map A uses `idPrefix` (so that legend swatches drawn with the same prefix find its hatches),
	 * map B `idPrefix-b`; `partial` lists the partial colours of both maps and of the legend.
	 */
	idPrefix: string;
	partial: readonly string[];
	gap: number;
	captionSize: number;
	strokeWidth: number;
	labelSize: number;
	patternSize: number;
	/**
	 * Name the areas with a figure in each map (an exported image): their size, px, and the column beside each
	 * map for the names that find no room next to their area, as a share of the map's height.
	 */
	names?: { size: number; column: number };
}

/** Both maps side by side, each under its caption ("2013–2023: 4/63 tỉnh có số liệu"), for an exported image. */
export function periodsDrawing(o: PeriodsDrawingOptions): SvgNode {
	const half = (o.width - o.gap) / 2;
	const captionHeight = Math.round(o.captionSize * 1.6);
	const height = o.height - captionHeight;
	const columnWidth = o.names ? Math.round(height * o.names.column) : 0;
	const side = (key: 'a' | 'b', x: number) => {
		const m = o.maps[key];
		const map = { width: half - columnWidth, height, padding: o.gap / 4 };
		const names = o.names
			? mapLabels({
					features: o.features,
					paints: m.paint.areas,
					archipelagos: o.labels,
					map,
					columnWidth,
					size: o.names.size,
					archipelagoSize: o.labelSize
				})
			: null;
		return el('g', { transform: `translate(${x},0)`, 'data-period': key }, [
			el(
				'text',
				{ x: 0, y: o.captionSize, 'font-size': o.captionSize, 'font-weight': 600, 'data-role': 'caption' },
				`${m.period}: ${m.coverage}`
			),
			el('g', { transform: `translate(0,${captionHeight})` }, [
				mapDrawing({
					features: o.features,
					paints: m.paint.areas,
					labels: o.labels,
					...map,
					idPrefix: key === 'a' ? o.idPrefix : `${o.idPrefix}-b`,
					partial: o.partial,
					strokeWidth: o.strokeWidth,
					labelSize: o.labelSize,
					patternSize: o.patternSize,
					areaAttrs: () => ({ 'data-code': undefined, 'data-period-area': key })
				}),
				...(names ? [names] : [])
			])
		]);
	};
	return el('g', { 'data-map': 'periods' }, [side('a', 0), side('b', half + o.gap)]);
}

/** The maps of each period of a view: its comparison, its classification method, in its language. */
export function paintViewPeriods(opts: {
	ds: Dataset | null;
	view: ViewState | null;
	comparison: Comparison | null;
	lang: Lang;
}): PeriodMaps | null {
	const { ds, view, comparison, lang } = opts;
	if (!ds || !view || !comparison) return null;
	return paintPeriods({ comparison, method: view.classes, indicator: ds.indicatorById.get(view.indicator), sources: ds.sourceById, lang });
}

/** The heading of the maps of each period in an image or an embed: indicator and maps, then unit and units. */
export function periodsHeading(maps: PeriodMaps, view: ViewState, lang: Lang): Heading {
	return chartHeading({ indicator: maps.legend.title, chart: maps.heading, unit: maps.legend.subtitle, view, lang });
}

/** Whoever published a figure drawn in either map (the comparison map's source names only those with both). */
export function periodsPublishers(comparison: Comparison, ds: Dataset, lang: Lang): string[] {
	return figurePublishers([...comparison.a.areas, ...comparison.b.areas], ds, lang);
}

/**
 * Why the difference map of a comparison is empty, in one sentence — null when some province has both periods
 * (then the map has something to show). Said wherever such a comparison is shown, exported or printed.
 */
export function emptyComparisonNote(comparison: Comparison, lang: Lang): string | null {
	if (comparison.withBoth > 0) return null;
	return t(lang, 'periods.whyNoDifference', { a: periodLabel(comparison.periodA), b: periodLabel(comparison.periodB) });
}
