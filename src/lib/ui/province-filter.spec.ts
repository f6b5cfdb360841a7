import { describe, expect, it } from 'vitest';
import { loadDataFiles } from '../../../scripts/load-data-files';
import { readTables } from '$lib/core/validate';
import { createProvinceIndex } from '$lib/core/provinces';
import { exactProvince, filterOptions, toggleCode } from './province-filter';

// The provinces and spellings exactly as the build ships them (dataset.json and aliases.json).
const { tables, aliases } = readTables(loadDataFiles('data'));
const index = createProvinceIndex(tables.provinces, aliases);
const nameOf = (code: string) => tables.provinces.find((p) => p.code === code)?.name;

describe('the filter finds provinces from whatever people type', () => {
	it.each([
		['dien bien', '11'],
		['tp hcm', '79'],
		['Sài Gòn', '79'],
		['hue', '46'],
		['BR-VT', '77'],
		['87', '87'],
		['dong thap', '87'],
		['Đồng Tháp', '87'],
		['DONG THAP', '87'],
		['daklak', '66']
	])('“%s” offers %s first', (text, code) => {
		const options = filterOptions(index, text, new Set());
		expect(options[0]?.province.code).toBe(code);
		expect(options[0]?.province.name).toBe(nameOf(code));
	});

	it('marks provinces already chosen', () => {
		const options = filterOptions(index, 'dong thap', new Set(['87']));
		expect(options[0]).toMatchObject({ selected: true });
	});

	it('offers every province, in code order, before anything is typed', () => {
		const options = filterOptions(index, '  ', new Set());
		expect(options).toHaveLength(63);
		expect(options[0]?.province.code).toBe('01');
	});

	it('offers nothing for text that names no province', () => {
		expect(filterOptions(index, 'qqqqzzzz', new Set())).toEqual([]);
	});

	it.each([
		['tp hcm', '79'],
		['87', '87'],
		['xyz', null]
	])('Enter on “%s” chooses %s', (text, code) => {
		expect(exactProvince(index, text)?.code ?? null).toBe(code);
	});
});

describe('toggleCode', () => {
	it.each([
		{ codes: ['87'], code: '11', expected: ['11', '87'] },
		{ codes: ['11', '87'], code: '87', expected: ['11'] },
		{ codes: [], code: '01', expected: ['01'] }
	])('$codes ± $code → $expected', ({ codes, code, expected }) => {
		expect(toggleCode(codes, code)).toEqual(expected);
	});
});
