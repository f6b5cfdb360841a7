/**
 * A reporting round: several files imported together (a central office's 34 or 63 provincial returns). One
 * summary over the files' analyses (./import.ts): what each file gave, which provinces returned figures and
 * which did not, and where two files disagree on the same province, period and indicator. Disagreements are
 * kept: each file is a source of its own, so the map says "sources differ" (rule 2) — never a sum, never one
 * figure overwriting the other.
 */
import { periodKey } from './period';
import type { Units } from './select';
import { templateUnits } from './template';
import type { Fact, Province, Qualifier } from './types';
import type { ImportResult } from './import-types';
import { withoutRepeats, type ImportRound } from './imported';

export interface RoundFileSummary {
	id: string;
	name: string;
	/** Rows with at least one imported figure. */
	rows: number;
	facts: number;
	skipped: number;
	/** Provinces (of the round's era) the file has figures for. */
	provinces: number;
}

export interface RoundConflict {
	/** Province code in the round's era, and its name. */
	code: string;
	name: string;
	period: string;
	indicator: string;
	/** Each file's figure, in file order. */
	values: { file: string; value: number; qualifier: Qualifier }[];
}

export interface RoundSummary {
	era: Units;
	files: RoundFileSummary[];
	/** The era's provinces with figures in any file, and those with none, in code order. */
	reported: { code: string; name: string }[];
	missing: { code: string; name: string }[];
	conflicts: RoundConflict[];
	/** Figures repeated exactly in an earlier file (the same facts.csv rows twice): used once. */
	repeats: number;
	/** What the round asked for: the templates' indicators (else the files' indicator columns) and periods. */
	indicators: string[];
	periods: string[];
}

export interface RoundInput {
	id: string;
	name: string;
	result: ImportResult;
}

/**
 * The era's province a figure belongs to: a 63-era figure in a 34 round counts for the new province its
 * old one is part of; a merged province's figure counts for it in a 34 round and for none of the 63.
 */
function placeIn(era: Units, f: Fact, byCode: Map<string, Province>): string | null {
	if (f.province_code === '') return null;
	const merged = f.scope.startsWith('merged_province:');
	if (era === '34') return merged ? f.province_code : (byCode.get(f.province_code)?.code_2025 ?? null);
	return merged ? null : f.province_code;
}

/**
 * What a round asked for, from its files' own records: the era (a template's, else the first file's), the
 * templates' indicators and periods (else the files' indicator columns and the periods they gave).
 */
export function roundRecord(inputs: Pick<RoundInput, 'name' | 'result'>[]): ImportRound {
	const era: Units = inputs.find((i) => i.result.info.template)?.result.info.template?.era ?? inputs[0]?.result.era.used ?? '63';
	const indicators = new Set<string>();
	const periods = new Set<string>();
	for (const { result } of inputs) {
		const t = result.info.template;
		for (const i of t?.indicators.length ? t.indicators : result.info.indicators) indicators.add(i);
		for (const p of t?.periods.length ? t.periods : result.periods) periods.add(p);
	}
	return { files: inputs.map((i) => i.name), era, indicators: [...indicators], periods: [...periods].sort() };
}

export function summariseRound(inputs: RoundInput[], provinces: Province[]): RoundSummary {
	const { era, indicators, periods } = roundRecord(inputs);
	const units = templateUnits(provinces, era);
	const byCode = new Map(provinces.map((p) => [p.code, p]));
	const reported = new Set<string>();
	type Entry = { code: string; period: string; indicator: string; values: RoundConflict['values'] };
	const figures: Entry[] = [];
	/** Province → start × 10000 + end → indicator → each file's first figure for it (no key string per figure). */
	const byPlace = new Map<string, Map<number, Map<string, Entry>>>();
	const entryFor = (code: string, start: number, end: number, indicator: string): Entry => {
		let periods = byPlace.get(code);
		if (!periods) byPlace.set(code, (periods = new Map()));
		let indicators = periods.get(start * 10000 + end);
		if (!indicators) periods.set(start * 10000 + end, (indicators = new Map()));
		let entry = indicators.get(indicator);
		if (!entry) {
			indicators.set(indicator, (entry = { code, period: periodKey({ start, end }), indicator, values: [] }));
			figures.push(entry);
		}
		return entry;
	};
	const files = inputs.map(({ id, name, result }) => {
		const mine = new Set<string>();
		for (const f of result.facts) {
			const code = placeIn(era, f, byCode);
			if (code === null) continue;
			mine.add(code);
			if (f.period_start === null || f.period_end === null) continue;
			const entry = entryFor(code, f.period_start, f.period_end, f.indicator);
			if (!entry.values.some((v) => v.file === name)) entry.values.push({ file: name, value: f.value, qualifier: f.qualifier });
		}
		for (const c of mine) reported.add(c);
		const c = result.counts;
		return { id, name, rows: c.imported, facts: c.facts, skipped: c.skipped, provinces: mine.size };
	});
	const nameOf = new Map(units.map((u) => [u.code, u.name]));
	const conflicts: RoundConflict[] = [];
	for (const e of figures) {
		const first = e.values[0];
		if (first && e.values.some((v) => v.value !== first.value || v.qualifier !== first.qualifier))
			conflicts.push({ code: e.code, name: nameOf.get(e.code) ?? e.code, period: e.period, indicator: e.indicator, values: e.values });
	}
	conflicts.sort(
		(a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || a.period.localeCompare(b.period) || a.indicator.localeCompare(b.indicator)
	);
	const place = (u: { code: string; name: string }) => ({ code: u.code, name: u.name });
	return {
		era,
		files,
		reported: units.filter((u) => reported.has(u.code)).map(place),
		missing: units.filter((u) => !reported.has(u.code)).map(place),
		conflicts,
		repeats: withoutRepeats(inputs.map((i) => i.result.facts)).repeats,
		indicators,
		periods
	};
}
