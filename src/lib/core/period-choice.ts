/**
 * A period asked of an indicator that has no figures for it (a link, or a switch of indicator that keeps the
 * period): never "invalid" and never silently replaced. A stock (a count at one moment) asked for a range is
 * shown at the range's end, when it has figures then ("models in 2013–2023" → the models in place in 2023);
 * otherwise the indicator's own period is shown, and the notice lists the periods it has.
 */
import { parsePeriod, periodKey, periodLabel } from './period';
import type { Lang } from './types';
import { t } from '../i18n';

/** Why the period shown is not the one asked for. */
export interface PeriodNotice {
	kind: 'no-figures' | 'stock-end';
	/** Which parameter asked for it: the period, or the period compared with. */
	param: 'period' | 'compare';
	indicator: string;
	/** The period key asked for, e.g. "2013-2023". */
	asked: string;
	/** The period key shown instead (null: none, e.g. the comparison is left off). */
	shown: string | null;
	/** The indicator's period keys, latest first. */
	has: readonly string[];
}

/**
 * The period to show for `asked` (a key the indicator lacks): its end year for a stock that has it, else
 * `fallback`. `periods`: the indicator's keys, oldest first (as `periodsByIndicator`).
 */
export function choosePeriod(opts: {
	indicator: string;
	asked: string;
	periods: readonly string[];
	stock: boolean;
	fallback: string | null;
	param?: PeriodNotice['param'];
}): { period: string | null; notice: PeriodNotice } {
	const { indicator, asked, periods, stock, fallback } = opts;
	const p = parsePeriod(asked);
	const end = p && p.start < p.end ? periodKey({ start: p.end, end: p.end }) : null;
	const atEnd = stock && end !== null && periods.includes(end);
	const shown = atEnd ? end : fallback;
	return {
		period: shown,
		notice: {
			kind: atEnd ? 'stock-end' : 'no-figures',
			param: opts.param ?? 'period',
			indicator,
			asked,
			shown,
			has: [...periods].reverse()
		}
	};
}

/** The notice as a sentence: "Mô hình hiện có: không có số liệu cho 2013–2023; đang xem 2024. Các kỳ có số liệu: …". */
export function periodNoticeText(notice: PeriodNotice, indicatorLabel: string, lang: Lang): string {
	const label = (key: string) => {
		const p = parsePeriod(key);
		return p ? periodLabel(p) : key;
	};
	const params = {
		indicator: indicatorLabel,
		asked: label(notice.asked),
		shown: notice.shown ? label(notice.shown) : '',
		has: notice.has.map(label).join(', ')
	};
	if (notice.kind === 'stock-end' && notice.shown) return t(lang, 'period.stockEnd', params);
	return t(lang, notice.shown ? 'period.noFigures' : 'period.noFiguresCompare', params);
}
