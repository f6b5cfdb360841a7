/**
 * In-browser import: the bytes of a CSV exported from Excel → typed facts plus a report in which
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
import { detectNumberLocale, parseNumber } from './numbers';
import { readHeader, unwrapText, type WideLayout } from './import-header';
import { EraLookup, eraOfMarker, inferImportEra, type EraRow, type ImportEra } from './import-era';
import { readImport } from './import-read';
import { Resolver } from './import-resolve';
import { issue, longRow, memo, totalText, wideRow, type Candidate, type RowState, type Shared } from './import-rows';
import { SourceBook } from './import-sources';
import type {
	ImportContext,
	ImportCounts,
	ImportFileInfo,
	ImportLocale,
	ImportOptions,
	ImportResult,
	ImportTable,
	PendingDecision,
	ProgressFn,
	ReadImport,
	ReportCode,
	ReportRow
} from './import-types';
import { factKey } from './fact-rules';
import { figureSet, sameFigure } from './imported';
// Its texts come with it, not with the page.
import '../i18n/messages/importer';
import { parsePeriod, periodKey } from './period';
import type { Fact } from './types';
import { cellRef } from './cell-ref';

/** Values looked at to detect the number format: only values with `.` or `,` can decide it. */
const LOCALE_SAMPLES = 5000;
/** Progress is reported every this many rows. */
const PROGRESS_EVERY = 5000;

/** Read and analyse in one go (tests, small files). */
export function importBytes(bytes: Uint8Array, ctx: ImportContext, opts: ImportOptions = {}): ImportResult {
	return analyseImport(readImport(bytes), ctx, opts);
}

/**
 * Identity of a figure within a file: same key, same source, same sentence (the data check's duplicate key).
 * A quote made from the cell's address is not a sentence: two rows of one key and source then contradict.
 */
function figureKey(c: Candidate): string {
	return factKey(c.fact, c.quoted ? c.fact.quote : '');
}

/**
 * Analyse a read file: every row ends imported, empty, a total, skipped or waiting for a decision, and every
 * problem is in the report. Runs again cheaply with another number format or more province decisions.
 */
// eslint-disable-next-line max-lines-per-function -- the steps of one analysis in the order the user's report lists them (header, rows, totals, decisions), all adding to the one result being built.
export function analyseImport(read: ReadImport, ctx: ImportContext, opts: ImportOptions = {}, onProgress?: ProgressFn): ImportResult {
	const { table } = read;
	const report: ReportRow[] = [];
	const fileIssue = (code: ReportCode, column = '', params: Record<string, string> = {}, line = 1) =>
		report.push({ line, column, value: '', outcome: 'file', code, params });
	const indicators = new Map(ctx.indicators.map((i) => [i.id, i]));
	const header = table.header;
	const layout = readHeader(header, indicators);
	const { form, wide } = layout;
	for (const d of layout.duplicates)
		fileIssue('duplicate_column', header[d.index] ?? '', { first: header[d.first] ?? '' }, read.sheet?.headerLine);

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
	// The long form's rows each say their era by their scope; the wide form is read in one (./import-era.ts).
	const lookup = new EraLookup(ctx.provinces, ctx.aliases);
	const era: ImportEra =
		form === 'wide'
			? wideEra(table, wide, lookup, template?.era ?? null, opts.era)
			: { used: '63', detected: '63', basis: form === 'long' ? 'scope' : 'none', decided: form === 'long', clues: [] };
	const info: ImportFileInfo = {
		format: read.format,
		encoding: read.encoding,
		delimiter: table.delimiter,
		form,
		indicators: form === 'wide' ? wide.indicators.map((c) => c.id) : [],
		sheet: read.sheet ? { name: read.sheet.sheet, headerLine: read.sheet.headerLine, sheets: read.sheet.sheets } : null,
		template
	};
	const counts: ImportCounts = {
		rows: table.rows.length,
		imported: 0,
		partial: 0,
		empty: 0,
		skipped: 0,
		decision: 0,
		facts: 0,
		inBundled: 0,
		unsourced: 0,
		totals: 0
	};
	const result: ImportResult = { info, locale, era, preview: [], facts: [], sources: [], report, decisions: [], counts, periods: [] };

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
		era: era.used,
		provinces: new Map(ctx.provinces.map((p) => [p.code, p])),
		resolver: new Resolver(lookup, opts.decisions ?? {}),
		sources: new SourceBook(ctx.sources, file, where),
		indicators,
		preview: result.preview,
		suggestions: new Map(),
		number: memo((text) => parseNumber(text, locale.used)),
		period: memo(parsePeriod),
		total: memo(totalText),
		cellWhere: (column, line) => (file === null ? '' : `${where} › ${cellRef(column, line)}`)
	};
	const syntax = new Map(table.errors.map((e) => [e.line, e.message]));
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
		else longRow(sh, layout.long, header, row, state);

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
			repeats.length > 0 &&
			accepted.length === 0 &&
			repeats.every((r) => r.first.line === repeats[0]?.first.line && sameFigure(r.c.fact, r.first));
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

/**
 * The wide form's era: the user's choice, the marker (the template's code column, or a workbook template's hidden
 * sheet), or its rows.
 */
function wideEra(
	table: ImportTable,
	layout: WideLayout,
	lookup: EraLookup,
	bookMarker: ImportEra['used'] | null,
	chosen: ImportEra['used'] | undefined
): ImportEra {
	const codeCol = layout.cols.get('ma_tinh');
	const nameCol = layout.cols.get('ten_tinh');
	const periodCol = layout.cols.get('giai_doan');
	const markerId = /\(([a-z][a-z0-9_]*)\)\s*$/.exec(table.header[codeCol ?? -1] ?? '')?.[1] ?? '';
	const marker = bookMarker ?? eraOfMarker(markerId);
	function* rows(): Generator<EraRow> {
		for (const r of table.rows) {
			const periodText = (r.cells[periodCol ?? -1] ?? '').trim();
			yield {
				line: r.line,
				code: unwrapText(r.cells[codeCol ?? -1] ?? ''),
				name: (r.cells[nameCol ?? -1] ?? '').trim(),
				period: parsePeriod(periodText),
				periodText
			};
		}
	}
	return inferImportEra(rows(), lookup, marker, chosen);
}

/** "3, 5, 7 … (12 lines)" for messages about many lines. */
function summariseLines(lines: number[]): string {
	const head = lines.slice(0, 10).join(', ');
	return lines.length > 10 ? `${head}, …` : head;
}
