/**
 * `npm run data:check`: check the data files (DATA.md rule 8) and list every problem as
 *   file:line [column] Vietnamese message — Vietnamese hint
 *     English message — English hint
 * Exit code 1 when there is any issue, 0 otherwise. Data directory: $DATA_DIR or `data`.
 */
import { readTables } from '../src/lib/core/validate';
import { formatIssue } from '../src/lib/core/validate-messages';
import { loadDataFiles } from './load-data-files';

const dir = process.env.DATA_DIR || 'data';
const { tables, issues } = readTables(loadDataFiles(dir));

for (const issue of issues) {
	const vi = formatIssue(issue, 'vi');
	const en = formatIssue(issue, 'en');
	const where = `${dir}/${issue.file}:${issue.line}${issue.column ? ` [${issue.column}]` : ''}`;
	console.log(`${where} ${vi.message} — ${vi.hint}`);
	console.log(`    ${en.message} — ${en.hint}`);
}

const counts = `${tables.facts.length} facts, ${tables.sources.length} sources, ${tables.provinces.length} provinces, ${tables.indicators.length} indicators`;
if (issues.length > 0) {
	console.log(`\ndata:check FAILED — ${issues.length} vấn đề / ${issues.length} issue(s) (${counts} readable)`);
	process.exit(1);
}
console.log(`data:check OK — ${counts}`);
