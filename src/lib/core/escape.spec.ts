import { describe, expect, it } from 'vitest';
import { escapeHtml, safeHttpUrl } from './escape';

describe('escapeHtml', () => {
	it.each([
		['Đồng Tháp', 'Đồng Tháp'],
		['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
		['"quoted" & \'single\'', '&quot;quoted&quot; &amp; &#39;single&#39;'],
		['&amp;', '&amp;amp;']
	])('%s → %s', (input, expected) => {
		expect(escapeHtml(input)).toBe(expected);
	});
});

describe('safeHttpUrl', () => {
	it.each([
		['https://cand.com.vn/a?b=1', 'https://cand.com.vn/a?b=1'],
		['  http://baohoabinh.com.vn/x.htm ', 'http://baohoabinh.com.vn/x.htm'],
		['javascript:alert(1)', null],
		['JAVASCRIPT:alert(1)', null],
		['data:text/html,<b>x</b>', null],
		['//evil.example/x', null],
		['/relative', null],
		['', null],
		['https://', null]
	])('%s → %s', (input, expected) => {
		expect(safeHttpUrl(input)).toBe(expected);
	});
});
