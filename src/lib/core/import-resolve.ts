/**
 * Which province a row of an import is about: its code and name read in the era the row is read in (the 63, or
 * the 34 since 1/7/2025; ./era.ts), a decision the user took for that text winning; a code and a name that agree
 * only in the other era are reported, never guessed. And where a province of an era puts its figures in the data
 * contract.
 */
import { isUnchanged, type Era, type EraArea } from './era';
import type { EraLookup } from './import-era';
import type { ReportCode } from './import-types';
import type { Province } from './types';

/** Text of a province as written in a row, the key of a decision: "87 Đồng Tháp", "Dong Thap", "99". */
export function decisionKey(code: string, name: string): string {
	return [code.trim(), name.trim()].filter((s) => s !== '').join(' ');
}

export type Resolved =
	| { ok: true; province: EraArea }
	| { ok: false; code: ReportCode; key: string; suggestions: EraArea[]; params?: Record<string, string> }
	| { ok: false; code: 'missing_province'; key: '' };

/** Answers remembered at most (a huge file of distinct texts stays small). */
const MAX_ANSWERS = 100_000;

/** EraAreas by code and name, in the era each row is read in; a decision the user took wins. */
export class Resolver {
	/** Answers by era, code and name: a file names the same few provinces on thousands of rows. */
	private answers = new Map<string, Resolved>();
	constructor(
		private lookup: EraLookup,
		private decisions: Record<string, string>
	) {}
	/** Code first, then the name; a code and a name that agree only in the other era are reported, never guessed. */
	resolve(code: string, name: string, era: Era): Resolved {
		const asked = `${era}\u0000${code}\u0000${name}`;
		let answer = this.answers.get(asked);
		if (!answer) {
			if (this.answers.size >= MAX_ANSWERS) this.answers.clear();
			this.answers.set(asked, (answer = this.answer(code, name, era)));
		}
		return answer;
	}
	private answer(code: string, name: string, era: Era): Resolved {
		const key = decisionKey(code, name);
		if (key === '') return { ok: false, code: 'missing_province', key: '' };
		const areas = this.lookup.areas(era);
		const decided = areas.get(this.decisions[key] ?? '');
		if (decided) return { ok: true, province: decided };
		const other: Era = era === '63' ? '34' : '63';
		// The province the row names in the other era, looked up only for a row that fails in its own.
		const otherArea = () => {
			const c = this.lookup.codeIn(other, code, name);
			return c === null ? undefined : this.lookup.areas(other).get(c);
		};
		const otherParams = (p: EraArea) => ({ era, other, name: p.name, code: p.code, ...this.newEraArea(p, era) });
		const byCode = code !== '' ? this.lookup.resolve(era, code) : null;
		const byName = name !== '' ? this.lookup.resolve(era, name) : null;
		if (byCode?.ok) {
			const p = areas.get(byCode.province.code)!;
			if (byName?.ok && byName.province.code !== byCode.province.code) {
				// 24 + Bắc Ninh: Bắc Giang and Bắc Ninh in the 63, one province in the 34 — the file's era is wrong.
				const inOther = otherArea();
				if (inOther)
					return { ok: false, code: 'era_mismatch', key, suggestions: [], params: { ...otherParams(inOther), expected: p.name } };
				return { ok: false, code: 'province_mismatch', key, suggestions: [p, areas.get(byName.province.code)!] };
			}
			return { ok: true, province: p };
		}
		// A code or a name of the other era only (87 or Bắc Giang in a file of the 34).
		const inOther = byCode || !byName?.ok ? otherArea() : undefined;
		if (inOther) return { ok: false, code: 'other_era_province', key, suggestions: [], params: otherParams(inOther) };
		if (byCode && !byCode.ok) {
			// A code that is no province: the name (if it resolves) is only a suggestion.
			const suggestions = byName?.ok ? [areas.get(byName.province.code)!] : this.known(era, byName?.suggestions ?? []);
			return { ok: false, code: 'unknown_province', key, suggestions };
		}
		if (byName?.ok) return { ok: true, province: areas.get(byName.province.code)! };
		return { ok: false, code: 'unknown_province', key, suggestions: this.known(era, byName?.suggestions ?? []) };
	}
	private known(era: Era, list: { code: string }[]): EraArea[] {
		const areas = this.lookup.areas(era);
		return list.flatMap((p) => areas.get(p.code) ?? []);
	}
	/** For an old province read in the 34: the new province it is part of, for the fix hint. */
	private newEraArea(p: EraArea, era: Era): Record<string, string> {
		if (era !== '34') return {};
		for (const a of this.lookup.areas('34').values()) if (a.old_codes.includes(p.code)) return { now: a.name, now_code: a.code };
		return {};
	}
}

/**
 * Where a province of the file's era puts its figures: a province of the 63 as itself; one of the 34 that kept the
 * territory of one old province (Hà Nội, Huế…) as that province, the same in both eras; one of the 34 made of
 * several as `merged_province` under its new code (DATA.md "Two eras"), as the bundled data do.
 */
export function placeOf(era: Era, provinces: Map<string, Province>, area: EraArea): { code: string; name: string; scope: string } {
	if (era === '63') return { code: area.code, name: area.name, scope: 'province' };
	const only = isUnchanged(area) ? provinces.get(area.code) : undefined;
	return only
		? { code: only.code, name: only.name, scope: 'province' }
		: { code: area.code, name: area.name, scope: `merged_province:${area.name}` };
}
