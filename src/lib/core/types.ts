/**
 * The data contract of ANTQ Atlas as TypeScript types (see data/README.md and DATA.md).
 * Province codes are always zero-padded strings ("01", "87"); joins happen on codes, never names.
 */

export type Qualifier = 'exact' | 'at_least' | 'approx';
export type Measure = 'flow' | 'stock';
export type Family = 'models' | 'tips' | 'awards' | 'outreach' | 'other';
export type ScopeKind = 'province' | 'district' | 'block' | 'region' | 'national' | 'merged_province' | 'commune';
export type Lang = 'vi' | 'en';

export const QUALIFIERS: readonly Qualifier[] = ['exact', 'at_least', 'approx'];
export const MEASURES: readonly Measure[] = ['flow', 'stock'];
export const FAMILIES: readonly Family[] = ['models', 'tips', 'awards', 'outreach', 'other'];
export const SCOPE_KINDS: readonly ScopeKind[] = ['province', 'district', 'block', 'region', 'national', 'merged_province', 'commune'];

/** One row of provinces.csv: a pre-1/7/2025 province (63 of them). */
export interface Province {
	code: string;
	name: string;
	name_en: string;
	slug: string;
	region: string;
	population: number;
	population_year: number;
	area_km2: number;
	code_2025: string;
	name_2025: string;
}

/** A post-1/7/2025 province (34 of them), derived from provinces.csv. */
export interface Unit34 {
	code: string;
	name: string;
	name_en: string;
	/** Codes of the old provinces merged into it, sorted. */
	old_codes: string[];
	population: number;
}

/** One row of indicators.csv: the catalogue entry of an indicator id. */
export interface Indicator {
	id: string;
	family: Family;
	measure: Measure;
	label_vi: string;
	label_en: string;
	unit_vi: string;
	unit_en: string;
	definition_vi: string;
	definition_en: string;
}

/** One row of sources.csv. `date` is as printed: YYYY, YYYY-MM or YYYY-MM-DD, or empty. */
export interface Source {
	source_id: string;
	publisher: string;
	title: string;
	date: string;
	url: string;
}

/** One sourced figure (a row of facts.csv, or an imported row). */
export interface Fact {
	/** 1-based line in the file it came from (header = line 1), for traceability. */
	line: number;
	province_code: string;
	province: string;
	/**
	 * As written: `province`, `district:<name>`, `block:<name>`, `region:<name>`, `national`, and after 1/7/2025
	 * `merged_province:<name>` (a new province) and `commune:<name>` (a commune or ward); the last two carry a code
	 * of the 34 provinces (./era.ts).
	 */
	scope: string;
	/** null when the article states no period (never drawn on the map). */
	period_start: number | null;
	period_end: number | null;
	period_label: string;
	measure: Measure;
	indicator: string;
	value: number;
	qualifier: Qualifier;
	note: string;
	/** Empty for imported figures that name no source: they are labelled user-supplied. */
	source_id: string;
	quote: string;
}

/** The tables as shipped to the browser (and as produced by an import). */
export interface DatasetTables {
	provinces: Province[];
	indicators: Indicator[];
	facts: Fact[];
	sources: Source[];
}

/** A period of whole years; start === end for a single year. */
export interface Period {
	start: number;
	end: number;
}
