/**
 * Messages between the import dialog (main thread) and parse.worker.ts. The file's bytes are transferred in,
 * never copied; the figures come back in chunks so that no single message costs the page a long task.
 */
import type { ProvinceAlias } from '$lib/core/provinces';
import type { ImportOptions, ImportPhase, ImportResult, ReportRow } from '$lib/core/import';
import type { MergeMode } from '$lib/core/imported';
import type { Fact, Indicator, Lang, Province, Source } from '$lib/core/types';

/**
 * Figures per `facts` message (and per IndexedDB record): each costs the receiver about 5 ms to unpack on a quick
 * machine, so that a slow one stays well under a 50 ms task (issue 7).
 */
export const FACT_CHUNK = 2500;
/** Report rows sent for display; the whole report is downloaded as CSV from the worker. */
export const REPORT_HEAD = 200;

export interface WorkerContext {
	provinces: Province[];
	aliases: ProvinceAlias[];
	indicators: Indicator[];
	sources: Source[];
	facts: Fact[];
}

/** What the dialog shows before confirming: everything but the figures and the full report. */
export type ImportSummary = Omit<ImportResult, 'facts' | 'report'> & {
	reportHead: ReportRow[];
	reportTotal: number;
};

export type ToWorker =
	| { type: 'start'; buffer: ArrayBuffer; context: WorkerContext; options: ImportOptions }
	| { type: 'rerun'; options: ImportOptions }
	| { type: 'report'; lang: Lang }
	| { type: 'commit'; file: string; importedAt: string; mode: MergeMode };

export type FromWorker =
	| { type: 'progress'; phase: ImportPhase | 'commit'; done: number; total: number }
	| { type: 'analysed'; summary: ImportSummary }
	| { type: 'report'; csv: string }
	| { type: 'facts'; facts: Fact[] }
	/** Sent after the last `facts` chunk; `storeError` when the browser refused to keep the data. */
	| { type: 'committed'; sources: Source[]; storeError: string | null }
	| { type: 'error'; message: string };
