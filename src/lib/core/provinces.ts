/**
 * Province lookup (codes, names, aliases, typos), the 34-province grouping and the six regions.
 * Everything is matched on `fold()` keys built once; resolving a known spelling is a Map lookup.
 */
import type { Province } from './types';
import { fold, slugify } from './text';

export interface ProvinceAlias {
	alias: string;
	code: string;
}

export type ResolveVia = 'code' | 'name' | 'alias';

export type ResolveResult = { ok: true; province: Province; via: ResolveVia } | { ok: false; suggestions: Province[] };

export interface ProvinceIndex {
	/** One province for a code, name or alias; otherwise up to 3 close provinces (possibly none). */
	resolve(text: string): ResolveResult;
	/** Type-ahead ranking: exact, then word-start prefix, then substring, then fuzzy. No limit by default. */
	search(text: string, limit?: number): Province[];
}

export interface Region {
	id: string;
	name: string;
	codes: string[];
}

const MAX_SUGGESTIONS = 3;

/** Administrative prefixes people put before a name, as folded text: "Tỉnh", "TP.", "T.P", "Thành phố", "Thủ đô". */
const PREFIX = /^(?:thanh pho|thu do|tinh|t ?p) (?=\S)/;

/** One spelling of one province, as folded (spaced) and compact (spaceless) keys. */
interface KeyEntry {
	province: Province;
	key: string;
	compact: string;
	/** The key without an administrative prefix: "thanh pho ha noi" → "ha noi". */
	bare: string;
	via: 'name' | 'alias';
}

function compact(key: string): string {
	return key.replace(/ /g, '');
}

function stripPrefix(key: string): string {
	return key.replace(PREFIX, '');
}

/**
 * The forms of a folded query worth looking up: as typed, without spaces ("Daklak" = "Dak Lak"),
 * and both again without an administrative prefix ("TP.HCM" → "hcm").
 */
function queryVariants(key: string): string[] {
	const stripped = stripPrefix(key);
	return [...new Set([key, compact(key), stripped, compact(stripped)])];
}

/** "1", "01", "001" → "01". */
function normaliseCode(digits: string): string {
	return String(Number(digits)).padStart(2, '0');
}

function byCode(a: Province, b: Province): number {
	return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/** Edits a typo of this length may contain and still count as close: 1 up to 7 letters, 2 up to 11, then 3. */
function maxTypos(length: number): number {
	return Math.min(3, Math.max(1, Math.floor(length / 4)));
}

/** Shortest text that counts as a partial name when one contains the other ("quang nam" in "quang nam da nang"). */
const MIN_CONTAINED_LENGTH = 4;

/**
 * Optimal-string-alignment distance (Damerau–Levenshtein where a transposed pair is edited once):
 * insertions, deletions, substitutions and adjacent transpositions each cost 1.
 * Returns `limit + 1` as soon as the distance is known to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let prev2: number[] = [];
	let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row: number[] = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
			}
			row.push(d);
			rowMin = Math.min(rowMin, d);
		}
		if (rowMin > limit) return limit + 1;
		prev2 = prev;
		prev = row;
	}
	return prev[b.length] ?? 0;
}

/** True when `inner` occurs in `outer` as whole words ("da nang" in "quang nam da nang", not "nam" in "hanam"). */
function containsWords(outer: string, inner: string): boolean {
	return inner.length >= MIN_CONTAINED_LENGTH && ` ${outer} `.includes(` ${inner} `);
}

/** 0 when `q` is a whole word of `key` ("ho" in "ho chi minh"), else 0.1, to rank "ho" → Hồ Chí Minh before Hòa Bình. */
function partialWord(key: string, q: string): number {
	return ` ${key} `.includes(` ${q} `) ? 0 : 0.1;
}

/** True when `q` starts one of the words of `key` ("thap" starts a word of "dong thap"). */
function startsAWord(key: string, q: string): boolean {
	return key.startsWith(q) || key.includes(` ${q}`);
}

// eslint-disable-next-line max-lines-per-function -- builds the lookups and returns the functions that read them (a closure).
export function createProvinceIndex(provinces: Province[], aliases: ProvinceAlias[]): ProvinceIndex {
	const sorted = [...provinces].sort(byCode);
	const codeMap = new Map(sorted.map((p) => [p.code, p]));
	const entries = buildEntries(sorted, aliases, codeMap);
	// Names are inserted before aliases, so an alias can never shadow a province's own name.
	const keyMap = new Map<string, KeyEntry>();
	for (const e of entries) {
		if (!keyMap.has(e.key)) keyMap.set(e.key, e);
		if (!keyMap.has(e.compact)) keyMap.set(e.compact, e);
	}

	function exact(text: string): { province: Province; via: ResolveVia } | undefined {
		const key = fold(text);
		if (/^\d+$/.test(key)) {
			const p = codeMap.get(normaliseCode(key));
			return p && { province: p, via: 'code' };
		}
		for (const v of queryVariants(key)) {
			const e = keyMap.get(v);
			if (e) return { province: e.province, via: e.via };
		}
		return undefined;
	}

	/** Province code → closeness score (1 = one typo or a partial name, up to 3) for a non-numeric folded query. */
	function closeness(key: string): Map<string, number> {
		const scores = new Map<string, number>();
		const variants = queryVariants(key).filter((v) => v.length > 0);
		for (const e of entries) {
			let best = Infinity;
			for (const v of variants) {
				if (containsWords(v, e.key) || containsWords(e.key, v)) best = Math.min(best, 1);
				const limit = maxTypos(v.length);
				const target = v.includes(' ') ? e.key : e.compact;
				const d = editDistance(v, target, limit);
				if (d <= limit) best = Math.min(best, d);
			}
			const code = e.province.code;
			if (best < (scores.get(code) ?? Infinity)) scores.set(code, best);
		}
		return scores;
	}

	function ranked(scores: Map<string, number>, limit: number): Province[] {
		return [...scores]
			.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
			.slice(0, limit)
			.map(([code]) => codeMap.get(code))
			.filter((p): p is Province => p !== undefined);
	}

	function resolve(text: string): ResolveResult {
		const hit = exact(text);
		if (hit) return { ok: true, ...hit };
		const key = fold(text);
		// Numbers are codes: a wrong code is not "close" to another one.
		if (key === '' || /^\d+$/.test(key)) return { ok: false, suggestions: [] };
		return { ok: false, suggestions: ranked(closeness(key), MAX_SUGGESTIONS) };
	}

	function search(text: string, limit = Infinity): Province[] {
		const key = fold(text);
		if (key === '') return sorted.slice(0, limit);
		const scores = new Map<string, number>();
		const offer = (code: string, score: number) => {
			if (score < (scores.get(code) ?? Infinity)) scores.set(code, score);
		};
		const hit = exact(text);
		if (hit) offer(hit.province.code, 0);
		if (/^\d+$/.test(key)) {
			for (const p of sorted) if (p.code.startsWith(key)) offer(p.code, 1);
			return ranked(scores, limit);
		}
		// Tiers: 0 exact; 1–1.75 word-start prefix; 2 substring; 3–5 fuzzy. Prefixes are matched on the
		// spelling without "Tỉnh"/"Thành phố" first, so "thanh" ranks Thanh Hóa before "Thành phố …" aliases.
		for (const e of entries) {
			for (const v of queryVariants(key)) {
				if (v === '') continue;
				const code = e.province.code;
				if (e.bare.startsWith(v) || compact(e.bare).startsWith(compact(v))) offer(code, 1 + partialWord(e.bare, v));
				else if (startsAWord(e.bare, v)) offer(code, 1.5 + partialWord(e.bare, v));
				else if (startsAWord(e.key, v)) offer(code, 1.75);
				else if (e.key.includes(v)) offer(code, 2);
			}
		}
		if (key.length >= 3) {
			for (const [code, d] of closeness(key)) offer(code, 2 + d);
		}
		return ranked(scores, limit);
	}

	return { resolve, search };
}

/** Every spelling of every province: its name, English name and slug (via 'name'), then the aliases. */
function buildEntries(provinces: Province[], aliases: ProvinceAlias[], codeMap: Map<string, Province>): KeyEntry[] {
	const entries: KeyEntry[] = [];
	const seen = new Set<string>();
	const add = (province: Province, text: string, via: KeyEntry['via']) => {
		const key = fold(text);
		const id = `${province.code} ${key}`;
		if (key === '' || seen.has(id)) return;
		seen.add(id);
		entries.push({ province, key, compact: compact(key), bare: stripPrefix(key), via });
	};
	for (const p of provinces) for (const t of [p.name, p.name_en, p.slug]) add(p, t, 'name');
	for (const a of aliases) {
		const p = codeMap.get(a.code.trim());
		if (p) add(p, a.alias, 'alias');
	}
	return entries;
}

/** The socio-economic regions in order of first appearance, each with its province codes (sorted). */
export function buildRegions(provinces: Province[]): Region[] {
	const regions = new Map<string, Region>();
	for (const p of provinces) {
		const region = regions.get(p.region);
		if (region) region.codes.push(p.code);
		else regions.set(p.region, { id: slugify(p.region), name: p.region, codes: [p.code] });
	}
	for (const r of regions.values()) r.codes.sort();
	return [...regions.values()];
}
