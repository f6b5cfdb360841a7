/**
 * Imported figures in view: combined with the bundled data (replace or merge) and named in the data badge. What
 * the page, the exports and the embeds need to show an import kept in the browser, without the importer itself
 * (core/import.ts: reading, checking and reporting a file, loaded with the import dialog).
 */
import { t } from '../i18n';
import type { DatasetTables, Fact, Lang, Source } from './types';

export type MergeMode = 'replace' | 'merge';

/** What an import adds: its figures and the sources they name. Kept in the browser and re-combined on load. */
export interface ImportedData {
	facts: Fact[];
	sources: Source[];
}

/** The same figure: same value, same qualifier. */
export function sameFigure(a: Fact, b: Fact): boolean {
	return a.value === b.value && a.qualifier === b.qualifier;
}

/**
 * Whether a figure is among `facts` (same key, source, sentence, value and qualifier). Looked up by province
 * first, so checking 100,000 imported figures against the bundled ones builds no strings.
 */
export function figureSet(facts: Fact[]): (f: Fact) => boolean {
	const byCode = new Map<string, Fact[]>();
	for (const f of facts) {
		const list = byCode.get(f.province_code);
		if (list) list.push(f);
		else byCode.set(f.province_code, [f]);
	}
	const same = (a: Fact, b: Fact) =>
		a.indicator === b.indicator &&
		a.period_start === b.period_start &&
		a.period_end === b.period_end &&
		a.scope === b.scope &&
		a.source_id === b.source_id &&
		a.quote === b.quote &&
		sameFigure(a, b);
	return (f) => byCode.get(f.province_code)?.some((b) => same(b, f)) ?? false;
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
 * 14:05 23/11/2026" (merge: "Số liệu gốc và số liệu nhập từ …"). Local time of the browser.
 */
export function importedLabel(origin: { file: string; importedAt: string; mode?: MergeMode }, lang: Lang): string {
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
	return t(lang, origin.mode === 'merge' ? 'importer.badgeMerged' : 'importer.badge', { file: origin.file, time });
}
