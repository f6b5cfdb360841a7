/**
 * The tables split by what a view shows, so that a full reporting history costs the first view nothing: the
 * build ships
 * - the catalogue (`catalogue.json`): provinces, indicators, the coverage summary (which province codes have
 *   a figure per indicator × period × era) — the pickers, the "x/63 tỉnh" counts and the default view — and the
 *   national figures, which the headline shows for every indicator of the family in view;
 * - one lean facts file per indicator (`facts-<id>.json`, both eras, no quote or note) with the sources it cites:
 *   the map of that indicator (every figure of it but the national ones);
 * - one file per province of each era (`area-63-<code>.json`, `area-34-<code>.json`): its facts with their quotes
 *   and notes and the sources they cite, titles included — the province panel.
 * The complete tables (dataset.json + dataset-details.json, ./dataset-split.ts) are still shipped for the views
 * that show everything (the evidence table, coverage of all indicators, the import, the data package).
 */
import { coverageSummary, type CoverageSummary } from './dataset';
import type { LeanTables } from './dataset-split';
import { factEra, type Era } from './era';
import type { DatasetTables, Fact, Source } from './types';

export type LeanFact = LeanTables['facts'][number];
export type LeanSource = LeanTables['sources'][number];

export interface Catalogue {
	provinces: DatasetTables['provinces'];
	indicators: LeanTables['indicators'];
	coverage: CoverageSummary;
	/** `scope=national` figures, lean. */
	national: LeanFact[];
	/** The sources of the national figures and those no fact cites (complete): the parts joined give every source. */
	sources: Source[];
}

/** The figures of one indicator, without their long texts, and the sources they cite. */
export interface IndicatorPart {
	facts: LeanFact[];
	sources: LeanSource[];
}

/** Every fact read in one province's code of one era, with its texts, and the sources they cite. */
export interface AreaPart {
	facts: Fact[];
	sources: Source[];
}

export interface DatasetParts {
	catalogue: Catalogue;
	/** By indicator id. */
	indicators: Map<string, IndicatorPart>;
	/** By `areaKey(era, code)`. */
	areas: Map<string, AreaPart>;
}

export const areaKey = (era: Era, code: string): string => `${era}-${code}`;

/** File names under /data/. */
export const PART_FILES = {
	catalogue: 'catalogue.json',
	indicator: (id: string) => `facts-${encodeURIComponent(id)}.json`,
	/** `key`: `areaKey(era, code)`. */
	area: (key: string) => `area-${encodeURIComponent(key)}.json`
};

const leanFact = ({ quote: _quote, note: _note, ...lean }: Fact): LeanFact => lean;
const leanSource = ({ title: _title, ...lean }: Source): LeanSource => lean;
const cited = (facts: Fact[], byId: Map<string, Source>): Source[] =>
	[...new Set(facts.map((f) => f.source_id))].flatMap((id) => byId.get(id) ?? []);

export function splitParts(tables: DatasetTables): DatasetParts {
	// Every indicator and every province of both eras has its file, empty or not: a view never asks for a missing one.
	const byIndicator = new Map<string, Fact[]>(tables.indicators.map((i) => [i.id, []]));
	const byArea = new Map<string, Fact[]>([
		...tables.provinces.map((p): [string, Fact[]] => [areaKey('63', p.code), []]),
		...tables.provinces.map((p): [string, Fact[]] => [areaKey('34', p.code_2025), []])
	]);
	const add = (map: Map<string, Fact[]>, key: string, f: Fact) => {
		const list = map.get(key);
		if (list) list.push(f);
		else map.set(key, [f]);
	};
	const national: Fact[] = [];
	for (const f of tables.facts) {
		if (f.scope === 'national') national.push(f);
		else add(byIndicator, f.indicator, f);
		if (f.province_code) add(byArea, areaKey(factEra(f), f.province_code), f);
	}
	const sourceById = new Map(tables.sources.map((s) => [s.source_id, s]));
	// The catalogue's sources: those of the national figures (the headline names them before any other file is
	// in) and those no fact cites, so that the parts joined give every source.
	const nationalIds = new Set(national.map((f) => f.source_id));
	const citedIds = new Set(tables.facts.map((f) => f.source_id));
	const catalogue: Catalogue = {
		provinces: tables.provinces,
		indicators: tables.indicators.map(({ definition_vi: _vi, definition_en: _en, ...lean }) => lean),
		coverage: coverageSummary(tables),
		national: national.map(leanFact),
		sources: tables.sources.filter((s) => nationalIds.has(s.source_id) || !citedIds.has(s.source_id))
	};
	const indicators = new Map(
		[...byIndicator].map(([id, facts]) => [id, { facts: facts.map(leanFact), sources: cited(facts, sourceById).map(leanSource) }])
	);
	const areas = new Map([...byArea].map(([key, facts]) => [key, { facts, sources: cited(facts, sourceById) }]));
	return { catalogue, indicators, areas };
}

/**
 * The tables from the parts a browser holds: the catalogue, some indicators' lean files, some areas' files. Facts
 * come once each (by line) in file order; a fact whose texts are not in yet has an empty quote and note, a source
 * without its title an empty title; indicators have no definitions (only the complete tables carry them).
 */
export function joinParts(catalogue: Catalogue, indicators: Iterable<IndicatorPart>, areas: Iterable<AreaPart>): DatasetTables {
	const facts = new Map<number, Fact>(catalogue.national.map((f) => [f.line, { ...f, quote: '', note: '' }]));
	const sources = new Map<string, Source>(catalogue.sources.map((s) => [s.source_id, s]));
	for (const part of indicators) {
		for (const f of part.facts) if (!facts.has(f.line)) facts.set(f.line, { ...f, quote: '', note: '' });
		for (const s of part.sources) if (!sources.has(s.source_id)) sources.set(s.source_id, { ...s, title: '' });
	}
	for (const part of areas) {
		for (const f of part.facts) facts.set(f.line, f);
		for (const s of part.sources) sources.set(s.source_id, s);
	}
	return {
		provinces: catalogue.provinces,
		indicators: catalogue.indicators.map((i) => ({ ...i, definition_vi: '', definition_en: '' })),
		facts: [...facts.values()].sort((a, b) => a.line - b.line),
		sources: [...sources.values()].sort((a, b) => (a.source_id < b.source_id ? -1 : a.source_id > b.source_id ? 1 : 0))
	};
}
