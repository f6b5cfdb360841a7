/**
 * The import's module worker: reads each file of a round off the main thread — CSV decoded and parsed, a
 * workbook read with SheetJS (loaded only when the first workbook comes) — analyses it with the core's pure
 * import.ts, reports progress, keeps every file's result for re-runs (number format, province decisions, another
 * sheet) and the round's summary, and on commit stores the import in IndexedDB and posts the figures back in
 * chunks. Created by ImportSession with `new Worker(new URL('./parse.worker.ts', import.meta.url), { type:
 * 'module' })`; cancelling terminates it. Messages are handled one after another, in the order they came.
 */
import { analyseImport } from '$lib/core/import';
import { isWorkbookBytes, readImport, readWorkbookImport, withSheet } from '$lib/core/import-read';
import { reportCsv } from '$lib/core/import-report';
import type { ImportResult, ProgressFn, ReadImport } from '$lib/core/import-types';
import { roundRecord, summariseRound } from '$lib/core/import-round';
import { packFacts, type PackedFacts } from '$lib/core/fact-pack';
import { withoutRepeats } from '$lib/core/imported';
import { saveImport } from '$lib/state/import-store';
import { FACT_CHUNK, REPORT_HEAD, type FileOptions, type FromWorker, type ToWorker, type WorkerContext } from './protocol';

/** The worker global, typed locally: the "webworker" lib cannot be mixed with "dom" in one program. */
const scope = self as unknown as {
	postMessage(msg: FromWorker): void;
	onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
};

interface FileState {
	name: string;
	read: ReadImport;
	result: ImportResult;
}

let context: WorkerContext | null = null;
const files = new Map<string, FileState>();

function post(msg: FromWorker): void {
	scope.postMessage(msg);
}

function progressOf(id: string): ProgressFn {
	return (p) => post({ type: 'progress', id, ...p });
}

function analyse(id: string, name: string, read: ReadImport, options: FileOptions): void {
	if (!context) throw new Error('no context');
	const { sheet: _sheet, ...opts } = options;
	const result = analyseImport(read, context, { ...opts, file: name }, progressOf(id));
	files.set(id, { name, read, result });
	const { facts: _facts, report, ...rest } = result;
	post({ type: 'analysed', id, summary: { ...rest, reportHead: report.slice(0, REPORT_HEAD), reportTotal: report.length } });
}

function postRound(): void {
	if (!context) return;
	const inputs = [...files].map(([id, f]) => ({ id, name: f.name, result: f.result }));
	post({ type: 'round', round: inputs.length > 0 ? summariseRound(inputs, context.provinces) : null });
}

async function add(id: string, name: string, buffer: ArrayBuffer, options: FileOptions): Promise<void> {
	if (!context) throw new Error('no context');
	const bytes = new Uint8Array(buffer);
	const read = isWorkbookBytes(bytes)
		? await readWorkbookImport(bytes, context.indicators, options.sheet, progressOf(id))
		: readImport(bytes, progressOf(id));
	analyse(id, name, read, options);
}

async function rerun(id: string, options: FileOptions): Promise<void> {
	const f = files.get(id);
	if (!f || !context) return;
	const read =
		options.sheet !== undefined && options.sheet !== f.read.sheet?.sheet
			? await withSheet(f.read, context.indicators, options.sheet, progressOf(id))
			: f.read;
	analyse(id, f.name, read, options);
}

async function commit(ids: string[], file: string, importedAt: string, mode: 'replace' | 'merge'): Promise<void> {
	const chosen = ids.flatMap((id) => files.get(id) ?? []);
	if (chosen.length === 0) throw new Error('nothing to commit');
	const { facts } = withoutRepeats(chosen.map((f) => f.result.facts));
	const sources = [...new Map(chosen.flatMap((f) => f.result.sources).map((s) => [s.source_id, s])).values()];
	const round = roundRecord(chosen);
	post({ type: 'progress', id: null, phase: 'commit', done: 0, total: facts.length });
	// The figures travel to the page, then the browser writes the same packed chunks to storage; the page switches
	// to them only on `committed`, sent once the store has answered, so it never shows data that a reload would
	// lose without saying so.
	const chunks: PackedFacts[] = [];
	for (let i = 0; i < facts.length; i += FACT_CHUNK) {
		const chunk = packFacts(facts.slice(i, i + FACT_CHUNK));
		chunks.push(chunk);
		post({ type: 'facts', facts: chunk });
		post({ type: 'progress', id: null, phase: 'commit', done: Math.min(facts.length, i + FACT_CHUNK), total: facts.length });
	}
	const stored = saveImport({ file, importedAt, mode, sources, round }, chunks).then(
		() => null,
		(e: unknown) => (e instanceof Error ? e.message : String(e))
	);
	post({ type: 'committed', sources, round, storeError: await stored });
}

async function handle(msg: ToWorker): Promise<void> {
	const id = 'id' in msg ? msg.id : null;
	try {
		if (msg.type === 'context') context = msg.context;
		else if (msg.type === 'add') await add(msg.id, msg.name, msg.buffer, msg.options);
		else if (msg.type === 'rerun') await rerun(msg.id, msg.options);
		else if (msg.type === 'drop') files.delete(msg.id);
		else if (msg.type === 'round') postRound();
		else if (msg.type === 'report') post({ type: 'report', id: msg.id, csv: reportCsv(files.get(msg.id)?.result.report ?? [], msg.lang) });
		else await commit(msg.ids, msg.file, msg.importedAt, msg.mode);
	} catch (err) {
		post({ type: 'error', id, message: err instanceof Error ? err.message : String(err) });
	}
}

let queue: Promise<void> = Promise.resolve();
scope.onmessage = (e: MessageEvent<ToWorker>) => {
	queue = queue.then(() => handle(e.data));
};
