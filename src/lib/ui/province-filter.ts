/**
 * What the province filter offers for a typed text and how a choice changes the chosen codes. Matching
 * is the core's resolver (names with or without diacritics, codes, aliases, abbreviations, typos).
 */
import type { ProvinceIndex } from '$lib/core/provinces';
import type { Province } from '$lib/core/types';

export interface FilterOption {
	province: Province;
	selected: boolean;
}

/** Options shown while typing; every province (in code order) for an empty text. */
const TYPED_LIMIT = 10;

export function filterOptions(index: ProvinceIndex, text: string, chosen: ReadonlySet<string>): FilterOption[] {
	const typed = text.trim() !== '';
	return index.search(text, typed ? TYPED_LIMIT : Infinity).map((province) => ({ province, selected: chosen.has(province.code) }));
}

/** Codes after choosing (or un-choosing) one province; sorted, as the URL keeps them. */
export function toggleCode(codes: readonly string[], code: string): string[] {
	return codes.includes(code) ? codes.filter((c) => c !== code) : [...codes, code].sort();
}

/** The province a typed text names exactly (code, name or alias), for Enter without a highlighted option. */
export function exactProvince(index: ProvinceIndex, text: string): Province | null {
	const r = index.resolve(text);
	return r.ok ? r.province : null;
}
