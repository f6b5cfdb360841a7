/**
 * The bundled data as the build ships them (data/, read and checked once per test file), and the import context
 * they give: provinces, spellings, catalogue, sources and facts. For the specs of the importer and the package.
 */
import { loadDataFiles } from '../../../scripts/load-data-files';
import type { ImportContext } from './import-types';
import { readTables } from './validate';

export const dataFiles = loadDataFiles('data');
export const bundled = readTables(dataFiles);
export const { tables } = bundled;

export const importContext: ImportContext = {
	provinces: tables.provinces,
	aliases: bundled.aliases,
	indicators: tables.indicators,
	sources: tables.sources,
	facts: tables.facts
};
