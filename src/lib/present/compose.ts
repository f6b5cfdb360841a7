/**
 * The slide of a view: the map (core/svg-map.ts, from the bundled geometry) or a chart (ECharts' SVG renderer,
 * offscreen) composed by core/slide.ts with heading, legend, source line, coverage, date and the imported-data
 * badge, in the view's language, with the export font embedded. Loaded only when something is exported or
 * presented.
 */
import { fitChartSpec } from '$lib/core/chart-fit';
import { importedLabel } from '$lib/core/imported';
import { composeSlide, SLIDE, slideScale, type Slide, type SlideBody, type SlideLegend } from '$lib/core/slide';
import { emptyComparisonNote, paintViewPeriods, periodsDrawing, periodsHeading, periodsPublishers } from '$lib/core/period-maps';
import { exportDate, mapHeading, sourceLine, viewPublishers, type ChartKind, type ExportTarget, type Heading } from '$lib/core/slide-text';
import { mapLabels } from '$lib/core/map-labels';
import { mapDrawing, paintFill, partialFills, projectedBounds } from '$lib/core/svg-map';
import { el, rawGroup } from '$lib/core/svg-tree';
import { archipelagoLabels } from '$lib/core/view-paint';
import { loadArchipelagos, loadGeometry } from '$lib/data/bundled';
import type { AppState } from '$lib/state/app.svelte';
import { loadCoveragePainter } from '$lib/state/coverage-code.svelte';
import { chartPlan } from '$lib/ui/chart-plans';
import { EXPORT_FONT_STACK, exportFontCss } from './fonts';

/** `slide`: 1920×1080; `screen`: the drawing at its on-screen size (`width`×`height` CSS px). */
export type SlideSize = { kind: 'slide' } | { kind: 'screen'; width: number; height: number };

/** Why there is no slide: the chart has nothing to draw (no figure, or no second period to compare). */
export class NothingToDraw extends Error {
	override name = 'NothingToDraw';
}

interface Content {
	heading: Heading;
	legend: SlideLegend;
	source: string;
	body: SlideBody;
}

async function mapContent(app: AppState, u: number): Promise<Content> {
	// A slide's view may be the first of the page in a coverage or reporting mode: their painter is loaded first.
	if (app.view && app.view.mode !== 'value') await loadCoveragePainter();
	const ds = app.dataset;
	const view = app.view;
	const paint = app.paint;
	if (!ds || !view || !paint) throw new NothingToDraw();
	// A comparison without any province in both periods has an empty difference map: its picture is the maps
	// of each period, with the sentence saying why.
	if (view.mode === 'value' && app.comparison && emptyComparisonNote(app.comparison, app.lang)) return periodsContent(app, u);
	const [geometry, archipelagos] = await Promise.all([loadGeometry(view.units), loadArchipelagos()]);
	const lang = app.lang;
	const prefix = 'antq-export';
	const partial = partialFills([...paint.areas.values(), ...paint.legend.items]);
	const b = projectedBounds(geometry.features);
	const padding = 10 * u;
	const labels = archipelagoLabels({ archipelagos, ds, lang });
	const labelSize = 19 * u;
	// Areas with a figure are named with their value (values and comparisons; coverage maps are their own key).
	const named = paint.legend.kind !== 'coverage' && [...paint.areas.values()].some((p) => p.kind === 'value' || p.kind === 'partial');
	/** Room beside the map for the labels that do not fit next to their area, as a share of its height. */
	const column = named ? LABEL_COLUMN : 0;
	return {
		heading: mapHeading({ legend: paint.legend, view, lang }),
		legend: {
			items: paint.legend.items.map((it) => ({ fill: paintFill(it, prefix, partial), label: it.label })),
			footnotes: paint.legend.footnotes,
			coverage: paint.legend.coverage
		},
		source: sourceLine({
			publishers: viewPublishers({ ds, view, selection: app.selection, comparison: app.comparison, lang }),
			boundaries: true,
			lang
		}),
		body: {
			aspect: (b ? (b[2] - b[0]) / (b[3] - b[1]) : 0.85) + column,
			draw: (box) => {
				const columnWidth = Math.round(box.height * column);
				const map = { width: box.width - columnWidth, height: box.height, padding };
				const drawing = mapDrawing({
					features: geometry.features,
					paints: paint.areas,
					labels,
					...map,
					idPrefix: prefix,
					partial,
					strokeWidth: Math.max(0.6, 0.9 * u),
					labelSize,
					patternSize: Math.max(6, 9 * u)
				});
				const names = named
					? mapLabels({
							features: geometry.features,
							paints: paint.areas,
							archipelagos: labels,
							map,
							columnWidth,
							size: 18 * u,
							archipelagoSize: labelSize
						})
					: null;
				return names ? el('g', {}, [drawing, names]) : drawing;
			}
		}
	};
}

/** Width of the label column beside an exported map, as a share of the map's height. */
const LABEL_COLUMN = 0.36;

/** Periods A and B of the comparison side by side, on one scale (core/period-maps.ts). */
async function periodsContent(app: AppState, u: number): Promise<Content> {
	const ds = app.dataset;
	const view = app.view;
	const comparison = app.comparison;
	const lang = app.lang;
	const maps = paintViewPeriods({ ds, view, comparison, lang });
	if (!ds || !view || !comparison || !maps) throw new NothingToDraw();
	const [geometry, archipelagos] = await Promise.all([loadGeometry(view.units), loadArchipelagos()]);
	const prefix = 'antq-export';
	const partial = partialFills([...maps.a.paint.areas.values(), ...maps.b.paint.areas.values(), ...maps.legend.items]);
	const b = projectedBounds(geometry.features);
	const gap = 40 * u;
	const captionSize = 22 * u;
	return {
		heading: periodsHeading(maps, view, lang),
		legend: {
			items: maps.legend.items.map((it) => ({ fill: paintFill(it, prefix, partial), label: it.label })),
			footnotes: [emptyComparisonNote(comparison, lang), ...maps.legend.footnotes].filter((n): n is string => n !== null),
			coverage: [maps.a, maps.b].map((m) => `${m.period}: ${m.coverage}`).join('; ')
		},
		source: sourceLine({ publishers: periodsPublishers(comparison, ds, lang), boundaries: true, lang }),
		body: {
			// Two maps (each with its column of names) and the gap between them, under their captions.
			aspect: 2 * ((b ? (b[2] - b[0]) / (b[3] - b[1]) : 0.85) + LABEL_COLUMN),
			draw: (box) =>
				periodsDrawing({
					maps,
					features: geometry.features,
					labels: archipelagoLabels({ archipelagos, ds, lang }),
					width: box.width,
					height: box.height,
					idPrefix: prefix,
					partial,
					gap,
					captionSize,
					strokeWidth: Math.max(0.5, 0.7 * u),
					labelSize: 14 * u,
					patternSize: Math.max(5, 7 * u),
					names: { size: 15 * u, column: LABEL_COLUMN }
				})
		}
	};
}

async function chartContent(app: AppState, chart: ChartKind, u: number): Promise<Content> {
	const plan = chartPlan(app, chart);
	if (!plan || !app.view) throw new NothingToDraw();
	const { init } = await import('$lib/ui/echarts');
	return {
		heading: plan.heading,
		legend: plan.legend,
		source: sourceLine({ publishers: plan.publishers, boundaries: false, lang: app.lang }),
		body: {
			aspect: null,
			draw: (box) => {
				// Drawn at a natural size and scaled up, so its 12 px labels read from the back of the room; a chart
				// with many bars keeps its row height and is scaled down to fit instead.
				let k = Math.max(1, 1.6 * u);
				const fitted = fitChartSpec(plan.spec, { height: box.height / k, fontFamily: EXPORT_FONT_STACK });
				k = Math.min(k, box.height / fitted.height);
				const width = Math.round(box.width / k);
				const instance = init(null, null, { renderer: 'svg', ssr: true, width, height: fitted.height });
				try {
					instance.setOption(fitted.option);
					return rawGroup({ transform: `scale(${k})`, 'data-chart': chart }, instance.renderToSVGString());
				} finally {
					instance.dispose();
				}
			}
		}
	};
}

/** The composed slide of `target` in the view of `app` (its language, its data). */
export async function buildSlide(opts: {
	app: AppState;
	target: ExportTarget;
	size: SlideSize;
	date?: Date;
	fonts?: boolean;
}): Promise<Slide> {
	const { app, target, size } = opts;
	const width = size.kind === 'slide' ? SLIDE.width : Math.max(320, Math.round(size.width));
	const u = slideScale(width);
	const [fontCss, content] = await Promise.all([
		// Without the font (measuring the layout only): text is never measured, so the layout is the same.
		opts.fonts === false ? Promise.resolve(null) : exportFontCss(),
		target === 'map' ? mapContent(app, u) : target === 'periods' ? periodsContent(app, u) : chartContent(app, target, u)
	]);
	const lang = app.lang;
	return composeSlide({
		width,
		height: size.kind === 'slide' ? SLIDE.height : null,
		bodyHeight: size.kind === 'screen' ? size.height : undefined,
		title: content.heading.title,
		subtitle: content.heading.subtitle,
		badge: app.origin.kind === 'imported' ? importedLabel(app.origin, lang) : null,
		legend: content.legend,
		source: content.source,
		date: exportDate(opts.date ?? new Date(), lang),
		credit: app.t('app.title'),
		body: content.body,
		fontCss,
		fontFamily: EXPORT_FONT_STACK
	});
}
