/**
 * The data package: the data in view (bundled and imported) as the build accepts them — `facts.csv` and
 * `sources.csv` in the exact data contract (DATA.md, the columns of ./validate.ts `DATA_COLUMNS`), so that
 * `DATA_DIR=<folder> npm run data:check` passes and `npm run build` shows the same figures — and the same two
 * tables as a workbook for reading. Imported figures keep their file and cell as their quote and their file (or
 * the source their row named) as their source (./import-rows.ts, ./import-sources.ts), so nothing needs to be retyped into `data/`.
 *
 * Unlike the spreadsheet downloads (./csv-write.ts), these files are data, not for Excel: UTF-8 without BOM,
 * `,` between fields, plain machine numbers, no apostrophe in front of a formula-like text — the data check
 * reads them byte for byte.
 */
import { periodKey } from './period';
import type { DatasetTables, Fact, Source } from './types';
import { DATA_COLUMNS } from './data-contract';
import type { BookCell, BookSheet } from './xlsx-write';

/** The source of imported figures that name none and come from no known file (imports kept from before files were sources). */
const UNNAMED_SOURCE: Source = {
	source_id: 'user-unnamed',
	publisher: 'Số liệu do người dùng nhập',
	title: 'Số liệu nhập trong trình duyệt, không ghi nguồn',
	date: '',
	url: ''
};

/** `period_label` of a figure that states no period (as the bundled data write it). */
const NO_PERIOD_LABEL = 'unspecified';

function field(text: string): string {
	return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV as `data/` holds it: `,`, quotes only where needed, CRLF after every record, no BOM. */
export function dataCsv(header: readonly string[], rows: string[][]): string {
	return [header, ...rows].map((r) => `${r.map(field).join(',')}\r\n`).join('');
}

/** A figure as the data contract writes it: a period label always, a quote that prints the value. */
function contractFact(f: Fact): Fact {
	const hasPeriod = f.period_start !== null && f.period_end !== null;
	const label = f.period_label || (hasPeriod ? periodKey({ start: f.period_start!, end: f.period_end! }) : NO_PERIOD_LABEL);
	return {
		...f,
		period_label: label,
		source_id: f.source_id || UNNAMED_SOURCE.source_id,
		// Figures imported before files were kept as sources: the line they were read from, and the value.
		quote: f.quote || `Số liệu nhập (dòng ${f.line}): ${String(f.value)}`
	};
}

function factRow(f: Fact): string[] {
	return [
		f.province_code,
		f.province,
		f.scope,
		f.period_start === null ? '' : String(f.period_start),
		f.period_end === null ? '' : String(f.period_end),
		f.period_label,
		f.measure,
		f.indicator,
		String(f.value),
		f.qualifier,
		f.note,
		f.source_id,
		f.quote
	].map((s) => s.normalize('NFC'));
}

/** A source as the contract needs it: a title (the publisher when the import knew none). */
function contractSource(s: Source): Source {
	return { ...s, title: s.title || s.publisher };
}

function sourceRow(s: Source): string[] {
	return [s.source_id, s.publisher, s.title, s.date, s.url].map((x) => x.normalize('NFC'));
}

export interface DataPackage {
	facts: string;
	sources: string;
	/** The two tables as a workbook (./xlsx-write.ts). */
	book: BookSheet[];
	counts: { facts: number; sources: number };
}

export function dataPackage(tables: DatasetTables): DataPackage {
	const facts = tables.facts.map(contractFact);
	const sources = tables.sources.map(contractSource);
	if (facts.some((f) => f.source_id === UNNAMED_SOURCE.source_id && !sources.some((s) => s.source_id === UNNAMED_SOURCE.source_id)))
		sources.push(UNNAMED_SOURCE);
	const factRows = facts.map(factRow);
	const sourceRows = sources.map(sourceRow);
	const header = (cols: readonly string[]): BookCell[] => cols.map((text) => ({ text, style: 'header' as const }));
	const factCells = (f: Fact): BookCell[] =>
		factRow(f).map((text, i) => {
			const col = DATA_COLUMNS.facts[i];
			if (col === 'province_code') return text === '' ? null : { code: text };
			if (col === 'value' || ((col === 'period_start' || col === 'period_end') && text !== '')) return Number(text);
			return text === '' ? null : text;
		});
	return {
		facts: dataCsv(DATA_COLUMNS.facts, factRows),
		sources: dataCsv(DATA_COLUMNS.sources, sourceRows),
		book: [
			{
				name: 'facts',
				rows: [header(DATA_COLUMNS.facts), ...facts.map(factCells)],
				widths: [8, 18, 18, 8, 8, 14, 7, 22, 10, 9, 30, 14, 60],
				frozenRows: 1
			},
			{
				name: 'sources',
				rows: [header(DATA_COLUMNS.sources), ...sourceRows.map((r) => r.map((x) => (x === '' ? null : x)))],
				widths: [14, 36, 60, 11, 40],
				frozenRows: 1
			}
		],
		counts: { facts: facts.length, sources: sources.length }
	};
}
