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
import type { CellMark, HeaderRules, SheetInfo, SheetRow, SheetTable } from './import-sheet';
import type { Units } from './select';
import type { TemplateMeta } from './template-meta';
import type { Workbook, WorkbookFormat } from './workbook';
import { decodeBytes, type TextEncodingName } from './decode';
import { formatNumber } from './format';
import { detectNumberLocale, parseNumber, type NumberLocale } from './numbers';
import { parsePeriod, periodKey } from './period';
import { buildUnits34, createProvinceIndex, type ProvinceAlias, type ProvinceIndex } from './provinces';
import { cellRef } from './cell-ref';
import { fold, slugify } from './text';
import { writeCsv } from './csv-write';
import { WIDE_FIXED, WIDE_LABEL, type WideColumn } from './template';
import { DATA_COLUMNS } from './data-contract';
import { NATIONAL_NAME } from './fact-rules';
import { QUALIFIERS, type DatasetTables, type Fact, type Indicator, type Lang, type Province, type Qualifier, type Source, type Unit34 } from './types';
import { figureSet, FILE_SOURCE_PREFIX, sameFigure } from './imported';
import { t, type MessageKey } from '../i18n';

/** Files larger than this are refused before they are read (a 100,000-row long form is about 8 MB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Prefix of the ids of sources created from a file's `nguon` / `source_id` text. */
const USER_SOURCE_PREFIX = 'user-';

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
	/**
	 * The file's name. Figures then keep it as their source: a row naming no source gets the file as its source,
	 * and every figure's quote says where it was read ("tinh-87.xlsx › Số liệu › D5: 4.378"). Without it, such
	 * rows have no source and no quote.
	 */
	file?: string;
	/** The era of the file's province codes when the file does not say (a template's meta sheet does). */
	era?: Units;
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
	| 'measure_mismatch'
	| 'workbook_encrypted'
	| 'workbook_damaged'
	| 'error_cell'
	| 'date_value'
	| 'formula_no_value'
	| 'merged_value'
	| 'total_row';

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
	/** Imported figures whose row named no source (their file is their source). */
	unsourced: number;
	/** Total rows ("Tổng cộng", "Cộng", "Toàn tỉnh"): never a province, not imported, listed in the report. */
	totals: number;
}

export interface ImportFileInfo {
	format: 'csv' | WorkbookFormat;
	/** A CSV file's text encoding; null for a workbook. */
	encoding: TextEncodingName | null;
	/** A CSV file's delimiter; '' for a workbook. */
	delimiter: string;
	form: ImportForm | null;
	/** Indicator ids of the wide form's columns, or found in the long form. */
	indicators: string[];
	/** A workbook's sheet read, its header's row and the sheets to choose from; null for CSV. */
	sheet: { name: string; headerLine: number; sheets: SheetInfo[] } | null;
	/** What a template workbook recorded about itself (./template-meta.ts). */
	template: TemplateMeta | null;
	/** Era of the province codes: from the template, else as given, else the 63 provinces. */
	era: Units;
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

/** A table read from a file: CSV rows, or a sheet's rows with what their cells hold besides text. */
export interface ImportTable extends CsvTable {
	rows: SheetRow[];
}

/** A file decoded and parsed once; `analyseImport` may run on it again with other options. */
export interface ReadImport {
	format: 'csv' | WorkbookFormat;
	encoding: TextEncodingName | null;
	table: ImportTable;
	/** A workbook's sheet (./import-sheet.ts) and the workbook itself, to read another sheet from. */
	sheet?: Omit<SheetTable, keyof CsvTable>;
	book?: Workbook;
	/** A workbook that cannot be read: encrypted (password) or damaged. */
	failure?: { code: 'workbook_encrypted' | 'workbook_damaged'; message: string };
}

const PREVIEW_SIZE = 8;
/** Values looked at to detect the number format: only values with `.` or `,` can decide it. */
const LOCALE_SAMPLES = 5000;
/** Progress is reported every this many rows. */
const PROGRESS_EVERY = 5000;

/** Read a CSV (or tab-separated text) file. */
export function readImport(bytes: Uint8Array, onProgress?: ProgressFn): ReadImport {
	onProgress?.({ phase: 'decode', done: 0, total: 1 });
	const { text, encoding } = decodeBytes(bytes);
	onProgress?.({ phase: 'parse', done: 0, total: 1 });
	return { format: 'csv', encoding, table: parseCsv(text) };
}

/** A zip container (.xlsx, .xlsm, .ods) or an OLE one (.xls, or an encrypted .xlsx): read as a workbook. */
export function isWorkbookBytes(bytes: Uint8Array): boolean {
	const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
	const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((b, i) => bytes[i] === b);
	return zip || ole;
}

/**
 * Read a workbook: its cells (./workbook.ts, loaded only now, with SheetJS) and the sheet holding the data
 * (./import-sheet.ts) — the one chosen by name, or the one whose header this importer recognises. An encrypted
 * or damaged workbook is read as a failure, which the analysis reports; nothing of it is imported.
 */
export async function readWorkbookImport(
	bytes: Uint8Array,
	indicators: Indicator[],
	sheet?: string,
	onProgress?: ProgressFn
): Promise<ReadImport> {
	onProgress?.({ phase: 'decode', done: 0, total: 1 });
	const [{ readWorkbook, WorkbookError }] = await Promise.all([import('./workbook'), import('./import-sheet')]);
	try {
		const book = readWorkbook(bytes);
		return await withSheet({ format: book.format, encoding: null, table: { header: [], rows: [], errors: [], delimiter: '' }, book }, indicators, sheet, onProgress);
	} catch (e) {
		if (!(e instanceof WorkbookError)) throw e;
		const code = e.code === 'encrypted' ? 'workbook_encrypted' : 'workbook_damaged';
		return { format: 'xlsx', encoding: null, table: { header: [], rows: [], errors: [], delimiter: '' }, failure: { code, message: e.message } };
	}
}

/** The same workbook read from another sheet (the user's choice). */
export async function withSheet(read: ReadImport, indicators: Indicator[], sheet?: string, onProgress?: ProgressFn): Promise<ReadImport> {
	if (!read.book) return read;
	onProgress?.({ phase: 'parse', done: 0, total: 1 });
	const { sheetTable } = await import('./import-sheet');
	const { header, rows, errors, delimiter, ...info } = sheetTable(read.book, headerRules(indicators), sheet);
	return { ...read, table: { header, rows, errors, delimiter }, sheet: info };
}

/** Read and analyse in one go (tests, small files). */
export function importBytes(bytes: Uint8Array, ctx: ImportContext, opts: ImportOptions = {}): ImportResult {
	return analyseImport(readImport(bytes), ctx, opts);
}

// ---------------------------------------------------------------------------------------------------------
// Columns

/** Header cell → wide-form role: a fixed column or an indicator id; null when unknown. */
/** Folded id and labels (both languages) → indicator id, built once per catalogue. */
const indicatorKeys = new WeakMap<Map<string, Indicator>, Map<string, string>>();

function indicatorKey(indicators: Map<string, Indicator>): Map<string, string> {
	let keys = indicatorKeys.get(indicators);
	if (!keys) {
		keys = new Map();
		for (const ind of indicators.values())
			for (const text of [ind.id, ind.label_vi, ind.label_en]) if (!keys.has(fold(text))) keys.set(fold(text), ind.id);
		indicatorKeys.set(indicators, keys);
	}
	return keys;
}

function wideRole(header: string, indicators: Map<string, Indicator>, labels: Map<string, string>): WideColumn | { indicator: string } | null {
	const id = /\(([a-z][a-z0-9_]*)\)\s*$/.exec(header)?.[1];
	if (id && indicators.has(id)) return { indicator: id };
	if (id && (WIDE_FIXED as readonly string[]).includes(id)) return id as WideColumn;
	const key = fold(header);
	const fixed = labels.get(key);
	if (fixed) return fixed as WideColumn;
	const indicator = indicatorKey(indicators).get(key);
	return indicator ? { indicator } : null;
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

/** Headers of an ordinal column ("STT": 1, 2, 3…), which offices put first and which holds no figure. */
const ORDINAL_HEADERS = new Set(['stt', 'tt', 'so tt', 'so thu tu']);

interface WideLayout {
	cols: Map<WideColumn, number>;
	indicators: { index: number; id: string; header: string }[];
}

/** What a header row says: the form, where each column is, and which columns are read. */
interface HeaderLayout {
	form: ImportForm | null;
	/** Long form: facts.csv column → index. */
	long: Map<string, number>;
	wide: WideLayout;
	/** Columns read, or knowingly left aside (a repeated header, an ordinal column). */
	known: Set<number>;
	/** A header repeated: its index and the first column with that header. */
	duplicates: { index: number; first: number }[];
}

let labelCache: Map<string, string> | null = null;

function readHeader(header: string[], indicators: Map<string, Indicator>): HeaderLayout {
	const labels = (labelCache ??= fixedLabels());
	const folded = header.map((h) => fold(h));
	const long = new Map<string, number>();
	for (const col of DATA_COLUMNS.facts) {
		const i = folded.indexOf(fold(col));
		if (i >= 0) long.set(col, i);
	}
	const isLong = long.has('indicator') && long.has('value');
	const wide: WideLayout = { cols: new Map(), indicators: [] };
	const known = new Set<number>();
	const duplicates: HeaderLayout['duplicates'] = [];
	const seen = new Map<string, number>();
	header.forEach((h, i) => {
		if (h === '') return;
		const first = seen.get(folded[i] ?? '');
		if (first !== undefined) {
			duplicates.push({ index: i, first });
			known.add(i);
			return;
		}
		seen.set(folded[i] ?? '', i);
		if (ORDINAL_HEADERS.has(folded[i] ?? '')) known.add(i);
		else if (isLong) {
			if ([...long.values()].includes(i)) known.add(i);
		} else {
			const role = wideRole(h, indicators, labels);
			if (role === null) return;
			known.add(i);
			if (typeof role === 'string') {
				if (!wide.cols.has(role)) wide.cols.set(role, i);
			} else wide.indicators.push({ index: i, id: role.indicator, header: h });
		}
	});
	const isWide = !isLong && (wide.cols.has('ma_tinh') || wide.cols.has('ten_tinh')) && wide.indicators.length > 0;
	return { form: isLong ? 'long' : isWide ? 'wide' : null, long, wide, known, duplicates };
}

/** How the importer reads a candidate header row of a sheet (./import-sheet.ts picks the sheet and row by it). */
export function headerRules(indicators: Indicator[]): HeaderRules {
	const byId = new Map(indicators.map((i) => [i.id, i]));
	return (cells) => {
		const h = readHeader(cells, byId);
		const labels = new Set<number>(
			h.form === 'long' ? [...h.long].filter(([col]) => col !== 'value').map(([, i]) => i) : [...h.wide.cols.values()]
		);
		const score = h.form === 'long' ? h.long.size : h.wide.cols.size + h.wide.indicators.length;
		return { score, form: h.form !== null, labels };
	};
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

/**
 * The sources of a file's figures. A known source id stays as it is; other source text becomes a `user-…`
 * source; a row naming none has the file itself as its source (`file-…`: publisher = the file's name). Ids
 * include the file's name, so two files never share a source, and their figures for one key are two sources
 * that differ (rule 2), never parts of one to be added up (rule 2b).
 */
class SourceBook {
	private known: Map<string, Source>;
	readonly used = new Map<string, Source>();
	constructor(
		sources: Source[],
		private readonly file: string | null,
		/** Where in the file: "tinh-87.xlsx › Số liệu", or the file's name. */
		private readonly where: string
	) {
		this.known = new Map(sources.map((s) => [s.source_id, s]));
	}
	idFor(text: string): string {
		const s = text.trim();
		if (s === '') return this.file === null ? '' : this.fileSource(this.file);
		const known = this.known.get(s);
		if (known) {
			this.used.set(s, known);
			return s;
		}
		const id = `${USER_SOURCE_PREFIX}${hash(this.file === null ? s : `${this.file}\u0000${s}`)}`;
		if (!this.used.has(id)) {
			const url = s.split(/\s+/).find((w) => HTTP_URL.test(w)) ?? '';
			this.used.set(id, { source_id: id, publisher: s, title: this.where, date: '', url });
		}
		return id;
	}
	private fileSource(file: string): string {
		const id = `${FILE_SOURCE_PREFIX}${hash(file)}`;
		if (!this.used.has(id)) this.used.set(id, { source_id: id, publisher: file, title: this.where, date: '', url: '' });
		return id;
	}
}

// ---------------------------------------------------------------------------------------------------------
// Analysis

interface Candidate {
	fact: Fact;
	column: string;
	text: string;
	/** The quote came from the file (long form), rather than being the cell's address and text. */
	quoted: boolean;
	/** The row named a source. */
	sourced: boolean;
}

interface RowState {
	line: number;
	issues: ReportRow[];
	candidates: Candidate[];
	/** A non-blank value cell was seen (so a row without figures is not "empty"). */
	hadValue: boolean;
	pending: boolean;
	total: boolean;
}

/** Text of a province as written in a row, the key of a decision: "87 Đồng Tháp", "Dong Thap", "99". */
function decisionKey(code: string, name: string): string {
	return [code.trim(), name.trim()].filter((s) => s !== '').join(' ');
}

type Resolved =
	| { ok: true; province: Province }
	| { ok: false; code: ReportCode; key: string; suggestions: Province[] }
	| { ok: false; code: 'missing_province'; key: '' };

/**
 * The provinces a file's codes and names are read against: the 63, or (era 34) the 34 provinces since
 * 1/7/2025, each under its new code and name and the spellings of the old province whose name it kept.
 */
function eraProvinces(ctx: ImportContext, era: Units): { provinces: Province[]; aliases: ProvinceAlias[] } {
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

class Resolver {
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

interface Shared {
	locale: NumberLocale;
	era: Units;
	/** Old provinces by code (an era-34 province of one old province is read as that province). */
	provinces: Map<string, Province>;
	units34: Map<string, Unit34>;
	resolver: Resolver;
	sources: SourceBook;
	indicators: Map<string, Indicator>;
	preview: PreviewValue[];
	/** Suggestions per decision key, for the pending-decision list. */
	suggestions: Map<string, Province[]>;
	/** `parseNumber` in the file's format and `parsePeriod`, remembered per text (files repeat them a lot). */
	number: (text: string) => ReturnType<typeof parseNumber>;
	period: (text: string) => ReturnType<typeof parsePeriod>;
	/** Where a cell is, for a figure's quote ("tinh-87.xlsx › Số liệu › D5"); '' when the file is not named. */
	cellWhere: (column: number, line: number) => string;
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

/** The province text of a row names a total ("Tổng cộng", "Cộng", "Toàn tỉnh", "Tổng cộng toàn tỉnh"…). */
function totalLabel(...texts: string[]): string | null {
	for (const t of texts) {
		const f = fold(t);
		if (TOTAL_LABELS.has(f) || f.startsWith('tong cong ')) return t.trim();
	}
	return null;
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

/**
 * Where a province of the file's era puts its figures: a province of the 63 as itself; one of the 34 that is a
 * single old province (same territory) as that province; one of the 34 made of several as `merged_province`
 * under its new code (DATA.md "Two eras").
 */
function placeOf(sh: Shared, p: Province): { code: string; name: string; scope: string } {
	if (sh.era === '63') return { code: p.code, name: p.name, scope: 'province' };
	const unit = sh.units34.get(p.code);
	const only = unit && unit.old_codes.length === 1 ? sh.provinces.get(unit.old_codes[0] ?? '') : undefined;
	return only ? { code: only.code, name: only.name, scope: 'province' } : { code: p.code, name: p.name, scope: `merged_province:${p.name}` };
}

/** "tinh-87.xlsx › Số liệu › D5: 4.378": where a figure was read and the cell as written. */
function cellQuote(sh: Shared, column: number, line: number, text: string): string {
	const where = sh.cellWhere(column, line);
	return where === '' ? '' : `${where}: ${text.trim()}`;
}

function wideRow(sh: Shared, layout: WideLayout, header: string[], row: SheetRow, state: RowState): void {
	const { cells, marks } = row;
	const get = (c: WideColumn) => {
		const i = layout.cols.get(c);
		return i === undefined ? '' : (cells[i] ?? '');
	};
	const codeText = unwrapText(get('ma_tinh'));
	const name = get('ten_tinh').trim();
	const provinceColumn = header[(codeText !== '' ? layout.cols.get('ma_tinh') : layout.cols.get('ten_tinh')) ?? -1] ?? '';
	const total = totalLabel(codeText, name);
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
	const r = sh.resolver.resolve(codeText, name);
	if (!r.ok) pendingProvince(sh, state, r, provinceColumn);
	if (periodText === '') issue(state, 'row', 'missing_period', periodColumn);
	else if (!period) issue(state, 'row', 'bad_period', periodColumn, periodText);
	if (!r.ok || !period || state.issues.some((i) => i.outcome === 'row')) return;
	const place = placeOf(sh, r.province);
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

const SCOPE_RE = /^(province|national)$|^(district|block|region|merged_province):(.*\S.*)$/s;
const YEAR_RE = /^\d{4}$/;

function longRow(sh: Shared, cols: Map<string, number>, header: string[], row: SheetRow, units34: Set<string>, state: RowState): void {
	const { cells, marks } = row;
	const get = (c: string) => {
		const i = cols.get(c);
		return i === undefined ? '' : (cells[i] ?? '').trim();
	};
	const valueIndex = cols.get('value') ?? -1;
	const valueText = get('value');
	const scope = get('scope') || 'province';
	const sm = SCOPE_RE.exec(scope);
	const kind = sm ? (sm[1] ?? sm[2] ?? '') : '';
	const code = unwrapText(get('province_code'));
	const name = get('province');
	const total = kind === 'province' ? totalLabel(code, name) : null;
	if (total !== null) {
		state.total = true;
		issue(state, 'row', 'total_row', name !== '' ? 'province' : 'province_code', total);
		return;
	}
	labelProblems(state, header, [...cols].filter(([c]) => c !== 'value').map(([, i]) => i), marks);
	const v = readValue(sh, state, 'value', cells[valueIndex] ?? '', marks?.[valueIndex]);
	if (!state.hadValue) {
		issue(state, 'row', 'no_value', 'value');
		return;
	}
	// Scope and the province it names.
	if (!sm) issue(state, 'row', 'bad_scope', 'scope', scope);
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

/**
 * Identity of a figure within a file: same key, same source, same sentence (the data check's duplicate key).
 * A quote made from the cell's address is not a sentence: two rows of one key and source then contradict.
 */
function figureKey(c: Candidate): string {
	const f = c.fact;
	return `${f.province_code}\u0000${f.scope}\u0000${f.period_start}\u0000${f.period_end}\u0000${f.indicator}\u0000${f.source_id}\u0000${c.quoted ? f.quote : ''}`;
}

/**
 * Analyse a read file: every row ends imported, empty, a total, skipped or waiting for a decision, and every
 * problem is in the report. Runs again cheaply with another number format or more province decisions.
 */
export function analyseImport(read: ReadImport, ctx: ImportContext, opts: ImportOptions = {}, onProgress?: ProgressFn): ImportResult {
	const { table } = read;
	const report: ReportRow[] = [];
	const fileIssue = (code: ReportCode, column = '', params: Record<string, string> = {}, line = 1) =>
		report.push({ line, column, value: '', outcome: 'file', code, params });
	const indicators = new Map(ctx.indicators.map((i) => [i.id, i]));
	const header = table.header;
	const layout = readHeader(header, indicators);
	const { form, wide } = layout;
	for (const d of layout.duplicates) fileIssue('duplicate_column', header[d.index] ?? '', { first: header[d.first] ?? '' }, read.sheet?.headerLine);

	// Number format: decided by the values that can decide it, unless the user chose. Cells a spreadsheet typed
	// as numbers say nothing about it.
	const valueColumns = form === 'long' ? [layout.long.get('value') ?? -1] : wide.indicators.map((c) => c.index);
	const samples: string[] = [];
	for (const row of table.rows) {
		for (const i of valueColumns) {
			const cell = row.cells[i];
			if (cell && !row.marks?.[i] && /[.,]/.test(cell)) samples.push(cell);
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

	const template = read.sheet?.meta ?? null;
	const era: Units = template?.era ?? opts.era ?? '63';
	const info: ImportFileInfo = {
		format: read.format,
		encoding: read.encoding,
		delimiter: table.delimiter,
		form,
		indicators: form === 'wide' ? wide.indicators.map((c) => c.id) : [],
		sheet: read.sheet ? { name: read.sheet.sheet, headerLine: read.sheet.headerLine, sheets: read.sheet.sheets } : null,
		template,
		era
	};
	const counts: ImportCounts = { rows: table.rows.length, imported: 0, partial: 0, empty: 0, skipped: 0, decision: 0, facts: 0, inBundled: 0, unsourced: 0, totals: 0 };
	const result: ImportResult = { info, locale, preview: [], facts: [], sources: [], report, decisions: [], counts, periods: [] };

	if (read.failure) {
		fileIssue(read.failure.code, '', { message: read.failure.message });
		return result;
	}
	if (header.length === 0 || (header.length === 1 && header[0] === '' && table.rows.length === 0)) {
		fileIssue('empty_file');
		return result;
	}
	if (form === null) {
		fileIssue('unknown_form', '', { columns: header.filter(Boolean).join(', ') }, read.sheet?.headerLine);
		counts.skipped = table.rows.length;
		return result;
	}

	// Columns nobody reads: each one listed with the lines whose values it holds.
	header.forEach((h, i) => {
		if (layout.known.has(i)) return;
		const lines = table.rows.filter((r) => (r.cells[i] ?? '').trim() !== '').map((r) => r.line);
		if (lines.length > 0 || h !== '')
			fileIssue('unknown_column', h, { count: String(lines.length), lines: summariseLines(lines) }, read.sheet?.headerLine);
	});

	const file = opts.file?.normalize('NFC') ?? null;
	const where = file === null ? '' : read.sheet ? `${file} › ${read.sheet.sheet}` : file;
	const sh: Shared = {
		locale: locale.used,
		era,
		provinces: new Map(ctx.provinces.map((p) => [p.code, p])),
		units34: new Map(buildUnits34(ctx.provinces).map((u) => [u.code, u])),
		resolver: new Resolver(eraProvinces(ctx, era), opts.decisions ?? {}),
		sources: new SourceBook(ctx.sources, file, where),
		indicators,
		preview: result.preview,
		suggestions: new Map(),
		number: memo((text) => parseNumber(text, locale.used)),
		period: memo(parsePeriod),
		cellWhere: (column, line) => (file === null ? '' : `${where} › ${cellRef(column, line)}`)
	};
	const syntax = new Map(table.errors.map((e) => [e.line, e.message]));
	const units34 = new Set(sh.units34.keys());
	const seen = new Map<string, Fact[]>();
	const inBundled = figureSet(ctx.facts ?? []);
	const decisions = new Map<string, PendingDecision>();
	/** start × 10000 + end: cheaper than a string per figure. */
	const periods = new Set<number>();
	const longIndicators = new Set<string>();

	table.rows.forEach((row, n) => {
		if (n % PROGRESS_EVERY === 0) onProgress?.({ phase: 'rows', done: n, total: table.rows.length });
		const state: RowState = { line: row.line, issues: [], candidates: [], hadValue: false, pending: false, total: false };
		const message = syntax.get(row.line);
		let extra = false;
		for (let i = header.length; i < row.cells.length && !extra; i++) extra = (row.cells[i] ?? '').trim() !== '';
		if (message !== undefined) issue(state, 'row', 'csv_syntax', '', '', { message });
		else if (extra)
			issue(state, 'row', 'too_many_cells', '', row.cells.slice(header.length).join(table.delimiter || ' '), {
				found: String(row.cells.length),
				expected: String(header.length)
			});
		else if (form === 'wide') wideRow(sh, wide, header, row, state);
		else longRow(sh, layout.long, header, row, units34, state);

		// Duplicates and contradictions within the file.
		const accepted: Candidate[] = [];
		const repeats: { c: Candidate; first: Fact }[] = [];
		for (const c of state.candidates) {
			const key = figureKey(c);
			const earlier = seen.get(key);
			// Same figure again: a duplicate. Another figure of the same key, source and sentence: parts of one
			// figure when the sentence is quoted (as in facts.csv), a contradiction when there is no sentence.
			const first = earlier?.find((f) => sameFigure(f, c.fact)) ?? (c.quoted ? undefined : earlier?.[0]);
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
			if (!c.sourced) counts.unsourced++;
		}
		if (accepted.length > 0) {
			counts.imported++;
			if (state.issues.length > 0) counts.partial++;
		} else if (state.total) counts.totals++;
		else if (state.pending && !state.issues.some((i) => i.outcome === 'row')) counts.decision++;
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
	measure_mismatch: ['importer.issue.measure_mismatch', 'importer.hint.measure_mismatch'],
	workbook_encrypted: ['importer.issue.workbook_encrypted', 'importer.hint.workbook_encrypted'],
	workbook_damaged: ['importer.issue.workbook_damaged', 'importer.hint.workbook_damaged'],
	error_cell: ['importer.issue.error_cell', 'importer.hint.error_cell'],
	date_value: ['importer.issue.date_value', 'importer.hint.date_value'],
	formula_no_value: ['importer.issue.formula_no_value', 'importer.hint.formula_no_value'],
	merged_value: ['importer.issue.merged_value', 'importer.hint.merged_value'],
	total_row: ['importer.issue.total_row', 'importer.hint.total_row']
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
