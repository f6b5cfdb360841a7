/**
 * What an import is given (the bundled tables it reads against, the user's choices) and what it gives back (the
 * figures, the row-by-row report, counts and how the file was read) — shared by the reading (./import-read.ts),
 * the analysis (./import.ts) and the worker that runs them.
 */
import type { CsvTable } from './csv';
import type { TextEncodingName } from './decode';
import type { ImportEra } from './import-era';
import type { SheetInfo, SheetRow, SheetTable } from './import-sheet';
import type { NumberLocale } from './numbers';
import type { ProvinceAlias } from './provinces';
import type { Units } from './select';
import type { TemplateMeta } from './template-meta';
import type { Fact, Indicator, Province, Qualifier, Source } from './types';
import type { Workbook, WorkbookFormat } from './workbook';

/** Files larger than this are refused before they are read (a 100,000-row long form is about 8 MB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

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
	/**
	 * The era to read the file's provinces in (the user's choice); when absent, the template's marker (a CSV
	 * template's code column, a workbook template's hidden sheet) or what the rows say (./import-era.ts).
	 */
	era?: Units;
}

export type ImportForm = 'wide' | 'long';

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
	| 'era_mismatch'
	| 'other_era_province'
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
	/** The era the provinces were read in, and why (./import-era.ts). */
	era: ImportEra;
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
