/**
 * Property-based tests of the province resolver on the real data files: any text gives a province or at
 * most three suggestions, and every way people write a province's name or code finds it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, fast, hostileText, realData } from './fuzz-helpers';
import { createProvinceIndex } from './provinces';
import { fold } from './text';

const { tables, aliases } = realData();
const provinces = tables.provinces;
const codes = new Set(provinces.map((p) => p.code));
const index = createProvinceIndex(provinces, aliases);
const province = fc.constantFrom(...provinces);

/** Free text, plus near-names: parts of real names and aliases with junk around them. */
const query = fc.oneof(
	hostileText,
	fc
		.tuple(fc.constantFrom(...provinces.map((p) => p.name), ...aliases.map((a) => a.alias)), fc.nat(), fc.nat(), hostileText)
		.map(([name, a, b, junk]) => name.slice(a % (name.length + 1), b % (name.length + 1)) + junk.slice(0, 3))
);

describe('resolve on any text', () => {
	it('returns a known province or up to three distinct known suggestions, quickly', () => {
		check(
			fc.property(query, (text) => {
				const r = fast(() => index.resolve(text));
				if (r.ok) {
					expect(codes.has(r.province.code)).toBe(true);
					expect(['code', 'name', 'alias']).toContain(r.via);
				} else {
					const suggested = r.suggestions.map((p) => p.code);
					expect(suggested.length).toBeLessThanOrEqual(3);
					expect(new Set(suggested).size).toBe(suggested.length);
					for (const c of suggested) expect(codes.has(c)).toBe(true);
					// A number is a code: a wrong code is not close to any other.
					if (/^\d+$/.test(fold(text))) expect(suggested).toEqual([]);
				}
			}),
			400
		);
	});
});

describe('search on any text', () => {
	it('ranks distinct known provinces within the limit, the resolved one first, quickly', () => {
		check(
			fc.property(query, fc.option(fc.integer({ min: 0, max: 70 }), { nil: undefined }), (text, limit) => {
				const hits = fast(() => index.search(text, limit)).map((p) => p.code);
				expect(hits.length).toBeLessThanOrEqual(limit ?? provinces.length);
				expect(new Set(hits).size).toBe(hits.length);
				for (const c of hits) expect(codes.has(c)).toBe(true);
				const r = index.resolve(text);
				if (r.ok && limit !== 0) expect(hits[0]).toBe(r.province.code);
			}),
			400
		);
	});
});

describe('resolve finds a province however its name is written', () => {
	const written = province.chain((p) =>
		fc.record({
			p: fc.constant(p),
			name: fc.constantFrom(p.name, p.name_en, p.slug),
			/** Per character: upper case or not. */
			upper: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
			space: fc.constantFrom(' ', '  ', '-', ' - ', '_', ''),
			prefix: fc.constantFrom('', 'Tỉnh ', 'tinh ', 'TP. ', 'TP.', 'Tp ', 'T.P ', 'Thành phố ', 'thanh pho ', 'Thủ đô '),
			around: fc.constantFrom(['', ''], [' ', '  '], ['"', '"'], ['(', ')'], ['', '!!'], ['\t', '\u00a0']),
			nfd: fc.boolean()
		})
	);

	it('in any case, with or without diacritics, prefixes, spaces or hyphens, NFC or NFD', () => {
		check(
			fc.property(written, ({ p, name, upper, space, prefix, around, nfd }) => {
				const cased = [...name.replace(/[ -]+/g, space)].map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c)).join('');
				const text = `${around[0]}${prefix}${cased}${around[1]}`;
				const r = index.resolve(nfd ? text.normalize('NFD') : text);
				expect(r.ok && r.province.code, text).toBe(p.code);
			}),
			400
		);
	});

	it('by its code, with or without zero padding and spaces', () => {
		check(
			fc.property(province, fc.constantFrom('', '0', '00'), fc.constantFrom('', ' ', '\t'), (p, zeros, pad) => {
				const text = `${pad}${zeros}${Number(p.code)}${pad}`;
				expect(index.resolve(text)).toEqual({ ok: true, province: p, via: 'code' });
			})
		);
	});

	it('with one typo (a letter no province is spelled with), by suggesting it', () => {
		const typo = fc.record({
			p: province,
			at: fc.nat(),
			letter: fc.constantFrom('f', 'j', 'w', 'z'),
			edit: fc.constantFrom('insert', 'replace')
		});
		check(
			fc.property(typo, ({ p, at, letter, edit }) => {
				const name = p.name_en;
				const i = at % name.length;
				const text = name.slice(0, i) + letter + name.slice(edit === 'insert' ? i : i + 1);
				const r = index.resolve(text);
				expect(r.ok, text).toBe(false);
				expect(!r.ok && r.suggestions.map((s) => s.code), text).toContain(p.code);
			}),
			300
		);
	});
});
