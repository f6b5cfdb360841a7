/**
 * In-browser import (issue 6): the bytes of a CSV exported from Excel → typed facts plus a report in which
 * every input row ends either imported or listed with its line, the reason and a fix hint. Pure: no DOM, no
 * worker API (src/lib/import/parse.worker.ts runs it off the main thread and posts the progress it reports).
 *
 * Two forms are read (see ../shared/design/DATA.md "User-supplied data"):
 * - wide (the template): `ma_tinh,ten_tinh,giai_doan,<indicator ids…>,nguon,ghi_chu`, headers by id, by their
 *   Vietnamese or English label, or "label (id)" as the template writes them; one row per province and period;
 * - long: the columns of facts.csv, one figure per row.
 *
 * Rules: a blank cell is no data (never 0); `trên`/`>`/`≥` and `gần`/`~`/`≈` become qualifiers; numbers are
 * read in the file's number format (detected, overridable); provinces by code or any spelling the resolver
 * knows, and an unknown one waits for the user's decision when the resolver has suggestions; a figure that
 * repeats an earlier row is not added twice, one that contradicts an earlier row of the same source is not
 * added at all (the core would sum same-source rows as parts of one figure, see ./DATA.md rule 2b).
 */
import { parseCsv, type CsvTable } from './csv';
import { decodeBytes, type TextEncodingName } from './decode';
import { formatNumber } from './format';
import { detectNumberLocale, parseNumber, type NumberLocale } from './numbers';
import { parsePeriod, periodKey } from './period';
import { buildUnits34, createProvinceIndex, type ProvinceAlias, type ProvinceIndex } from './provinces';
import { fold } from './text';
import { writeCsv } from './csv-write';
import { WIDE_FIXED, WIDE_LABEL, type WideColumn } from './template';
import { DATA_COLUMNS, NATIONAL_NAME } from './validate';
import { QUALIFIERS, type DatasetTables, type Fact, type Indicator, type Lang, type Province, type Qualifier, type Source } from './types';
import { t, type MessageKey } from '../i18n';
// Its texts come with it, not with the page.
import '../i18n/messages/importer';
import { figureSet, sameFigure } from './imported';

/** Files larger than this are refused before they are read (a 100,000-row long form is about 8 MB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Prefix of the ids of sources created from a file's `nguon` / `source_id` text. */
const USER_SOURCE_PREFIX = 'user-';

/** An imported figure whose row named no source: shown as "số liệu do người dùng nhập / user-supplied". */
export function isUserSupplied(fact: Pick<Fact, 'source_id'>): boolean {
	return fact.source_id === '';
}

/** What the import needs to know: the bundled provinces, spellings, indicator catalogue, sources and facts. */
export interface ImportContext {
	provinces: Province[];
	aliases: ProvinceAlias[];
	indicators: Indicator[];
	/** Known sources: a row naming one of these ids keeps it. */
	sources: Source[];
	/** The bundled facts, only to count how many imported figures they already hold (merge). */
	facts?: Fact[];
}

export interface ImportOptions {
	/** Number format of the file; detected from its values when absent. */
	locale?: NumberLocale;
	/** The user's answers to "did you mean": province text as written (`decisionKey`) → province code. */
	decisions?: Record<string, string>;
}

export type ImportForm = 'wide' | 'long';

/** Other names people give the fixed columns (the facts.csv names among them). */
const WIDE_SYNONYMS: Record<WideColumn, string[]> = {
	ma_tinh: ['province_code', 'code', 'ma'],
	ten_tinh: ['province', 'tinh', 'province name'],
	giai_doan: ['period', 'period_label'],
	nguon: ['source', 'source_id'],
	ghi_chu: ['note', 'notes']
};

export type ReportCode =
	| 'empty_file'
	| 'unknown_form'
	| 'csv_syntax'
	| 'unknown_column'
	| 'duplicate_column'
	| 'too_many_cells'
	| 'missing_province'
	| 'unknown_province'
	| 'province_mismatch'
	| 'missing_period'
	| 'bad_period'
	| 'bad_number'
	| 'ambiguous_number'
	| 'negative_number'
	| 'duplicate_row'
	| 'conflict_row'
	| 'no_value'
	| 'unknown_indicator'
	| 'bad_scope'
	| 'code_not_allowed'
	| 'bad_qualifier'
	| 'measure_mismatch';

/**
 * What happened to the input concerned: `file` a problem with the whole file or a column; `row` the row was
 * not imported; `cell` only that cell was not imported (the row's other figures were); `decision` the row
 * waits for the user to choose a province.
 */
export type ReportOutcome = 'file' | 'row' | 'cell' | 'decision';

export interface ReportRow {
	/** 1-based line in the file (header = 1). */
	line: number;
	/** Header of the column concerned, as written in the file; '' for the whole row. */
	column: string;
	/** The cell (or province text) concerned, as written. */
	value: string;
	outcome: ReportOutcome;
	code: ReportCode;
	params: Record<string, string>;
}

export interface ProvinceChoice {
	code: string;
	name: string;
}

/** Rows waiting for a province decision, grouped by the province text as written. */
export interface PendingDecision {
	key: string;
	lines: number[];
	suggestions: ProvinceChoice[];
}

/** How the first values of the file were read, for the number-format preview. */
export interface PreviewValue {
	line: number;
	column: string;
	text: string;
	value: number | null;
	qualifier: Qualifier;
	ok: boolean;
}

export interface ImportCounts {
	/** Data rows in the file (blank lines are not rows). */
	rows: number;
	/** Rows with at least one imported figure. */
	imported: number;
	/** Of those, rows where some cells were not imported. */
	partial: number;
	/** Rows with no figure and no problem (template rows left blank). */
	empty: number;
	/** Rows not imported (each listed in the report). */
	skipped: number;
	/** Rows waiting for a province decision. */
	decision: number;
	/** Imported figures. */
	facts: number;
	/** Imported figures the bundled data already hold (not added twice on merge). */
	inBundled: number;
	/** Imported figures whose row named no source (shown as user-supplied). */
	unsourced: number;
}

export interface ImportFileInfo {
	encoding: TextEncodingName;
	delimiter: string;
	form: ImportForm | null;
	/** Indicator ids of the wide form's columns, or found in the long form. */
	indicators: string[];
}

export interface ImportLocale {
	used: NumberLocale;
	detected: NumberLocale;
	/** False when the values did not prove a format (no value like 4.378 or 1,5): 'vi' is assumed. */
	decided: boolean;
	evidence: string[];
}

export interface ImportResult {
	info: ImportFileInfo;
	locale: ImportLocale;
	preview: PreviewValue[];
	facts: Fact[];
	/** Sources the facts name: known ones as they are, new `user-…` ones created from the file's text. */
	sources: Source[];
	/** Ordered by line. */
	report: ReportRow[];
	decisions: PendingDecision[];
	counts: ImportCounts;
	/** Periods of the imported figures ("2013-2023"), sorted. */
	periods: string[];
}

export type ImportPhase = 'decode' | 'parse' | 'rows';
export type ProgressFn = (p: { phase: ImportPhase; done: number; total: number }) => void;

/** A file decoded and parsed once; `analyseImport` may run on it again with other options. */
export interface ReadImport {
	encoding: TextEncodingName;
	table: CsvTable;
}

const PREVIEW_SIZE = 8;
/** Values looked at to detect the number format: only values with `.` or `,` can decide it. */
const LOCALE_SAMPLES = 5000;
/** Progress is reported every this many rows. */
const PROGRESS_EVERY = 5000;

export function readImport(bytes: Uint8Array, onProgress?: ProgressFn): ReadImport {
	onProgress?.({ phase: 'decode', done: 0, total: 1 });
	const { text, encoding } = decodeBytes(bytes);
	onProgress?.({ phase: 'parse', done: 0, total: 1 });
	return { encoding, table: parseCsv(text) };
}

/** Read and analyse in one go (tests, small files). */
export function importBytes(bytes: Uint8Array, ctx: ImportContext, opts: ImportOptions = {}): ImportResult {
	return analyseImport(readImport(bytes), ctx, opts);
}

// ---------------------------------------------------------------------------------------------------------
// Columns

/** Header cell → wide-form role: a fixed column or an indicator id; null when unknown. */
function wideRole(header: string, indicators: Map<string, Indicator>, labels: Map<string, string>): WideColumn | { indicator: string } | null {
	const id = /\(([a-z][a-z0-9_]*)\)\s*$/.exec(header)?.[1];
	if (id && indicators.has(id)) return { indicator: id };
	if (id && (WIDE_FIXED as readonly string[]).includes(id)) return id as WideColumn;
	const key = fold(header);
	const fixed = labels.get(key);
	if (fixed) return fixed as WideColumn;
	for (const ind of indicators.values()) {
		if (key === fold(ind.id) || key === fold(ind.label_vi) || key === fold(ind.label_en)) return { indicator: ind.id };
	}
	return null;
}

/** Folded header text → fixed column, from ids, both languages' labels and synonyms. */
function fixedLabels(): Map<string, string> {
	const out = new Map<string, string>();
	for (const col of WIDE_FIXED) {
		for (const text of [col, t('vi', WIDE_LABEL[col]), t('en', WIDE_LABEL[col]), ...WIDE_SYNONYMS[col]]) {
			const key = fold(text);
			if (!out.has(key)) out.set(key, col);
		}
	}
	return out;
}

/** Reads `="01"` (the spreadsheet way to keep a leading zero) as `01`. */
function unwrapText(cell: string): string {
	const m = /^="(.*)"$/s.exec(cell.trim());
	return (m ? (m[1] ?? '') : cell).trim();
}

// ---------------------------------------------------------------------------------------------------------
// Sources

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

class SourceBook {
	private known: Map<string, Source>;
	readonly used = new Map<string, Source>();
	constructor(sources: Source[]) {
		this.known = new Map(sources.map((s) => [s.source_id, s]));
	}
	/** The source id for a row's source text: a known id as is; other text becomes a `user-…` source. */
	idFor(text: string): string {
		const s = text.trim();
		if (s === '') return '';
		const known = this.known.get(s);
		if (known) {
			this.used.set(s, known);
			return s;
		}
		const id = `${USER_SOURCE_PREFIX}${hash(s)}`;
		if (!this.used.has(id)) {
			const url = s.split(/\s+/).find((w) => HTTP_URL.test(w)) ?? '';
			this.used.set(id, { source_id: id, publisher: s, title: '', date: '', url });
		}
		return id;
	}
}

// ---------------------------------------------------------------------------------------------------------
// Analysis

interface Candidate {
	fact: Fact;
	column: string;
	text: string;
}

interface RowState {
	line: number;
	issues: ReportRow[];
	candidates: Candidate[];
	/** A non-blank value cell was seen (so a row without figures is not "empty"). */
	hadValue: boolean;
	pending: boolean;
}

/** Text of a province as written in a row, the key of a decision: "87 Đồng Tháp", "Dong Thap", "99". */
function decisionKey(code: string, name: string): string {
	return [code.trim(), name.trim()].filter((s) => s !== '').join(' ');
}

type Resolved =
	| { ok: true; province: Province }
	| { ok: false; code: ReportCode; key: string; suggestions: Province[] }
	| { ok: false; code: 'missing_province'; key: '' };

class Resolver {
	private index: ProvinceIndex;
	private memo = new Map<string, ReturnType<ProvinceIndex['resolve']>>();
	private byCode: Map<string, Province>;
	constructor(ctx: ImportContext, private decisions: Record<string, string>) {
		this.index = createProvinceIndex(ctx.provinces, ctx.aliases);
		this.byCode = new Map(ctx.provinces.map((p) => [p.code, p]));
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

interface Shared {
	locale: NumberLocale;
	resolver: Resolver;
	sources: SourceBook;
	indicators: Map<string, Indicator>;
	preview: PreviewValue[];
	/** Suggestions per decision key, for the pending-decision list. */
	suggestions: Map<string, Province[]>;
	/** `parseNumber` in the file's format and `parsePeriod`, remembered per text (files repeat them a lot). */
	number: (text: string) => ReturnType<typeof parseNumber>;
	period: (text: string) => ReturnType<typeof parsePeriod>;
}

/** A function of a string, remembered per argument (bounded, so a huge file of distinct texts stays small). */
function memo<T>(fn: (text: string) => T, max = 100_000): (text: string) => T {
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

function issue(
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
 * One value cell: null when blank (no data); otherwise a number with its qualifier, or a cell issue.
 * Negative figures are refused: the movement's counts are never below zero.
 */
function readValue(sh: Shared, state: RowState, column: string, text: string): { value: number; qualifier: Qualifier } | null {
	if (text.trim() === '') return null;
	state.hadValue = true;
	const n = sh.number(text);
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
	} else issue(state, 'row', r.code, column, r.key);
}

interface WideLayout {
	cols: Map<WideColumn, number>;
	indicators: { index: number; id: string; header: string }[];
}

function wideRow(sh: Shared, layout: WideLayout, header: string[], cells: string[], state: RowState): void {
	const get = (c: WideColumn) => {
		const i = layout.cols.get(c);
		return i === undefined ? '' : (cells[i] ?? '');
	};
	const values: { id: string; header: string; text: string; v: { value: number; qualifier: Qualifier } }[] = [];
	for (const col of layout.indicators) {
		const text = cells[col.index] ?? '';
		const v = readValue(sh, state, col.header, text);
		if (v) values.push({ id: col.id, header: col.header, text, v });
	}
	if (!state.hadValue) return;
	const codeText = unwrapText(get('ma_tinh'));
	const name = get('ten_tinh').trim();
	const provinceColumn = header[(codeText !== '' ? layout.cols.get('ma_tinh') : layout.cols.get('ten_tinh')) ?? -1] ?? '';
	const periodColumn = header[layout.cols.get('giai_doan') ?? -1] ?? '';
	const periodText = get('giai_doan').trim();
	const period = sh.period(periodText);
	const r = sh.resolver.resolve(codeText, name);
	if (!r.ok) pendingProvince(sh, state, r, provinceColumn);
	if (periodText === '') issue(state, 'row', 'missing_period', periodColumn);
	else if (!period) issue(state, 'row', 'bad_period', periodColumn, periodText);
	if (!r.ok || !period) return;
	const source_id = sh.sources.idFor(get('nguon'));
	const note = get('ghi_chu').trim();
	for (const { id, header: column, text, v } of values) {
		state.candidates.push({
			column,
			text,
			fact: {
				line: state.line,
				province_code: r.province.code,
				province: r.province.name,
				scope: 'province',
				period_start: period.start,
				period_end: period.end,
				period_label: periodText,
				measure: sh.indicators.get(id)?.measure ?? 'flow',
				indicator: id,
				value: v.value,
				qualifier: v.qualifier,
				note,
				source_id,
				quote: ''
			}
		});
	}
}

const SCOPE_RE = /^(province|national)$|^(district|block|region|merged_province):(.*\S.*)$/s;
const YEAR_RE = /^\d{4}$/;

interface LongLayout {
	cols: Map<string, number>;
}

function longRow(sh: Shared, layout: LongLayout, cells: string[], units34: Set<string>, state: RowState): void {
	const get = (c: string) => {
		const i = layout.cols.get(c);
		return i === undefined ? '' : (cells[i] ?? '').trim();
	};
	const valueText = get('value');
	const v = readValue(sh, state, 'value', cells[layout.cols.get('value') ?? -1] ?? '');
	if (!state.hadValue) {
		issue(state, 'row', 'no_value', 'value');
		return;
	}
	// Scope and the province it names.
	const scope = get('scope') || 'province';
	const sm = SCOPE_RE.exec(scope);
	const kind = sm ? (sm[1] ?? sm[2] ?? '') : '';
	if (!sm) issue(state, 'row', 'bad_scope', 'scope', scope);
	const code = unwrapText(get('province_code'));
	const name = get('province');
	let province: { code: string; name: string } | null = null;
	if (kind === 'national' || kind === 'region') {
		if (code !== '') issue(state, 'row', 'code_not_allowed', 'province_code', code, { scope: kind });
		province = { code: '', name: NATIONAL_NAME };
	} else if (kind === 'merged_province') {
		if (units34.has(code)) province = { code, name };
		else issue(state, 'row', 'unknown_province', 'province_code', decisionKey(code, name));
	} else if (kind === 'block' && code === '' && (name === '' || fold(name) === fold(NATIONAL_NAME))) {
		province = { code: '', name: NATIONAL_NAME };
	} else if (sm) {
		const r = sh.resolver.resolve(code, name);
		if (r.ok) province = { code: r.province.code, name: r.province.name };
		else pendingProvince(sh, state, r, code !== '' ? 'province_code' : 'province');
	}
	// Period: two years, or a label such as "GĐ 2013-2023", or none at all (never drawn on the map).
	const ps = get('period_start');
	const pe = get('period_end');
	const label = get('period_label');
	let period: { start: number; end: number } | null = null;
	let periodOk = true;
	if (ps !== '' || pe !== '') {
		const s = YEAR_RE.test(ps) ? Number(ps) : NaN;
		const e = pe === '' ? s : YEAR_RE.test(pe) ? Number(pe) : NaN;
		const p = Number.isNaN(s) || Number.isNaN(e) ? null : sh.period(`${s}-${e}`);
		if (p) period = p;
		else {
			periodOk = false;
			issue(state, 'row', 'bad_period', ps !== '' ? 'period_start' : 'period_end', [ps, pe].filter(Boolean).join('–'));
		}
	} else if (label !== '') period = sh.period(label);
	// Indicator, measure, qualifier.
	const indicatorId = get('indicator');
	const indicator = sh.indicators.get(indicatorId);
	if (!indicator) issue(state, 'row', 'unknown_indicator', 'indicator', indicatorId);
	const measure = get('measure');
	if (indicator && measure !== '' && measure !== indicator.measure)
		issue(state, 'row', 'measure_mismatch', 'measure', measure, { indicator: indicator.id, expected: indicator.measure });
	const qText = get('qualifier');
	const qOk = qText === '' || (QUALIFIERS as readonly string[]).includes(qText);
	if (!qOk) issue(state, 'row', 'bad_qualifier', 'qualifier', qText);
	if (!v || !province || !periodOk || !indicator || !qOk || !sm || state.issues.some((i) => i.outcome === 'row')) return;
	const qualifier = qText !== '' && qText !== 'exact' ? (qText as Qualifier) : v.qualifier;
	state.candidates.push({
		column: 'value',
		text: valueText,
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
			source_id: sh.sources.idFor(get('source_id')),
			quote: get('quote')
		}
	});
}

/** Identity of a figure: same key, same source, same sentence (the data check's duplicate key). */
function figureKey(f: Fact): string {
	return `${f.province_code}\u0000${f.scope}\u0000${f.period_start}\u0000${f.period_end}\u0000${f.indicator}\u0000${f.source_id}\u0000${f.quote}`;
}

/**
 * Analyse a read file: every row ends imported, empty, skipped or waiting for a decision, and every problem
 * is in the report. Runs again cheaply with another number format or more province decisions.
 */
export function analyseImport(read: ReadImport, ctx: ImportContext, opts: ImportOptions = {}, onProgress?: ProgressFn): ImportResult {
	const { table } = read;
	const report: ReportRow[] = [];
	const fileIssue = (code: ReportCode, column = '', params: Record<string, string> = {}, line = 1) =>
		report.push({ line, column, value: '', outcome: 'file', code, params });
	const indicators = new Map(ctx.indicators.map((i) => [i.id, i]));
	const header = table.header;

	// Which form, and where its columns are.
	const folded = header.map((h) => fold(h));
	const longCols = new Map<string, number>();
	for (const col of DATA_COLUMNS.facts) {
		const i = folded.indexOf(fold(col));
		if (i >= 0) longCols.set(col, i);
	}
	const isLong = longCols.has('indicator') && longCols.has('value');
	const labels = fixedLabels();
	const wide: WideLayout = { cols: new Map(), indicators: [] };
	const known = new Set<number>();
	const seenHeader = new Map<string, number>();
	header.forEach((h, i) => {
		if (h === '') return;
		const first = seenHeader.get(folded[i] ?? '');
		if (first !== undefined) {
			fileIssue('duplicate_column', h, { first: header[first] ?? '' });
			known.add(i);
			return;
		}
		seenHeader.set(folded[i] ?? '', i);
		if (isLong) {
			if ([...longCols.values()].includes(i)) known.add(i);
			return;
		}
		const role = wideRole(h, indicators, labels);
		if (role === null) return;
		known.add(i);
		if (typeof role === 'string') {
			if (!wide.cols.has(role)) wide.cols.set(role, i);
		} else wide.indicators.push({ index: i, id: role.indicator, header: h });
	});
	const isWide = !isLong && (wide.cols.has('ma_tinh') || wide.cols.has('ten_tinh')) && wide.indicators.length > 0;
	const form: ImportForm | null = isLong ? 'long' : isWide ? 'wide' : null;

	// Number format: decided by the values that can decide it, unless the user chose.
	const valueColumns = form === 'long' ? [longCols.get('value') ?? -1] : wide.indicators.map((c) => c.index);
	const samples: string[] = [];
	for (const row of table.rows) {
		for (const i of valueColumns) {
			const cell = row.cells[i];
			if (cell && /[.,]/.test(cell)) samples.push(cell);
		}
		if (samples.length >= LOCALE_SAMPLES) break;
	}
	const detected = detectNumberLocale(samples);
	const locale: ImportLocale = {
		used: opts.locale ?? detected.locale,
		detected: detected.locale,
		decided: detected.decided,
		evidence: detected.evidence.slice(0, 5)
	};

	const info: ImportFileInfo = {
		encoding: read.encoding,
		delimiter: table.delimiter,
		form,
		indicators: form === 'wide' ? wide.indicators.map((c) => c.id) : []
	};
	const counts: ImportCounts = { rows: table.rows.length, imported: 0, partial: 0, empty: 0, skipped: 0, decision: 0, facts: 0, inBundled: 0, unsourced: 0 };
	const result: ImportResult = { info, locale, preview: [], facts: [], sources: [], report, decisions: [], counts, periods: [] };

	if (header.length === 0 || (header.length === 1 && header[0] === '' && table.rows.length === 0)) {
		fileIssue('empty_file');
		return result;
	}
	if (form === null) {
		fileIssue('unknown_form', '', { columns: header.filter(Boolean).join(', ') });
		counts.skipped = table.rows.length;
		return result;
	}

	// Columns nobody reads: each one listed with the lines whose values it holds.
	header.forEach((h, i) => {
		if (known.has(i)) return;
		const lines = table.rows.filter((r) => (r.cells[i] ?? '').trim() !== '').map((r) => r.line);
		if (lines.length > 0 || h !== '')
			fileIssue('unknown_column', h, { count: String(lines.length), lines: summariseLines(lines) });
	});

	const sh: Shared = {
		locale: locale.used,
		resolver: new Resolver(ctx, opts.decisions ?? {}),
		sources: new SourceBook(ctx.sources),
		indicators,
		preview: result.preview,
		suggestions: new Map(),
		number: memo((text) => parseNumber(text, locale.used)),
		period: memo(parsePeriod)
	};
	const syntax = new Map(table.errors.map((e) => [e.line, e.message]));
	const units34 = new Set(buildUnits34(ctx.provinces).map((u) => u.code));
	const seen = new Map<string, Fact[]>();
	const inBundled = figureSet(ctx.facts ?? []);
	const decisions = new Map<string, PendingDecision>();
	/** start × 10000 + end: cheaper than a string per figure. */
	const periods = new Set<number>();
	const longIndicators = new Set<string>();

	table.rows.forEach((row, n) => {
		if (n % PROGRESS_EVERY === 0) onProgress?.({ phase: 'rows', done: n, total: table.rows.length });
		const state: RowState = { line: row.line, issues: [], candidates: [], hadValue: false, pending: false };
		const message = syntax.get(row.line);
		let extra = false;
		for (let i = header.length; i < row.cells.length && !extra; i++) extra = (row.cells[i] ?? '').trim() !== '';
		if (message !== undefined) issue(state, 'row', 'csv_syntax', '', '', { message });
		else if (extra)
			issue(state, 'row', 'too_many_cells', '', row.cells.slice(header.length).join(table.delimiter), {
				found: String(row.cells.length),
				expected: String(header.length)
			});
		else if (form === 'wide') wideRow(sh, wide, header, row.cells, state);
		else longRow(sh, { cols: longCols }, row.cells, units34, state);

		// Duplicates and contradictions within the file.
		const accepted: Candidate[] = [];
		const repeats: { c: Candidate; first: Fact }[] = [];
		for (const c of state.candidates) {
			const key = figureKey(c.fact);
			const earlier = seen.get(key);
			// Same figure again: a duplicate. Another figure of the same key, source and sentence: parts of one
			// figure when the sentence is quoted (as in facts.csv), a contradiction when there is no sentence.
			const first = earlier?.find((f) => sameFigure(f, c.fact)) ?? (c.fact.quote === '' ? earlier?.[0] : undefined);
			if (first) repeats.push({ c, first });
			else {
				if (earlier) earlier.push(c.fact);
				else seen.set(key, [c.fact]);
				accepted.push(c);
			}
		}
		const allRepeatOneLine =
			repeats.length > 0 && accepted.length === 0 && repeats.every((r) => r.first.line === repeats[0]?.first.line && sameFigure(r.c.fact, r.first));
		if (allRepeatOneLine && repeats.length === state.candidates.length && state.issues.length === 0)
			issue(state, 'row', 'duplicate_row', '', '', { first: String(repeats[0]?.first.line) });
		else
			for (const { c, first } of repeats) {
				if (sameFigure(c.fact, first)) issue(state, 'cell', 'duplicate_row', c.column, c.text, { first: String(first.line) });
				else
					issue(state, 'cell', 'conflict_row', c.column, c.text, {
						first: String(first.line),
						other: String(first.value)
					});
			}

		for (const c of accepted) {
			result.facts.push(c.fact);
			if (c.fact.period_start !== null && c.fact.period_end !== null) periods.add(c.fact.period_start * 10000 + c.fact.period_end);
			if (form === 'long') longIndicators.add(c.fact.indicator);
			if (inBundled(c.fact)) counts.inBundled++;
			if (isUserSupplied(c.fact)) counts.unsourced++;
		}
		if (accepted.length > 0) {
			counts.imported++;
			if (state.issues.length > 0) counts.partial++;
		} else if (state.pending && !state.issues.some((i) => i.outcome === 'row')) counts.decision++;
		else if (state.issues.length > 0) counts.skipped++;
		else counts.empty++;
		// A row that is skipped anyway does not wait for a decision: its other problems come first.
		const pending = state.pending && accepted.length === 0 && !state.issues.some((i) => i.outcome === 'row');
		for (const i of state.issues) {
			if (i.outcome === 'decision' && !pending) {
				report.push({ ...i, outcome: 'row' });
				continue;
			}
			report.push(i);
			if (i.outcome === 'decision') {
				let d = decisions.get(i.value);
				if (!d) {
					const suggestions = (sh.suggestions.get(i.value) ?? []).map((p) => ({ code: p.code, name: p.name }));
					decisions.set(i.value, (d = { key: i.value, lines: [], suggestions }));
				}
				d.lines.push(i.line);
			}
		}
	});
	onProgress?.({ phase: 'rows', done: table.rows.length, total: table.rows.length });

	counts.facts = result.facts.length;
	result.sources = [...sh.sources.used.values()];
	result.decisions = [...decisions.values()];
	result.periods = [...periods].sort((a, b) => a - b).map((n) => periodKey({ start: Math.floor(n / 10000), end: n % 10000 }));
	if (form === 'long') info.indicators = [...longIndicators].sort();
	report.sort((a, b) => a.line - b.line);
	return result;
}

/** "3, 5, 7 … (12 lines)" for messages about many lines. */
function summariseLines(lines: number[]): string {
	const head = lines.slice(0, 10).join(', ');
	return lines.length > 10 ? `${head}, …` : head;
}

// ---------------------------------------------------------------------------------------------------------
// Messages and the downloadable report

const ISSUE_KEYS: Record<ReportCode, [MessageKey, MessageKey]> = {
	empty_file: ['importer.issue.empty_file', 'importer.hint.empty_file'],
	unknown_form: ['importer.issue.unknown_form', 'importer.hint.unknown_form'],
	csv_syntax: ['importer.issue.csv_syntax', 'importer.hint.csv_syntax'],
	unknown_column: ['importer.issue.unknown_column', 'importer.hint.unknown_column'],
	duplicate_column: ['importer.issue.duplicate_column', 'importer.hint.duplicate_column'],
	too_many_cells: ['importer.issue.too_many_cells', 'importer.hint.too_many_cells'],
	missing_province: ['importer.issue.missing_province', 'importer.hint.missing_province'],
	unknown_province: ['importer.issue.unknown_province', 'importer.hint.unknown_province'],
	province_mismatch: ['importer.issue.province_mismatch', 'importer.hint.province_mismatch'],
	missing_period: ['importer.issue.missing_period', 'importer.hint.missing_period'],
	bad_period: ['importer.issue.bad_period', 'importer.hint.bad_period'],
	bad_number: ['importer.issue.bad_number', 'importer.hint.bad_number'],
	ambiguous_number: ['importer.issue.ambiguous_number', 'importer.hint.ambiguous_number'],
	negative_number: ['importer.issue.negative_number', 'importer.hint.negative_number'],
	duplicate_row: ['importer.issue.duplicate_row', 'importer.hint.duplicate_row'],
	conflict_row: ['importer.issue.conflict_row', 'importer.hint.conflict_row'],
	no_value: ['importer.issue.no_value', 'importer.hint.no_value'],
	unknown_indicator: ['importer.issue.unknown_indicator', 'importer.hint.unknown_indicator'],
	bad_scope: ['importer.issue.bad_scope', 'importer.hint.bad_scope'],
	code_not_allowed: ['importer.issue.code_not_allowed', 'importer.hint.code_not_allowed'],
	bad_qualifier: ['importer.issue.bad_qualifier', 'importer.hint.bad_qualifier'],
	measure_mismatch: ['importer.issue.measure_mismatch', 'importer.hint.measure_mismatch']
};

/** An unknown province with "did you mean" suggestions. */
const SUGGEST_KEYS: [MessageKey, MessageKey] = ['importer.issue.unknown_province_suggest', 'importer.hint.unknown_province_suggest'];

const OUTCOME_KEYS: Record<ReportOutcome, MessageKey> = {
	file: 'importer.outcome.file',
	row: 'importer.outcome.row',
	cell: 'importer.outcome.cell',
	decision: 'importer.outcome.decision'
};

/** The reason and the fix hint of a report row, in Vietnamese or English. */
export function formatReportRow(row: ReportRow, lang: Lang): { outcome: string; message: string; hint: string } {
	const suggest = row.code === 'unknown_province' && Boolean(row.params.suggestions);
	const [message, hint] = suggest ? SUGGEST_KEYS : ISSUE_KEYS[row.code];
	const locale = row.params.locale === 'en' ? t(lang, 'importer.localeShort.en') : t(lang, 'importer.localeShort.vi');
	const other = row.params.other === undefined ? '' : formatNumber(Number(row.params.other), lang);
	const params = { ...row.params, column: row.column, value: row.value, locale, other };
	return { outcome: t(lang, OUTCOME_KEYS[row.outcome]), message: t(lang, message, params), hint: t(lang, hint, params) };
}

const REPORT_CSV_HEADER: MessageKey[] = [
	'importer.reportCsv.line',
	'importer.reportCsv.column',
	'importer.reportCsv.value',
	'importer.reportCsv.outcome',
	'importer.reportCsv.reason',
	'importer.reportCsv.fix'
];

/** The report as CSV for Excel (./csv-write.ts): line, column, value, outcome, reason, fix. */
export function reportCsv(report: ReportRow[], lang: Lang): string {
	const rows = report.map((r) => {
		const f = formatReportRow(r, lang);
		return [r.line, r.column, r.value, f.outcome, f.message, f.hint];
	});
	return writeCsv(
		REPORT_CSV_HEADER.map((k) => t(lang, k)),
		rows,
		{ decimal: lang === 'vi' ? ',' : '.' }
	);
}
