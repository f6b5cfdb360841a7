/**
 * Which columns of an import the importer reads: the form (the template's wide form, or the long form of
 * facts.csv), each fixed column and indicator column by its id, its label in either language or "label (id)",
 * and what is left aside (a repeated header, an ordinal column). Also how a workbook's candidate header rows
 * are scored (./import-sheet.ts).
 */
import { DATA_COLUMNS } from './data-contract';
import { eraOfMarker } from './import-era';
import type { HeaderRules } from './import-sheet';
import type { ImportForm } from './import-types';
import { WIDE_FIXED, WIDE_LABEL, type WideColumn } from './template';
import { fold } from './text';
import type { Indicator } from './types';
import { t } from '../i18n';

/** Other names people give the fixed columns (the facts.csv names among them). */
const WIDE_SYNONYMS: Record<WideColumn, string[]> = {
	ma_tinh: ['province_code', 'code', 'ma'],
	ten_tinh: ['province', 'tinh', 'province name'],
	giai_doan: ['period', 'period_label'],
	nguon: ['source', 'source_id'],
	ghi_chu: ['note', 'notes']
};

/** Folded id and labels (both languages) → indicator id, built once per catalogue. */
const indicatorKeys = new WeakMap<Map<string, Indicator>, Map<string, string>>();

function indicatorKey(indicators: Map<string, Indicator>): Map<string, string> {
	let keys = indicatorKeys.get(indicators);
	if (!keys) {
		keys = new Map();
		for (const ind of indicators.values())
			for (const text of [ind.id, ind.label_vi, ind.label_en]) if (!keys.has(fold(text))) keys.set(fold(text), ind.id);
		indicatorKeys.set(indicators, keys);
	}
	return keys;
}

/** Header cell → wide-form role: a fixed column or an indicator id; null when unknown. */
function wideRole(
	header: string,
	indicators: Map<string, Indicator>,
	labels: Map<string, string>
): WideColumn | { indicator: string } | null {
	const id = /\(([a-z][a-z0-9_]*)\)\s*$/.exec(header)?.[1];
	if (id && indicators.has(id)) return { indicator: id };
	if (id && eraOfMarker(id)) return 'ma_tinh';
	if (id && (WIDE_FIXED as readonly string[]).includes(id)) return id as WideColumn;
	const key = fold(header);
	const fixed = labels.get(key);
	if (fixed) return fixed as WideColumn;
	const indicator = indicatorKey(indicators).get(key);
	return indicator ? { indicator } : null;
}

/** Folded header text → fixed column, from ids, both languages' labels and synonyms. */
function fixedLabels(): Map<string, string> {
	const out = new Map<string, string>();
	for (const col of WIDE_FIXED) {
		for (const text of [col, t('vi', WIDE_LABEL[col]), t('en', WIDE_LABEL[col]), ...WIDE_SYNONYMS[col]]) {
			const key = fold(text);
			if (!out.has(key)) out.set(key, col);
		}
	}
	return out;
}

/** Headers of an ordinal column ("STT": 1, 2, 3…), which offices put first and which holds no figure. */
const ORDINAL_HEADERS = new Set(['stt', 'tt', 'so tt', 'so thu tu']);

export interface WideLayout {
	cols: Map<WideColumn, number>;
	indicators: { index: number; id: string; header: string }[];
}

/** What a header row says: the form, where each column is, and which columns are read. */
export interface HeaderLayout {
	form: ImportForm | null;
	/** Long form: facts.csv column → index. */
	long: Map<string, number>;
	wide: WideLayout;
	/** Columns read, or knowingly left aside (a repeated header, an ordinal column). */
	known: Set<number>;
	/** A header repeated: its index and the first column with that header. */
	duplicates: { index: number; first: number }[];
}

let labelCache: Map<string, string> | null = null;

export function readHeader(header: string[], indicators: Map<string, Indicator>): HeaderLayout {
	const labels = (labelCache ??= fixedLabels());
	const folded = header.map((h) => fold(h));
	const long = new Map<string, number>();
	for (const col of DATA_COLUMNS.facts) {
		const i = folded.indexOf(fold(col));
		if (i >= 0) long.set(col, i);
	}
	const isLong = long.has('indicator') && long.has('value');
	const wide: WideLayout = { cols: new Map(), indicators: [] };
	const known = new Set<number>();
	const duplicates: HeaderLayout['duplicates'] = [];
	const seen = new Map<string, number>();
	header.forEach((h, i) => {
		if (h === '') return;
		const first = seen.get(folded[i] ?? '');
		if (first !== undefined) {
			duplicates.push({ index: i, first });
			known.add(i);
			return;
		}
		seen.set(folded[i] ?? '', i);
		if (ORDINAL_HEADERS.has(folded[i] ?? '')) known.add(i);
		else if (isLong) {
			if ([...long.values()].includes(i)) known.add(i);
		} else {
			const role = wideRole(h, indicators, labels);
			if (role === null) return;
			known.add(i);
			if (typeof role === 'string') {
				if (!wide.cols.has(role)) wide.cols.set(role, i);
			} else wide.indicators.push({ index: i, id: role.indicator, header: h });
		}
	});
	const isWide = !isLong && (wide.cols.has('ma_tinh') || wide.cols.has('ten_tinh')) && wide.indicators.length > 0;
	return { form: isLong ? 'long' : isWide ? 'wide' : null, long, wide, known, duplicates };
}

/** How the importer reads a candidate header row of a sheet (./import-sheet.ts picks the sheet and row by it). */
export function headerRules(indicators: Indicator[]): HeaderRules {
	const byId = new Map(indicators.map((i) => [i.id, i]));
	return (cells) => {
		const h = readHeader(cells, byId);
		const labels = new Set<number>(
			h.form === 'long' ? [...h.long].filter(([col]) => col !== 'value').map(([, i]) => i) : [...h.wide.cols.values()]
		);
		const score = h.form === 'long' ? h.long.size : h.wide.cols.size + h.wide.indicators.length;
		return { score, form: h.form !== null, labels };
	};
}

/** Reads `="01"` (the spreadsheet way to keep a leading zero) as `01`. */
export function unwrapText(cell: string): string {
	const m = /^="(.*)"$/s.exec(cell.trim());
	return (m ? (m[1] ?? '') : cell).trim();
}
