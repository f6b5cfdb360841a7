/**
 * The imported data kept in this browser (IndexedDB, raw API), so a reload shows them again. Only the
 * import itself is kept (its figures, the sources they name, file name, time and mode): on load it is
 * combined again with whatever data the site now bundles. Figures are stored in packed chunks
 * (../core/fact-pack.ts: quicker to write and to read than objects; unpacking 100,000 takes ≈ 10 ms). Works in a
 * worker too.
 */
import type { PackedFacts } from '$lib/core/fact-pack';
import type { ImportRound, MergeMode } from '$lib/core/imported';
import type { Fact, Source } from '$lib/core/types';

const DB_NAME = 'antq-atlas-import';
const DB_VERSION = 1;
const META = 'meta';
const CHUNKS = 'fact-chunks';
const CURRENT = 'current';

export interface StoredImportMeta {
	file: string;
	/** ISO 8601 time of the import. */
	importedAt: string;
	mode: MergeMode;
	sources: Source[];
	/** The files imported together and what they asked for (absent in imports kept before rounds existed). */
	round?: ImportRound;
	/** Number of fact chunks (keys 0 … chunks − 1). */
	chunks: number;
}

export interface StoredImport extends Omit<StoredImportMeta, 'chunks'> {
	facts: Fact[];
}

function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

function done(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
		tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
	});
}

function open(): Promise<IDBDatabase> {
	if (typeof indexedDB === 'undefined') return Promise.reject(new Error('IndexedDB is not available'));
	const req = indexedDB.open(DB_NAME, DB_VERSION);
	req.onupgradeneeded = () => {
		const db = req.result;
		if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
		if (!db.objectStoreNames.contains(CHUNKS)) db.createObjectStore(CHUNKS);
	};
	return request(req);
}

/** Replace whatever was kept with this import (its figures packed in chunks), in one transaction (all or nothing). */
export async function saveImport(kept: Omit<StoredImport, 'facts'>, chunks: readonly PackedFacts[]): Promise<void> {
	const db = await open();
	try {
		const tx = db.transaction([META, CHUNKS], 'readwrite');
		const store = tx.objectStore(CHUNKS);
		store.clear();
		chunks.forEach((c, i) => store.put(c, i));
		const meta: StoredImportMeta = { ...kept, chunks: chunks.length };
		tx.objectStore(META).put(meta, CURRENT);
		await done(tx);
	} finally {
		db.close();
	}
}

/** The kept import, or null when there is none (or the browser keeps nothing). */
export async function loadImport(): Promise<StoredImport | null> {
	const db = await open();
	try {
		const tx = db.transaction([META, CHUNKS], 'readonly');
		const meta = (await request(tx.objectStore(META).get(CURRENT))) as StoredImportMeta | undefined;
		if (!meta) return null;
		const store = tx.objectStore(CHUNKS);
		// Imports kept before chunks were packed hold arrays of facts.
		const parts = await Promise.all(
			Array.from({ length: meta.chunks }, (_, i) => request(store.get(i) as IDBRequest<PackedFacts | Fact[] | undefined>))
		);
		if (parts.some((p) => p === undefined)) return null;
		// Loaded only now that an import is kept (every first view asks; few have one), once the chunks are read.
		const pack = await import('$lib/core/fact-pack');
		const facts = parts.flatMap((p) => (Array.isArray(p) ? p : pack.unpackFacts(p!)));
		const { chunks: _chunks, ...rest } = meta;
		return { ...rest, facts };
	} finally {
		db.close();
	}
}

/** Forget the kept import ("return to bundled data"). */
export async function clearImport(): Promise<void> {
	const db = await open();
	try {
		const tx = db.transaction([META, CHUNKS], 'readwrite');
		tx.objectStore(META).clear();
		tx.objectStore(CHUNKS).clear();
		await done(tx);
	} finally {
		db.close();
	}
}
