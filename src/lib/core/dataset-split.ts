/**
 * The tables are shipped in two files so that the map's first view downloads less (PERFORMANCE.md, the first view's budgets): the lean tables
 * (dataset.json: every row and every figure, without the long texts) and the long texts themselves
 * (dataset-details.json: each fact's quoted sentence and note, each source's article title, each indicator's
 * definitions). The map, legend, headline and tooltips need only the lean tables; the province panel, the
 * evidence table and the import need the texts, and wait for them.
 */
import type { DatasetTables, Fact, Indicator, Source } from './types';

/** Fields left out of the lean tables. */
type FactText = 'quote' | 'note';
type SourceText = 'title';
type IndicatorText = 'definition_vi' | 'definition_en';

export interface LeanTables {
	provinces: DatasetTables['provinces'];
	indicators: Omit<Indicator, IndicatorText>[];
	facts: Omit<Fact, FactText>[];
	sources: Omit<Source, SourceText>[];
}

/** The long texts, keyed by what identifies their row: fact line, source id, indicator id. */
export interface TableTexts {
	/** `[quote, note]` by the fact's line in facts.csv. */
	facts: Record<string, [string, string]>;
	/** Article title by source id. */
	sources: Record<string, string>;
	/** `[definition_vi, definition_en]` by indicator id. */
	indicators: Record<string, [string, string]>;
}

export function splitTables(tables: DatasetTables): { lean: LeanTables; texts: TableTexts } {
	const texts: TableTexts = { facts: {}, sources: {}, indicators: {} };
	const facts = tables.facts.map(({ quote, note, ...lean }) => {
		texts.facts[lean.line] = [quote, note];
		return lean;
	});
	const sources = tables.sources.map(({ title, ...lean }) => {
		texts.sources[lean.source_id] = title;
		return lean;
	});
	const indicators = tables.indicators.map(({ definition_vi, definition_en, ...lean }) => {
		texts.indicators[lean.id] = [definition_vi, definition_en];
		return lean;
	});
	return { lean: { provinces: tables.provinces, indicators, facts, sources }, texts };
}

/**
 * The tables again. Without `texts` (not downloaded yet) the long texts are empty: only for views that do not
 * show them. With `texts`, every row must find its texts — two files from different builds are refused.
 */
export function joinTables(lean: LeanTables, texts: TableTexts | null): DatasetTables {
	const get = <T>(record: Record<string, T>, key: string | number, blank: T, what: string): T => {
		if (!texts) return blank;
		const v = record[key];
		if (v === undefined) throw new Error(`dataset-details.json does not match dataset.json: no texts for ${what} ${key}`);
		return v;
	};
	return {
		provinces: lean.provinces,
		indicators: lean.indicators.map((i) => {
			const [definition_vi, definition_en] = get(texts?.indicators ?? {}, i.id, ['', ''], 'indicator');
			return { ...i, definition_vi, definition_en };
		}),
		facts: lean.facts.map((f) => {
			const [quote, note] = get(texts?.facts ?? {}, f.line, ['', ''], 'the fact on line');
			return { ...f, quote, note };
		}),
		sources: lean.sources.map((s) => ({ ...s, title: get(texts?.sources ?? {}, s.source_id, '', 'source') }))
	};
}
