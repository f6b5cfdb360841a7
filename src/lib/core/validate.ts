/**
 * The data check (DATA.md rule 8): read the raw texts of the data files into typed tables and list every
 * problem with file, 1-based line, column and a machine code; `formatIssue` turns an issue into a message
 * and a fix hint in Vietnamese or English. Pure: no file system, no DOM (scripts/data-check.ts does the I/O).
 *
 * Policy:
 * - Every problem is reported; nothing is dropped silently. A row with any issue is left out of `tables`
 *   (facts and the other tables alike) but its issues are always in `issues`.
 * - Cross-file checks (codes, source ids, indicator ids) look at every row that has the id, even a row
 *   that has problems of its own, so one bad row is reported once and does not cascade.
 * - A file with a missing column is still checked cell by cell for the columns it has.
 * - `tables` are only guaranteed consistent when `issues` is empty (that is what `data:check` enforces).
 */
import { DATA_FILE_NAMES, type DataFiles } from './data-contract';
import type { DatasetTables } from './types';
import { Collector, type DataIssue } from './validate-collect';
import { buildFactContext, checkFacts } from './validate-facts';
import { checkGeo } from './validate-geo';
import { checkAliases, checkIndicators, checkProvinces, checkSources } from './validate-tables';

export interface ReadResult {
	tables: DatasetTables;
	aliases: { alias: string; code: string }[];
	issues: DataIssue[];
}

/**
 * Read and check all data files. Issues are ordered by file (provinces, aliases, indicators, sources, facts,
 * geo) and, within a file, by line.
 */
export function readTables(files: DataFiles): ReadResult {
	const c = new Collector();
	const { rows: provinceRows, provinces } = checkProvinces(files.provinces, c);
	const codes = new Set(provinceRows.map((r) => r.get('code')).filter((s) => s !== ''));
	const { rows: aliasRows, aliases } = checkAliases(files.aliases, codes, provinceRows, c);
	const { rows: indicatorRows, indicators } = checkIndicators(files.indicators, c);
	const { rows: sourceRows, sources } = checkSources(files.sources, c);
	const ctx = buildFactContext(provinceRows, aliasRows, sourceRows, indicatorRows);
	const facts = checkFacts(files.facts, ctx, c);
	checkGeo(files, provinceRows, c);
	const order = Object.values(DATA_FILE_NAMES);
	const issues = c.issues
		.map((issue, i) => ({ issue, i }))
		.sort((a, b) => order.indexOf(a.issue.file) - order.indexOf(b.issue.file) || a.issue.line - b.issue.line || a.i - b.i)
		.map(({ issue }) => issue);
	return { tables: { provinces, indicators, facts, sources }, aliases, issues };
}
