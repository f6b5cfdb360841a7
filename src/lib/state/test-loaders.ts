/**
 * For the specs of the state: the bundled files served from memory (split by core/dataset-parts.ts as the build
 * splits them), every request logged, chosen files failing like a lost connection.
 */
import { PART_FILES, splitParts } from '$lib/core/dataset-parts';
import type { DatasetTables } from '$lib/core/types';
import { PartsLoader } from '$lib/data/parts-loader';
import type { DataLoaders } from './data-source.svelte';
import type { StoredImport } from './import-store';

/** A copy, as a download would give: nothing the spec holds is shared with the data in view. */
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

export function servedLoaders(tables: DatasetTables, opts: { kept?: () => Promise<StoredImport | null> } = {}) {
	const parts = splitParts(tables);
	const files = new Map<string, unknown>([[PART_FILES.catalogue, parts.catalogue]]);
	for (const [id, p] of parts.indicators) files.set(PART_FILES.indicator(id), p);
	for (const [key, p] of parts.areas) files.set(PART_FILES.area(key), p);
	const requests: string[] = [];
	/** Files that answer with an error (the spec adds and removes names). */
	const failing = new Set<string>();
	const get = async <T>(name: string, body: () => T): Promise<T> => {
		requests.push(name);
		await Promise.resolve();
		if (failing.has(name)) throw new Error(`${name}: HTTP 503`);
		return copy(body());
	};
	const loaders: DataLoaders = {
		parts: new PartsLoader((name) =>
			get(name, () => {
				if (!files.has(name)) throw new Error(`${name}: HTTP 404`);
				return files.get(name);
			})
		),
		loadTables: () => get('dataset.json', () => tables),
		readImport: opts.kept ?? (async () => null),
		pause: () => Promise.resolve()
	};
	return { loaders, requests, failing };
}
