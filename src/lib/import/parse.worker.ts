/**
 * The import's module worker: decodes, parses and analyses the file off the main thread (the core's pure
 * import.ts), reports progress, keeps the result for re-runs (number format, province decisions) and, on
 * commit, stores the import in IndexedDB and posts the figures back in chunks. Created by ImportSession
 * with `new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' })`; cancelling
 * terminates it.
 */
import {
	analyseImport,
	readImport,
	reportCsv,
	type ImportOptions,
	type ImportResult,
	type ReadImport
} from '$lib/core/import';
import { saveImport } from './store';
import { FACT_CHUNK, REPORT_HEAD, type FromWorker, type ToWorker, type WorkerContext } from './protocol';

/** The worker global, typed locally: the "webworker" lib cannot be mixed with "dom" in one program. */
const scope = self as unknown as {
	postMessage(msg: FromWorker): void;
	onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
};

let read: ReadImport | null = null;
let context: WorkerContext | null = null;
let result: ImportResult | null = null;

function post(msg: FromWorker): void {
	scope.postMessage(msg);
}

function analyse(options: ImportOptions): void {
	if (!read || !context) throw new Error('no file');
	result = analyseImport(read, context, options, (p) => post({ type: 'progress', ...p }));
	const { facts: _facts, report, ...rest } = result;
	post({ type: 'analysed', summary: { ...rest, reportHead: report.slice(0, REPORT_HEAD), reportTotal: report.length } });
}

async function commit(file: string, importedAt: string, mode: 'replace' | 'merge'): Promise<void> {
	if (!result) throw new Error('nothing to commit');
	const { facts, sources } = result;
	post({ type: 'progress', phase: 'commit', done: 0, total: facts.length });
	// The figures travel to the page while the browser writes them to storage; the page switches to them only on
	// `committed`, sent once the store has answered, so it never shows data that a reload would lose without
	// saying so.
	const stored = saveImport({ file, importedAt, mode, sources, facts }, FACT_CHUNK).then(
		() => null,
		(e: unknown) => (e instanceof Error ? e.message : String(e))
	);
	for (let i = 0; i < facts.length; i += FACT_CHUNK) {
		post({ type: 'facts', facts: facts.slice(i, i + FACT_CHUNK) });
		post({ type: 'progress', phase: 'commit', done: Math.min(facts.length, i + FACT_CHUNK), total: facts.length });
	}
	post({ type: 'committed', sources, storeError: await stored });
}

scope.onmessage = async (e: MessageEvent<ToWorker>) => {
	const msg = e.data;
	try {
		if (msg.type === 'start') {
			context = msg.context;
			read = readImport(new Uint8Array(msg.buffer), (p) => post({ type: 'progress', ...p }));
			analyse(msg.options);
		} else if (msg.type === 'rerun') analyse(msg.options);
		else if (msg.type === 'report') post({ type: 'report', csv: reportCsv(result?.report ?? [], msg.lang) });
		else if (msg.type === 'commit') await commit(msg.file, msg.importedAt, msg.mode);
	} catch (err) {
		post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
	}
};
