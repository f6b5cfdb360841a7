/**
 * Fetches the data the build ships under `/data/` (see scripts/vite-plugin-data.ts). Each file is
 * requested once, so callers can start them early and in parallel (tables, geometry, Leaflet).
 */
import { asset } from '$app/paths';
import type { Geometry } from 'geojson';
import type { DatasetTables } from '$lib/core/types';
import type { Units } from '$lib/core/select';
import type { ProvinceAlias } from '$lib/core/provinces';

export interface GeoCollection {
	type: 'FeatureCollection';
	features: { type: 'Feature'; properties: { code: string }; geometry: Geometry }[];
}

export interface ArchipelagoLabels {
	features: { properties: { name: string; name_en: string; province_code: string }; geometry: { coordinates: [number, number] } }[];
}

const cache = new Map<string, Promise<unknown>>();

function fetchJson<T>(name: string): Promise<T> {
	let p = cache.get(name);
	if (!p) {
		p = fetch(asset(`/data/${name}`)).then(async (res) => {
			if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
			return res.json();
		});
		// A failed request may be retried later instead of staying cached.
		p.catch(() => cache.delete(name));
		cache.set(name, p);
	}
	return p as Promise<T>;
}

export const loadTables = () => fetchJson<DatasetTables>('dataset.json');
export const loadGeometry = (units: Units) => fetchJson<GeoCollection>(`geo-${units}.json`);
export const loadArchipelagos = () => fetchJson<ArchipelagoLabels>('archipelagos.json');
/** Province spellings (province-aliases.csv) for the province filter; not needed by the map. */
export const loadAliases = () => fetchJson<ProvinceAlias[]>('aliases.json');

/** URL of a shipped raw CSV (facts.csv, sources.csv, provinces.csv, indicators.csv). */
export const rawFileUrl = (name: string) => asset(`/data/${name}`);
