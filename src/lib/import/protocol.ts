/**
 * Messages between the import dialog (main thread) and parse.worker.ts. One worker reads every file of a round,
 * one at a time; each message about a file carries its id. The bytes are transferred in, never copied; the
 * figures come back in chunks so that no single message costs the page a long task.
 */
import type { ProvinceAlias } from '$lib/core/provinces';
import type { ImportOptions, ImportPhase, ImportResult, ReportRow } from '$lib/core/import-types';
import type { ImportRound, MergeMode } from '$lib/core/imported';
import type { RoundSummary } from '$lib/core/import-round';
import type { PackedFacts } from '$lib/core/fact-pack';
import type { Fact, Indicator, Lang, Province, Source } from '$lib/core/types';

/**
 * Figures per `facts` message (and per IndexedDB record): small enough that unpacking one (each figure now
 * carries its file and cell as its quote) stays a few milliseconds on a quick machine, well under a 50 ms task on
 * a slow one (PERFORMANCE.md).
 */
export const FACT_CHUNK = 1000;
/** Report rows sent for display; the whole report is downloaded as CSV from the worker. */
export const REPORT_HEAD = 200;

export interface WorkerContext {
	provinces: Province[];
	aliases: ProvinceAlias[];
	indicators: Indicator[];
	sources: Source[];
	facts: Fact[];
}

/** What the dialog shows of a file before confirming: everything but the figures and the full report. */
export type ImportSummary = Omit<ImportResult, 'facts' | 'report'> & {
	reportHead: ReportRow[];
	reportTotal: number;
};

/** A file's options: those of the analysis, and the sheet the user chose. */
export type FileOptions = Omit<ImportOptions, 'file'> & { sheet?: string };

export type ToWorker =
	| { type: 'context'; context: WorkerContext }
	| { type: 'add'; id: string; name: string; buffer: ArrayBuffer; options: FileOptions }
	| { type: 'rerun'; id: string; options: FileOptions }
	| { type: 'drop'; id: string }
	/** Summarise the round (sent when no file is left to read: once per round, not once per file). */
	| { type: 'round' }
	| { type: 'report'; id: string; lang: Lang }
	| { type: 'commit'; ids: string[]; file: string; importedAt: string; mode: MergeMode };

export type FromWorker =
	| { type: 'progress'; id: string | null; phase: ImportPhase | 'commit'; done: number; total: number }
	| { type: 'analysed'; id: string; summary: ImportSummary }
	/** The round's summary over every file analysed so far; null when there is none. */
	| { type: 'round'; round: RoundSummary | null }
	| { type: 'report'; id: string; csv: string }
	/** A chunk of the figures, packed (../core/fact-pack.ts). */
	| { type: 'facts'; facts: PackedFacts }
	/** Sent after the last `facts` chunk; `storeError` when the browser refused to keep the data. */
	| { type: 'committed'; sources: Source[]; round: ImportRound; storeError: string | null }
	| { type: 'error'; id: string | null; message: string };
