/**
 * What a workbook template records about itself, on a hidden sheet, so that its import never has to guess: the
 * template's version, the era of its province codes (63 or 34, DATA.md "Two eras"), the indicators and periods
 * asked for, and, for a province's own template, that province. One key and one value per row, as text.
 */
import type { Units } from './select';

/** Name of the hidden sheet. */
export const META_SHEET = 'antq_meta';
/** Version of the template layout; a later layout can be told apart and read its own way. */
export const TEMPLATE_VERSION = 1;

export interface TemplateMeta {
	version: number;
	era: Units;
	/** Indicator ids asked for, in column order. */
	indicators: string[];
	/** Period keys asked for ("2013-2023", "2024"). */
	periods: string[];
	/** The province a province's own template was made for (its code in the era); null for all provinces. */
	province: string | null;
}

const KEY = { version: 'antq_template', era: 'era', indicators: 'indicators', periods: 'periods', province: 'province' } as const;

/** The meta sheet's rows: `[key, value]`, values as text. */
export function metaRows(meta: TemplateMeta): [string, string][] {
	const rows: [string, string][] = [
		[KEY.version, String(meta.version)],
		[KEY.era, meta.era],
		[KEY.indicators, meta.indicators.join(',')],
		[KEY.periods, meta.periods.join(',')]
	];
	if (meta.province !== null) rows.push([KEY.province, meta.province]);
	return rows;
}

const list = (s: string | undefined) =>
	(s ?? '')
		.split(',')
		.map((x) => x.trim())
		.filter((x) => x !== '');

/** The meta sheet read back (cells as text); null when it is not a template's meta sheet. */
export function parseMeta(rows: string[][]): TemplateMeta | null {
	const get = new Map(rows.map((r) => [(r[0] ?? '').trim(), (r[1] ?? '').trim()]));
	const version = Number(get.get(KEY.version));
	const era = get.get(KEY.era);
	if (!Number.isInteger(version) || version < 1 || (era !== '63' && era !== '34')) return null;
	return {
		version,
		era,
		indicators: list(get.get(KEY.indicators)),
		periods: list(get.get(KEY.periods)),
		province: get.get(KEY.province) || null
	};
}
