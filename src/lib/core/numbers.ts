/**
 * Numbers as people type them in Vietnamese and English spreadsheets and articles:
 * vi `4.378` = 4378 and `1,5` = 1.5; en `4,378` = 4378 and `1.5` = 1.5; both `4 378` (space, NBSP,
 * narrow NBSP or thin space as group separator). Qualifier words in front ("trên", "gần"…) are kept
 * as a Qualifier. Blank means "no data" (null), never 0.
 */
import type { Qualifier } from './types';
import { asciiFold, nfc } from './text';

export type NumberLocale = 'vi' | 'en';

export type ParsedNumber =
	{ ok: true; value: number | null; qualifier: Qualifier } | { ok: false; reason: 'not_a_number' | 'ambiguous'; text: string };

/**
 * Prefixes in folded form (no diacritics, lower case, see `foldKeep`), longest first so that `>=` wins
 * over `>` and `approx.` over `approx`.
 */
const QUALIFIER_PREFIXES: [string, Qualifier][] = (
	[
		['tren', 'at_least'],
		['hon', 'at_least'],
		['it nhat', 'at_least'],
		['toi thieu', 'at_least'],
		['>=', 'at_least'],
		['≥', 'at_least'],
		['>', 'at_least'],
		['over', 'at_least'],
		['more than', 'at_least'],
		['at least', 'at_least'],
		['gan', 'approx'],
		['khoang', 'approx'],
		['xap xi', 'approx'],
		['uoc tinh', 'approx'],
		['~', 'approx'],
		['≈', 'approx'],
		['around', 'approx'],
		['about', 'approx'],
		['nearly', 'approx'],
		['almost', 'approx'],
		['approximately', 'approx'],
		['approx.', 'approx'],
		['approx', 'approx'],
		['ca.', 'approx']
	] as [string, Qualifier][]
).sort((a, b) => b[0].length - a[0].length);

const SEPARATORS: Record<NumberLocale, { group: string; decimal: string }> = {
	vi: { group: '.', decimal: ',' },
	en: { group: ',', decimal: '.' }
};

/** Space-like group separators: space, NBSP, thin space, narrow NBSP (what Excel/Intl may emit). */
const SPACE = '[ \\u00a0\\u2009\\u202f]';

/**
 * Strict grammar per locale, on folded text after the qualifier prefix:
 *   sign? ( \d{1,3}(G\d{3})+ | \d{1,3}(space\d{3})+ | \d+ ) (D\d+)? `+`? (whitespace unit-words)?
 * Unit words ("tin", "mo hinh", "nguoi/nam") must be separated by whitespace and hold no digits,
 * so "12abc34" and "15 2020" are rejected. A trailing `+` ("1.000+") means at least.
 */
const GRAMMAR: Record<NumberLocale, RegExp> = {
	vi: grammar('vi'),
	en: grammar('en')
};

function grammar(locale: NumberLocale): RegExp {
	// In a character class, so '.' is literal (and ',' needs no escape, which `u` mode would reject).
	const g = `[${SEPARATORS[locale].group}]`;
	const d = `[${SEPARATORS[locale].decimal}]`;
	return new RegExp(
		`^([-\\u2212]?)(\\d{1,3}(?:${g}\\d{3})+|\\d{1,3}(?:${SPACE}\\d{3})+|\\d+)(?:${d}(\\d+))?(\\+?)(?:\\s+\\p{L}[^\\d]*)?$`,
		'u'
	);
}

/** Lower case without diacritics (đ → d), keeping punctuation and spacing, unlike `fold`. */
function foldKeep(s: string): string {
	return asciiFold(nfc(s)).toLowerCase().trim();
}

/** Strip a leading qualifier word or mark. */
function splitQualifier(folded: string): { qualifier: Qualifier; rest: string } {
	for (const [prefix, qualifier] of QUALIFIER_PREFIXES) {
		if (folded.startsWith(prefix)) return { qualifier, rest: folded.slice(prefix.length).trimStart() };
	}
	return { qualifier: 'exact', rest: folded };
}

interface Reading {
	value: number;
	/** Digits after the decimal mark ('' when none). */
	fraction: string;
	/** A group separator (dot/comma or space) was used. */
	grouped: boolean;
	/** Trailing `+` ("1.000+"). */
	plus: boolean;
}

function read(rest: string, locale: NumberLocale): Reading | null {
	const m = GRAMMAR[locale].exec(rest);
	if (!m) return null;
	const [, sign = '', int = '', fraction = '', plus = ''] = m;
	const digits = int.replace(/\D/g, '');
	const value = Number(digits + (fraction ? '.' + fraction : '')) * (sign ? -1 : 1);
	// Over ~309 digits a double overflows to Infinity, which is no figure anyone wrote.
	if (!Number.isFinite(value)) return null;
	return { value: value === 0 ? 0 : value, fraction, grouped: digits !== int, plus: plus === '+' };
}

/**
 * Parse one cell or figure in the given locale.
 * - `ok: false, reason: 'ambiguous'`: not valid in `locale` but valid in the other one ("1.5" in vi,
 *   "1,5" in en, "1.234,5" in en), or a bare 3-decimal reading ("4,378" in vi): counts rarely have three
 *   decimals, and reading it as 4.378 would silently be 1000× off, so the caller must decide.
 * - `ok: false, reason: 'not_a_number'`: anything else that is not a number ("abc", "12abc34", "1.23.4").
 */
export function parseNumber(text: string, locale: NumberLocale): ParsedNumber {
	const folded = foldKeep(text);
	if (folded === '') return { ok: true, value: null, qualifier: 'exact' };
	const { qualifier, rest } = splitQualifier(folded);
	const other: NumberLocale = locale === 'vi' ? 'en' : 'vi';
	const here = read(rest, locale);
	if (!here) {
		return { ok: false, reason: read(rest, other) ? 'ambiguous' : 'not_a_number', text };
	}
	// "4,378" (vi) / "4.378" (en): also a valid grouped integer in the other locale. "0,125" is not.
	if (here.fraction.length === 3 && !here.grouped && !/^[-\u2212]?0\D/.test(rest) && read(rest, other)) {
		return { ok: false, reason: 'ambiguous', text };
	}
	return { ok: true, value: here.value, qualifier: here.plus && qualifier === 'exact' ? 'at_least' : qualifier };
}

/** The decisive shapes (after qualifiers, sign and space groups are removed). Disjoint by construction. */
const DECISIVE: [RegExp, NumberLocale][] = [
	[/^\d{1,3}(\.\d{3})+(,\d+)?$/, 'vi'], // 1.234.567, 44.000,5 (both separators: the last is the decimal mark)
	[/^\d+,\d{1,2}$/, 'vi'], // 1,5  1234,25
	[/^\d{1,3}(,\d{3})+(\.\d+)?$/, 'en'], // 4,378  1,234,567.25
	[/^\d+\.\d{1,2}$/, 'en'] // 1.5  1234.25
];

/** The locale a sample's number shape proves, or null ("44000", "4 378", "12,5abc", "abc"). */
function decisiveLocale(sample: string): NumberLocale | null {
	const { rest } = splitQualifier(foldKeep(sample));
	const core = /^[-\u2212]?(\d[\d.,]*(?:[ \u00a0\u2009\u202f]\d[\d.,]*)*)/.exec(rest)?.[1];
	if (!core) return null;
	const compact = core.replace(/[ \u00a0\u2009\u202f]/g, '');
	for (const [re, locale] of DECISIVE) {
		// The whole sample must also parse in that locale, so garbage with a number inside never votes.
		if (re.test(compact)) return parseNumber(sample, locale).ok ? locale : null;
	}
	return null;
}

/**
 * Guess a column's number locale from its cells. Majority of decisive samples wins; with none, or a tie,
 * the answer is 'vi' with decided=false. `evidence` holds the samples behind the answer (on a tie, all
 * decisive samples, so a preview can show the conflict).
 */
export function detectNumberLocale(samples: string[]): {
	locale: NumberLocale;
	decided: boolean;
	evidence: string[];
} {
	const votes: Record<NumberLocale, string[]> = { vi: [], en: [] };
	for (const s of samples) {
		const locale = decisiveLocale(s);
		if (locale) votes[locale].push(s);
	}
	if (votes.vi.length > votes.en.length) return { locale: 'vi', decided: true, evidence: votes.vi };
	if (votes.en.length > votes.vi.length) return { locale: 'en', decided: true, evidence: votes.en };
	return { locale: 'vi', decided: false, evidence: [...votes.vi, ...votes.en] };
}
