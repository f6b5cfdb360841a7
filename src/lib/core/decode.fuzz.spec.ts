/** Property-based tests of `decodeBytes`: any bytes give text, and every encoding Excel writes round-trips. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, type TextEncodingName } from './decode';
import { check, fast } from './fuzz-helpers';
import { cat, utf16, utf8 } from './test-bytes';

const ENCODINGS: TextEncodingName[] = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1258'];
const BOMS = { 'utf-8': [0xef, 0xbb, 0xbf], 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff] };

/** windows-1258 byte of each character its decoder produces, from the decoder itself. */
const CP1258 = new Map<string, number>();
for (let b = 0; b < 256; b++) {
	const ch = new TextDecoder('windows-1258').decode(Uint8Array.of(b));
	if (ch !== '\ufffd' && !CP1258.has(ch)) CP1258.set(ch, b);
}
/** The five Vietnamese tone marks, which windows-1258 writes as separate combining bytes. */
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

/** Encode NFC Vietnamese text as Excel's "CSV" does on Vietnamese Windows: base letter byte + tone byte. */
function cp1258(s: string): Uint8Array {
	const out: number[] = [];
	for (const ch of s) {
		const direct = CP1258.get(ch);
		if (direct !== undefined) {
			out.push(direct);
			continue;
		}
		const parts = [...ch.normalize('NFD')];
		const tone = parts.find((p) => TONES.includes(p));
		const base = parts
			.filter((p) => p !== tone)
			.join('')
			.normalize('NFC');
		for (const c of tone ? [base, tone] : [base]) {
			const b = CP1258.get(c);
			if (b === undefined) throw new Error(`not in windows-1258: ${c}`);
			out.push(b);
		}
	}
	return Uint8Array.from(out);
}

/** Every Vietnamese letter (each vowel with each tone, both cases), plus ASCII digits and CSV punctuation. */
const VOWELS = 'aăâeêioôơuưy';
const VI_LETTERS = [
	...[...VOWELS, ...VOWELS.toUpperCase()].flatMap((v) => ['', ...TONES].map((t) => (v + t).normalize('NFC'))),
	...'bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX'
];
const viChar = fc.constantFrom(...VI_LETTERS);
const asciiChar = fc.constantFrom(...'abcXYZ0123456789 ,;.-"\t\r\n');
const viText = fc.string({ unit: fc.oneof(viChar, asciiChar), maxLength: 120 });

/** Well-formed text of any code points (lone surrogates cannot be encoded, so they are not in a file). */
const anyText = fc.string({ unit: 'binary', maxLength: 120 });

describe('decodeBytes on any bytes', () => {
	const bytes = fc.oneof(
		fc.uint8Array({ maxLength: 2048 }),
		fc.tuple(fc.constantFrom(...Object.values(BOMS)), fc.uint8Array({ maxLength: 512 })).map(([bom, rest]) => cat(bom, rest))
	);

	it('always returns NFC text and a known encoding, quickly', () => {
		check(
			fc.property(bytes, (b) => {
				const { text, encoding } = fast(() => decodeBytes(b));
				expect(ENCODINGS).toContain(encoding);
				expect(text).toBe(text.normalize('NFC'));
			}),
			400
		);
	});
});

describe('decodeBytes round-trips what spreadsheets write', () => {
	it('UTF-8 with a BOM', () => {
		check(
			fc.property(anyText, (s) => {
				expect(decodeBytes(cat(BOMS['utf-8'], utf8(s)))).toEqual({ text: s.normalize('NFC'), encoding: 'utf-8-bom' });
			})
		);
	});

	it('UTF-8 without a BOM (text without NUL characters, which no CSV holds)', () => {
		const noNul = anyText.filter((s) => !s.includes('\0') && !s.startsWith('\ufeff'));
		check(
			fc.property(noNul, (s) => {
				expect(decodeBytes(utf8(s))).toEqual({ text: s.normalize('NFC'), encoding: 'utf-8' });
			})
		);
	});

	it.each([
		{ le: true, encoding: 'utf-16le' as const },
		{ le: false, encoding: 'utf-16be' as const }
	])('$encoding with a BOM', ({ le, encoding }) => {
		check(
			fc.property(anyText, (s) => {
				const bom = BOMS[encoding];
				expect(decodeBytes(cat(bom, utf16(s, le)))).toEqual({ text: s.normalize('NFC'), encoding });
			})
		);
	});

	it.each([
		{ le: true, encoding: 'utf-16le' as const },
		{ le: false, encoding: 'utf-16be' as const }
	])('$encoding without a BOM, when at least every other character is ASCII', ({ le, encoding }) => {
		const text = fc
			.array(fc.tuple(asciiChar, fc.oneof(asciiChar, viChar)), { minLength: 1, maxLength: 60 })
			.map((pairs) => pairs.flat().join(''));
		check(
			fc.property(text, (s) => {
				expect(decodeBytes(utf16(s, le))).toEqual({ text: s, encoding });
			})
		);
	});

	it('windows-1258 (decomposed tone marks) comes back as NFC Vietnamese', () => {
		check(
			fc.property(viText, (s) => {
				// Without a non-ASCII letter the bytes are plain ASCII, which is also valid UTF-8.
				// eslint-disable-next-line no-control-regex -- the whole ASCII range, NUL included, on purpose
				const encoding = /[^\x00-\x7f]/.test(s) ? 'windows-1258' : 'utf-8';
				expect(decodeBytes(cp1258(s))).toEqual({ text: s, encoding });
			})
		);
	});
});
