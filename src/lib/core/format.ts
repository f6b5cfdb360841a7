/** Locale number formatting with the qualifier marks the data carry (≥ lower bound, ≈ approximation). */
import type { Lang, Qualifier } from './types';

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-US' };
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, digits: number): Intl.NumberFormat {
	const key = `${lang}:${digits}`;
	let f = formatters.get(key);
	if (!f) {
		f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits });
		formatters.set(key, f);
	}
	return f;
}

/** Fraction digits that keep about three significant figures without showing noise on counts. */
function autoDigits(value: number): number {
	const a = Math.abs(value);
	if (Number.isInteger(value) || a >= 100) return 0;
	if (a >= 10) return 1;
	if (a >= 1) return 2;
	return 3;
}

/** vi: 44.000 · 1,5 — en: 44,000 · 1.5. */
export function formatNumber(value: number, lang: Lang, opts: { digits?: number } = {}): string {
	return formatter(lang, opts.digits ?? autoDigits(value)).format(value);
}

export function qualifierMark(q: Qualifier | null | undefined): string {
	if (q === 'at_least') return '≥';
	if (q === 'approx') return '≈';
	return '';
}

/** "≥ 44.000", "≈ 7.000", "15"; `null` → the no-data text the caller passes. */
export function formatValue(
	value: number | null,
	qualifier: Qualifier | null | undefined,
	lang: Lang,
	opts: { digits?: number; missing?: string } = {}
): string {
	if (value === null) return opts.missing ?? '—';
	const mark = qualifierMark(qualifier);
	const text = formatNumber(value, lang, opts);
	return mark ? `${mark}\u00a0${text}` : text;
}

/** Signed number for differences: "+1.200", "−35" (true minus sign). */
export function formatSigned(value: number, lang: Lang, opts: { digits?: number } = {}): string {
	const text = formatNumber(Math.abs(value), lang, opts);
	if (value > 0) return `+${text}`;
	if (value < 0) return `\u2212${text}`;
	return text;
}

/** Ratio as "×1,8" / "×1.8". */
export function formatRatio(value: number, lang: Lang): string {
	return `×${formatNumber(value, lang, { digits: value >= 10 ? 0 : 2 })}`;
}
