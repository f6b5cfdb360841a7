/**
 * The wide template an analyst downloads and fills in Excel (DATA.md "User-supplied data"):
 * `ma_tinh,ten_tinh,giai_doan,<indicator ids…>,nguon,ghi_chu`, one row per province and period, the codes and
 * names of one era pre-filled: the 63 provinces (periods before 1/7/2025) or the 34 (from then on; ./era.ts) —
 * all of them, or one province for the template a central office sends to that province. Headers are in the chosen
 * language and carry the id ("Mô hình hiện có (models_total)"), so the importer reads them back in either
 * language; the code column's id is the era marker (`ma_tinh_63`, `ma_tinh_34`, ./import-era.ts). Two files are
 * made from the same rows: CSV (./csv-write.ts: UTF-8 with BOM and CRLF, codes kept as text) and a workbook
 * (./template-book.ts, which also records the era in a hidden sheet).
 */
import { eraAreas, type Era } from './era';
import { ERA_MARKER } from './import-era';
import { indicatorLabel } from './indicator-label';
import { slugify } from './text';
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

/**
 * The periods pre-filled in each era's template: the movement's two review windows before the merger; the year
 * 2025 and the five years 2020–2025 reviewed after it.
 */
export const TEMPLATE_PERIODS: Record<Era, readonly string[]> = {
	'63': ['2013-2023', '2015-2020'],
	'34': ['2025', '2020-2025']
};

/** What a template is made for: the indicators asked for, the era of its province codes, its periods. */
export interface TemplateSpec {
	provinces: Province[];
	indicators: Indicator[];
	lang: Lang;
	periods?: readonly string[];
	/** Whose codes and names the rows carry: the 63 provinces (before 1/7/2025, default) or the 34 (from then on). */
	era?: Era;
	/** One province's template (its code in that era); all provinces when absent. */
	only?: string;
}

/** A province of a template's era: its code and name in that era. */
export interface TemplateUnit {
	code: string;
	name: string;
	/** File-name form of the name ("dong-thap"). */
	slug: string;
}

/** The era's provinces in code order: the 63 of provinces.csv, or the 34 they were merged into. */
export function templateUnits(provinces: readonly Province[], era: Era): TemplateUnit[] {
	const units =
		era === '34'
			? eraAreas(provinces, '34').map((u) => ({ code: u.code, name: u.name, slug: slugify(u.name) }))
			: provinces.map((p) => ({ code: p.code, name: p.name, slug: p.slug }));
	return units.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** "Mô hình hiện có (models_total)" / "Existing models (models_total)". */
function indicatorHeader(ind: Indicator, lang: Lang): string {
	return `${indicatorLabel(ind, lang)} (${ind.id})`;
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

/** The pre-filled part of each row: for each period, one row per province in code order. */
export function templateRows(spec: TemplateSpec): { unit: TemplateUnit; period: string }[] {
	const { provinces, era = '63', periods = TEMPLATE_PERIODS[era], only } = spec;
	const units = templateUnits(provinces, era).filter((u) => only === undefined || u.code === only);
	return periods.flatMap((period) => units.map((unit) => ({ unit, period })));
}

/**
 * The template as CSV text (with BOM): indicator, source and note cells blank — blank means "no data", so an
 * unfilled row imports nothing.
 */
export function buildTemplate(spec: TemplateSpec): string {
	const { indicators, lang } = spec;
	const blanks: CsvCell[] = Array.from({ length: indicators.length + 2 }, () => null);
	const rows: CsvCell[][] = templateRows(spec).map(({ unit, period }) => [{ code: unit.code }, unit.name, period, ...blanks]);
	return writeCsv(templateHeader(indicators, lang, spec.era), rows, { decimal: lang === 'vi' ? ',' : '.' });
}
