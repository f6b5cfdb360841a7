import type { Geometry } from 'geojson';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexDataset } from './dataset';
import { realData } from './fuzz-helpers';
import type { AreaPaint } from './map-paint';
import {
	areaShapes,
	fitFrame,
	geometryPath,
	homeFrame,
	keptShapes,
	mapDrawing,
	MAP_COLORS,
	mercator,
	paintFill,
	partialFills,
	patternDefs,
	projectedBounds,
	ringPath,
	swatchDrawing,
	toBox,
	type MapFeature
} from './svg-map';
import { frameTransform } from './map-view';
import { svgString, type SvgNode } from './svg-tree';
import { archipelagoLabels, type ArchipelagoFeatures } from './view-paint';

/** Half the circumference of the sphere Leaflet projects on (πR, R = 6378137 m). */
const HALF_WORLD = Math.PI * 6378137;

const square = (lng: number, lat: number, d: number) => [
	[lng, lat],
	[lng + d, lat],
	[lng + d, lat + d],
	[lng, lat + d],
	[lng, lat]
];

function paint(code: string, kind: AreaPaint['kind'], fill: string | null): AreaPaint {
	return { code, name: code, kind, fill, classIndex: null, valueText: '', label: `${code} label`, details: [] };
}

function find(node: SvgNode, pred: (n: SvgNode) => boolean): SvgNode[] {
	return [...(pred(node) ? [node] : []), ...node.children.flatMap((c) => find(c, pred))];
}

/** Every text of the drawing, in document order. */
const texts = (node: SvgNode): string[] => find(node, (n) => n.text !== undefined).map((n) => n.text!);

describe('web Mercator as Leaflet', () => {
	it.each([
		{ at: [0, 0], x: 0, y: 0 },
		{ at: [180, 0], x: HALF_WORLD, y: 0 },
		{ at: [-90, 0], x: -HALF_WORLD / 2, y: 0 },
		// The projection's square world: 85.0511…° maps to the same distance north as 180° east.
		{ at: [0, 85.0511287798], x: 0, y: HALF_WORLD },
		{ at: [0, 89.9], x: 0, y: HALF_WORLD }
	] as const)('$at → ($x, $y)', ({ at, x, y }) => {
		const [px, py] = mercator(at);
		expect(px).toBeCloseTo(x, 0);
		expect(py).toBeCloseTo(y, 0);
	});
});

describe('fitting a frame', () => {
	it.each([
		// 100 × 50 projected units into 200 × 100 (220 × 120 less 10 padding): scale 2, no slack.
		{ box: { width: 220, height: 120, padding: 10 }, scale: 2, offsetX: 10, offsetY: 10 },
		// Wider box: height limits the scale (100 / 50 = 2); 280 − 200 = 80 px left over, centred.
		{ box: { width: 300, height: 120, padding: 10 }, scale: 2, offsetX: 50, offsetY: 10 },
		// Taller box: width limits (100 / 100 = 1); 200 − 50 = 150 px over, centred.
		{ box: { width: 120, height: 220, padding: 10 }, scale: 1, offsetX: 10, offsetY: 85 }
	])('$box.width × $box.height', ({ box, scale, offsetX, offsetY }) => {
		const f = fitFrame([0, 0, 100, 50], box);
		expect(f.scale).toBe(scale);
		expect(f.offsetX).toBeCloseTo(offsetX, 9);
		expect(f.offsetY).toBeCloseTo(offsetY, 9);
	});

	it('puts north up: the top of the bounds at the top of the box', () => {
		const b = [...mercator([10, 10]), ...mercator([20, 20])] as [number, number, number, number];
		const f = fitFrame(b, { width: 100, height: 100, padding: 0 });
		expect(toBox(f, [10, 20])[1]).toBeCloseTo(0, 9);
		expect(toBox(f, [10, 10])[1]).toBeGreaterThan(toBox(f, [10, 20])[1]);
	});
});

describe('paths', () => {
	// A 1° square on the equator: 111,319 m wide and 111,325 m tall in Mercator, fitted in 100 × 100.
	const feature: MapFeature = { properties: { code: '01' }, geometry: { type: 'Polygon', coordinates: [square(0, 0, 1)] } };
	const frame = fitFrame(projectedBounds([feature])!, { width: 100, height: 100, padding: 0 });

	it('draws a ring closed, rounded to 0.01 px, corners clockwise from the bottom left', () => {
		expect(ringPath(square(0, 0, 1), frame)).toBe('M0 100L100 100L100 0L0 0Z');
	});

	it('drops repeated points and rings that collapse at this size', () => {
		expect(
			ringPath(
				[
					[0, 0],
					[0, 0],
					[1, 0],
					[1, 1],
					[0, 0]
				],
				frame
			)
		).toBe('M0 100L100 100L100 0Z');
		expect(
			ringPath(
				[
					[0.5, 0.5],
					[0.5000001, 0.5],
					[0.5, 0.5000001],
					[0.5, 0.5]
				],
				frame
			)
		).toBe('');
	});

	it('draws nothing for points and lines, and refuses a geometry of no GeoJSON type', () => {
		expect(geometryPath({ type: 'Point', coordinates: [105, 21] }, frame)).toBe('');
		expect(() => geometryPath({ type: 'NotAGeometry', coordinates: [] } as unknown as Geometry, frame)).toThrow('Invalid GeoJSON object.');
	});

	it('joins every polygon of a multipolygon, holes included', () => {
		const multi = geometryPath(
			{ type: 'MultiPolygon', coordinates: [[square(0, 0, 1), square(0.25, 0.25, 0.5)], [square(0, 0, 0.5)]] },
			frame
		);
		expect(multi.match(/M/g)).toHaveLength(3);
		expect(geometryPath(null, frame)).toBe('');
		expect(geometryPath({ type: 'Point', coordinates: [0, 0] }, frame)).toBe('');
	});
});

describe('fills and patterns (as the Leaflet map)', () => {
	const partial = ['#c7e9b4', '#225ea8'];
	it.each([
		{ kind: 'value', color: '#1d91c0', fill: '#1d91c0' },
		{ kind: 'missing', color: null, fill: 'url(#m-nodata)' },
		{ kind: 'value', color: null, fill: 'url(#m-nodata)' },
		{ kind: 'insufficient', color: null, fill: 'url(#m-insufficient)' },
		{ kind: 'partial', color: '#225ea8', fill: 'url(#m-partial-1)' }
	] as const)('$kind $color → $fill', ({ kind, color, fill }) => {
		expect(paintFill({ kind, color }, 'm', partial)).toBe(fill);
	});

	it('collects each partial colour once, from paints and legend items alike', () => {
		expect(
			partialFills([
				{ kind: 'partial', fill: '#a' },
				{ kind: 'value', fill: '#b' },
				{ kind: 'partial', color: '#c' },
				{ kind: 'partial', fill: '#a' }
			])
		).toEqual(['#a', '#c']);
	});

	it('defines the no-data hatch, the comparison cross-hatch and one stripe per partial colour', () => {
		const defs = patternDefs('m', partial);
		const ids = find(defs, (n) => n.tag === 'pattern').map((n) => n.attrs.id);
		expect(ids).toEqual(['m-nodata', 'm-insufficient', 'm-partial-0', 'm-partial-1']);
		const markup = svgString(defs);
		expect(markup).toContain(`fill="${MAP_COLORS.nodataBg}"`);
		expect(markup).toContain('fill="#225ea8"');
	});

	it('draws a legend swatch with the pattern the map paints its kind with', () => {
		const fillOf = (node: SvgNode) => find(node, (n) => n.tag === 'rect' && n.attrs.width === '100%')[0]!.attrs.fill;
		const pattern = (node: SvgNode, id: string) => svgString(find(node, (n) => n.tag === 'pattern' && n.attrs.id === id)[0]!);
		const stripe = swatchDrawing({ kind: 'partial', color: '#41b6c4' }, 's1');
		expect(fillOf(stripe)).toBe('url(#s1-partial-0)');
		// The stripe lies on the swatch's own colour, as on the map.
		expect(pattern(stripe, 's1-partial-0')).toContain('fill="#41b6c4"');
		const missing = swatchDrawing({ kind: 'missing', color: null }, 's2');
		expect(fillOf(missing)).toBe('url(#s2-nodata)');
		expect(pattern(missing, 's2-nodata')).toBe(svgString(find(patternDefs('s2', []), (n) => n.attrs.id === 's2-nodata')[0]!));
		expect(fillOf(swatchDrawing({ kind: 'insufficient', color: null }, 's3'))).toBe('url(#s3-insufficient)');
	});
});

describe('mapDrawing', () => {
	const features: MapFeature[] = [
		{ properties: { code: 'A' }, geometry: { type: 'Polygon', coordinates: [square(100, 10, 2)] } },
		{ properties: { code: 'B' }, geometry: { type: 'Polygon', coordinates: [square(102, 10, 2)] } },
		{ properties: { code: 'C' }, geometry: { type: 'Polygon', coordinates: [square(104, 10, 2)] } },
		{ properties: { code: 'D' }, geometry: { type: 'Polygon', coordinates: [square(106, 10, 2)] } }
	];
	const paints = new Map([
		['A', paint('A', 'value', '#0c2c84')],
		['B', paint('B', 'missing', null)],
		['C', paint('C', 'partial', '#7fcdbb')]
	]);
	const drawing = mapDrawing({
		features,
		paints,
		labels: [{ lng: 107, lat: 11, lines: ['QĐ. Hoàng Sa', '(Đà Nẵng)'] }],
		width: 400,
		height: 200,
		idPrefix: 't',
		areaAttrs: (code, p) => ({ 'aria-label': p?.label ?? code })
	});
	const areas = find(drawing, (n) => n.tag === 'path' && 'data-code' in n.attrs);

	it('draws every area in geometry order with its paint; an unknown area as no data, never a value', () => {
		expect(areas.map((a) => [a.attrs['data-code'], a.attrs.fill, a.attrs['data-kind']])).toEqual([
			['A', '#0c2c84', 'value'],
			['B', 'url(#t-nodata)', 'missing'],
			['C', 'url(#t-partial-0)', 'partial'],
			['D', 'url(#t-nodata)', 'missing']
		]);
		expect(areas.map((a) => a.attrs['aria-label'])).toEqual(['A label', 'B label', 'C label', 'D']);
	});

	it('keeps every area inside the box (8 px padding)', () => {
		for (const a of areas) {
			const nums = String(a.attrs.d)
				.match(/-?\d+(\.\d+)?/g)!
				.map(Number);
			const xs = nums.filter((_, i) => i % 2 === 0);
			const ys = nums.filter((_, i) => i % 2 === 1);
			expect(Math.min(...xs)).toBeGreaterThanOrEqual(8);
			expect(Math.max(...xs)).toBeLessThanOrEqual(392);
			expect(Math.min(...ys)).toBeGreaterThanOrEqual(8);
			expect(Math.max(...ys)).toBeLessThanOrEqual(192);
		}
	});

	it('draws the home view by default; a given frame and kept shapes draw the same', () => {
		const frame = homeFrame(features, { width: 400, height: 200, padding: 8 });
		const again = mapDrawing({
			features,
			paints,
			labels: [{ lng: 107, lat: 11, lines: ['QĐ. Hoàng Sa', '(Đà Nẵng)'] }],
			width: 400,
			height: 200,
			idPrefix: 't',
			frame,
			shapes: areaShapes(features, frame),
			areaAttrs: (code, p) => ({ 'aria-label': p?.label ?? code })
		});
		expect(svgString(again)).toBe(svgString(drawing));
		// Four 2° squares side by side, 8° wide: 384 px for 8° of longitude, so A's left edge is at 8 px.
		expect(String(areas[0]!.attrs.d)).toMatch(/^M8 /);
	});

	it('shows a moved view: the areas under a transform, labels, hatches and borders at their size on screen', () => {
		const frame = homeFrame(features, { width: 400, height: 200, padding: 8 });
		// Twice the scale about the box's centre, then 30 px to the right.
		const view = {
			...frame,
			scale: frame.scale * 2,
			offsetX: 200 - (200 - frame.offsetX) * 2 + 30,
			offsetY: 100 - (100 - frame.offsetY) * 2
		};
		const moved = mapDrawing({
			features,
			paints,
			labels: [{ lng: 107, lat: 11, lines: ['QĐ. Hoàng Sa'] }],
			width: 400,
			height: 200,
			idPrefix: 't',
			frame,
			view
		});
		const groups = find(moved, (n) => n.tag === 'g' && n.children.some((c) => 'data-code' in c.attrs));
		// A point x of the home drawing is at 2x − 200 + 30 (y: 2y − 100) in the view.
		expect(groups.map((g) => g.attrs.transform)).toEqual(['translate(-170 -100) scale(2)']);
		const [path] = find(moved, (n) => 'data-code' in n.attrs);
		expect(path!.attrs.d).toBe(areas[0]!.attrs.d);
		expect(path!.attrs['stroke-width']).toBe(0.3);
		const [text] = find(moved, (n) => n.tag === 'text');
		expect(text!.attrs.x).toBeCloseTo(toBox(view, [107, 11])[0], 9);
		expect(find(moved, (n) => n.tag === 'pattern')[0]!.attrs.width).toBe(3);
		// Unmoved, no transform at all.
		expect(find(drawing, (n) => n.tag === 'g' && 'transform' in n.attrs)).toEqual([]);
	});

	it('labels in lines of text, with the patterns the areas use', () => {
		expect(texts(drawing)).toEqual(['QĐ. Hoàng Sa', '(Đà Nẵng)']);
		expect(find(drawing, (n) => n.tag === 'pattern').map((n) => n.attrs.id)).toEqual(['t-nodata', 't-insufficient', 't-partial-0']);
	});
});

describe('keptShapes', () => {
	const features: MapFeature[] = [
		{ properties: { code: 'A' }, geometry: { type: 'Polygon', coordinates: [square(100, 10, 2)] } },
		{ properties: { code: 'B' }, geometry: { type: 'Polygon', coordinates: [square(103, 12, 1)] } }
	];
	const home = (width: number, height: number) => homeFrame(features, { width, height, padding: 8 });

	it('keeps the first outlines when the box changes size, and they land where outlines computed anew would', () => {
		const shapesOf = keptShapes();
		const first = shapesOf(features, home(600, 400));
		const narrower = home(450, 400);
		const kept = shapesOf(features, narrower);
		expect(kept).toBe(first);
		// Drawn under the transform from the kept frame to the new one, each vertex is where the new frame puts it.
		const { k, x, y } = frameTransform(kept.frame, narrower);
		const points = (d: string) => [...d.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
		const fresh = areaShapes(features, narrower);
		for (const [i, d] of kept.shapes.entries()) {
			const [scaled, anew] = [points(d).map(([px, py]) => [px * k + x, py * k + y]), points(fresh[i]!)];
			expect(scaled.length).toBe(anew.length);
			for (const [j, p] of scaled.entries()) for (const c of [0, 1]) expect(p[c]).toBeCloseTo(anew[j]![c]!, 1);
		}
	});

	it('computes them anew for other geometry, or for a view much larger than the first', () => {
		const shapesOf = keptShapes();
		const first = shapesOf(features, home(300, 200));
		expect(shapesOf([...features], home(300, 200))).not.toBe(first);
		const larger = shapesOf(features, home(900, 600));
		expect(larger.frame).toEqual(home(900, 600));
		expect(larger.shapes).toEqual(areaShapes(features, home(900, 600)));
	});

	it('gives the outlines of a geometry in an equal frame without projecting it again, and new ones for another frame', () => {
		const first = areaShapes(features, home(300, 200));
		const again = areaShapes(features, { ...home(300, 200) });
		expect(again).toBe(first);
		const other = areaShapes(features, home(320, 200));
		expect(other).not.toBe(first);
		expect(other).not.toEqual(first);
		// Both stay known: a map and the period maps beside it draw one geometry at two sizes in turn.
		expect(areaShapes(features, home(300, 200))).toBe(first);
		expect(areaShapes(features, home(320, 200))).toBe(other);
		// A copy of the geometry (new boundaries loaded) is projected anew, to the same outlines.
		const copy = areaShapes([...features], home(300, 200));
		expect(copy).not.toBe(first);
		expect(copy).toEqual(first);
	});
});

describe('the bundled boundaries', () => {
	const geo = JSON.parse(readFileSync('data/geo/vn-provinces-63.geojson', 'utf8')) as { features: MapFeature[] };
	const archipelagos = JSON.parse(readFileSync('data/geo/vn-archipelago-labels.geojson', 'utf8')) as ArchipelagoFeatures;
	const ds = indexDataset(realData().tables);
	const width = 700;
	const height = 820;
	const drawing = mapDrawing({
		features: geo.features,
		paints: new Map(),
		labels: archipelagoLabels({ archipelagos, ds, lang: 'vi' }),
		width,
		height,
		idPrefix: 'vn'
	});
	const frame = fitFrame(projectedBounds(geo.features)!, { width, height, padding: 8 });

	it('draws all 63 provinces', () => {
		expect(find(drawing, (n) => n.tag === 'path' && 'data-code' in n.attrs)).toHaveLength(63);
	});

	it.each([
		{ code: '48', name: 'Hoàng Sa', minLng: 110 },
		{ code: '56', name: 'Trường Sa', minLng: 111 }
	])('shows $name: islands of province $code inside the picture, and its label', ({ code, name, minLng }) => {
		const f = geo.features.find((x) => String(x.properties.code) === code)!;
		const polys = f.geometry?.type === 'MultiPolygon' ? f.geometry.coordinates : [];
		const islands = polys.filter((p) => p[0]!.every(([lng]) => lng! > minLng));
		expect(islands.length).toBeGreaterThan(0);
		for (const poly of islands) {
			expect(ringPath(poly[0]!, frame)).not.toBe('');
			for (const [lng, lat] of poly[0]!) {
				const [x, y] = toBox(frame, [lng!, lat!]);
				expect(x).toBeGreaterThanOrEqual(0);
				expect(x).toBeLessThanOrEqual(width);
				expect(y).toBeGreaterThanOrEqual(0);
				expect(y).toBeLessThanOrEqual(height);
			}
		}
		expect(texts(drawing).join(' ')).toContain(name);
	});
});
