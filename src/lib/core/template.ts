/**
 * The wide template an analyst downloads and fills in Excel (DATA.md "User-supplied data"):
 * `ma_tinh,ten_tinh,giai_doan,<indicator ids…>,nguon,ghi_chu`, one row per province and period, the codes and
 * names of one era pre-filled: the 63 provinces (periods before 1/7/2025) or the 34 (from then on; ./era.ts).
 * Headers are in the chosen language and carry the id ("Mô hình hiện có (models_total)"), so the importer reads
 * them back in either language; the code column's id is the era marker (`ma_tinh_63`, `ma_tinh_34`,
 * ./import-era.ts). Written by ./csv-write.ts: UTF-8 with BOM and CRLF, as Excel expects, the codes kept as text
 * so that `01` stays `01`.
 */
import { eraAreas, type Era, type EraArea, type EraProvince } from './era';
import { ERA_MARKER } from './import-era';
import type { Indicator, Lang } from './types';
import { writeCsv, type CsvCell } from './csv-write';
import { t, type MessageKey } from '../i18n';

/** The fixed columns of the wide template, in order (indicator columns go between `giai_doan` and `nguon`). */
export const WIDE_FIXED = ['ma_tinh', 'ten_tinh', 'giai_doan', 'nguon', 'ghi_chu'] as const;
export type WideColumn = (typeof WIDE_FIXED)[number];

/** Message key of each fixed column's header label (the same key gives the vi and the en header). */
export const WIDE_LABEL: Record<WideColumn, MessageKey> = {
	ma_tinh: 'importer.column.ma_tinh',
	ten_tinh: 'importer.column.ten_tinh',
	giai_doan: 'importer.column.giai_doan',
	nguon: 'importer.column.nguon',
	ghi_chu: 'importer.column.ghi_chu'
};

/**
 * The periods pre-filled in each era's template: the movement's two review windows before the merger; the year
 * 2025 and the five years 2020–2025 reviewed after it.
 */
export const TEMPLATE_PERIODS: Record<Era, readonly string[]> = {
	'63': ['2013-2023', '2015-2020'],
	'34': ['2025', '2020-2025']
};

/** The rows' provinces of an era's template, in code order: the 63, or the 34 with their new codes and names. */
export function templateAreas(provinces: readonly EraProvince[], era: Era): EraArea[] {
	return eraAreas(provinces, era);
}

/** "Mô hình hiện có (models_total)" / "Existing models (models_total)". */
function indicatorHeader(ind: Indicator, lang: Lang): string {
	return `${lang === 'vi' ? ind.label_vi : ind.label_en} (${ind.id})`;
}

/**
 * The template's header row in `lang`: fixed columns by their label, indicators as "label (id)"; the code column
 * says the era and carries its marker: "Mã tỉnh mới, từ 1/7/2025 (ma_tinh_34)".
 */
export function templateHeader(indicators: Indicator[], lang: Lang, era: Era = '63'): string[] {
	const fixed = (c: WideColumn) => t(lang, WIDE_LABEL[c]);
	return [
		`${t(lang, `importer.column.ma_tinh_${era}`)} (${ERA_MARKER[era]})`,
		fixed('ten_tinh'),
		fixed('giai_doan'),
		...indicators.map((i) => indicatorHeader(i, lang)),
		fixed('nguon'),
		fixed('ghi_chu')
	];
}

/**
 * The template as CSV text (with BOM): for each period, one row per province in code order, indicator,
 * source and note cells blank — blank means "no data", so an unfilled row imports nothing.
 */
export function buildTemplate(opts: {
	provinces: readonly EraProvince[];
	indicators: Indicator[];
	lang: Lang;
	/** The 63 provinces (default) or the 34. */
	era?: Era;
	periods?: readonly string[];
}): string {
	const { provinces, indicators, lang, era = '63', periods = TEMPLATE_PERIODS[era] } = opts;
	const areas = templateAreas(provinces, era);
	const blanks: CsvCell[] = Array.from({ length: indicators.length + 2 }, () => null);
	const rows: CsvCell[][] = [];
	for (const period of periods) for (const p of areas) rows.push([{ code: p.code }, p.name, period, ...blanks]);
	return writeCsv(templateHeader(indicators, lang, era), rows, { decimal: lang === 'vi' ? ',' : '.' });
}
