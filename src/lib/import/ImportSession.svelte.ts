/**
 * One import round, from the chosen files to the data in view: one or many files (a central office's provincial
 * returns), read one after another by parse.worker.ts, each with its own progress, report, number format,
 * province decisions and sheet; the worker's summary over all of them; and on confirm the figures of every file
 * (replacing or merged with the bundled data) put into the app. ImportDialog.svelte draws it.
 *
 * Nothing lost, per file: a file that cannot be read says why and the others go on; removing a file while it
 * is being read stops the worker at once and reads the other files again in a new one.
 */
import { MAX_IMPORT_BYTES } from '$lib/core/import-types';
import type { RoundSummary } from '$lib/core/import-round';
import { unpackFacts } from '$lib/core/fact-pack';
import { combineTables, type ImportRound, type MergeMode } from '$lib/core/imported';
// Its texts come with it, not with the page.
import '$lib/i18n/messages/importer';
import { formatNumber } from '$lib/core/format';
import type { Era } from '$lib/core/era';
import type { NumberLocale } from '$lib/core/numbers';
import type { ProvinceAlias } from '$lib/core/provinces';
import type { Fact, Source } from '$lib/core/types';
import { loadAliases } from '$lib/data/bundled';
import type { AppState } from '$lib/state/app.svelte';
import { downloadText } from '$lib/ui/download';
import type { FileOptions, FromWorker, ImportSummary, ToWorker } from './protocol';
import { showData } from './show-data';
import { clearImport } from '$lib/state/import-store';
import '$lib/i18n/messages/importer-round';

export type FileStatus = 'waiting' | 'reading' | 'review' | 'failed';
export type SessionStatus = 'idle' | 'active' | 'committing' | 'done';
type Progress = Extract<FromWorker, { type: 'progress' }>;

const MB = 1024 * 1024;

/** One file of the round. */
export class ImportFile {
	status = $state<FileStatus>('waiting');
	progress = $state.raw<Progress | null>(null);
	summary = $state.raw<ImportSummary | null>(null);
	error = $state<string | null>(null);
	/** The number format the user chose; null = as detected. */
	locale = $state<NumberLocale | null>(null);
	/** The era the user chose to read the provinces in; null = from the template's marker or the rows. */
	era = $state<Era | null>(null);
	decisions = $state.raw<Record<string, string>>({});
	/** The sheet the user chose; null = the one the importer recognised. */
	sheet = $state<string | null>(null);

	constructor(
		readonly id: string,
		/** Its name in this round (a second file of the same name gets " (2)"). */
		readonly name: string,
		readonly file: File
	) {}

	options(): FileOptions {
		return {
			...(this.locale ? { locale: this.locale } : {}),
			...(this.sheet !== null ? { sheet: this.sheet } : {}),
			...(this.era ? { era: this.era } : {}),
			decisions: this.decisions
		};
	}
}

export class ImportSession {
	files = $state.raw<ImportFile[]>([]);
	round = $state.raw<RoundSummary | null>(null);
	committing = $state(false);
	done = $state(false);
	/** Commit progress. */
	progress = $state.raw<Progress | null>(null);
	/** A problem to show (already in the current language). */
	error = $state<string | null>(null);
	/** A note (cancelled; the browser refused to keep the data). */
	notice = $state<string | null>(null);
	mode = $state<MergeMode>('replace');

	private worker: Worker | null = null;
	private facts: Fact[][] = [];
	private importedAt = '';
	private next = 0;
	private aliases: Promise<ProvinceAlias[]> | null = null;

	/** `app` is read through a getter so that a component can pass its (reactive) prop. */
	constructor(private readonly appRef: () => AppState) {}

	private get app(): AppState {
		return this.appRef();
	}

	get status(): SessionStatus {
		if (this.committing) return 'committing';
		if (this.done) return 'done';
		return this.files.length > 0 ? 'active' : 'idle';
	}

	/** Files still waiting or being read. */
	get busy(): boolean {
		return this.files.some((f) => f.status === 'waiting' || f.status === 'reading');
	}

	/** Files whose figures a confirm would use. */
	get ready(): ImportFile[] {
		return this.files.filter((f) => f.status === 'review' && (f.summary?.counts.facts ?? 0) > 0);
	}

	/** Add files (picker or drop). Files over the size limit are refused before reading. */
	add(list: Iterable<File>): void {
		if (this.done) this.reset();
		this.error = null;
		this.notice = null;
		const refused: string[] = [];
		const added: ImportFile[] = [];
		const names = new Set(this.files.map((f) => f.name));
		for (const file of list) {
			if (file.size > MAX_IMPORT_BYTES) {
				refused.push(
					this.app.t('importer.tooLarge', {
						file: file.name,
						size: formatNumber(file.size / MB, this.app.lang, { digits: 1 }),
						limit: MAX_IMPORT_BYTES / MB
					})
				);
				continue;
			}
			const base = file.name.normalize('NFC');
			let name = base;
			for (let k = 2; names.has(name); k++) name = `${base} (${k})`;
			names.add(name);
			added.push(new ImportFile(`f${++this.next}`, name, file));
		}
		if (refused.length > 0) this.error = refused.join(' ');
		if (added.length === 0) return;
		this.files = [...this.files, ...added];
		// The summary covers every file: it comes again once the new ones are read.
		this.round = null;
		this.pump();
	}

	/** Stop everything: the worker is terminated at once, whatever it was doing, and the round forgotten. */
	cancel(): void {
		const wasReading = this.busy;
		this.stop();
		this.reset();
		if (wasReading) this.notice = this.app.t('importer.cancelled');
	}

	/** Take one file out of the round; if it is being read, the worker stops and the others are read again. */
	remove(id: string): void {
		const file = this.files.find((f) => f.id === id);
		if (!file) return;
		this.files = this.files.filter((f) => f !== file);
		if (file.status === 'reading') {
			this.stop();
			for (const f of this.files) if (f.status === 'review') f.status = 'waiting';
			this.round = null;
		} else if (this.worker) this.send({ type: 'drop', id });
		if (this.files.length <= 1) this.round = null;
		this.pump();
	}

	/** Read a file's numbers in another format (its preview and counts are recomputed). */
	setLocale(file: ImportFile, locale: NumberLocale): void {
		file.locale = locale;
		this.rerun(file);
	}

	/**
	 * Read a file's provinces as the 63 or the 34 (codes and names are read again; decisions taken in the other
	 * era named its provinces, so they are dropped).
	 */
	setEra(file: ImportFile, era: Era): void {
		file.era = era;
		file.decisions = {};
		this.rerun(file);
	}

	/** Accept a province for a file's rows whose province text was not recognised. */
	decide(file: ImportFile, key: string, code: string): void {
		file.decisions = { ...file.decisions, [key]: code };
		this.rerun(file);
	}

	/** Read a workbook's figures from another sheet. */
	setSheet(file: ImportFile, sheet: string): void {
		file.sheet = sheet;
		this.rerun(file);
	}

	downloadReport(file: ImportFile): void {
		this.send({ type: 'report', id: file.id, lang: this.app.lang });
	}

	/** Put the figures of every file into the app (and this browser's storage), replacing or merged with the bundled data. */
	commit(): void {
		const ready = this.ready;
		if (this.busy || this.committing || ready.length === 0) return;
		this.committing = true;
		this.facts = [];
		this.importedAt = new Date().toISOString();
		const file = ready.length === 1 ? (ready[0]?.name ?? '') : ready.map((f) => f.name).join(', ');
		this.send({ type: 'commit', ids: ready.map((f) => f.id), file, importedAt: this.importedAt, mode: this.mode });
	}

	/** Close: stop any work and forget this round. */
	dispose(): void {
		this.stop();
		this.reset();
	}

	/** The worker, created with the round's context on first use. */
	private async ensureWorker(): Promise<Worker | null> {
		if (this.worker) return this.worker;
		const bundled = this.app.bundled;
		if (!bundled) return null;
		this.aliases ??= loadAliases();
		const aliases = await this.aliases;
		if (this.worker) return this.worker;
		const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (e: MessageEvent<FromWorker>) => this.receive(e.data);
		worker.onerror = (e) => this.failAll(this.app.t('importer.failed', { message: e.message || 'worker' }));
		this.worker = worker;
		const { provinces, indicators, sources, facts } = bundled;
		this.send({ type: 'context', context: { provinces, aliases, indicators, sources, facts } });
		return worker;
	}

	/** Start reading the next waiting file, when none is being read; when none is left, ask for the round's summary. */
	private pump(): void {
		if (this.files.some((f) => f.status === 'reading')) return;
		const file = this.files.find((f) => f.status === 'waiting');
		if (!file) {
			if (this.files.length > 1) this.send({ type: 'round' });
			return;
		}
		file.status = 'reading';
		file.progress = { type: 'progress', id: file.id, phase: 'decode', done: 0, total: 1 };
		void this.read(file);
	}

	private async read(file: ImportFile): Promise<void> {
		let buffer: ArrayBuffer;
		try {
			const [bytes, worker] = await Promise.all([file.file.arrayBuffer(), this.ensureWorker()]);
			if (!worker) throw new Error('no data');
			buffer = bytes;
		} catch (e) {
			this.failFile(file, this.app.t('importer.notCsv', { file: file.name, message: e instanceof Error ? e.message : String(e) }));
			return;
		}
		// Removed, or the round cancelled, meanwhile.
		if (!this.files.includes(file) || file.status !== 'reading') return;
		this.send({ type: 'add', id: file.id, name: file.name, buffer, options: file.options() }, [buffer]);
	}

	private rerun(file: ImportFile): void {
		if (!this.worker || file.status !== 'review') return;
		file.status = 'reading';
		this.send({ type: 'rerun', id: file.id, options: file.options() });
	}

	private send(msg: ToWorker, transfer: Transferable[] = []): void {
		this.worker?.postMessage(msg, transfer);
	}

	private fileById(id: string | null): ImportFile | undefined {
		return id === null ? undefined : this.files.find((f) => f.id === id);
	}

	private receive(msg: FromWorker): void {
		switch (msg.type) {
			case 'progress': {
				const file = this.fileById(msg.id);
				if (file) file.progress = msg;
				else if (msg.id === null) this.progress = msg;
				break;
			}
			case 'analysed': {
				const file = this.fileById(msg.id);
				if (!file) break;
				file.summary = msg.summary;
				file.status = 'review';
				this.pump();
				break;
			}
			case 'round':
				this.round = msg.round;
				break;
			case 'report': {
				const file = this.fileById(msg.id);
				if (file) downloadText(`${file.name.replace(/\.[^.]*$/, '')}-report.csv`, msg.csv, 'text/csv;charset=utf-8');
				break;
			}
			case 'facts':
				this.facts.push(unpackFacts(msg.facts));
				break;
			case 'committed':
				void this.finish(msg.sources, msg.round, msg.storeError);
				break;
			case 'error': {
				const file = this.fileById(msg.id);
				if (file) this.failFile(file, this.app.t('round.fileFailed', { file: file.name, message: msg.message }));
				else this.failAll(this.app.t('importer.failed', { message: msg.message }));
				break;
			}
		}
	}

	private async finish(sources: Source[], round: ImportRound, storeError: string | null): Promise<void> {
		const bundled = this.app.bundled;
		const file = round.files.length === 1 ? (round.files[0] ?? '') : round.files.join(', ');
		this.stop();
		if (!bundled) return;
		const facts = ([] as Fact[]).concat(...this.facts);
		this.facts = [];
		const tables = combineTables({ bundled, imported: { facts, sources }, mode: this.mode });
		await showData(this.app, tables, { kind: 'imported', file, importedAt: this.importedAt, mode: this.mode, round });
		if (storeError !== null) {
			this.notice = this.app.t('importer.storeFailed', { message: storeError });
			// Nothing half-kept: a reload must show either this import or the bundled data.
			void clearImport().catch(() => undefined);
		}
		this.committing = false;
		this.done = true;
	}

	private failFile(file: ImportFile, message: string): void {
		file.status = 'failed';
		file.error = message;
		file.progress = null;
		this.pump();
	}

	private failAll(message: string): void {
		this.stop();
		this.committing = false;
		for (const f of this.files) if (f.status !== 'review') this.failFile(f, message);
		this.error = message;
	}

	private stop(): void {
		this.worker?.terminate();
		this.worker = null;
	}

	private reset(): void {
		this.files = [];
		this.round = null;
		this.committing = false;
		this.done = false;
		this.progress = null;
		this.error = null;
		this.notice = null;
		this.facts = [];
	}
}
