import { describe, expect, it } from 'vitest';
import { el, num, rawGroup, svgString, textsByRole } from './svg-tree';

describe('svg-tree', () => {
	it.each([
		{ n: 3, out: '3' },
		{ n: 1.006, out: '1.01' },
		{ n: -0.004, out: '0' },
		{ n: 12.345678, out: '12.35' }
	])('num($n) = $out', ({ n, out }) => {
		expect(num(n)).toBe(out);
	});

	it('writes elements, numbers rounded, undefined attributes left out', () => {
		const node = el('g', { transform: 'translate(1 2)', hidden: undefined }, [el('rect', { x: 1.234, width: 10 })]);
		expect(svgString(node)).toBe('<g transform="translate(1 2)"><rect x="1.23" width="10"></rect></g>');
	});

	it('escapes text and attribute values: data never becomes markup', () => {
		const node = el('text', { 'aria-label': 'a"b' }, '<script>alert(1)</script> & Đồng Tháp');
		expect(svgString(node)).toBe('<text aria-label="a&quot;b">&lt;script&gt;alert(1)&lt;/script&gt; &amp; Đồng Tháp</text>');
	});

	it("writes raw markup as it is (a library's own serialised SVG)", () => {
		expect(svgString(rawGroup({ transform: 'scale(2)' }, '<svg><path d="M0 0"/></svg>'))).toBe(
			'<g transform="scale(2)"><svg><path d="M0 0"/></svg></g>'
		);
	});

	it('gathers the texts of each role', () => {
		const node = el('svg', {}, [
			el('style', {}, 'text{}'),
			el('text', { 'data-role': 'title' }, 'Nguồn tin,'),
			el('text', { 'data-role': 'title' }, 'tin báo'),
			el('text', {}, 'x')
		]);
		expect(textsByRole(node)).toEqual({ title: 'Nguồn tin, tin báo' });
	});
});
