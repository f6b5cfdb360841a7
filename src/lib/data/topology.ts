/**
 * Province boundaries travel as quantised TopoJSON — each shared border stored once, coordinates as small
 * integer steps — about a third smaller than the GeoJSON they come from. The build encodes them
 * (scripts/vite-plugin-data.ts `encodeAreas`); the browser decodes them back to GeoJSON here, so everything
 * that draws them (the Leaflet map, exports) keeps working on plain GeoJSON.
 */
import type { Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { knowBounds } from '../core/svg-map';
import type { Topology } from 'topojson-specification';

/** Province (or 34-unit) polygons joined on `properties.code`. */
export interface GeoCollection {
	type: 'FeatureCollection';
	features: { type: 'Feature'; properties: { code: string }; geometry: Geometry }[];
}

/** Name of the one object in the shipped topology. */
export const AREAS_OBJECT = 'areas';

/**
 * The shipped topology → GeoJSON. A GeoJSON FeatureCollection (what the file held before it was a topology;
 * tests/e2e/errors.e2e.ts still serves one to break the map on purpose) is returned as it is.
 */
export function decodeAreas(json: Topology | GeoCollection): GeoCollection {
	if (json.type === 'FeatureCollection') return json;
	const object = json.objects[AREAS_OBJECT];
	if (!object) throw new Error(`the geometry has no "${AREAS_OBJECT}" object`);
	const areas = feature(decodeArcs(json), object) as GeoCollection;
	// The topology's box (what the build measured) frames the map without walking its points again.
	if (json.bbox) knowBounds(areas.features, json.bbox);
	return areas;
}

/**
 * The topology with its arcs turned from quantised steps into longitude and latitude, in place and once. Given a
 * quantised topology, `feature` makes a new point for every use of an arc, so each border two areas share is
 * decoded twice and every point of the map allocated anew; decoded first, the areas share the arcs' points (for the
 * 63 provinces, 370 instead of 650 KiB allocated in Node, and less garbage to collect on a phone's first view). The
 * points are the parsed file's own and nothing changes them afterwards.
 */
function decodeArcs(topology: Topology): Topology {
	const t = topology.transform;
	if (!t) return topology;
	const [kx, ky] = t.scale;
	const [dx, dy] = t.translate;
	for (const arc of topology.arcs) {
		let x = 0;
		let y = 0;
		for (const point of arc) {
			x += point[0]!;
			y += point[1]!;
			point[0] = x * kx + dx;
			point[1] = y * ky + dy;
		}
	}
	delete topology.transform;
	return topology;
}
