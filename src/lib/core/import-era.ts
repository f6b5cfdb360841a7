/**
 * The era an imported file is read in (./era.ts): the 63 provinces or the 34. A template says so with a marker in
 * its code column's header (`Mã tỉnh mới, từ 1/7/2025 (ma_tinh_34)`); a file without one is read in the era its rows
 * point to — code–name pairs that agree in one era only, provinces that exist in one era only, then periods
 * before or after the merger — and the dialog shows the reasons with a way to read it in the other era. Pure.
 */
import { eraAreas, eraIndex, MERGER_YEAR, type EraArea, type EraProvince, type Era } from './era';
import type { ProvinceAlias, ProvinceIndex, ResolveResult } from './provinces';
import type { Period } from './types';

/**
 * The id a template writes in its code column's header, after the label: `(ma_tinh_63)` or `(ma_tinh_34)`. A workbook
 * template records the same era (its hidden sheet) and passes it as the import's marker.
 */
export const ERA_MARKER: Record<Era, string> = { '63': 'ma_tinh_63', '34': 'ma_tinh_34' };

/** The era a marker id names, or null. */
export function eraOfMarker(id: string): Era | null {
	return id === ERA_MARKER['63'] ? '63' : id === ERA_MARKER['34'] ? '34' : null;
}

/** Why a file was read in an era: one row's province or period, for the dialog. */
export interface EraClue {
	line: number;
	/** `pair`: code and name agree in this era only; `province`: the code or name exists in this era only; `period`. */
	kind: 'pair' | 'province' | 'period';
	era: Era;
	/** The province or period as written ("24 Bắc Ninh", "2025"). */
	text: string;
}

export interface ImportEra {
	/** The era the file is read in: the user's choice, else the detected one. */
	used: Era;
	detected: Era;
	/** `marker`: the template said so; `rows`: inferred from the rows; `none`: nothing pointed either way (63 assumed); `scope`: the long form, whose rows each say their era by their scope. */
	basis: 'marker' | 'rows' | 'none' | 'scope';
	/** False when the rows point both ways (or nowhere): the dialog asks to check. */
	decided: boolean;
	/** A few rows that decided it. */
	clues: EraClue[];
}

/** How many clues the dialog shows. */
const CLUES = 3;

/** Both eras' resolvers, built once per import; each text resolved once per era. */
export class EraLookup {
	private indexes = new Map<Era, ProvinceIndex>();
	private memo = new Map<string, ResolveResult>();
	private areaMaps = new Map<Era, Map<string, EraArea>>();
	constructor(
		private provinces: readonly EraProvince[],
		private aliases: readonly ProvinceAlias[]
	) {}

	resolve(era: Era, text: string): ResolveResult {
		const key = `${era}\u0000${text}`;
		let r = this.memo.get(key);
		if (!r) {
			let index = this.indexes.get(era);
			if (!index) this.indexes.set(era, (index = eraIndex(this.provinces, this.aliases, era)));
			this.memo.set(key, (r = index.resolve(text)));
		}
		return r;
	}

	/** The provinces of an era by code (a new province with its old provinces). */
	areas(era: Era): Map<string, EraArea> {
		let m = this.areaMaps.get(era);
		if (!m) this.areaMaps.set(era, (m = new Map(eraAreas(this.provinces, era).map((a) => [a.code, a]))));
		return m;
	}

	/** The code a row's code and name give in an era, or null when they give none or two different ones. */
	codeIn(era: Era, code: string, name: string): string | null {
		const byCode = code !== '' ? this.resolve(era, code) : null;
		const byName = name !== '' ? this.resolve(era, name) : null;
		if (byCode && !byCode.ok) return null;
		if (byName && !byName.ok) return null;
		if (byCode?.ok && byName?.ok && byCode.province.code !== byName.province.code) return null;
		return (byCode?.ok ? byCode.province.code : byName?.ok ? byName.province.code : null) ?? null;
	}

	/** The one era a row's province fits, when it fits only one. */
	provinceClue(code: string, name: string): Pick<EraClue, 'kind' | 'era'> | null {
		const in63 = this.codeIn('63', code, name) !== null;
		const in34 = this.codeIn('34', code, name) !== null;
		if (in63 === in34) return null;
		return { kind: code !== '' && name !== '' ? 'pair' : 'province', era: in63 ? '63' : '34' };
	}
}

/** A period before the merger (ends before 2025) or from it on (starts in 2025 or later); none for one reaching across. */
export function periodClue(p: Period): Era | null {
	if (p.end < MERGER_YEAR) return '63';
	if (p.start >= MERGER_YEAR) return '34';
	return null;
}

/** One row as the inference reads it. */
export interface EraRow {
	line: number;
	code: string;
	name: string;
	period: Period | null;
	periodText: string;
}

/**
 * The era of a wide file: its marker when it has one; else the provinces of its rows (pairs and provinces that
 * fit one era), and only when they say nothing, its periods. Evidence both ways is not decided: the majority is
 * used and the dialog asks the user to check.
 */
export function inferImportEra(rows: Iterable<EraRow>, lookup: EraLookup, marker: Era | null, chosen?: Era): ImportEra {
	if (marker) return { used: chosen ?? marker, detected: marker, basis: 'marker', decided: true, clues: [] };
	const provinceClues: EraClue[] = [];
	const periodClues: EraClue[] = [];
	for (const r of rows) {
		const c = lookup.provinceClue(r.code, r.name);
		if (c) provinceClues.push({ line: r.line, ...c, text: [r.code, r.name].filter(Boolean).join(' ') });
		const pe = r.period && periodClue(r.period);
		if (pe) periodClues.push({ line: r.line, kind: 'period', era: pe, text: r.periodText });
	}
	const clues = provinceClues.length > 0 ? provinceClues : periodClues;
	const n34 = clues.filter((c) => c.era === '34').length;
	const n63 = clues.length - n34;
	if (clues.length === 0) return { used: chosen ?? '63', detected: '63', basis: 'none', decided: false, clues: [] };
	const detected: Era = n34 > n63 ? '34' : '63';
	return {
		used: chosen ?? detected,
		detected,
		basis: 'rows',
		decided: n34 === 0 || n63 === 0,
		clues: clues.filter((c) => c.era === detected).slice(0, CLUES)
	};
}
