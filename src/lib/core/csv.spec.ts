import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

describe('parseCsv', () => {
	it.each([
		{ name: 'strips a BOM from the first header', text: '\uFEFFa,b\n1,2\n', header: ['a', 'b'], lines: [2] },
		{ name: 'keeps spreadsheet line numbers across blank lines', text: 'a,b\n1,2\n\n3,4\n', header: ['a', 'b'], lines: [2, 4] },
		{ name: 'counts lines inside quoted multi-line cells', text: 'a,b\n"x\ny",2\n3,4\n', header: ['a', 'b'], lines: [2, 4] },
		{ name: 'handles CRLF', text: 'a;b\r\n1;2\r\n3;4', header: ['a', 'b'], lines: [2, 3] },
		// Found by csv.fuzz.spec.ts: a line break inside a quoted cell was only counted when it was an LF.
		{ name: 'counts CRLF inside quoted cells once', text: 'a,b\r\n"x\r\ny",2\r\n3,4\r\n', header: ['a', 'b'], lines: [2, 4] },
		{
			name: 'counts lines inside quoted cells of a CR-only file (old Mac Excel)',
			text: 'a,b\r"x\ry",2\r3,4\r',
			header: ['a', 'b'],
			lines: [2, 4]
		}
	])('$name', ({ text, header, lines }) => {
		const t = parseCsv(text);
		expect(t.header).toEqual(header);
		expect(t.rows.map((r) => r.line)).toEqual(lines);
	});

	it('detects ; and tab delimiters', () => {
		expect(parseCsv('a;b\n1;2\n').delimiter).toBe(';');
		expect(parseCsv('a\tb\n1\t2\n').delimiter).toBe('\t');
	});
});
