/**
 * The bundled data by what is in view (core/dataset-parts.ts): the catalogue first, then the file of each
 * indicator or province a view needs, each fetched once and kept. `tables()` joins what has arrived; a failed
 * fetch adds nothing (the view in place stays as it is) and is tried again on the next call.
 */
import type { CoverageSummary } from '$lib/core/dataset';
import { joinParts, PART_FILES, type AreaPart, type Catalogue, type IndicatorPart } from '$lib/core/dataset-parts';
import type { DatasetTables } from '$lib/core/types';

/** Fetches and parses one file under /data/; rejects with an Error naming the file when it cannot. */
export type FetchJson = (name: string) => Promise<unknown>;

export class PartsLoader {
	#fetch: FetchJson;
	#catalogue: Catalogue | null = null;
	#indicators = new Map<string, IndicatorPart>();
	#areas = new Map<string, AreaPart>();
	/** Requests under way, by file name, so that two views asking at once share one request. */
	#pending = new Map<string, Promise<void>>();

	constructor(fetchJson: FetchJson) {
		this.#fetch = fetchJson;
	}

	/** The coverage of every indicator (null until the catalogue is in). */
	get coverage(): CoverageSummary | null {
		return this.#catalogue?.coverage ?? null;
	}

	hasIndicator(id: string): boolean {
		return this.#indicators.has(id);
	}

	hasArea(key: string): boolean {
		return this.#areas.has(key);
	}

	/** The provinces' files in (`area` keys). */
	areaKeys(): string[] {
		return [...this.#areas.keys()];
	}

	/** Loads `name` once into the store with `keep`; resolves once it is in. */
	#load(name: string, isIn: () => boolean, keep: (json: unknown) => void): Promise<void> {
		if (isIn()) return Promise.resolve();
		let p = this.#pending.get(name);
		if (!p) {
			p = this.#fetch(name)
				.then(keep)
				.finally(() => this.#pending.delete(name));
			this.#pending.set(name, p);
		}
		return p;
	}

	catalogue(): Promise<void> {
		return this.#load(PART_FILES.catalogue, () => this.#catalogue !== null, (json) => void (this.#catalogue = json as Catalogue));
	}

	/** The lean figures of indicator `id` (both eras). */
	indicator(id: string): Promise<void> {
		return this.#load(PART_FILES.indicator(id), () => this.hasIndicator(id), (json) => void this.#indicators.set(id, json as IndicatorPart));
	}

	/** Every fact of one province of one era with its texts (`key`: core/dataset-parts.ts `areaKey`). */
	area(key: string): Promise<void> {
		return this.#load(PART_FILES.area(key), () => this.hasArea(key), (json) => void this.#areas.set(key, json as AreaPart));
	}

	/** The tables of what has arrived (the catalogue must be in). */
	tables(): DatasetTables {
		if (!this.#catalogue) throw new Error('the catalogue is not loaded');
		return joinParts(this.#catalogue, this.#indicators.values(), this.#areas.values());
	}
}
