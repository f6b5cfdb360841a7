/** Locale number formatting with the qualifier marks the data carry (≥ lower bound, ≈ approximation). */
import type { Lang, Qualifier } from './types';

/**
 * Separators per language (CLDR for vi-VN and en-US): vi 44.000 · 1,5 — en 44,000 · 1.5. Numbers are written here
 * rather than by `Intl.NumberFormat` because a page's first `Intl.NumberFormat` loads the ICU number data, the single
 * longest piece of work of a phone's first view (30–60 ms, four times that on a throttled phone). `format.spec.ts`
 * checks every output against `Intl.NumberFormat` itself: if a browser's first number format ever becomes cheap, this
 * can go back to `Intl` with that spec as its test.
 */
const SEPARATORS: Record<Lang, { group: string; decimal: string }> = { vi: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } };

/** Plain decimal digits of a non-negative finite number, from its shortest round-trip form ("1.2e-7" → "0.00000012"). */
function plainDigits(abs: number): { int: string; frac: string } {
	const [, int = '0', frac = '', exp = '0'] = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(abs)) ?? [];
	const shift = Number(exp);
	if (shift === 0) return { int, frac };
	const digits = int + frac;
	const point = int.length + shift;
	if (point <= 0) return { int: '0', frac: '0'.repeat(-point) + digits };
	if (point >= digits.length) return { int: digits + '0'.repeat(point - digits.length), frac: '' };
	return { int: digits.slice(0, point), frac: digits.slice(point) };
}

/** `digits` fraction digits at most, rounded half away from zero on the decimal digits (ECMA-402's "halfExpand"). */
function roundDecimal({ int, frac }: { int: string; frac: string }, digits: number): { int: string; frac: string } {
	if (frac.length <= digits) return { int, frac: frac.replace(/0+$/, '') };
	let kept = int + frac.slice(0, digits);
	if ((frac[digits] ?? '0') >= '5') {
		const carried = [...kept];
		let i = carried.length - 1;
		while (i >= 0 && carried[i] === '9') carried[i--] = '0';
		if (i < 0) carried.unshift('1');
		else carried[i] = String(Number(carried[i]) + 1);
		kept = carried.join('');
	}
	const intLength = kept.length - digits;
	return { int: kept.slice(0, intLength).replace(/^0+(?=\d)/, ''), frac: kept.slice(intLength).replace(/0+$/, '') };
}

/** What `Intl.NumberFormat(locale, { maximumFractionDigits })` writes for vi-VN and en-US. */
function writeNumber(value: number, lang: Lang, digits: number): string {
	if (Number.isNaN(value)) return 'NaN';
	const sign = value < 0 || Object.is(value, -0) ? '-' : '';
	if (!Number.isFinite(value)) return `${sign}∞`;
	const { group, decimal } = SEPARATORS[lang];
	const { int, frac } = roundDecimal(plainDigits(Math.abs(value)), digits);
	const grouped = int.replace(/\B(?=(\d{3})+$)/g, group);
	return sign + (frac ? `${grouped}${decimal}${frac}` : grouped);
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
	return writeNumber(value, lang, opts.digits ?? autoDigits(value));
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
