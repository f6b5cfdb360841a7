import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { csvNumber, neutralise, writeCsv } from './csv-write';

describe('writeCsv', () => {
	const file = writeCsv(
		['Mã', 'Tỉnh, thành phố', 'Giá trị'],
		[
			[{ code: '01' }, 'Hà Nội', 98826],
			[{ code: '87' }, 'Đồng "Tháp"', 44000.5],
			[{ code: '11' }, 'Điện\nBiên', null]
		],
		{ decimal: '.' }
	);

	it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
		expect(file.charCodeAt(0)).toBe(0xfeff);
		expect(file.endsWith('\r\n')).toBe(true);
		expect(file.slice(1).split('\r\n')[0]).toBe('Mã,"Tỉnh, thành phố",Giá trị');
	});

	it('quotes commas, quotes and line breaks and reads back cell for cell', () => {
		const table = parseCsv(file);
		expect(table.header).toEqual(['Mã', 'Tỉnh, thành phố', 'Giá trị']);
		expect(table.rows.map((r) => r.cells)).toEqual([
			['\t01', 'Hà Nội', '98826'],
			['\t87', 'Đồng "Tháp"', '44000.5'],
			['\t11', 'Điện\nBiên', '']
		]);
	});

	it('keeps codes as text: a quoted tab then the digits, leading zero kept', () => {
		expect(file).toContain('\r\n"\t01",Hà Nội,98826\r\n');
	});

	it('writes no data as an empty cell, never 0', () => {
		expect(file).toContain('"Điện\nBiên",\r\n');
	});

	it('writes the decimal mark of the language; with a comma decimal, fields are separated by ; as Vietnamese Excel expects', () => {
		const vi = writeCsv(
			['Tỉnh', 'v'],
			[
				['Hà Nội', 1.5],
				['Tây; Bắc', 44000]
			],
			{ decimal: ',' }
		);
		expect(vi).toBe('\uFEFFTỉnh;v\r\nHà Nội;1,5\r\n"Tây; Bắc";44000\r\n');
		const table = parseCsv(vi);
		expect(table.delimiter).toBe(';');
		expect(table.rows.map((r) => r.cells)).toEqual([
			['Hà Nội', '1,5'],
			['Tây; Bắc', '44000']
		]);
	});
});

describe('formula injection', () => {
	it.each([
		['=HYPERLINK("http://x.example","bấm")', `'=HYPERLINK("http://x.example","bấm")`],
		['+1+1', "'+1+1"],
		['-2+3', "'-2+3"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\t=1', "'\t=1"],
		['\r=1', "'\r=1"],
		['Đồng Tháp', 'Đồng Tháp'],
		['a=b', 'a=b'],
		['', '']
	])('%j → %j', (input, expected) => {
		expect(neutralise(input)).toBe(expected);
	});

	it('neutralises text cells in the file but leaves negative numbers as numbers', () => {
		const file = writeCsv(['a', 'b'], [['=1+2', -35]], { decimal: '.' });
		expect(parseCsv(file).rows[0]?.cells).toEqual(["'=1+2", '-35']);
	});

	it('does not let a code cell smuggle a formula behind the tab', () => {
		const file = writeCsv(['code'], [[{ code: '=1+2' }]], { decimal: '.' });
		expect(parseCsv(file).rows[0]?.cells).toEqual(["'=1+2"]);
	});
});

describe('csvNumber', () => {
	it.each([
		[44000, '.', '44000'],
		[1234567, ',', '1234567'],
		[-35, '.', '-35'],
		[4400.25, ',', '4400,25'],
		[1234.56789, '.', '1234.57'],
		[0.0123456789, '.', '0.0123457'],
		[2 / 3, ',', '0,666667']
	] as const)('%d (%s) → %s', (value, decimal, expected) => {
		expect(csvNumber(value, decimal)).toBe(expected);
	});
});
