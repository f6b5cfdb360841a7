/**
 * The two functions of topojson-server (build) and topojson-client (browser) this project uses, typed for
 * the only shape it ships: one GeometryCollection of (Multi)Polygons with a `code` property, quantised.
 */
declare module 'topojson-specification' {
	export interface Transform {
		scale: [number, number];
		translate: [number, number];
	}
	export interface AreaObject {
		type: 'Polygon' | 'MultiPolygon' | null;
		arcs?: number[][] | number[][][];
		properties?: { code: string };
	}
	export interface Topology {
		type: 'Topology';
		bbox?: number[];
		transform?: Transform;
		arcs: [number, number][][];
		objects: Record<string, { type: 'GeometryCollection'; geometries: AreaObject[] }>;
	}
}

declare module 'topojson-server' {
	import type { FeatureCollection } from 'geojson';
	import type { Topology } from 'topojson-specification';
	/** Shared-arc topology of the collections; with `quantization`, coordinates snapped to that many steps per axis. */
	export function topology(objects: Record<string, FeatureCollection>, quantization?: number): Topology;
}

declare module 'topojson-client' {
	import type { FeatureCollection, Geometry } from 'geojson';
	import type { Topology } from 'topojson-specification';
	/** The GeoJSON features of one object of the topology. */
	export function feature(topology: Topology, object: Topology['objects'][string]): FeatureCollection<Geometry, { code: string }>;
}
