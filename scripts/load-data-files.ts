/** Read the data files of a data directory into the texts `readTables` checks (shared by data:check and the build). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILE_NAMES, type DataFiles } from '../src/lib/core/data-contract';

/**
 * Read every data file of `dir` as UTF-8 text. A missing file reads as '' so that `readTables` reports it
 * (`empty_file`) instead of the process crashing; the geo files are always read too.
 */
export function loadDataFiles(dir: string): Required<DataFiles> {
	const read = (name: string): string => {
		const path = join(dir, name);
		return existsSync(path) ? readFileSync(path, 'utf8') : '';
	};
	return {
		provinces: read(DATA_FILE_NAMES.provinces),
		aliases: read(DATA_FILE_NAMES.aliases),
		indicators: read(DATA_FILE_NAMES.indicators),
		facts: read(DATA_FILE_NAMES.facts),
		sources: read(DATA_FILE_NAMES.sources),
		geo63: read(DATA_FILE_NAMES.geo63),
		geo34: read(DATA_FILE_NAMES.geo34)
	};
}
