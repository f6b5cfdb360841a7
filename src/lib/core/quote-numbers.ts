/**
 * The numbers a quoted sentence prints, read the way Vietnamese and English articles print them — the data
 * contract's rule that every quote contains its value (DATA.md rule 8), used by the data check.
 */

/** Scale words that may follow a printed number ("3 triệu", "741 nghìn", "613 ngàn"), as powers of ten. */
const SCALE_WORDS: [RegExp, number][] = [
	[/^[ \u00a0\u2009\u202f]*(?:nghìn|ngàn|thousand)(?![\p{L}])/iu, 3],
	[/^[ \u00a0\u2009\u202f]*(?:triệu|million)(?![\p{L}])/iu, 6],
	[/^[ \u00a0\u2009\u202f]*(?:tỷ|tỉ|billion)(?![\p{L}])/iu, 9]
];

/** A run of digits joined by `.`, `,` or a space-like character, not glued to a preceding letter ("TW8"). */
const NUMBER_RUN = /(?<![\p{L}\p{N}])\d+(?:[., \u00a0\u2009\u202f]\d+)*/gu;
const SPACE_CHARS = /[ \u00a0\u2009\u202f]/;

/** A decimal reading kept as digit strings so that scaling ("4,5 triệu") stays exact. */
interface DecimalReading {
	int: string;
	frac: string;
}

/** Readings of one token made of digits, `.` and `,` only, in Vietnamese and English conventions. */
function tokenReadings(t: string): DecimalReading[] {
	const out: DecimalReading[] = [];
	if (/^\d+$/.test(t)) out.push({ int: t, frac: '' });
	// Thousands groups: vi 44.000, en 44,000. Such a token is read ONLY this way: its decimal reading
	// (44.000 = 44 in English, 4,378 = 4.378 in Vietnamese) would let a value 1000× off pass the check.
	if (/^\d{1,3}(?:\.\d{3})+$/.test(t) || /^\d{1,3}(?:,\d{3})+$/.test(t)) {
		out.push({ int: t.replace(/[.,]/g, ''), frac: '' });
		return out;
	}
	// One decimal mark: vi 1,5, en 1.5.
	const dec = /^(\d+)[.,](\d+)$/.exec(t);
	if (dec) out.push({ int: dec[1] ?? '', frac: dec[2] ?? '' });
	// Groups and a decimal mark: vi 1.234,5, en 1,234.5.
	const viMixed = /^(\d{1,3}(?:\.\d{3})+),(\d+)$/.exec(t);
	if (viMixed) out.push({ int: (viMixed[1] ?? '').replace(/\./g, ''), frac: viMixed[2] ?? '' });
	const enMixed = /^(\d{1,3}(?:,\d{3})+)\.(\d+)$/.exec(t);
	if (enMixed) out.push({ int: (enMixed[1] ?? '').replace(/,/g, ''), frac: enMixed[2] ?? '' });
	return out;
}

function scaled(r: DecimalReading, pow: number): number {
	const frac = r.frac.padEnd(pow, '0');
	return Number(`${r.int}${frac.slice(0, pow)}.${frac.slice(pow) || '0'}`);
}

/**
 * Every value a text may print, in either convention: `44.000`, `44,000`, `44 000` and `44000` → 44000;
 * `1,5` and `1.5` → 1.5; `05` → 5. A number followed by a scale word is read only multiplied
 * ("3 triệu" → 3000000, not 3; "4,5 triệu" → 4500000; "1,2 nghìn" → 1200; "613 ngàn" → 613000).
 * A dot or comma followed by groups of exactly three digits is a thousands separator only ("4.378" → 4378,
 * never 4.378; "44.000" never 44); other single marks are decimals in either convention. Digits glued
 * after a letter ("TW8") are not numbers.
 *
 * Numbers written in words ("hai tập thể", "một triệu") are deliberately NOT read: a quote must print the
 * figure in digits (optionally with a scale word), otherwise the fact row is reported and has to be given
 * a quote that prints it. This is the only rule about words, so a value can never be "found" by accident
 * in ordinary prose (e.g. "năm" = five / year).
 */
export function numbersInText(text: string): number[] {
	const s = text.normalize('NFC');
	const out = new Set<number>();
	for (const m of s.matchAll(NUMBER_RUN)) {
		const run = m[0];
		const after = s.slice((m.index ?? 0) + run.length);
		let pow = 0;
		for (const [re, p] of SCALE_WORDS) if (re.test(after)) pow = p;
		const pieces = run.split(SPACE_CHARS);
		// Space as group separator ("44 000", "1 234 567") when the whole run has that shape: then it is one
		// number only (not 44 and 0). Otherwise each space-separated piece is a number of its own.
		const grouped = pieces.length > 1 && /^\d{1,3}$/.test(pieces[0] ?? '') && pieces.slice(1).every((p) => /^\d{3}$/.test(p));
		const tokens = grouped ? [pieces.join('')] : pieces;
		tokens.forEach((token, k) => {
			// "3 triệu" is 3000000 only: its bare 3 would let a value a million times too small pass.
			for (const r of tokenReadings(token)) out.add(scaled(r, k === tokens.length - 1 ? pow : 0));
		});
	}
	return [...out];
}

/** Whether `quote` prints `value` (see `numbersInText` for the accepted forms). */
export function quoteContainsValue(quote: string, value: number): boolean {
	return numbersInText(quote).some((n) => Math.abs(n - value) <= 1e-9 * Math.max(1, Math.abs(value)));
}
