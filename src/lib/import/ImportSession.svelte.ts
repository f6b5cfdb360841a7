/**
 * One import, from the chosen file to the data in view: runs parse.worker.ts, follows its progress, re-runs it
 * when the user changes the number format or accepts a province, downloads the report, and on confirm puts the
 * imported figures (replacing or merged with the bundled data) into the app. ImportDialog.svelte draws it.
 */
import { MAX_IMPORT_BYTES, type ImportOptions } from '$lib/core/import';
import { combineTables, type MergeMode } from '$lib/core/imported';
// Its texts come with it, not with the page.
import '$lib/i18n/messages/importer';
import { formatNumber } from '$lib/core/format';
import type { NumberLocale } from '$lib/core/numbers';
import type { ProvinceAlias } from '$lib/core/provinces';
import type { Fact, Source } from '$lib/core/types';
import { loadAliases } from '$lib/data/bundled';
import type { AppState } from '$lib/state/app.svelte';
import { downloadText } from '$lib/ui/download';
import type { FromWorker, ImportSummary, ToWorker } from './protocol';
import { showData } from './show-data';
import { clearImport } from './store';

export type SessionStatus = 'idle' | 'reading' | 'review' | 'committing' | 'done';

const MB = 1024 * 1024;

export class ImportSession {
	status = $state<SessionStatus>('idle');
	fileName = $state('');
	progress = $state.raw<Extract<FromWorker, { type: 'progress' }> | null>(null);
	summary = $state.raw<ImportSummary | null>(null);
	/** A problem to show (already in the current language). */
	error = $state<string | null>(null);
	/** A note after committing (e.g. the browser refused to keep the data). */
	notice = $state<string | null>(null);
	mode = $state<MergeMode>('replace');
	/** The number format the user chose; null = as detected. */
	locale = $state<NumberLocale | null>(null);
	decisions = $state.raw<Record<string, string>>({});

	private worker: Worker | null = null;
	private facts: Fact[][] = [];
	private importedAt = '';
	/** Counts `start` calls: a file chosen while another is still being read wins. */
	private run = 0;

	/** `app` is read through a getter so that a component can pass its (reactive) prop. */
	constructor(private readonly appRef: () => AppState) {}

	private get app(): AppState {
		return this.appRef();
	}

	/** Read a file (picker or drop). Files over the size limit are refused before reading. */
	async start(file: File): Promise<void> {
		const run = ++this.run;
		this.stop();
		this.reset();
		this.fileName = file.name;
		if (file.size > MAX_IMPORT_BYTES) {
			this.error = this.app.t('importer.tooLarge', {
				file: file.name,
				size: formatNumber(file.size / MB, this.app.lang, { digits: 1 }),
				limit: MAX_IMPORT_BYTES / MB
			});
			return;
		}
		const bundled = this.app.bundled;
		if (!bundled) return;
		this.status = 'reading';
		this.progress = { type: 'progress', phase: 'decode', done: 0, total: 1 };
		let buffer: ArrayBuffer;
		let aliases: ProvinceAlias[];
		try {
			[buffer, aliases] = await Promise.all([file.arrayBuffer(), loadAliases()]);
		} catch (e) {
			this.fail(this.app.t('importer.notCsv', { file: file.name, message: e instanceof Error ? e.message : String(e) }));
			return;
		}
		if (run !== this.run || this.status !== 'reading') return; // cancelled, or another file chosen, meanwhile
		let worker: Worker;
		try {
			worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
		} catch (e) {
			this.fail(this.app.t('importer.failed', { message: e instanceof Error ? e.message : String(e) }));
			return;
		}
		worker.onmessage = (e: MessageEvent<FromWorker>) => this.receive(e.data);
		worker.onerror = (e) => this.fail(this.app.t('importer.failed', { message: e.message || 'worker' }));
		this.worker = worker;
		const { provinces, indicators, sources, facts } = bundled;
		this.send({ type: 'start', buffer, context: { provinces, aliases, indicators, sources, facts }, options: this.options() }, [buffer]);
	}

	/** Stop reading: the worker is terminated at once, whatever it was doing. */
	cancel(): void {
		const wasReading = this.status === 'reading';
		this.stop();
		this.reset();
		if (wasReading) this.notice = this.app.t('importer.cancelled');
	}

	/** Read the numbers in another format (the preview and counts are recomputed). */
	setLocale(locale: NumberLocale): void {
		this.locale = locale;
		this.rerun();
	}

	/** Accept a province for rows whose province text was not recognised. */
	decide(key: string, code: string): void {
		this.decisions = { ...this.decisions, [key]: code };
		this.rerun();
	}

	downloadReport(): void {
		this.send({ type: 'report', lang: this.app.lang });
	}

	/** Put the figures into the app (and this browser's storage), replacing or merged with the bundled data. */
	commit(): void {
		if (this.status !== 'review' || !this.summary || this.summary.counts.facts === 0) return;
		this.status = 'committing';
		this.facts = [];
		this.importedAt = new Date().toISOString();
		this.send({ type: 'commit', file: this.fileName, importedAt: this.importedAt, mode: this.mode });
	}

	/** Close: stop any work and forget this import's state. */
	dispose(): void {
		this.stop();
		this.reset();
	}

	private options(): ImportOptions {
		return { ...(this.locale ? { locale: this.locale } : {}), decisions: this.decisions };
	}

	private rerun(): void {
		if (!this.worker || this.status !== 'review') return;
		this.status = 'reading';
		this.send({ type: 'rerun', options: this.options() });
	}

	private send(msg: ToWorker, transfer: Transferable[] = []): void {
		this.worker?.postMessage(msg, transfer);
	}

	private receive(msg: FromWorker): void {
		switch (msg.type) {
			case 'progress':
				this.progress = msg;
				break;
			case 'analysed':
				this.summary = msg.summary;
				this.status = 'review';
				break;
			case 'report':
				downloadText(`${this.fileName.replace(/\.[^.]*$/, '')}-report.csv`, msg.csv, 'text/csv;charset=utf-8');
				break;
			case 'facts':
				this.facts.push(msg.facts);
				break;
			case 'committed':
				void this.finish(msg.sources, msg.storeError);
				break;
			case 'error':
				this.fail(this.app.t('importer.failed', { message: msg.message }));
				break;
		}
	}

	private async finish(sources: Source[], storeError: string | null): Promise<void> {
		const bundled = this.app.bundled;
		const summary = this.summary;
		this.stop();
		if (!bundled || !summary) return;
		const facts = ([] as Fact[]).concat(...this.facts);
		this.facts = [];
		const tables = combineTables({ bundled, imported: { facts, sources }, mode: this.mode });
		await showData(this.app, tables, { kind: 'imported', file: this.fileName, importedAt: this.importedAt, mode: this.mode });
		if (storeError !== null) {
			this.notice = this.app.t('importer.storeFailed', { message: storeError });
			// Nothing half-kept: a reload must show either this import or the bundled data.
			void clearImport().catch(() => undefined);
		}
		this.status = 'done';
	}

	private fail(message: string): void {
		this.stop();
		this.status = 'idle';
		this.error = message;
	}

	private stop(): void {
		this.worker?.terminate();
		this.worker = null;
	}

	private reset(): void {
		this.status = 'idle';
		this.progress = null;
		this.summary = null;
		this.error = null;
		this.notice = null;
		this.locale = null;
		this.decisions = {};
		this.facts = [];
	}
}
