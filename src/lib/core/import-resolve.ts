/**
 * Which province a row of an import is about: its code and name read against the provinces of the file's era
 * (the 63, or the 34 since 1/7/2025), a decision the user took for that text winning; and where a province of the
 * era puts its figures in the data contract.
 */
import type { ImportContext, ReportCode } from './import-types';
import { buildUnits34, createProvinceIndex, type ProvinceAlias, type ProvinceIndex } from './provinces';
import type { Units } from './select';
import { fold, slugify } from './text';
import type { Province, Unit34 } from './types';

/** Text of a province as written in a row, the key of a decision: "87 Đồng Tháp", "Dong Thap", "99". */
export function decisionKey(code: string, name: string): string {
	return [code.trim(), name.trim()].filter((s) => s !== '').join(' ');
}

export type Resolved =
	| { ok: true; province: Province }
	| { ok: false; code: ReportCode; key: string; suggestions: Province[] }
	| { ok: false; code: 'missing_province'; key: '' };

/**
 * The provinces a file's codes and names are read against: the 63, or (era 34) the 34 provinces since
 * 1/7/2025, each under its new code and name and the spellings of the old province whose name it kept.
 */
export function eraProvinces(ctx: ImportContext, era: Units): { provinces: Province[]; aliases: ProvinceAlias[] } {
	if (era === '63') return { provinces: ctx.provinces, aliases: ctx.aliases };
	const byCode = new Map(ctx.provinces.map((p) => [p.code, p]));
	const provinces = buildUnits34(ctx.provinces).map((u): Province => {
		const first = byCode.get(u.old_codes[0] ?? '') as Province;
		return { ...first, code: u.code, name: u.name, name_en: u.name_en, slug: slugify(u.name), code_2025: u.code, name_2025: u.name };
	});
	const aliases = ctx.aliases.flatMap((a) => {
		const p = byCode.get(a.code);
		return p && fold(p.name) === fold(p.name_2025) ? [{ alias: a.alias, code: p.code_2025 }] : [];
	});
	return { provinces, aliases };
}

export class Resolver {
	private index: ProvinceIndex;
	private memo = new Map<string, ReturnType<ProvinceIndex['resolve']>>();
	private byCode: Map<string, Province>;
	constructor(places: { provinces: Province[]; aliases: ProvinceAlias[] }, private decisions: Record<string, string>) {
		this.index = createProvinceIndex(places.provinces, places.aliases);
		this.byCode = new Map(places.provinces.map((p) => [p.code, p]));
	}
	private resolveText(text: string) {
		let r = this.memo.get(text);
		if (!r) this.memo.set(text, (r = this.index.resolve(text)));
		return r;
	}
	/** Code first, then the name; a decision the user took for this text wins. */
	resolve(code: string, name: string): Resolved {
		const key = decisionKey(code, name);
		if (key === '') return { ok: false, code: 'missing_province', key: '' };
		const decided = this.byCode.get(this.decisions[key] ?? '');
		if (decided) return { ok: true, province: decided };
		const byCode = code !== '' ? this.resolveText(code) : null;
		const byName = name !== '' ? this.resolveText(name) : null;
		if (byCode?.ok) {
			if (byName?.ok && byName.province.code !== byCode.province.code)
				return { ok: false, code: 'province_mismatch', key, suggestions: [byCode.province, byName.province] };
			return { ok: true, province: byCode.province };
		}
		if (byCode && !byCode.ok) {
			// A code that is no province: the name (if it resolves) is only a suggestion.
			const suggestions = byName?.ok ? [byName.province] : (byName?.suggestions ?? []);
			return { ok: false, code: 'unknown_province', key, suggestions };
		}
		if (byName?.ok) return { ok: true, province: byName.province };
		return { ok: false, code: 'unknown_province', key, suggestions: byName?.suggestions ?? [] };
	}
}

/**
 * Where a province of the file's era puts its figures: a province of the 63 as itself; one of the 34 that is a
 * single old province (same territory) as that province; one of the 34 made of several as `merged_province`
 * under its new code (DATA.md "Two eras").
 */
export function placeOf(era: Units, units34: Map<string, Unit34>, provinces: Map<string, Province>, p: Province): { code: string; name: string; scope: string } {
	if (era === '63') return { code: p.code, name: p.name, scope: 'province' };
	const unit = units34.get(p.code);
	const only = unit && unit.old_codes.length === 1 ? provinces.get(unit.old_codes[0] ?? '') : undefined;
	return only ? { code: only.code, name: only.name, scope: 'province' } : { code: p.code, name: p.name, scope: `merged_province:${p.name}` };
}
