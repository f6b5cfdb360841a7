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
	const areas = feature(json, object) as GeoCollection;
	// The topology's box (what the build measured) frames the map without walking its points again.
	if (json.bbox) knowBounds(areas.features, json.bbox);
	return areas;
}
