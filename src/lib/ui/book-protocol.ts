/** Jobs for book.worker.ts (workbooks and zips) and its replies. */
import type { TemplateSpec } from '$lib/core/template';
import type { DatasetTables } from '$lib/core/types';

export type BookJob =
	| { type: 'template'; spec: TemplateSpec }
	/** One template per province of the spec's era, zipped; entries named `<name>-<code>-<slug>.xlsx`. */
	| { type: 'templates'; spec: TemplateSpec; name: string }
	/** The data package: facts.csv, sources.csv, `<name>.xlsx` and the README text. */
	| { type: 'package'; tables: DatasetTables; name: string; readme: string };

export type BookReply =
	{ type: 'progress'; done: number; total: number } | { type: 'done'; bytes: Uint8Array } | { type: 'error'; message: string };
