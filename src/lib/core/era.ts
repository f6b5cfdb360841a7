/**
 * The two eras of provinces (./DATA.md "Two eras"): the 63 provinces until 30/6/2025 and the 34 from
 * 1/7/2025. A province code means nothing without its era — seven codes changed meaning (24 was Bắc Giang
 * and is now Bắc Ninh) — so every lookup here is keyed by (era, code), never by code alone.
 *
 * Which era a figure belongs to follows from its scope: `merged_province:` (a new province that merged
 * several old ones) and `commune:` (a commune or ward, which exist only since 1/7/2025) are read in the 34;
 * every other scope (`province`, `district:`, `block:`) in the 63. The 11 provinces that kept their territory
 * (Hà Nội, Huế, …) have the same code in both eras, so their `province` figures are drawn on both maps.
 */
import { createProvinceIndex, type ProvinceAlias, type ProvinceIndex } from './provinces';
import { asciiFold, fold, slugify } from './text';
import type { Period, Province, Unit34 } from './types';

export type Era = '63' | '34';
export const ERAS: readonly Era[] = ['63', '34'];

/** The year of the merger (1/7/2025): a period ending before it is wholly before; one starting after it, wholly after. */
export const MERGER_YEAR = 2025;

/** Scope kinds whose province code is a code of the 34 provinces. */
const ERA_34_SCOPES = new Set(['merged_province', 'commune']);

/** "district:Đất Đỏ" → "district". */
export function scopeKindOf(scope: string): string {
	const i = scope.indexOf(':');
	return i < 0 ? scope : scope.slice(0, i);
}

/** The era a scope kind reads its province code in. */
export function scopeEra(kind: string): Era {
	return ERA_34_SCOPES.has(kind) ? '34' : '63';
}

/** The era a figure's province code is read in (from its scope). */
export function factEra(f: { scope: string }): Era {
	return scopeEra(scopeKindOf(f.scope));
}

/** `[likely]` in a merged province's scope: the article is dated after 1/7/2025 but does not say which territory. */
export function isLikelyMerged(scope: string): boolean {
	return scopeKindOf(scope) === 'merged_province' && /\[likely\]\s*$/.test(scope);
}

/** What the eras are read from: the code and name columns of provinces.csv, in both eras. */
export type EraProvince = Pick<Province, 'code' | 'name' | 'name_en' | 'code_2025' | 'name_2025'>;

/** One province of an era: its code, name and, in the 34, the old provinces it is made of. */
export interface EraArea {
	code: string;
	name: string;
	name_en: string;
	/** The 63-era codes it covers (itself in the 63). */
	old_codes: string[];
}

/** The provinces of each era from provinces.csv (`code`/`name`, and `code_2025`/`name_2025`), sorted by code. */
export function eraAreas(provinces: readonly EraProvince[], era: Era): EraArea[] {
	const byCode = new Map<string, EraArea>();
	for (const p of provinces) {
		const code = era === '63' ? p.code : p.code_2025;
		if (code === '') continue;
		const area = byCode.get(code);
		if (area) area.old_codes.push(p.code);
		else
			byCode.set(code, {
				code,
				name: era === '63' ? p.name : p.name_2025,
				name_en: era === '63' ? p.name_en : asciiFold(p.name_2025),
				old_codes: [p.code]
			});
	}
	for (const a of byCode.values()) a.old_codes.sort();
	return [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** The 34 post-1/7/2025 provinces with the population of all their old provinces (rates are recomputed from the parts). */
export function buildUnits34(provinces: readonly Province[]): Unit34[] {
	const population = new Map(provinces.map((p) => [p.code, p.population]));
	return eraAreas(provinces, '34').map((a) => ({
		...a,
		population: a.old_codes.reduce((sum, c) => sum + (population.get(c) ?? 0), 0)
	}));
}

/** A new province that kept the territory of one old province with the same code (Hà Nội, Huế, Cao Bằng…). */
export function isUnchanged(area: Pick<EraArea, 'code' | 'old_codes'>): boolean {
	return area.old_codes.length === 1 && area.old_codes[0] === area.code;
}

/**
 * Codes that name different provinces in the two eras (15, 24, 44, 52, 80, 82, 91), with both names:
 * the pairs a code-only reading would silently put on the wrong province.
 */
export function changedCodes(provinces: readonly EraProvince[]): { code: string; name63: string; name34: string }[] {
	const new34 = new Map(eraAreas(provinces, '34').map((a) => [a.code, a.name]));
	return eraAreas(provinces, '63')
		.filter((p) => new34.has(p.code) && fold(new34.get(p.code)!) !== fold(p.name))
		.map((p) => ({ code: p.code, name63: p.name, name34: new34.get(p.code)! }));
}

/**
 * The spellings of an era's provinces as resolver aliases. In the 34, a new province is also written like the
 * old province whose name it kept ("Bac Ninh", "TP.HCM", "Thừa Thiên Huế" for Huế): the aliases of that old
 * province point at the new code. Names of old provinces that disappeared are not spellings of the 34.
 */
export function eraAliases(provinces: readonly EraProvince[], aliases: readonly ProvinceAlias[], era: Era): ProvinceAlias[] {
	if (era === '63') return [...aliases];
	const newCodeOf = new Map<string, string>();
	for (const p of provinces) if (fold(p.name) === fold(p.name_2025)) newCodeOf.set(p.code, p.code_2025);
	const out: ProvinceAlias[] = [];
	for (const p of provinces) {
		const c34 = newCodeOf.get(p.code);
		if (c34) out.push({ alias: p.name, code: c34 }, { alias: p.name_en, code: c34 });
	}
	for (const a of aliases) {
		const c34 = newCodeOf.get(a.code.trim());
		if (c34) out.push({ alias: a.alias, code: c34 });
	}
	return out;
}

/** The provinces of an era shaped as resolver entries (code, name, English name, slug). */
function resolverEntries(provinces: readonly EraProvince[], era: Era): Province[] {
	return eraAreas(provinces, era).map((a) => ({
		code: a.code,
		name: a.name,
		name_en: a.name_en,
		slug: slugify(a.name),
		region: '',
		population: 0,
		population_year: 0,
		area_km2: 0,
		code_2025: a.code,
		name_2025: a.name
	}));
}

/** Resolves codes and names in one era: "24" is Bắc Giang in the 63 and Bắc Ninh in the 34. */
export function eraIndex(provinces: readonly EraProvince[], aliases: readonly ProvinceAlias[], era: Era): ProvinceIndex {
	return createProvinceIndex(resolverEntries(provinces, era), eraAliases(provinces, aliases, era));
}

/** Folded spellings of each code in one era (official name and aliases), for code–name agreement. */
export function eraSpellings(provinces: readonly EraProvince[], aliases: readonly ProvinceAlias[], era: Era): Map<string, Set<string>> {
	const out = new Map<string, Set<string>>();
	const add = (code: string, text: string) => {
		const set = out.get(code) ?? new Set<string>();
		set.add(fold(text));
		out.set(code, set);
	};
	for (const a of eraAreas(provinces, era)) add(a.code, a.name);
	for (const a of eraAliases(provinces, aliases, era)) if (out.has(a.code)) add(a.code, a.alias);
	return out;
}

/**
 * Whether a code and a name written on one row name the same province in an era: `agree`, `mismatch` (both
 * known, different provinces), `unknown_code` (no such code in the era).
 */
export type Agreement = 'agree' | 'mismatch' | 'unknown_code';
export function codeNameAgreement(spellings: Map<string, Set<string>>, code: string, name: string): Agreement {
	const names = spellings.get(code);
	if (!names) return 'unknown_code';
	return names.has(fold(name)) ? 'agree' : 'mismatch';
}

/**
 * The era a period's map opens on: wholly before the merger → 63; wholly after → 34; a period reaching into
 * 2025 → 34 when none of its province figures comes from an old province that merged away (so every figure
 * is one of the 34: a new province's own or an unchanged province's), else 63.
 */
export function periodEra(period: Period, opts: { mergedAwayReported: boolean }): Era {
	if (period.end < MERGER_YEAR) return '63';
	if (period.start > MERGER_YEAR) return '34';
	return opts.mergedAwayReported ? '63' : '34';
}
