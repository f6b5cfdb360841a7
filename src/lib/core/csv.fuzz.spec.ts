/** Property-based tests of `parseCsv` and `sniffDelimiter`: any text parses, and any written table reads back. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, sniffDelimiter } from './csv';
import { check, fast, hostileText } from './fuzz-helpers';

const DELIMITERS = [',', ';', '\t'];

/** RFC 4180 writing, quoting any cell that holds a quote, a line end or any of the three delimiters. */
function cellText(s: string): string {
	return /[",;\t\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

describe('parseCsv on any text', () => {
	it('returns a table with the sniffed delimiter and ordered line numbers, quickly', () => {
		check(
			fc.property(hostileText, (text) => {
				const table = fast(() => parseCsv(text));
				expect(DELIMITERS).toContain(table.delimiter);
				expect(table.delimiter).toBe(sniffDelimiter(text.replace(/^\ufeff/, '')));
				const lines = table.rows.map((r) => r.line);
				// Lines as a spreadsheet counts them: CRLF, LF or (old Mac Excel) CR alone.
				const lastLine = text.split(/\r\n|\r|\n/).length;
				lines.forEach((line, i) => {
					expect(line).toBeGreaterThan(i === 0 ? 1 : (lines[i - 1] ?? 0));
					expect(line).toBeLessThanOrEqual(lastLine);
				});
				for (const e of table.errors) expect(e.line).toBeGreaterThanOrEqual(1);
			}),
			400
		);
	});

	it('ignores one leading BOM', () => {
		check(
			fc.property(hostileText, (text) => {
				expect(parseCsv('\ufeff' + text)).toEqual(parseCsv(text));
			})
		);
	});
});

describe('parseCsv reads back any table written as CSV', () => {
	const cell = fc.string({
		unit: fc.oneof(
			{ weight: 4, arbitrary: fc.constantFrom(...'abĐồ12 .-') },
			{ weight: 1, arbitrary: fc.constantFrom(',', ';', '\t', '"', '\n', '\r\n', '\r') },
			{ weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) }
		),
		maxLength: 12
	});
	const table = fc.integer({ min: 1, max: 5 }).chain((columns) =>
		fc.record({
			header: fc.array(cell, { minLength: columns, maxLength: columns }),
			rows: fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { maxLength: 8 }),
			delimiter: fc.constantFrom(...DELIMITERS),
			eol: fc.constantFrom('\n', '\r\n', '\r'),
			finalEol: fc.boolean()
		})
	);

	it('with the same cells, delimiter and spreadsheet line numbers', () => {
		check(
			fc.property(table, ({ header, rows, delimiter, eol, finalEol }) => {
				const lines = [header, ...rows].map((cells) => cells.map(cellText).join(delimiter));
				const text = lines.join(eol) + (finalEol ? eol : '');
				const parsed = parseCsv(text);

				// A line of one blank cell is a blank line (skipped, but still counted).
				const lineOf = (i: number) => 1 + lines.slice(0, i).reduce((n, l) => n + l.split(/\r\n|\r|\n/).length, 0);
				const expected = rows
					.map((cells, i) => ({ line: lineOf(i + 1), cells }))
					.filter((r) => !(r.cells.length === 1 && r.cells[0]?.trim() === ''));
				expect(parsed.errors).toEqual([]);
				// An empty file has no header at all.
				expect(parsed.header).toEqual(text === '' ? [] : header.map((h) => h.trim()));
				expect(parsed.rows).toEqual(expected);
				if (header.length > 1) expect(parsed.delimiter).toBe(delimiter);
			}),
			300
		);
	});
});

describe('sniffDelimiter', () => {
	it('picks the delimiter used most in the first line that has one, outside quotes', () => {
		check(
			fc.property(
				fc.constantFrom(...DELIMITERS),
				fc.array(fc.string({ unit: fc.constantFrom(...'ab ,;\t"'), maxLength: 6 }), { minLength: 2, maxLength: 6 }),
				(delimiter, cells) => {
					expect(sniffDelimiter(cells.map(cellText).join(delimiter) + '\n1,2;3\t4')).toBe(delimiter);
				}
			)
		);
	});
});
