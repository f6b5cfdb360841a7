import { describe, expect, it } from 'vitest';
import { detectNumberLocale, parseNumber, type NumberLocale } from './numbers';
import type { Qualifier } from './types';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

type Ok = { input: string; locale: NumberLocale; value: number | null; qualifier: Qualifier };

describe('parseNumber: valid numbers', () => {
	it.each<Ok>([
		// vi: dot groups, comma decimal
		{ input: '4.378', locale: 'vi', value: 4378, qualifier: 'exact' },
		{ input: '44.000', locale: 'vi', value: 44000, qualifier: 'exact' },
		{ input: '1.234.567', locale: 'vi', value: 1234567, qualifier: 'exact' },
		{ input: '1,5', locale: 'vi', value: 1.5, qualifier: 'exact' },
		{ input: '44.000,5', locale: 'vi', value: 44000.5, qualifier: 'exact' },
		{ input: '1.234.567,25', locale: 'vi', value: 1234567.25, qualifier: 'exact' },
		{ input: '0,125', locale: 'vi', value: 0.125, qualifier: 'exact' },
		{ input: '1234,567', locale: 'vi', value: 1234.567, qualifier: 'exact' },
		{ input: '-2.500,5', locale: 'vi', value: -2500.5, qualifier: 'exact' },
		// en: comma groups, dot decimal
		{ input: '4,378', locale: 'en', value: 4378, qualifier: 'exact' },
		{ input: '1.5', locale: 'en', value: 1.5, qualifier: 'exact' },
		{ input: '1,234,567', locale: 'en', value: 1234567, qualifier: 'exact' },
		{ input: '1,234,567.25', locale: 'en', value: 1234567.25, qualifier: 'exact' },
		{ input: '0.125', locale: 'en', value: 0.125, qualifier: 'exact' },
		{ input: '\u22122,500.5', locale: 'en', value: -2500.5, qualifier: 'exact' },
		// both: plain digits and space-like grouping
		...(['vi', 'en'] as const).flatMap((locale): Ok[] => [
			{ input: '44000', locale, value: 44000, qualifier: 'exact' },
			{ input: '0', locale, value: 0, qualifier: 'exact' },
			{ input: '4 378', locale, value: 4378, qualifier: 'exact' },
			{ input: `4${NBSP}378`, locale, value: 4378, qualifier: 'exact' },
			{ input: `1${NNBSP}234${NNBSP}567`, locale, value: 1234567, qualifier: 'exact' },
			{ input: '  44000  ', locale, value: 44000, qualifier: 'exact' }
		]),
		{ input: '4 378,5', locale: 'vi', value: 4378.5, qualifier: 'exact' },
		{ input: '4 378.5', locale: 'en', value: 4378.5, qualifier: 'exact' },
		// blank = no data, never 0
		...(['vi', 'en'] as const).flatMap((locale): Ok[] => [
			{ input: '', locale, value: null, qualifier: 'exact' },
			{ input: '   ', locale, value: null, qualifier: 'exact' },
			{ input: `\t${NBSP}`, locale, value: null, qualifier: 'exact' }
		]),
		// qualifiers in front (case- and diacritic-insensitive)
		{ input: 'trên 4.000', locale: 'vi', value: 4000, qualifier: 'at_least' },
		{ input: 'Trên 4.000', locale: 'vi', value: 4000, qualifier: 'at_least' },
		{ input: 'hơn 1.200', locale: 'vi', value: 1200, qualifier: 'at_least' },
		{ input: 'HƠN 1.200', locale: 'vi', value: 1200, qualifier: 'at_least' },
		{ input: 'hon 1.200', locale: 'vi', value: 1200, qualifier: 'at_least' },
		{ input: 'ít nhất 300', locale: 'vi', value: 300, qualifier: 'at_least' },
		{ input: '>4.000', locale: 'vi', value: 4000, qualifier: 'at_least' },
		{ input: '> 4.000', locale: 'vi', value: 4000, qualifier: 'at_least' },
		{ input: '≥ 4.000', locale: 'vi', value: 4000, qualifier: 'at_least' },
		{ input: '>=4000', locale: 'vi', value: 4000, qualifier: 'at_least' },
		{ input: '1.000+', locale: 'vi', value: 1000, qualifier: 'at_least' },
		{ input: 'over 4,000', locale: 'en', value: 4000, qualifier: 'at_least' },
		{ input: 'More than 4,000', locale: 'en', value: 4000, qualifier: 'at_least' },
		{ input: 'at least 12.5', locale: 'en', value: 12.5, qualifier: 'at_least' },
		{ input: 'gần 2.000', locale: 'vi', value: 2000, qualifier: 'approx' },
		{ input: 'Khoảng 300', locale: 'vi', value: 300, qualifier: 'approx' },
		{ input: 'xấp xỉ 1,5', locale: 'vi', value: 1.5, qualifier: 'approx' },
		{ input: '~44.000', locale: 'vi', value: 44000, qualifier: 'approx' },
		{ input: '≈ 44.000', locale: 'vi', value: 44000, qualifier: 'approx' },
		{ input: 'around 300', locale: 'en', value: 300, qualifier: 'approx' },
		{ input: 'About 2,000', locale: 'en', value: 2000, qualifier: 'approx' },
		{ input: 'nearly 2,000', locale: 'en', value: 2000, qualifier: 'approx' },
		{ input: 'approx. 2,000', locale: 'en', value: 2000, qualifier: 'approx' },
		// decomposed (NFD) input folds the same way
		{ input: 'gần 2.000'.normalize('NFD'), locale: 'vi', value: 2000, qualifier: 'approx' },
		// trailing unit words are ignored
		{ input: '44.000 tin', locale: 'vi', value: 44000, qualifier: 'exact' },
		{ input: '15 mô hình', locale: 'vi', value: 15, qualifier: 'exact' },
		{ input: 'trên 4.378 mô hình', locale: 'vi', value: 4378, qualifier: 'at_least' },
		{ input: '1.500 người/năm', locale: 'vi', value: 1500, qualifier: 'exact' },
		{ input: '4 378 tin báo', locale: 'vi', value: 4378, qualifier: 'exact' },
		{ input: 'more than 4,378 tips', locale: 'en', value: 4378, qualifier: 'at_least' }
	])('$locale "$input" → $value ($qualifier)', ({ input, locale, value, qualifier }) => {
		expect(parseNumber(input, locale)).toEqual({ ok: true, value, qualifier });
	});
});

describe('parseNumber: rejected input', () => {
	it.each<{ input: string; locale: NumberLocale; reason: 'not_a_number' | 'ambiguous' }>([
		...(['vi', 'en'] as const).flatMap((locale) => [
			{ input: 'abc', locale, reason: 'not_a_number' as const },
			{ input: '12abc34', locale, reason: 'not_a_number' as const },
			{ input: '1.23.4', locale, reason: 'not_a_number' as const },
			{ input: '1,23,4', locale, reason: 'not_a_number' as const },
			{ input: '4 37', locale, reason: 'not_a_number' as const },
			{ input: '4 3780', locale, reason: 'not_a_number' as const },
			{ input: '15 2020', locale, reason: 'not_a_number' as const },
			{ input: '44.000 tin 2020', locale, reason: 'not_a_number' as const },
			{ input: 'trên', locale, reason: 'not_a_number' as const },
			{ input: '-', locale, reason: 'not_a_number' as const },
			{ input: '1.234,567.8', locale, reason: 'not_a_number' as const },
			// Found by numbers.fuzz.spec.ts: these overflowed to Infinity and were read as a number.
			{ input: '4' + '0'.repeat(309), locale, reason: 'not_a_number' as const },
			{ input: '1' + ' 000'.repeat(110), locale, reason: 'not_a_number' as const }
		]),
		// strict grouping: groups of exactly three digits after the first (1–3 digit) group
		{ input: '1.2345', locale: 'vi', reason: 'ambiguous' }, // en 1.2345
		{ input: '1234.567', locale: 'vi', reason: 'ambiguous' }, // en 1234.567
		{ input: '12.34.567', locale: 'vi', reason: 'not_a_number' },
		{ input: '1234.567,5', locale: 'vi', reason: 'not_a_number' },
		{ input: '12,34,567', locale: 'en', reason: 'not_a_number' },
		{ input: '1234,567.5', locale: 'en', reason: 'not_a_number' },
		{ input: '1,2345', locale: 'en', reason: 'ambiguous' }, // vi 1.2345
		{ input: '1234,567', locale: 'en', reason: 'ambiguous' }, // vi 1234.567
		// written in the other locale's convention
		{ input: '1.5', locale: 'vi', reason: 'ambiguous' },
		{ input: '1,234,567.25', locale: 'vi', reason: 'ambiguous' },
		{ input: '1,5', locale: 'en', reason: 'ambiguous' },
		{ input: '44.000,5', locale: 'en', reason: 'ambiguous' },
		// a bare 3-decimal reading is almost surely the other locale's grouped integer
		{ input: '4,378', locale: 'vi', reason: 'ambiguous' },
		{ input: 'trên 12,500', locale: 'vi', reason: 'ambiguous' },
		{ input: '4.378', locale: 'en', reason: 'ambiguous' }
	])('$locale "$input" → $reason', ({ input, locale, reason }) => {
		expect(parseNumber(input, locale)).toEqual({ ok: false, reason, text: input });
	});
});

describe('parseNumber: round trip through Intl.NumberFormat', () => {
	const values = [
		0, 1, 7, 42, 999, 1000, 4378, 44000, 123456, 1234567, 1e9, 0.5, 1.5, 0.05, 12.25, 1234.5, 44000.75, 9999999.99, -1, -2500.5
	];
	it.each((['vi', 'en'] as const).flatMap((locale) => values.map((n) => ({ locale, n }))))('$locale $n', ({ locale, n }) => {
		const text = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US').format(n);
		const parsed = parseNumber(text, locale);
		expect(parsed.ok && parsed.value).toBe(n);
	});
});

describe('detectNumberLocale', () => {
	it.each<{ name: string; samples: string[]; locale: NumberLocale; decided: boolean; evidence: string[] }>([
		{ name: 'vi grouping', samples: ['4.378', '44000', ''], locale: 'vi', decided: true, evidence: ['4.378'] },
		{ name: 'vi decimal', samples: ['1,5', '12'], locale: 'vi', decided: true, evidence: ['1,5'] },
		{ name: 'vi both separators', samples: ['44.000,5'], locale: 'vi', decided: true, evidence: ['44.000,5'] },
		{ name: 'vi long grouping', samples: ['1.234.567', '300'], locale: 'vi', decided: true, evidence: ['1.234.567'] },
		{ name: 'en grouping', samples: ['4,378', '300'], locale: 'en', decided: true, evidence: ['4,378'] },
		{ name: 'en decimal', samples: ['1.5', '2'], locale: 'en', decided: true, evidence: ['1.5'] },
		{ name: 'en both separators', samples: ['1,234,567.25'], locale: 'en', decided: true, evidence: ['1,234,567.25'] },
		{
			name: 'qualifiers and units do not hide the shape',
			samples: ['trên 4.378 mô hình', 'gần 2.000'],
			locale: 'vi',
			decided: true,
			evidence: ['trên 4.378 mô hình', 'gần 2.000']
		},
		{ name: 'space groups with a decimal', samples: ['4 378,5'], locale: 'vi', decided: true, evidence: ['4 378,5'] },
		{ name: 'majority wins', samples: ['4.378', '1,5', '4,378', '12'], locale: 'vi', decided: true, evidence: ['4.378', '1,5'] },
		{ name: 'en majority', samples: ['4,378', '1,234', '1,5'], locale: 'en', decided: true, evidence: ['4,378', '1,234'] },
		{ name: 'nothing decisive → vi, undecided', samples: ['44000', '4 378', '12', '', 'abc'], locale: 'vi', decided: false, evidence: [] },
		{ name: 'no samples', samples: [], locale: 'vi', decided: false, evidence: [] },
		{ name: 'garbage around a number does not vote', samples: ['12,5abc', '1.5x'], locale: 'vi', decided: false, evidence: [] },
		{ name: 'three-decimal shapes are not decisive', samples: ['1,2345', '1.2345'], locale: 'vi', decided: false, evidence: [] },
		{ name: 'tie → vi, undecided, all evidence', samples: ['4.378', '4,378'], locale: 'vi', decided: false, evidence: ['4.378', '4,378'] }
	])('$name', ({ samples, locale, decided, evidence }) => {
		expect(detectNumberLocale(samples)).toEqual({ locale, decided, evidence });
	});
});
