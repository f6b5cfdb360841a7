/**
 * The data contract's files (DATA.md "Files"): their names in a data directory and the exact columns of each
 * CSV. Read by the data check, the build's data step, the importer's long form and the data package.
 */

/** The raw texts of the data files (whole files; CSV may carry a BOM). */
export interface DataFiles {
	provinces: string;
	aliases: string;
	indicators: string;
	facts: string;
	sources: string;
	geo63?: string;
	geo34?: string;
}

/** File names as reported in issues (paths relative to the data directory). */
export const DATA_FILE_NAMES: Record<keyof DataFiles, string> = {
	provinces: 'provinces.csv',
	aliases: 'province-aliases.csv',
	indicators: 'indicators.csv',
	facts: 'facts.csv',
	sources: 'sources.csv',
	geo63: 'geo/vn-provinces-63.geojson',
	geo34: 'geo/vn-provinces-34.geojson'
};

/** The exact column set of every CSV file (order as written; order itself is not checked). */
export const DATA_COLUMNS = {
	provinces: ['code', 'name', 'name_en', 'slug', 'region', 'population', 'population_year', 'area_km2', 'code_2025', 'name_2025'],
	aliases: ['alias', 'code'],
	indicators: ['id', 'family', 'measure', 'label_vi', 'label_en', 'unit_vi', 'unit_en', 'definition_vi', 'definition_en'],
	facts: [
		'province_code',
		'province',
		'scope',
		'period_start',
		'period_end',
		'period_label',
		'measure',
		'indicator',
		'value',
		'qualifier',
		'note',
		'source_id',
		'quote'
	],
	sources: ['source_id', 'publisher', 'title', 'date', 'url']
} as const;

/** Number of pre-1/7/2025 provinces. */
export const PROVINCE_COUNT = 63;
