/**
 * The province map as SVG, with no DOM and no Leaflet: the bundled polygons projected with web Mercator
 * (EPSG:3857, as Leaflet draws them), fitted to a box, painted with the map model's `AreaPaint` — ramp
 * colours, hatched no-data, striped partial 34-units, cross-hatched "not enough data to compare" — and the
 * Hoàng Sa / Trường Sa labels. The frame is fitted to the whole geometry, whose provinces 48 (Đà Nẵng) and
 * 56 (Khánh Hòa) include both archipelagos, so every drawing shows them. Used by exports, slides and embeds.
 */
import type { Geometry, Position } from 'geojson';
import type { AreaPaint } from './map-paint';
import { frameTransform } from './map-view';
import { el, type SvgNode } from './svg-tree';

export interface MapFeature {
	properties: { code: string };
	geometry: Geometry | null;
}

/** A label at a point (the archipelagos), one text line per entry. */
export interface MapLabelPoint {
	lng: number;
	lat: number;
	lines: string[];
}

/**
 * The light theme of app.css (a slide, a printed page and an embed on a white page are light whatever the
 * viewer's system theme): sea, borders and the no-data pattern colours.
 */
export const MAP_COLORS = {
	sea: '#e8eef4',
	border: '#5b6675',
	nodataBg: '#f2f2f2',
	nodataStroke: '#a3a3a3',
	insufficientStroke: '#8a6d3b',
	partialStripe: 'rgba(255, 255, 255, 0.8)',
	label: '#4a5360'
} as const;

const EARTH_RADIUS = 6378137;
const MAX_LATITUDE = 85.0511287798;
const RAD = Math.PI / 180;

/** Metres east of 0° (web Mercator). */
const mercatorX = (lng: number) => EARTH_RADIUS * lng * RAD;
/** Metres north of the equator (web Mercator, clamped to the projection's square world). */
const mercatorY = (lat: number) =>
	EARTH_RADIUS * Math.log(Math.tan(Math.PI / 4 + (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * RAD) / 2));

/** Web Mercator as Leaflet's `L.Projection.SphericalMercator`: metres east and north of (0°, 0°). */
export function mercator([lng, lat]: readonly [number, number]): [number, number] {
	return [mercatorX(lng), mercatorY(lat)];
}

/** Projected bounds [minX, minY, maxX, maxY] (y north). */
export type Bounds = [number, number, number, number];

/**
 * The polygons of a geometry (points and lines have none). A geometry of no GeoJSON type is an error, with
 * Leaflet's message for it: a broken boundary file is reported, never drawn as an empty map.
 */
function polygons(g: Geometry | null): Position[][][] {
	if (!g) return [];
	switch (g.type) {
		case 'Polygon':
			return [g.coordinates];
		case 'MultiPolygon':
			return g.coordinates;
		case 'GeometryCollection':
			return g.geometries.flatMap(polygons);
		case 'Point':
		case 'MultiPoint':
		case 'LineString':
		case 'MultiLineString':
			return [];
		default:
			throw new Error('Invalid GeoJSON object.');
	}
}

/** Bounds of the geometries already measured (a map fits the same boundaries again at every size). */
const boundsOf = new WeakMap<readonly MapFeature[], Bounds | null>();

/** Bounds [west, south, east, north] in degrees, projected (the projection keeps the order of longitudes and of latitudes). */
const projectBox = ([west, south, east, north]: readonly number[]): Bounds => [
	mercatorX(west!),
	mercatorY(south!),
	mercatorX(east!),
	mercatorY(north!)
];

/**
 * Says what `projectedBounds(features)` is from a box in degrees measured before (the shipped topology's `bbox`),
 * so that the first map does not walk every point of the geometry to find it.
 */
export function knowBounds(features: readonly MapFeature[], bbox: readonly number[]): void {
	if (bbox.length === 4 && bbox[0]! <= bbox[2]! && bbox[1]! <= bbox[3]!) boundsOf.set(features, projectBox(bbox));
}

/** The projection keeps the order of longitudes and of latitudes: the extremes in degrees are the projected ones. */
export function projectedBounds(features: readonly MapFeature[]): Bounds | null {
	if (boundsOf.has(features)) return boundsOf.get(features) ?? null;
	let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const f of features) {
		for (const poly of polygons(f.geometry)) {
			for (const ring of poly) {
				for (const pos of ring) {
					west = Math.min(west, pos[0]!);
					east = Math.max(east, pos[0]!);
					south = Math.min(south, pos[1]!);
					north = Math.max(north, pos[1]!);
				}
			}
		}
	}
	const bounds: Bounds | null = west <= east ? projectBox([west, south, east, north]) : null;
	boundsOf.set(features, bounds);
	return bounds;
}

/** Projected → box coordinates: one scale for both axes (no distortion), centred, y flipped to point down. */
export interface Frame {
	scale: number;
	minX: number;
	maxY: number;
	offsetX: number;
	offsetY: number;
}

export function fitFrame(bounds: Bounds, box: { width: number; height: number; padding: number }): Frame {
	const [minX, minY, maxX, maxY] = bounds;
	const w = Math.max(box.width - 2 * box.padding, 1);
	const h = Math.max(box.height - 2 * box.padding, 1);
	const scale = Math.min(w / Math.max(maxX - minX, 1e-9), h / Math.max(maxY - minY, 1e-9));
	return {
		scale,
		minX,
		maxY,
		offsetX: box.padding + (w - (maxX - minX) * scale) / 2,
		offsetY: box.padding + (h - (maxY - minY) * scale) / 2
	};
}

const boxX = (frame: Frame, lng: number) => frame.offsetX + (mercatorX(lng) - frame.minX) * frame.scale;
const boxY = (frame: Frame, lat: number) => frame.offsetY + (frame.maxY - mercatorY(lat)) * frame.scale;

export function toBox(frame: Frame, [lng, lat]: readonly [number, number]): [number, number] {
	return [boxX(frame, lng), boxY(frame, lat)];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * One ring as "M x y L x y … Z", coordinates rounded to 0.01 px with repeated points dropped; a ring that
 * collapses to fewer than three points at this size is left out. Written without a temporary array per point:
 * the page draws its first map with it (thousands of points).
 */
export function ringPath(ring: readonly Position[], frame: Frame): string {
	const xs: number[] = [];
	const ys: number[] = [];
	for (const pos of ring) {
		const x = round2(boxX(frame, pos[0]!));
		const y = round2(boxY(frame, pos[1]!));
		const n = xs.length;
		if (n === 0 || xs[n - 1] !== x || ys[n - 1] !== y) {
			xs.push(x);
			ys.push(y);
		}
	}
	let n = xs.length;
	if (n > 1 && xs[0] === xs[n - 1] && ys[0] === ys[n - 1]) n--;
	if (n < 3) return '';
	let d = `M${xs[0]} ${ys[0]}`;
	for (let i = 1; i < n; i++) d += `L${xs[i]} ${ys[i]}`;
	return `${d}Z`;
}

/** Every polygon ring of a geometry (holes included: SVG's even-odd fill cuts them out). */
export function geometryPath(g: Geometry | null, frame: Frame): string {
	return polygons(g)
		.flatMap((poly) => poly.map((ring) => ringPath(ring, frame)))
		.join('');
}

/** Pattern ids of one drawing: `prefix` keeps several drawings on one page apart. */
export function patternIds(prefix: string) {
	return {
		missing: `${prefix}-nodata`,
		insufficient: `${prefix}-insufficient`,
		partial: (i: number) => `${prefix}-partial-${i}`
	};
}

/** The fill colours of partial areas (each gets a striped pattern of its own), in first-seen order. */
export function partialFills(paints: Iterable<{ kind: string; fill?: string | null; color?: string | null }>): string[] {
	const out: string[] = [];
	for (const p of paints) {
		const c = p.fill ?? p.color ?? null;
		if (p.kind === 'partial' && c && !out.includes(c)) out.push(c);
	}
	return out;
}

/**
 * The SVG fill of an area (or of a legend swatch): its colour, or the pattern of its kind — exactly the
 * rule of the Leaflet map (`ProvinceMap.leaflet.svelte`).
 */
export function paintFill(p: { kind: AreaPaint['kind']; color: string | null }, prefix: string, partial: readonly string[]): string {
	const ids = patternIds(prefix);
	if (p.kind === 'insufficient') return `url(#${ids.insufficient})`;
	if (p.kind === 'missing' || !p.color) return `url(#${ids.missing})`;
	if (p.kind === 'partial') return `url(#${ids.partial(Math.max(0, partial.indexOf(p.color)))})`;
	return p.color;
}

/** `<defs>` with the no-data hatch, the comparison cross-hatch and one striped pattern per partial colour. */
export function patternDefs(prefix: string, partial: readonly string[], size = 6): SvgNode {
	const ids = patternIds(prefix);
	const s = size;
	const c = MAP_COLORS;
	const hatch = (id: string, base: string, stroke: string, width: number) =>
		el('pattern', { id, patternUnits: 'userSpaceOnUse', width: s, height: s, patternTransform: 'rotate(45)' }, [
			el('rect', { width: s, height: s, fill: base }),
			el('line', { x1: 0, y1: 0, x2: 0, y2: s, stroke, 'stroke-width': width })
		]);
	const x = s + 1;
	return el('defs', {}, [
		hatch(ids.missing, c.nodataBg, c.nodataStroke, s / 3),
		el('pattern', { id: ids.insufficient, patternUnits: 'userSpaceOnUse', width: x, height: x }, [
			el('rect', { width: x, height: x, fill: c.nodataBg }),
			el('path', { d: `M0 0L${x} ${x}M${x} 0L0 ${x}`, stroke: c.insufficientStroke, 'stroke-width': s / 5 })
		]),
		...partial.map((fill, i) => hatch(ids.partial(i), fill, c.partialStripe, (s * 5) / 12))
	]);
}

/**
 * A legend swatch filling its box: the colour, or the pattern, the map paints that kind with (its own pattern
 * defs, under `prefix`), so that the legend's hatches are the map's.
 */
export function swatchDrawing(item: { kind: AreaPaint['kind']; color: string | null }, prefix: string): SvgNode {
	const partial = item.kind === 'partial' && item.color ? [item.color] : [];
	return el('g', {}, [patternDefs(prefix, partial), el('rect', { width: '100%', height: '100%', fill: paintFill(item, prefix, partial) })]);
}

/** The frame that fits the whole geometry (both archipelagos) in a box: the map's home view. */
export function homeFrame(features: readonly MapFeature[], box: { width: number; height: number; padding: number }): Frame {
	return fitFrame(projectedBounds(features) ?? [...mercator([102, 7]), ...mercator([117, 23.5])], box);
}

/** The outlines computed last per geometry, by frame, newest first (a map on screen and two period maps). */
const recentShapes = new WeakMap<readonly MapFeature[], { frame: Frame; shapes: readonly string[] }[]>();
const RECENT_FRAMES = 4;
const sameFrame = (a: Frame, b: Frame) =>
	a.scale === b.scale && a.minX === b.minX && a.maxY === b.maxY && a.offsetX === b.offsetX && a.offsetY === b.offsetY;

/**
 * Each area's path data in a frame, in the geometry's order (what a repaint of the same view can keep). The last
 * few results per geometry are kept: entering a comparison draws the map and two period maps of one geometry,
 * the period maps at one size, and leaving and entering it again draws them at the same sizes once more.
 */
export function areaShapes(features: readonly MapFeature[], frame: Frame): readonly string[] {
	const recent = recentShapes.get(features) ?? [];
	const known = recent.find((r) => sameFrame(r.frame, frame));
	if (known) return known.shapes;
	const shapes = features.map((f) => geometryPath(f.geometry, frame));
	recentShapes.set(features, [{ frame: { ...frame }, shapes }, ...recent].slice(0, RECENT_FRAMES));
	return shapes;
}

/** Area outlines and the frame they were computed in. */
export interface Shaped {
	frame: Frame;
	shapes: readonly string[];
}

/**
 * A growth of the view's scale up to which kept outlines are scaled rather than computed again: beyond it their
 * 0.01 px rounding would start to show.
 */
const RESHAPE_ABOVE = 1.5;

/**
 * The areas' outlines of one map on screen, computed once: when the box changes size (a panel opens beside the map,
 * the window is resized), the outlines of the first frame are drawn under a transform (`mapDrawing`'s `view`)
 * instead of projecting every point again. New geometry, or a view much larger than the first, computes them anew.
 */
export function keptShapes(): (features: readonly MapFeature[], frame: Frame) => Shaped {
	let kept: (Shaped & { features: readonly MapFeature[] }) | null = null;
	return (features, frame) => {
		if (kept?.features !== features || frame.scale > kept.frame.scale * RESHAPE_ABOVE) {
			kept = { features, frame, shapes: areaShapes(features, frame) };
		}
		return kept;
	};
}

export interface MapDrawingOptions {
	features: readonly MapFeature[];
	/** What to paint per code (the map model's paint of the view). */
	paints: ReadonlyMap<string, AreaPaint>;
	labels: readonly MapLabelPoint[];
	width: number;
	height: number;
	/** Space kept free around the geometry, px. */
	padding?: number;
	/** The view drawn; default the home view (`homeFrame` with `padding`). */
	frame?: Frame;
	/** `areaShapes` of `features` in that frame, when the caller keeps them from an earlier drawing. */
	shapes?: readonly string[];
	/**
	 * The view shown, when the reader has moved the map away from `frame` (a pan or zoom on screen): the areas keep
	 * their shapes under a transform, while labels, hatches and borders keep their size on screen.
	 */
	view?: Frame;
	/** Prefix of the pattern ids (unique per page or document). */
	idPrefix: string;
	/** Border width, px. */
	strokeWidth?: number;
	/** Archipelago label size, px. */
	labelSize?: number;
	/** Spacing of the hatches, px. */
	patternSize?: number;
	/**
	 * Colours that get a striped partial pattern (`partialFills` of the paints and of the legend items drawn
	 * with them); default: those of the paints.
	 */
	partial?: readonly string[];
	/** Extra attributes of each area path (e.g. focusable buttons in the embed). */
	areaAttrs?: (code: string, paint: AreaPaint | undefined) => Record<string, string | number | undefined>;
}

/**
 * The map as one `<g>`: sea, pattern defs, one path per area (in the geometry's order), then the
 * archipelago labels. An area the paint does not know is drawn as no data, never as a value.
 */
export function mapDrawing(opts: MapDrawingOptions): SvgNode {
	const { features, paints, width, height, idPrefix } = opts;
	const frame = opts.frame ?? homeFrame(features, { width, height, padding: opts.padding ?? 8 });
	const shapes = opts.shapes ?? areaShapes(features, frame);
	const partial = opts.partial ?? partialFills(paints.values());
	const view = opts.view ?? frame;
	const { k, x: dx, y: dy } = frameTransform(frame, view);
	const areas = features.map((f, i) => {
		const code = String(f.properties.code);
		const p = paints.get(code);
		return el('path', {
			d: shapes[i] ?? '',
			fill: paintFill({ kind: p?.kind ?? 'missing', color: p?.fill ?? null }, idPrefix, partial),
			'fill-rule': 'evenodd',
			stroke: MAP_COLORS.border,
			'stroke-width': (opts.strokeWidth ?? 0.6) / k,
			'stroke-linejoin': 'round',
			'data-code': code,
			'data-kind': p?.kind ?? 'missing',
			...opts.areaAttrs?.(code, p)
		});
	});
	const size = opts.labelSize ?? 12;
	const labels = opts.labels.map((l) => {
		const [x, y] = toBox(view, [l.lng, l.lat]);
		const top = y - ((l.lines.length - 1) * size * 1.15) / 2;
		return el(
			'text',
			{
				x,
				y: top,
				'text-anchor': 'middle',
				'dominant-baseline': 'middle',
				'font-size': size,
				'font-style': 'italic',
				fill: MAP_COLORS.label,
				stroke: MAP_COLORS.sea,
				'stroke-width': size / 4,
				'paint-order': 'stroke',
				'data-label': 'archipelago'
			},
			l.lines.map((line, i) => el('tspan', { x, dy: i === 0 ? 0 : size * 1.15 }, line))
		);
	});
	return el('g', { 'data-map': 'provinces' }, [
		patternDefs(idPrefix, partial, (opts.patternSize ?? 6) / k),
		el('rect', { width, height, fill: MAP_COLORS.sea }),
		el('g', k === 1 && dx === 0 && dy === 0 ? {} : { transform: `translate(${dx} ${dy}) scale(${k})` }, areas),
		el('g', {}, labels)
	]);
}
