import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatRatio, formatSigned, formatValue } from './format';

describe('formatNumber', () => {
	it.each([
		{ value: 44000, lang: 'vi', expected: '44.000' },
		{ value: 44000, lang: 'en', expected: '44,000' },
		{ value: 4378, lang: 'vi', expected: '4.378' },
		{ value: 1.5, lang: 'vi', expected: '1,5' },
		{ value: 1.5, lang: 'en', expected: '1.5' },
		{ value: 123.456, lang: 'vi', expected: '123' },
		{ value: 12.345, lang: 'en', expected: '12.3' },
		{ value: 0.0734, lang: 'en', expected: '0.073' }
	] as const)('$value in $lang → $expected', ({ value, lang, expected }) => {
		expect(formatNumber(value, lang)).toBe(expected);
	});
});

describe('formatNumber writes what Intl.NumberFormat writes (vi-VN, en-US)', () => {
	const intl = (value: number, lang: 'vi' | 'en', digits: number) =>
		new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: digits }).format(value);

	it.each([
		0,
		-0,
		1000,
		999.5,
		0.5,
		1.005,
		2.675,
		9.995,
		-0.0001,
		1e-7,
		1.2345e-5,
		1e21,
		123456789012345680000,
		-44000.5,
		0.9999,
		NaN,
		Infinity,
		-Infinity
	])('%s in both languages at 0–3 digits', (value) => {
		for (const lang of ['vi', 'en'] as const)
			for (const digits of [0, 1, 2, 3]) expect(formatNumber(value, lang, { digits })).toBe(intl(value, lang, digits));
	});

	it('for any number and any number of fraction digits', () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: -1e9, max: 1e9 }), fc.double({ min: -1e4, max: 1e4, noNaN: true })),
				fc.constantFrom('vi' as const, 'en' as const),
				fc.integer({ min: 0, max: 6 }),
				(value, lang, digits) => formatNumber(value, lang, { digits }) === intl(value, lang, digits)
			),
			{ numRuns: 5000 }
		);
	});
});

describe('formatValue', () => {
	it.each([
		{ value: 44000, q: 'at_least', lang: 'vi', expected: '≥\u00a044.000' },
		{ value: 7000, q: 'approx', lang: 'en', expected: '≈\u00a07,000' },
		{ value: 15, q: 'exact', lang: 'vi', expected: '15' },
		{ value: null, q: null, lang: 'vi', expected: '—' }
	] as const)('$value $q → $expected', ({ value, q, lang, expected }) => {
		expect(formatValue(value, q, lang)).toBe(expected);
	});

	it('uses the caller’s no-data text, never 0', () => {
		expect(formatValue(null, null, 'vi', { missing: 'Chưa có số liệu' })).toBe('Chưa có số liệu');
	});
});

describe('formatSigned and formatRatio', () => {
	it.each([
		{ fn: () => formatSigned(1200, 'vi'), expected: '+1.200' },
		{ fn: () => formatSigned(-35, 'en'), expected: '\u221235' },
		{ fn: () => formatSigned(0, 'en'), expected: '0' },
		{ fn: () => formatRatio(1.8, 'vi'), expected: '×1,8' },
		{ fn: () => formatRatio(12.4, 'en'), expected: '×12' }
	])('→ $expected', ({ fn, expected }) => {
		expect(fn()).toBe(expected);
	});
});
