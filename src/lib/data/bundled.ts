/**
 * Fetches the data the build ships under `/data/` (see scripts/vite-plugin-data.ts). Each file is
 * requested once, so callers can start them early and in parallel (tables, geometry, Leaflet); src/app.html
 * preloads what the first view needs.
 */
import { asset } from '$app/paths';
import type { Topology } from 'topojson-specification';
import { joinTables, type LeanTables, type TableTexts } from '$lib/core/dataset-split';
import type { DatasetTables } from '$lib/core/types';
import type { Units } from '$lib/core/select';
import type { ProvinceAlias } from '$lib/core/provinces';
import { PartsLoader } from './parts-loader';
import { nextTask } from './next-task';
import { decodeAreas, type GeoCollection } from './topology';

export type { GeoCollection };

export interface ArchipelagoLabels {
	features: { properties: { name: string; name_en: string; province_code: string }; geometry: { coordinates: [number, number] } }[];
}

const cache = new Map<string, Promise<unknown>>();

/** `name` fetched (and `parse`d) once; a failure is not kept, so a later call tries again. */
function fetchJson<T>(name: string, parse: (json: unknown) => T | Promise<T> = (json) => json as T): Promise<T> {
	let p = cache.get(name);
	if (!p) {
		p = fetch(asset(`/data/${name}`)).then(async (res) => {
			if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
			return parse(await res.json());
		});
		// A failed request may be retried later instead of staying cached.
		p.catch(() => cache.delete(name));
		cache.set(name, p);
	}
	return p as Promise<T>;
}

/** The complete tables: every figure with its long texts (quotes, notes, titles, definitions). */
export const loadTables = (): Promise<DatasetTables> =>
	Promise.all([fetchJson<LeanTables>('dataset.json'), fetchJson<TableTexts>('dataset-details.json')]).then(([lean, texts]) => joinTables(lean, texts));
/** The bundled tables by view (core/dataset-parts.ts): the catalogue, then each indicator's or province's file once. */
export const bundledParts = new PartsLoader((name) => fetchJson(name));
/**
 * Boundaries of the 63 provinces or the 34 units as GeoJSON (shipped as TopoJSON, decoded once). The map that waits
 * for them is drawn in a task after the decoding's: on a slow phone each is a task of its own under 50 ms rather
 * than one of twice that.
 */
export const loadGeometry = (units: Units) =>
	fetchJson(`geo-${units}.json`, async (json) => {
		const areas = decodeAreas(json as Topology | GeoCollection);
		await nextTask();
		return areas;
	});
export const loadArchipelagos = () => fetchJson<ArchipelagoLabels>('archipelagos.json');
/** Province spellings (province-aliases.csv) for the province filter; not needed by the map. */
export const loadAliases = () => fetchJson<ProvinceAlias[]>('aliases.json');

/** URL of a shipped raw CSV (facts.csv, sources.csv, provinces.csv, indicators.csv). */
export const rawFileUrl = (name: string) => asset(`/data/${name}`);
