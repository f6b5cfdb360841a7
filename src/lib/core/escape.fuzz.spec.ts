/**
 * Property-based tests of escape.ts: escaped text never contains markup and reads back as the text; a link
 * is only ever an absolute http(s) URL, however a `javascript:` or `data:` link is disguised.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, safeHttpUrl } from './escape';
import { check, fast, hostileText } from './fuzz-helpers';

const unescape = (html: string) =>
	html.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '');

describe('escapeHtml', () => {
	it('leaves no markup character and reads back as the same text', () => {
		const text = fc.oneof(hostileText, fc.constantFrom('<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', '&lt;'));
		check(
			fc.property(text, (s) => {
				const html = escapeHtml(s);
				expect(html).not.toMatch(/[<>"']/);
				expect(unescape(html)).toBe(s);
			})
		);
	});
});

describe('safeHttpUrl', () => {
	it('returns null or an absolute http(s) URL that is its own canonical form, quickly', () => {
		const url = fc.oneof(
			hostileText,
			fc.webUrl(),
			fc.webUrl().map((u) => ` ${u.toUpperCase()}\t`)
		);
		check(
			fc.property(url, (s) => {
				const out = fast(() => safeHttpUrl(s));
				if (out === null) return;
				expect(out).toMatch(/^https?:\/\/[^/]/);
				expect(new URL(out).href).toBe(out);
			}),
			400
		);
	});

	it('refuses script and data links whatever their case, spacing and control characters', () => {
		const disguised = fc
			.record({
				scheme: fc.constantFrom('javascript', 'data', 'vbscript', 'file', 'blob'),
				upper: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
				// URL parsing drops tabs and line breaks inside the scheme and trims controls around it.
				inside: fc.constantFrom('', '\t', '\n', '\r\n'),
				before: fc.constantFrom('', ' ', '\u0000', '\u001f', '\t'),
				rest: fc.constantFrom('alert(1)', '//example.org/%0Aalert(1)', 'text/html,<script>alert(1)</script>', 'https://example.org/')
			})
			.map(({ scheme, upper, inside, before, rest }) => {
				const cased = [...scheme].map((c, i) => (upper[i] ? c.toUpperCase() : c));
				cased.splice(2, 0, inside);
				return `${before}${cased.join('')}:${rest}`;
			});
		check(
			fc.property(disguised, (s) => {
				expect(safeHttpUrl(s)).toBeNull();
			})
		);
	});
});
