/**
 * Property-based tests of `parseNumber` and `detectNumberLocale`: any text gives a number or a reason,
 * and what `format.ts` (Intl) writes in vi and en reads back as the same value and qualifier.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue } from './format';
import { check, fast, hostileText } from './fuzz-helpers';
import { detectNumberLocale, parseNumber, type NumberLocale } from './numbers';
import type { Qualifier } from './types';

const locale = fc.constantFrom<NumberLocale>('vi', 'en');
const QUALIFIERS: Qualifier[] = ['exact', 'at_least', 'approx'];

/** Text that looks like numbers: digits, both separators, spaces, signs, qualifier words, very long digit runs. */
const numberish = fc.oneof(
	hostileText,
	fc.string({ unit: fc.constantFrom(...'0123456789.,  +-−'), maxLength: 40 }),
	// Past 309 digits a double overflows to Infinity.
	fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 400, size: 'max' }),
	fc
		.tuple(
			fc.constantFrom('trên ', 'gần ', '≥ ', 'about ', ''),
			fc.string({ unit: fc.constantFrom(...'0123456789.,'), maxLength: 20 }),
			fc.constantFrom('', '+', ' tin', ' mô hình')
		)
		.map((parts) => parts.join(''))
);

describe('parseNumber on any text', () => {
	it('returns a finite number (or no data) or a reason, never throws, quickly', () => {
		check(
			fc.property(numberish, locale, (text, loc) => {
				const r = fast(() => parseNumber(text, loc));
				if (r.ok) {
					expect(QUALIFIERS).toContain(r.qualifier);
					if (r.value !== null) expect(Number.isFinite(r.value), `${text} → ${r.value}`).toBe(true);
				} else {
					expect(['not_a_number', 'ambiguous']).toContain(r.reason);
					expect(r.text).toBe(text);
				}
			}),
			600
		);
	});
});

describe('parseNumber reads back what format.ts writes', () => {
	it('integers, grouped or not', () => {
		check(
			fc.property(fc.integer({ min: -1e12, max: 1e12 }), locale, (n, loc) => {
				expect(parseNumber(formatNumber(n, loc), loc)).toEqual({ ok: true, value: n, qualifier: 'exact' });
			}),
			300
		);
	});

	it('decimals with 1–3 fraction digits (3 digits below 1000 are ambiguous, by design)', () => {
		const decimal = fc.record({
			mantissa: fc.integer({ min: -1e9, max: 1e9 }),
			digits: fc.integer({ min: 1, max: 3 })
		});
		check(
			fc.property(decimal, locale, ({ mantissa, digits }, loc) => {
				const value = mantissa / 10 ** digits;
				const text = formatNumber(value, loc, { digits });
				const r = parseNumber(text, loc);
				// "4,378" (vi) / "4.378" (en) is also a whole number in the other locale: the caller decides.
				if (/^[-\u2212]?[1-9]\d{0,2}[.,]\d{3}$/.test(text)) expect(r).toMatchObject({ ok: false, reason: 'ambiguous' });
				else expect(r, text).toEqual({ ok: true, value, qualifier: 'exact' });
			}),
			300
		);
	});

	it('values with their qualifier mark (≥, ≈)', () => {
		check(
			fc.property(fc.integer({ min: 0, max: 1e9 }), fc.constantFrom(...QUALIFIERS), locale, (n, qualifier, loc) => {
				expect(parseNumber(formatValue(n, qualifier, loc), loc)).toEqual({ ok: true, value: n, qualifier });
			})
		);
	});
});

describe('detectNumberLocale', () => {
	it('never throws and only cites given samples', () => {
		check(
			fc.property(fc.array(numberish, { maxLength: 20 }), (samples) => {
				const r = fast(() => detectNumberLocale(samples));
				expect(['vi', 'en']).toContain(r.locale);
				for (const e of r.evidence) expect(samples).toContain(e);
			})
		);
	});

	it('recognises a column formatted in one locale, whatever undecided cells it also holds', () => {
		const undecided = fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 999 }).map(String), fc.constant('không rõ'));
		check(
			fc.property(
				locale,
				fc.array(fc.integer({ min: 1000, max: 1e9 }), { minLength: 1, maxLength: 10 }),
				fc.array(undecided, { maxLength: 10 }),
				(loc, values, others) => {
					const samples = [...values.map((v) => formatNumber(v, loc)), ...others];
					expect(detectNumberLocale(samples)).toMatchObject({ locale: loc, decided: true });
				}
			)
		);
	});
});
