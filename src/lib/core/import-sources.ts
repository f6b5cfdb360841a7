/**
 * The sources of an import's figures: a known source id as it is, other source text a source of its own, a
 * row naming none its file — each id including the file's name, so that two files never share a source.
 */
import { FILE_SOURCE_PREFIX } from './imported';
import type { Source } from './types';

/** Prefix of the ids of sources created from a file's `nguon` / `source_id` text. */
const USER_SOURCE_PREFIX = 'user-';

/** FNV-1a, hex: a stable short id for a source text, so re-importing a file gives the same ids. */
function hash(s: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(16).padStart(8, '0');
}

const HTTP_URL = /^https?:\/\/[^\s/]+\S*$/i;

/**
 * The sources of a file's figures. A known source id stays as it is; other source text becomes a `user-…`
 * source; a row naming none has the file itself as its source (`file-…`: publisher = the file's name). Ids
 * include the file's name, so two files never share a source, and their figures for one key are two sources
 * that differ (rule 2), never parts of one to be added up (rule 2b).
 */
export class SourceBook {
	private known: Map<string, Source>;
	readonly used = new Map<string, Source>();
	constructor(
		sources: Source[],
		private readonly file: string | null,
		/** Where in the file: "tinh-87.xlsx › Số liệu", or the file's name. */
		private readonly where: string
	) {
		this.known = new Map(sources.map((s) => [s.source_id, s]));
	}
	idFor(text: string): string {
		const s = text.trim();
		if (s === '') return this.file === null ? '' : this.fileSource(this.file);
		const known = this.known.get(s);
		if (known) {
			this.used.set(s, known);
			return s;
		}
		const id = `${USER_SOURCE_PREFIX}${hash(this.file === null ? s : `${this.file}\u0000${s}`)}`;
		if (!this.used.has(id)) {
			const url = s.split(/\s+/).find((w) => HTTP_URL.test(w)) ?? '';
			this.used.set(id, { source_id: id, publisher: s, title: this.where, date: '', url });
		}
		return id;
	}
	private fileSource(file: string): string {
		const id = `${FILE_SOURCE_PREFIX}${hash(file)}`;
		if (!this.used.has(id)) this.used.set(id, { source_id: id, publisher: file, title: this.where, date: '', url: '' });
		return id;
	}
}
