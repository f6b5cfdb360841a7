/**
 * Imported data beside the bundled data — what the app state, the badge, exports and embeds need of an import,
 * without the importer itself (its CSV parser and workbook reader): combining the tables, the badge text and
 * which figures came without a source.
 */
import type { Units } from './select';
import type { DatasetTables, Fact, Lang, Source } from './types';
import { t } from '../i18n';

export type MergeMode = 'replace' | 'merge';

/** Prefix of the id of a file as the source of its rows that name none (./import.ts). */
export const FILE_SOURCE_PREFIX = 'file-';

/** An imported figure whose row named no source: its source is its file, or (kept from before) none at all. */
export function isUserSupplied(fact: Pick<Fact, 'source_id'>): boolean {
	return fact.source_id === '' || fact.source_id.startsWith(FILE_SOURCE_PREFIX);
}

/** What an import adds: its figures and the sources they name. Kept in the browser and re-combined on load. */
export interface ImportedData {
	facts: Fact[];
	sources: Source[];
}

/** What a round of files asked for (./import-round.ts), kept with the import for the reporting-status map. */
export interface ImportRound {
	files: string[];
	era: Units;
	indicators: string[];
	periods: string[];
}

export function sameFigure(a: Fact, b: Fact): boolean {
	return a.value === b.value && a.qualifier === b.qualifier;
}

/** Everything that makes a figure the same figure: key, source, sentence, value and qualifier. */
function sameFact(a: Fact, b: Fact): boolean {
	return (
		a.indicator === b.indicator &&
		a.period_start === b.period_start &&
		a.period_end === b.period_end &&
		a.scope === b.scope &&
		a.source_id === b.source_id &&
		a.quote === b.quote &&
		sameFigure(a, b)
	);
}

/**
 * Figures to look a figure up in (same key, source, sentence, value and qualifier), by province first, so checking
 * 100,000 imported figures against the bundled ones builds no strings.
 */
function figureIndex(facts: Fact[] = []): { has: (f: Fact) => boolean; add: (f: Fact) => void } {
	const byCode = new Map<string, Fact[]>();
	const add = (f: Fact) => {
		const list = byCode.get(f.province_code);
		if (list) list.push(f);
		else byCode.set(f.province_code, [f]);
	};
	facts.forEach(add);
	return { has: (f) => byCode.get(f.province_code)?.some((b) => sameFact(b, f)) ?? false, add };
}

/** Whether a figure is among `facts` (same key, source, sentence, value and qualifier). */
export function figureSet(facts: Fact[]): (f: Fact) => boolean {
	return figureIndex(facts).has;
}

/**
 * The figures of several files with a figure repeated exactly (same key, source, sentence and value: the same
 * facts.csv rows in two files) kept once, in order; `repeats` counts those left out. A file's own figures are
 * looked up only in the files before it.
 */
export function withoutRepeats(lists: Fact[][]): { facts: Fact[]; repeats: number } {
	const facts: Fact[] = [];
	const earlier = figureIndex();
	let repeats = 0;
	for (const list of lists) {
		const from = facts.length;
		for (const f of list) {
			if (earlier.has(f)) repeats++;
			else facts.push(f);
		}
		for (let i = from; i < facts.length; i++) earlier.add(facts[i]!);
	}
	return { facts, repeats };
}

/**
 * The tables to show. `replace`: the bundled provinces and catalogue with the imported figures only. `merge`:
 * the bundled figures and the imported ones side by side; a figure the bundled data already hold (same key,
 * source, sentence, value and qualifier) is not added twice, any other figure for the same key stays a figure
 * of its own source, so the map shows "sources differ" (rule 2) instead of one value overwriting the other.
 */
export function combineTables(opts: { bundled: DatasetTables; imported: ImportedData; mode: MergeMode }): DatasetTables {
	const { bundled, imported, mode } = opts;
	if (mode === 'replace') {
		return { provinces: bundled.provinces, indicators: bundled.indicators, facts: imported.facts, sources: imported.sources };
	}
	const have = figureSet(bundled.facts);
	const sourceIds = new Set(bundled.sources.map((s) => s.source_id));
	return {
		provinces: bundled.provinces,
		indicators: bundled.indicators,
		facts: bundled.facts.concat(imported.facts.filter((f) => !have(f))),
		sources: bundled.sources.concat(imported.sources.filter((s) => !sourceIds.has(s.source_id)))
	};
}

/**
 * The badge text of imported data, for the header, exports and embeds: "Số liệu nhập từ facts.csv,
 * 14:05 23/11/2026" (merge: "Số liệu gốc và số liệu nhập từ …"; several files: "3 tệp (a.xlsx, b.xlsx, c.xlsx)", "34 tệp (a.xlsx,
 * b.xlsx, …)").
 * Local time of the browser.
 */
export function importedLabel(
	origin: { file: string; importedAt: string; mode?: MergeMode; round?: Pick<ImportRound, 'files'> },
	lang: Lang
): string {
	const date = new Date(origin.importedAt);
	const time = Number.isNaN(date.getTime())
		? origin.importedAt
		: new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
				day: 'numeric',
				month: 'numeric',
				year: 'numeric',
				hour: '2-digit',
				minute: '2-digit'
			}).format(date);
	// Several files: how many, and the first names (a round of 34 would not fit a badge).
	const files = origin.round?.files ?? [];
	const names = files.length > 3 ? `${files.slice(0, 2).join(', ')}, …` : files.join(', ');
	const file = files.length > 1 ? `${t(lang, 'round.files', { n: files.length })} (${names})` : origin.file;
	return t(lang, origin.mode === 'merge' ? 'importer.badgeMerged' : 'importer.badge', { file, time });
}
