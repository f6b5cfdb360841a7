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
