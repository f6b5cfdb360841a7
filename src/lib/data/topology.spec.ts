import { readFileSync } from 'node:fs';
import type { FeatureCollection, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { encodeAreas, QUANTIZATION } from '../../../scripts/vite-plugin-data';
import { projectedBounds } from '$lib/core/svg-map';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { AREAS_OBJECT, decodeAreas, type GeoCollection } from './topology';

const polygons = (g: GeoCollection['features'][number]['geometry']): Position[][][] =>
	g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];

/** Shoelace area of a ring, in square degrees. */
function area(ring: Position[]): number {
	let s = 0;
	for (let i = 1; i < ring.length; i++) s += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
	return Math.abs(s / 2);
}

describe('boundaries shipped as quantised TopoJSON', () => {
	it('two squares sharing an edge store it once and decode to the same squares (hand-worked)', () => {
		const square = (x: number): Polygon => ({
			type: 'Polygon',
			coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]]
		});
		const fc: FeatureCollection = {
			type: 'FeatureCollection',
			features: [
				{ type: 'Feature', properties: { code: '01', name: 'dropped' }, geometry: square(0) },
				{ type: 'Feature', properties: { code: 2 }, geometry: square(1) }
			]
		};
		const topo = encodeAreas(JSON.stringify(fc));
		// The shared edge x = 1 is one arc used by both squares: 3 arcs in all (left part, shared edge, right part).
		expect(topo.arcs).toHaveLength(3);
		const back = decodeAreas(JSON.parse(JSON.stringify(topo)));
		expect(back.features.map((f) => f.properties)).toEqual([{ code: '01' }, { code: '2' }]);
		// Each corner comes back within half a grid step: x spans 0–2 in QUANTIZATION − 1 steps, y spans 0–1.
		const half = [2 / (QUANTIZATION - 1) / 2 + 1e-12, 1 / (QUANTIZATION - 1) / 2 + 1e-12];
		for (const [i, f] of back.features.entries()) {
			const ring = polygons(f.geometry)[0]!;
			const corners = [[i, 0], [i + 1, 0], [i + 1, 1], [i, 1]];
			expect(ring[0]).toHaveLength(5);
			for (const c of corners) {
				const near = ring[0]!.some((p) => Math.abs(p[0]! - c[0]!) <= half[0]! && Math.abs(p[1]! - c[1]!) <= half[1]!);
				expect(near, `${i}: ${c}`).toBe(true);
			}
		}
	});

	for (const units of ['63', '34']) {
		const text = readFileSync(`data/geo/vn-provinces-${units}.geojson`, 'utf8');
		const source = JSON.parse(text) as GeoCollection;
		const topo = encodeAreas(text);
		const back = decodeAreas(JSON.parse(JSON.stringify(topo)));
		const [x0, y0, x1, y1] = topo.bbox as [number, number, number, number];
		const step = Math.max((x1 - x0) / (QUANTIZATION - 1), (y1 - y0) / (QUANTIZATION - 1));

		it(`${units} units: every area and every polygon with an area survives, the islands of both archipelagos included`, () => {
			expect(back.features.map((f) => f.properties.code)).toEqual(source.features.map((f) => String(f.properties.code)));
			for (const [i, f] of back.features.entries()) {
				const before = polygons(source.features[i]!.geometry).filter((p) => area(p[0]!) > step * step);
				const after = polygons(f.geometry).filter((p) => area(p[0]!) > 0);
				expect(after.length, f.properties.code).toBeGreaterThanOrEqual(before.length);
			}
		});

		it(`${units} units: every decoded vertex is within one quantisation step of the bounding box it came from`, () => {
			for (const [i, f] of back.features.entries()) {
				const src = polygons(source.features[i]!.geometry).flat(2);
				const out = polygons(f.geometry).flat(2);
				const box = (ps: Position[]) => [0, 1].flatMap((k) => [Math.min(...ps.map((p) => p[k]!)), Math.max(...ps.map((p) => p[k]!))]);
				const [a, b] = [box(src), box(out)];
				for (let k = 0; k < 4; k++) expect(Math.abs(a[k]! - b[k]!), f.properties.code).toBeLessThanOrEqual(step);
			}
		});

		it(`${units} units: the map's bounds read from the topology's box are those of its decoded points`, () => {
			const fromBox = projectedBounds(back.features)!;
			// A copy of the list is not known by its box: its bounds are measured point by point.
			const fromPoints = projectedBounds([...back.features])!;
			expect(fromBox).toHaveLength(4);
			for (let k = 0; k < 4; k++) expect(fromBox[k]).toBeCloseTo(fromPoints[k]!, 3);
		});

		it(`${units} units: the topology is smaller than the GeoJSON it replaces`, () => {
			const trimmed = JSON.stringify({
				type: 'FeatureCollection',
				features: source.features.map((f) => ({ type: 'Feature', properties: { code: String(f.properties.code) }, geometry: f.geometry }))
			});
			expect(JSON.stringify(topo).length).toBeLessThan(trimmed.length * 0.65);
		});
	}

	it('decodes each area exactly as topojson-client does from the quantised topology', () => {
		const topo = encodeAreas(readFileSync('data/geo/vn-provinces-63.geojson', 'utf8'));
		const expected = feature(JSON.parse(JSON.stringify(topo)) as Topology, topo.objects[AREAS_OBJECT]!);
		expect(decodeAreas(JSON.parse(JSON.stringify(topo)))).toEqual(expected);
	});

	it('a GeoJSON FeatureCollection is taken as it is', () => {
		const fc: GeoCollection = { type: 'FeatureCollection', features: [] };
		expect(decodeAreas(fc)).toBe(fc);
	});
});
