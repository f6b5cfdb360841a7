/**
 * A small hand-made dataset for the core's specs: five provinces in two regions, where 02+03 merged
 * into unit 90 and 04+05 into unit 91 after 2025. Expected values in the specs are worked out by hand.
 */
import type { DatasetTables, Fact, Indicator, Province, Source } from './types';

function province(code: string, name: string, region: string, population: number, code_2025: string, name_2025: string): Province {
	return {
		code,
		name,
		name_en: name,
		slug: name.toLowerCase(),
		region,
		population,
		population_year: 2019,
		area_km2: 1000,
		code_2025,
		name_2025
	};
}

export const PROVINCES: Province[] = [
	province('01', 'Alpha', 'North', 1_000_000, '01', 'Alpha'),
	province('02', 'Beta', 'North', 200_000, '90', 'Beta Gamma'),
	province('03', 'Gamma', 'South', 300_000, '90', 'Beta Gamma'),
	province('04', 'Delta', 'South', 400_000, '91', 'Delta Epsilon'),
	province('05', 'Epsilon', 'South', 500_000, '91', 'Delta Epsilon')
];

function indicator(id: string, family: Indicator['family'], measure: Indicator['measure']): Indicator {
	return { id, family, measure, label_vi: id, label_en: id, unit_vi: 'cái', unit_en: 'items', definition_vi: '', definition_en: '' };
}

export const INDICATORS: Indicator[] = [
	indicator('tips', 'tips', 'flow'),
	indicator('models_total', 'models', 'stock'),
	indicator('forums', 'outreach', 'flow')
];

export const SOURCES: Source[] = [
	{ source_id: 'old', publisher: 'Old paper', title: 'Old', date: '2019-05', url: 'https://example.org/old' },
	{ source_id: 'new', publisher: 'New paper', title: 'New', date: '2024-01-02', url: 'https://example.org/new' },
	{ source_id: 'undated', publisher: 'Undated', title: 'U', date: '', url: '' }
];

let line = 1;
export function fact(p: Partial<Fact> & Pick<Fact, 'province_code' | 'indicator' | 'value'>): Fact {
	line++;
	return {
		line,
		province: PROVINCES.find((x) => x.code === p.province_code)?.name ?? '',
		scope: 'province',
		period_start: 2013,
		period_end: 2023,
		period_label: '2013-2023',
		measure: INDICATORS.find((i) => i.id === p.indicator)?.measure ?? 'flow',
		qualifier: 'exact',
		note: '',
		source_id: 'old',
		quote: '',
		...p
	};
}

export function tables(facts: Fact[]): DatasetTables {
	return { provinces: PROVINCES, indicators: INDICATORS, sources: SOURCES, facts };
}

/**
 * Facts for the link tests (deck, embed): tips in 2013–2023 and 2015–2020 for one province (so the default view
 * is their comparison), models in 2024.
 */
export function linkTables(): DatasetTables {
	return tables([
		fact({ province_code: '01', indicator: 'tips', value: 1 }),
		fact({ province_code: '01', indicator: 'tips', value: 1, period_start: 2015, period_end: 2020 }),
		fact({ province_code: '02', indicator: 'models_total', value: 1, period_start: 2024, period_end: 2024 })
	]);
}

/**
 * Facts for the province and evidence table tests: 01 Alpha 100 (exact), 02 Beta 300 (≥, two sources that
 * differ), 03 Gamma 100 (≈), 04 and 05 no data in 2013–2023; 01 and 04 in 2015–2020; a district and a national fact.
 */
export function tableTables(): DatasetTables {
	return tables([
		fact({ province_code: '01', indicator: 'tips', value: 100 }),
		fact({ province_code: '02', indicator: 'tips', value: 250, source_id: 'old' }),
		fact({ province_code: '02', indicator: 'tips', value: 300, qualifier: 'at_least', source_id: 'new' }),
		fact({ province_code: '03', indicator: 'tips', value: 100, qualifier: 'approx', source_id: 'undated' }),
		fact({ province_code: '01', indicator: 'tips', value: 20, period_start: 2015, period_end: 2020 }),
		fact({ province_code: '04', indicator: 'tips', value: 5, period_start: 2015, period_end: 2020 }),
		fact({ province_code: '05', indicator: 'tips', value: 9, scope: 'district:Nam', quote: '=cmd' }),
		fact({ province_code: '', indicator: 'tips', value: 999, scope: 'national', period_start: null, period_end: null })
	]);
}
