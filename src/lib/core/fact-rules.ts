/**
 * One set of rules for a fact row (DATA.md "Field meanings", rule 8), used by both the data check
 * (./validate-facts.ts) and the import's long form (./import-rows.ts): the scope grammar and which scopes carry a
 * province code, the period's two year cells, the enums, a figure's identity. Each returns what is wrong as a
 * code and the column concerned; the caller says it in its own report.
 */
import { MEASURES, QUALIFIERS, type Measure, type Period, type Qualifier, type ScopeKind } from './types';
import { fold } from './text';

/** The province cell of rows with no province code (national, regional and national-block figures). */
export const NATIONAL_NAME = 'Toàn quốc';

export interface Scope {
	kind: ScopeKind;
	/** The name after the colon (`district:<name>`…); null for `province` and `national`. */
	name: string | null;
	/** The name is not empty and has no spaces around it. */
	valid: boolean;
}

const SCOPE_RE = /^(province|national)$|^(district|block|region|merged_province|commune):(.*)$/s;

/**
 * `province`, `national`, or `<kind>:<name>`; valid when the name is not empty and has no spaces around it. Null
 * when the text is no scope at all. The kind of an invalid one still says which province code the row needs.
 */
export function parseScope(text: string): Scope | null {
	const m = SCOPE_RE.exec(text);
	if (!m) return null;
	if (m[1]) return { kind: m[1] as ScopeKind, name: null, valid: true };
	const name = m[3] ?? '';
	return { kind: m[2] as ScopeKind, name, valid: name.trim() !== '' && name.trim() === name };
}

/**
 * Whether a row of a scope carries a province code (decided from the data: every `province`, `district:`,
 * `merged_province:` and `commune:` row has one, every `national` and `region:` row has none, `block:` rows have one when the
 * sector is provincial and none when it is national).
 */
export const SCOPE_CODE_RULE: Record<ScopeKind, 'required' | 'forbidden' | 'optional'> = {
	province: 'required',
	district: 'required',
	merged_province: 'required',
	commune: 'required',
	block: 'optional',
	region: 'forbidden',
	national: 'forbidden'
};

/** A province cell that names the whole country ("Toàn quốc", "Toan quoc"). */
export function isNationalName(name: string): boolean {
	return fold(name) === fold(NATIONAL_NAME);
}

export type PeriodProblem =
	| { code: 'bad_year'; column: 'period_start' | 'period_end'; value: string }
	| { code: 'year_pair' | 'start_after_end'; column: 'period_start' | 'period_end'; start: string; end: string };

/**
 * The period of a row from its two year cells: both empty (the article states no period: `period` null) or two
 * 4-digit years, start ≤ end (equal for one year). Every problem is listed, each with its column.
 */
export function periodCells(start: string, end: string): { period: Period | null; problems: PeriodProblem[] } {
	const problems: PeriodProblem[] = [];
	for (const [column, v] of [
		['period_start', start],
		['period_end', end]
	] as const)
		if (v !== '' && !/^\d{4}$/.test(v)) problems.push({ code: 'bad_year', column, value: v });
	if (problems.length > 0) return { period: null, problems };
	if ((start === '') !== (end === ''))
		return { period: null, problems: [{ code: 'year_pair', column: start === '' ? 'period_start' : 'period_end', start, end }] };
	if (start === '') return { period: null, problems };
	if (Number(start) > Number(end)) return { period: null, problems: [{ code: 'start_after_end', column: 'period_start', start, end }] };
	return { period: { start: Number(start), end: Number(end) }, problems };
}

export function isQualifier(text: string): text is Qualifier {
	return (QUALIFIERS as readonly string[]).includes(text);
}

export function isMeasure(text: string): text is Measure {
	return (MEASURES as readonly string[]).includes(text);
}

/** A value as the data files write it: no sign, no group separators, `.` decimal, no leading or trailing zeros. */
const MACHINE_NUMBER = /^(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/;

export function isMachineNumber(text: string): boolean {
	return MACHINE_NUMBER.test(text) && Number.isFinite(Number(text));
}

/**
 * A figure's identity without its value: same province code, scope, period, indicator, source and sentence.
 * Equal values from different sentences of one article are distinct facts (2 collectives commended by the
 * People's Committee and 2 by the Fatherland Front), so the quote is part of it; the importer leaves out the
 * quote it writes itself (a cell's address is not a sentence).
 */
export function factKey(
	f: {
		province_code: string;
		scope: string;
		period_start: number | string | null;
		period_end: number | string | null;
		indicator: string;
		source_id: string;
	},
	quote: string
): string {
	return [f.province_code, f.scope, f.period_start ?? '', f.period_end ?? '', f.indicator, f.source_id, quote].join('\u0000');
}
