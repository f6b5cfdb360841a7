/**
 * Reading the rows of an import: each row of the wide form (a province and period, a figure per indicator
 * column) or of the long form (one figure, by the rules of a fact row: ./fact-rules.ts) becomes candidate
 * figures and the row's issues — a cell's value, its province, its period, a total row. Whether a candidate is
 * kept (repeats, contradictions) is decided by the analysis (./import.ts).
 */
import { isNationalName, isQualifier, NATIONAL_NAME, parseScope, periodCells, SCOPE_CODE_RULE } from './fact-rules';
import { unwrapText, type WideLayout } from './import-header';
import { scopeEra, type Era, type EraArea } from './era';
import { placeOf, type Resolved, type Resolver } from './import-resolve';
import type { CellMark, SheetRow } from './import-sheet';
import type { SourceBook } from './import-sources';
import type { PreviewValue, ReportCode, ReportOutcome, ReportRow } from './import-types';
import type { NumberLocale, parseNumber } from './numbers';
import { periodKey, type parsePeriod } from './period';
import type { WideColumn } from './template';
import { fold } from './text';
import type { Fact, Indicator, Province, Qualifier } from './types';

/** How many of the first values the number-format preview shows. */
const PREVIEW_SIZE = 8;

export interface Candidate {
	fact: Fact;
	column: string;
	text: string;
	/** The quote came from the file (long form), rather than being the cell's address and text. */
	quoted: boolean;
	/** The row named a source. */
	sourced: boolean;
}

export interface RowState {
	line: number;
	issues: ReportRow[];
	candidates: Candidate[];
	/** A non-blank value cell was seen (so a row without figures is not "empty"). */
	hadValue: boolean;
	pending: boolean;
	total: boolean;
}

export interface Shared {
	locale: NumberLocale;
	/** The era the wide form's provinces are read in (the long form's rows say theirs by their scope). */
	era: Era;
	/** Old provinces by code (an era-34 province of one old province is read as that province). */
	provinces: Map<string, Province>;
	resolver: Resolver;
	sources: SourceBook;
	indicators: Map<string, Indicator>;
	preview: PreviewValue[];
	/** Suggestions per decision key, for the pending-decision list. */
	suggestions: Map<string, EraArea[]>;
	/** `parseNumber` in the file's format and `parsePeriod`, remembered per text (files repeat them a lot). */
	number: (text: string) => ReturnType<typeof parseNumber>;
	period: (text: string) => ReturnType<typeof parsePeriod>;
	/** `totalText`, remembered per text (every row's province cells are looked at). */
	total: (text: string) => string | null;
	/** Where a cell is, for a figure's quote ("tinh-87.xlsx › Số liệu › D5"); '' when the file is not named. */
	cellWhere: (column: number, line: number) => string;
}

/** A function of a string, remembered per argument (bounded, so a huge file of distinct texts stays small). */
export function memo<T>(fn: (text: string) => T, max = 100_000): (text: string) => T {
	const cache = new Map<string, T>();
	return (text) => {
		let v = cache.get(text);
		if (v === undefined && !cache.has(text)) {
			v = fn(text);
			if (cache.size >= max) cache.clear();
			cache.set(text, v);
		}
		return v as T;
	};
}

export function issue(
	state: RowState,
	outcome: ReportOutcome,
	code: ReportCode,
	column = '',
	value = '',
	params: Record<string, string> = {}
): void {
	state.issues.push({ line: state.line, column, value, outcome, code, params });
}

/**
 * One value cell: null when blank (no data); otherwise a number with its qualifier, or a cell issue. A cell a
 * spreadsheet typed as a number is that number; an error value, a date, a formula without a computed value and
 * a figure in merged cells are each reported, never read as 0 or as blank. Negative figures are refused: the
 * movement's counts are never below zero.
 */
function readValue(
	sh: Shared,
	state: RowState,
	column: string,
	text: string,
	mark?: CellMark
): { value: number; qualifier: Qualifier } | null {
	if (text.trim() === '' && !mark) return null;
	state.hadValue = true;
	if (mark && mark.kind !== 'number') {
		if (mark.kind === 'error') issue(state, 'cell', 'error_cell', column, mark.code);
		else if (mark.kind === 'date') issue(state, 'cell', 'date_value', column, mark.iso);
		else if (mark.kind === 'formula') issue(state, 'cell', 'formula_no_value', column, `=${mark.formula}`);
		else issue(state, 'cell', 'merged_value', column, text, { range: mark.range });
		return null;
	}
	const n: ReturnType<typeof parseNumber> = mark ? { ok: true, value: mark.value, qualifier: 'exact' } : sh.number(text);
	if (sh.preview.length < PREVIEW_SIZE)
		sh.preview.push({
			line: state.line,
			column,
			text,
			value: n.ok ? n.value : null,
			qualifier: n.ok ? n.qualifier : 'exact',
			ok: n.ok
		});
	if (!n.ok) {
		issue(state, 'cell', n.reason === 'ambiguous' ? 'ambiguous_number' : 'bad_number', column, text, { locale: sh.locale });
		return null;
	}
	if (n.value === null) return null;
	if (n.value < 0) {
		issue(state, 'cell', 'negative_number', column, text);
		return null;
	}
	return { value: n.value, qualifier: n.qualifier };
}

/** A label cell (province, period, source…) holding an error value or an uncomputed formula: the row is not read. */
function labelProblems(state: RowState, header: string[], labels: Iterable<number>, marks: SheetRow['marks']): void {
	if (!marks) return;
	for (const i of labels) {
		const m = marks[i];
		if (m?.kind === 'error') issue(state, 'row', 'error_cell', header[i] ?? '', m.code);
		else if (m?.kind === 'formula') issue(state, 'row', 'formula_no_value', header[i] ?? '', `=${m.formula}`);
	}
}

/** Folded texts that name a total, never a province. */
const TOTAL_LABELS = new Set(['tong cong', 'cong', 'toan tinh', 'tong', 'tong so', 'toan quoc', 'ca nuoc', 'total', 'grand total', 'sum']);

/** A province cell that names a total ("Tổng cộng", "Cộng", "Toàn tỉnh", "Tổng cộng toàn tỉnh"…), as written. */
export function totalText(text: string): string | null {
	const f = fold(text);
	return TOTAL_LABELS.has(f) || f.startsWith('tong cong ') ? text.trim() : null;
}

function pendingProvince(sh: Shared, state: RowState, r: Extract<Resolved, { ok: false }>, column: string): void {
	if (r.code === 'missing_province') {
		issue(state, 'row', 'missing_province', column);
		return;
	}
	const suggestions = 'suggestions' in r ? r.suggestions : [];
	if (suggestions.length > 0) {
		state.pending = true;
		sh.suggestions.set(r.key, suggestions);
		issue(state, 'decision', r.code, column, r.key, { suggestions: suggestions.map((p) => p.name).join(', ') });
	} else issue(state, 'row', r.code, column, r.key, 'params' in r ? r.params : {});
}

/** "tinh-87.xlsx › Số liệu › D5: 4.378": where a figure was read and the cell as written. */
function cellQuote(sh: Shared, column: number, line: number, text: string): string {
	const where = sh.cellWhere(column, line);
	return where === '' ? '' : `${where}: ${text.trim()}`;
}

export function wideRow(sh: Shared, layout: WideLayout, header: string[], row: SheetRow, state: RowState): void {
	const { cells, marks } = row;
	const get = (c: WideColumn) => {
		const i = layout.cols.get(c);
		return i === undefined ? '' : (cells[i] ?? '');
	};
	const codeText = unwrapText(get('ma_tinh'));
	const name = get('ten_tinh').trim();
	const provinceColumn = header[(codeText !== '' ? layout.cols.get('ma_tinh') : layout.cols.get('ten_tinh')) ?? -1] ?? '';
	const total = sh.total(codeText) ?? sh.total(name);
	if (total !== null) {
		state.total = true;
		issue(state, 'row', 'total_row', provinceColumn, total);
		return;
	}
	labelProblems(state, header, layout.cols.values(), marks);
	const values: { index: number; id: string; header: string; text: string; v: { value: number; qualifier: Qualifier } }[] = [];
	for (const col of layout.indicators) {
		const text = cells[col.index] ?? '';
		const v = readValue(sh, state, col.header, text, marks?.[col.index]);
		if (v) values.push({ index: col.index, id: col.id, header: col.header, text, v });
	}
	if (!state.hadValue) return;
	const periodColumn = header[layout.cols.get('giai_doan') ?? -1] ?? '';
	const periodText = get('giai_doan').trim();
	const period = sh.period(periodText);
	const r = sh.resolver.resolve(codeText, name, sh.era);
	if (!r.ok) pendingProvince(sh, state, r, provinceColumn);
	if (periodText === '') issue(state, 'row', 'missing_period', periodColumn);
	else if (!period) issue(state, 'row', 'bad_period', periodColumn, periodText);
	if (!r.ok || !period || state.issues.some((i) => i.outcome === 'row')) return;
	const place = placeOf(sh.era, sh.provinces, r.province);
	const sourceText = get('nguon');
	const source_id = sh.sources.idFor(sourceText);
	const note = get('ghi_chu').trim();
	for (const { index, id, header: column, text, v } of values) {
		state.candidates.push({
			column,
			text,
			quoted: false,
			sourced: sourceText.trim() !== '',
			fact: {
				line: state.line,
				province_code: place.code,
				province: place.name,
				scope: place.scope,
				period_start: period.start,
				period_end: period.end,
				period_label: periodText,
				measure: sh.indicators.get(id)?.measure ?? 'flow',
				indicator: id,
				value: v.value,
				qualifier: v.qualifier,
				note,
				source_id,
				quote: cellQuote(sh, index, state.line, text)
			}
		});
	}
}

// eslint-disable-next-line max-lines-per-function -- the long form's cells checked in the order of the template's columns, each a few lines, all writing the same row's report.
export function longRow(sh: Shared, cols: Map<string, number>, header: string[], row: SheetRow, state: RowState): void {
	const { cells, marks } = row;
	const get = (c: string) => {
		const i = cols.get(c);
		return i === undefined ? '' : (cells[i] ?? '').trim();
	};
	const valueIndex = cols.get('value') ?? -1;
	const valueText = get('value');
	// A long table without a scope column is about provinces.
	const scope = get('scope') || 'province';
	const parsed = parseScope(scope);
	const kind = parsed?.valid ? parsed.kind : null;
	const code = unwrapText(get('province_code'));
	const name = get('province');
	const total = kind === 'province' ? (sh.total(code) ?? sh.total(name)) : null;
	if (total !== null) {
		state.total = true;
		issue(state, 'row', 'total_row', name !== '' ? 'province' : 'province_code', total);
		return;
	}
	if (marks)
		labelProblems(
			state,
			header,
			[...cols].filter(([c]) => c !== 'value').map(([, i]) => i),
			marks
		);
	const v = readValue(sh, state, 'value', cells[valueIndex] ?? '', marks?.[valueIndex]);
	if (!state.hadValue) {
		issue(state, 'row', 'no_value', 'value');
		return;
	}
	// Scope and the province it names (./fact-rules.ts); a province code may be left out when the name says it.
	if (kind === null) issue(state, 'row', 'bad_scope', 'scope', scope);
	const rule = kind && SCOPE_CODE_RULE[kind];
	let province: { code: string; name: string } | null = null;
	if (rule === 'forbidden') {
		if (code !== '') issue(state, 'row', 'code_not_allowed', 'province_code', code, { scope: kind ?? '' });
		province = { code: '', name: NATIONAL_NAME };
	} else if (rule === 'optional' && code === '' && (name === '' || isNationalName(name))) {
		province = { code: '', name: NATIONAL_NAME };
	} else if (kind !== null) {
		// Each row's code is read in the era of its scope: `merged_province:` and `commune:` in the 34 (./era.ts).
		const r = sh.resolver.resolve(code, name, scopeEra(kind));
		if (r.ok) province = { code: r.province.code, name: r.province.name };
		else pendingProvince(sh, state, r, code !== '' ? 'province_code' : 'province');
	}
	// Period: two years as the data contract writes them (./fact-rules.ts); without them, a label such as
	// "GĐ 2013-2023" (which people type where the contract has years); or none at all (never drawn on the map).
	const ps = get('period_start');
	const pe = get('period_end');
	const label = get('period_label');
	const years = periodCells(ps, pe);
	const bad = years.problems[0];
	if (bad) issue(state, 'row', 'bad_period', bad.column, [ps, pe].filter(Boolean).join('–'));
	const period = years.period ?? (ps === '' && pe === '' && label !== '' ? sh.period(label) : null);
	// Indicator, measure, qualifier.
	const indicatorId = get('indicator');
	const indicator = sh.indicators.get(indicatorId);
	if (!indicator) issue(state, 'row', 'unknown_indicator', 'indicator', indicatorId);
	const measure = get('measure');
	if (indicator && measure !== '' && measure !== indicator.measure)
		issue(state, 'row', 'measure_mismatch', 'measure', measure, { indicator: indicator.id, expected: indicator.measure });
	const qText = get('qualifier');
	const qOk = qText === '' || isQualifier(qText);
	if (!qOk) issue(state, 'row', 'bad_qualifier', 'qualifier', qText);
	if (!v || !province || bad || !indicator || !qOk || kind === null || state.issues.some((i) => i.outcome === 'row')) return;
	const qualifier = qText !== '' && qText !== 'exact' ? (qText as Qualifier) : v.qualifier;
	const quote = get('quote');
	const sourceText = get('source_id');
	state.candidates.push({
		column: 'value',
		text: valueText,
		quoted: quote !== '',
		sourced: sourceText !== '',
		fact: {
			line: state.line,
			province_code: province.code,
			province: province.name,
			scope,
			period_start: period?.start ?? null,
			period_end: period?.end ?? null,
			period_label: label || (period ? periodKey(period) : ''),
			measure: indicator.measure,
			indicator: indicator.id,
			value: v.value,
			qualifier,
			note: get('note'),
			source_id: sh.sources.idFor(sourceText),
			quote: quote || cellQuote(sh, valueIndex, state.line, valueText)
		}
	});
}
