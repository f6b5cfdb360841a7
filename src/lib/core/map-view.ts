/**
 * The view of the on-screen map, shared by its two engines: the SVG drawing of the first view (svg-map.ts) and
 * Leaflet, which takes over when the reader zooms or pans. A view is a `Frame` (projected metres → box pixels);
 * these functions move it (pan, zoom about a point, as a wheel, a pinch or a button does) and give the Leaflet
 * centre and zoom that show exactly the same, so that the switch from one engine to the other does not move
 * the map under the reader's eyes.
 */
import { mercator, type Frame } from './svg-map';

const EARTH_RADIUS = 6378137;
const DEG = 180 / Math.PI;
/** Leaflet's tiles are 256 px: at zoom z the whole world is 256·2^z px wide, 2πR metres. */
const TILE = 256;

/** How far the reader may zoom out (the whole of South-East Asia) and in (a district), as Leaflet zoom levels. */
export const ZOOMS = { min: 3, max: 10 } as const;

/** Inverse of `mercator` (svg-map.ts): projected metres → [lng, lat] in degrees. */
export function unmercator([x, y]: readonly [number, number]): [number, number] {
	return [(x / EARTH_RADIUS) * DEG, (2 * Math.atan(Math.exp(y / EARTH_RADIUS)) - Math.PI / 2) * DEG];
}

/** A Leaflet view: the map's centre and its (fractional) zoom. */
export interface LeafletView {
	lat: number;
	lng: number;
	zoom: number;
}

/** Leaflet's zoom level at which one projected metre is `scale` pixels. */
export function zoomOf(scale: number): number {
	return Math.log2((scale * 2 * Math.PI * EARTH_RADIUS) / TILE);
}

/** Pixels per projected metre at a Leaflet zoom level (inverse of `zoomOf`). */
export function scaleOf(zoom: number): number {
	return (TILE * 2 ** zoom) / (2 * Math.PI * EARTH_RADIUS);
}

/**
 * The Leaflet view that shows what `frame` shows in a box of this size: Leaflet puts the centre in the middle
 * of its container at the zoom whose scale is the frame's.
 */
export function leafletView(frame: Frame, box: { width: number; height: number }): LeafletView {
	const x = frame.minX + (box.width / 2 - frame.offsetX) / frame.scale;
	const y = frame.maxY - (box.height / 2 - frame.offsetY) / frame.scale;
	const [lng, lat] = unmercator([x, y]);
	return { lat, lng, zoom: zoomOf(frame.scale) };
}

/**
 * What a Leaflet view shows in a box of this size, as [[south, west], [north, east]] in degrees (Leaflet's
 * LatLngBounds). The map's pan limits take in the home view: a box wider than the country's region (a short,
 * wide first screen) shows more than South-East Asia's limits, and a pan inside what the reader was shown must
 * not slide back.
 */
export function viewBounds(view: LeafletView, box: { width: number; height: number }): [[number, number], [number, number]] {
	const scale = scaleOf(view.zoom);
	const [cx, cy] = mercator([view.lng, view.lat]);
	const [dx, dy] = [box.width / 2 / scale, box.height / 2 / scale];
	const [west, south] = unmercator([cx - dx, cy - dy]);
	const [east, north] = unmercator([cx + dx, cy + dy]);
	return [
		[south, west],
		[north, east]
	];
}

/** The frame scaled by `factor` about a point of the box (px), which stays where it is. */
export function zoomFrame(frame: Frame, about: readonly [number, number], factor: number): Frame {
	const [px, py] = about;
	return {
		...frame,
		scale: frame.scale * factor,
		offsetX: px - (px - frame.offsetX) * factor,
		offsetY: py - (py - frame.offsetY) * factor
	};
}

/** The frame moved by (dx, dy) px, as a drag moves the map. */
export function panFrame(frame: Frame, dx: number, dy: number): Frame {
	return { ...frame, offsetX: frame.offsetX + dx, offsetY: frame.offsetY + dy };
}

/** The factor, no further than the zoom levels allow: `frame` scaled by it stays within [min, max]. */
export function limitZoom(frame: Frame, factor: number, zooms: { min: number; max: number }): number {
	const zoom = zoomOf(frame.scale * factor);
	if (zoom > zooms.max) return scaleOf(zooms.max) / frame.scale;
	if (zoom < zooms.min) return scaleOf(zooms.min) / frame.scale;
	return factor;
}

/**
 * How `drawn` (the frame the drawing was made for) is moved onto `view`: an SVG transform `translate(x y)
 * scale(k)`, so that a gesture moves the drawing without projecting it again.
 */
export function frameTransform(drawn: Frame, view: Frame): { k: number; x: number; y: number } {
	const k = view.scale / drawn.scale;
	return {
		k,
		x: view.offsetX - drawn.offsetX * k + (drawn.minX - view.minX) * view.scale,
		y: view.offsetY - drawn.offsetY * k - (drawn.maxY - view.maxY) * view.scale
	};
}

/**
 * Zoom levels for a turn of the mouse wheel of `pixels` (its deltaY in pixels, lines × 20, pages × 60 as Leaflet
 * counts them; negative = away from the reader, zooming in), on Leaflet's own curve (`scrollWheelZoom`, 60 px
 * per level): a wheel turn zooms as much before Leaflet has taken over as after.
 */
export function wheelZoom(pixels: number): number {
	if (pixels === 0) return 0;
	const d = Math.abs(pixels) / (60 * 4);
	const levels = (4 * Math.log(2 / (1 + Math.exp(-d)))) / Math.LN2;
	return pixels < 0 ? levels : -levels;
}
