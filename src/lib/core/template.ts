/**
 * The wide template an analyst downloads and fills in Excel (DATA.md "User-supplied data"):
 * `ma_tinh,ten_tinh,giai_doan,<indicator ids…>,nguon,ghi_chu`, one row per province and period, the 63 codes
 * and names pre-filled. Headers are in the chosen language and carry the id ("Mô hình hiện có (models_total)"),
 * so the importer reads them back in either language. Written by ./csv-write.ts: UTF-8 with BOM and CRLF, as
 * Excel expects, the codes kept as text so that `01` stays `01`.
 */
import type { Indicator, Lang, Province } from './types';
import { writeCsv, type CsvCell } from './csv-write';
import { t, type MessageKey } from '../i18n';
// Its texts come with it, not with the page.
import '../i18n/messages/importer';

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

/** The periods pre-filled in the template: the movement's two review windows. */
export const TEMPLATE_PERIODS = ['2013-2023', '2015-2020'] as const;

/** "Mô hình hiện có (models_total)" / "Existing models (models_total)". */
function indicatorHeader(ind: Indicator, lang: Lang): string {
	return `${lang === 'vi' ? ind.label_vi : ind.label_en} (${ind.id})`;
}

/** The template's header row in `lang`: fixed columns by their label, indicators as "label (id)". */
export function templateHeader(indicators: Indicator[], lang: Lang): string[] {
	const fixed = (c: WideColumn) => t(lang, WIDE_LABEL[c]);
	return [
		fixed('ma_tinh'),
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
	provinces: Province[];
	indicators: Indicator[];
	lang: Lang;
	periods?: readonly string[];
}): string {
	const { provinces, indicators, lang, periods = TEMPLATE_PERIODS } = opts;
	const sorted = [...provinces].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
	const blanks: CsvCell[] = Array.from({ length: indicators.length + 2 }, () => null);
	const rows: CsvCell[][] = [];
	for (const period of periods) for (const p of sorted) rows.push([{ code: p.code }, p.name, period, ...blanks]);
	return writeCsv(templateHeader(indicators, lang), rows, { decimal: lang === 'vi' ? ',' : '.' });
}
