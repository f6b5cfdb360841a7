/** Property-based tests of `parsePeriod`: any text gives a valid period or null; keys and labels read back. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, fast, hostileText } from './fuzz-helpers';
import { parsePeriod, periodKey, periodLabel } from './period';

const year = fc.integer({ min: 1900, max: 2100 });
const period = fc.tuple(year, year).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));

describe('parsePeriod on any text', () => {
	const periodish = fc.oneof(
		hostileText,
		fc.string({ unit: fc.constantFrom(...'0123456789-–—/ GĐgđ'), maxLength: 20 }),
		fc.tuple(fc.integer({ min: -99999, max: 99999 }), fc.integer({ min: -99999, max: 99999 })).map(([a, b]) => `${a}-${b}`)
	);

	it('returns null or whole years 1900–2100 with start ≤ end, quickly', () => {
		check(
			fc.property(periodish, (text) => {
				const p = fast(() => parsePeriod(text));
				if (p === null) return;
				expect(Number.isInteger(p.start) && Number.isInteger(p.end)).toBe(true);
				expect(1900 <= p.start && p.start <= p.end && p.end <= 2100).toBe(true);
				// A parsed period has one canonical key, which reads back to itself.
				expect(parsePeriod(periodKey(p))).toEqual(p);
			}),
			500
		);
	});
});

describe('parsePeriod reads back', () => {
	it('every period key and display label', () => {
		check(
			fc.property(period, (p) => {
				expect(parsePeriod(periodKey(p))).toEqual(p);
				expect(parsePeriod(periodLabel(p))).toEqual(p);
			})
		);
	});

	it('the ways people write a period: prefixes, dashes, slashes and spaces', () => {
		const written = fc.record({
			p: period,
			prefix: fc.constantFrom('', 'GĐ ', 'gđ', 'GD.', 'giai đoạn ', 'Giai doan ', 'period '),
			dash: fc.constantFrom('-', '–', '—', '/'),
			space: fc.constantFrom('', ' ', '  '),
			// Decomposed Vietnamese ("giai đoạn" typed on a Mac) is the same text.
			nfd: fc.boolean()
		});
		check(
			fc.property(written, ({ p, prefix, dash, space, nfd }) => {
				const text = ` ${prefix}${p.start}${space}${dash}${space}${p.end} `;
				expect(parsePeriod(nfd ? text.normalize('NFD') : text)).toEqual(p);
			})
		);
	});
});
