import { describe, expect, it } from 'vitest';
import {
	frameTransform,
	leafletView,
	limitZoom,
	panFrame,
	scaleOf,
	unmercator,
	viewBounds,
	wheelZoom,
	zoomFrame,
	zoomOf
} from './map-view';
import { fitFrame, mercator, toBox, type Frame } from './svg-map';

/** Leaflet's own arithmetic (EPSG:3857 at zoom z), written out: a point's pixel in a container of this size. */
function leafletPixel(view: { lat: number; lng: number; zoom: number }, box: { width: number; height: number }, lngLat: [number, number]) {
	const R = 6378137;
	const world = 256 * 2 ** view.zoom;
	// L.CRS.EPSG3857.transformation: (0.5/πR, 0.5, −0.5/πR, 0.5) applied to the spherical Mercator metres, × world.
	const px = ([x, y]: [number, number]) => [world * (x / (2 * Math.PI * R) + 0.5), world * (-y / (2 * Math.PI * R) + 0.5)] as const;
	const [cx, cy] = px(mercator([view.lng, view.lat]));
	const [x, y] = px(mercator(lngLat));
	return [x - cx + box.width / 2, y - cy + box.height / 2];
}

/** A frame fitted to Vietnam's extent (with both archipelagos) in a box. */
const vietnam = [...mercator([102.1, 6.8]), ...mercator([117.2, 23.4])] as [number, number, number, number];

describe('the inverse projection', () => {
	it.each([
		[0, 0],
		[105.85, 21.03],
		[-70, -45],
		[117.2, 6.8]
	] as [number, number][])('unprojects %s', (lng, lat) => {
		const [l, p] = unmercator(mercator([lng, lat]));
		expect(l).toBeCloseTo(lng, 9);
		expect(p).toBeCloseTo(lat, 9);
	});
});

describe('zoom levels', () => {
	it('at zoom 0 the world (2πR metres) is one 256 px tile, and each level doubles it', () => {
		expect(scaleOf(0) * 2 * Math.PI * 6378137).toBeCloseTo(256, 9);
		expect(scaleOf(5) / scaleOf(4)).toBeCloseTo(2, 12);
		expect(zoomOf(scaleOf(5.37))).toBeCloseTo(5.37, 12);
	});
});

describe('the Leaflet view of a frame', () => {
	it.each([
		{ width: 1000, height: 700 },
		{ width: 360, height: 600 },
		{ width: 1920, height: 900 }
	])('puts every point where the SVG drawing has it ($width × $height)', (box) => {
		const frame = fitFrame(vietnam, { ...box, padding: 8 });
		const view = leafletView(frame, box);
		for (const p of [
			[105.85, 21.03],
			[106.7, 10.78],
			[112, 16.5],
			[114.3, 8.6]
		] as [number, number][]) {
			const [lx, ly] = leafletPixel(view, box, p);
			const [sx, sy] = toBox(frame, p);
			expect(lx).toBeCloseTo(sx, 6);
			expect(ly).toBeCloseTo(sy, 6);
		}
	});

	it('is still the same view once the frame is panned and zoomed', () => {
		const box = { width: 800, height: 600 };
		const moved = panFrame(zoomFrame(fitFrame(vietnam, { ...box, padding: 8 }), [200, 150], 3), -40, 25);
		const view = leafletView(moved, box);
		const [lx, ly] = leafletPixel(view, box, [108.2, 16.05]);
		const [sx, sy] = toBox(moved, [108.2, 16.05]);
		expect(lx).toBeCloseTo(sx, 6);
		expect(ly).toBeCloseTo(sy, 6);
	});
});

describe('what a Leaflet view shows', () => {
	it.each([
		{ width: 851, height: 350 },
		{ width: 360, height: 600 }
	])('is the box of the drawing, corner to corner ($width × $height)', (box) => {
		const frame = fitFrame(vietnam, { ...box, padding: 8 });
		const [[south, west], [north, east]] = viewBounds(leafletView(frame, box), box);
		// The box's top left and bottom right corners, from the frame (projected metres → px) read backwards.
		const [west0, north0] = unmercator([frame.minX - frame.offsetX / frame.scale, frame.maxY + frame.offsetY / frame.scale]);
		const [east0, south0] = unmercator([
			frame.minX + (box.width - frame.offsetX) / frame.scale,
			frame.maxY - (box.height - frame.offsetY) / frame.scale
		]);
		expect([south, west, north, east].map((v) => v.toFixed(6))).toEqual([south0, west0, north0, east0].map((v) => v.toFixed(6)));
	});

	it("of a short, wide box reaches west of 95° E: more than South-East Asia's pan limits", () => {
		const box = { width: 851, height: 350 };
		const [[, west]] = viewBounds(leafletView(fitFrame(vietnam, { ...box, padding: 8 }), box), box);
		expect(west).toBeLessThan(95);
	});
});

describe('moving a frame', () => {
	const frame: Frame = { scale: 2, minX: 0, maxY: 100, offsetX: 10, offsetY: 20 };

	it('zooms about a point that stays put', () => {
		const z = zoomFrame(frame, [110, 70], 2);
		// Projected (50, 75) is at (10 + 50·2, 20 + 25·2) = (110, 70) before, and after.
		expect(toBoxProjected(z, 50, 75)).toEqual([110, 70]);
		expect(z.scale).toBe(4);
		// (0, 100), the frame's corner, was at (10, 20): 100 px and 50 px from the point, now twice as far.
		expect(toBoxProjected(z, 0, 100)).toEqual([-90, -30]);
	});

	it('pans by pixels', () => {
		expect(toBoxProjected(panFrame(frame, 5, -7), 0, 100)).toEqual([15, 13]);
	});

	it('gives the transform that moves a drawing onto the moved frame', () => {
		const view = panFrame(zoomFrame(frame, [110, 70], 3), 12, -4);
		const t = frameTransform(frame, view);
		for (const [x, y] of [
			[0, 100],
			[50, 75],
			[120, -10]
		] as const) {
			const [dx, dy] = toBoxProjected(frame, x, y);
			const [vx, vy] = toBoxProjected(view, x, y);
			expect(t.k * dx + t.x).toBeCloseTo(vx, 9);
			expect(t.k * dy + t.y).toBeCloseTo(vy, 9);
		}
		expect(frameTransform(frame, frame)).toEqual({ k: 1, x: 0, y: 0 });
	});

	it('stops at the zoom limits', () => {
		const at5 = { ...frame, scale: scaleOf(5) };
		expect(limitZoom(at5, 2, { min: 3, max: 10 })).toBe(2);
		// Zoom 5 × 2^6 would be zoom 11: only up to 10 (×32).
		expect(limitZoom(at5, 64, { min: 3, max: 10 })).toBeCloseTo(32, 9);
		expect(limitZoom(at5, 1 / 8, { min: 3, max: 10 })).toBeCloseTo(1 / 4, 9);
	});
});

describe('the mouse wheel', () => {
	it('zooms in towards the screen, out away from it, as much either way', () => {
		expect(wheelZoom(-100)).toBeGreaterThan(0);
		expect(wheelZoom(100)).toBeCloseTo(-wheelZoom(-100), 12);
		expect(wheelZoom(0)).toBe(0);
	});

	it("follows Leaflet's curve: 240 px is 4·log2(2 / (1 + e^-1)) levels, never more than 4", () => {
		expect(wheelZoom(-240)).toBeCloseTo(4 * Math.log2(2 / (1 + Math.exp(-1))), 12);
		expect(wheelZoom(-1e6)).toBeLessThanOrEqual(4);
	});
});

/** A projected point (metres) in the box, with the frame's formula written out. */
function toBoxProjected(f: Frame, x: number, y: number): [number, number] {
	return [f.offsetX + (x - f.minX) * f.scale, f.offsetY + (f.maxY - y) * f.scale];
}
