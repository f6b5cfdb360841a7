import { describe, expect, it } from 'vitest';
import { composeSlide, SLIDE, slideScale, wrapText, type SlideInput } from './slide';
import { textWidth } from './text-width';
import { el, svgString, textsByRole, type SvgNode } from './svg-tree';

describe('wrapText (regular: 0.56 × size per character, bold: 0.61)', () => {
	it.each([
		// 10 px text in 56 px: 10 characters a line.
		{ text: 'Nguồn tin tin báo', width: 56, size: 10, lines: ['Nguồn tin', 'tin báo'] },
		{ text: 'Đồng Tháp', width: 56, size: 10, lines: ['Đồng Tháp'] },
		// A word longer than a line is cut.
		{ text: 'ab 0123456789012', width: 56, size: 10, lines: ['ab', '0123456789', '012'] },
		// At most two lines: the second ends with "…".
		{ text: 'một hai ba bốn năm sáu bảy tám', width: 56, size: 10, maxLines: 2, lines: ['một hai ba', 'bốn năm…'] },
		{ text: '  ', width: 56, size: 10, lines: [] }
	])('$text in $width px', ({ text, width, size, maxLines, lines }) => {
		expect(wrapText(text, { width, size, maxLines })).toEqual(lines);
	});

	it('counts characters, not UTF-16 units or bytes', () => {
		expect(textWidth('Đồng', 10)).toBeCloseTo(22.4, 9);
		expect(textWidth('Đồng', 10, true)).toBeCloseTo(24.4, 9);
	});
});

describe('slideScale', () => {
	it.each([
		{ width: 1920, u: 1 },
		{ width: 960, u: 0.5 },
		{ width: 320, u: 0.5 },
		{ width: 3840, u: 2 },
		{ width: 7680, u: 2 }
	])('$width px → $u', ({ width, u }) => expect(slideScale(width)).toBe(u));
});

/** A drawing that records the box it was given. */
function body(aspect: number | null, boxes: { width: number; height: number }[]) {
	return {
		aspect,
		draw: (box: { width: number; height: number }) => {
			boxes.push(box);
			return el('rect', { width: box.width, height: box.height, fill: '#0c2c84', 'data-test': 'drawing' });
		}
	};
}

function input(over: Partial<SlideInput> = {}, boxes: { width: number; height: number }[] = []): SlideInput {
	return {
		width: SLIDE.width,
		height: SLIDE.height,
		title: 'Nguồn tin, tin báo',
		subtitle: 'nguồn tin, 2013–2023 · 63 tỉnh (trước 1/7/2025) · Tổng số',
		badge: null,
		legend: {
			items: [
				{ fill: '#c7e9b4', label: '7.000 – 26.000' },
				{ fill: 'url(#x-nodata)', label: 'Chưa có số liệu (59/63)' }
			],
			footnotes: ['≥ trên (cận dưới): số liệu nguồn ghi "trên", "hơn"'],
			coverage: '4/63 tỉnh có số liệu'
		},
		source: 'Nguồn: Báo A; ranh giới: Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam qua Open Development Mekong, CC BY-SA 4.0',
		date: 'Xuất ngày 5/3/2026',
		credit: 'ANTQ Atlas',
		body: body(0.8, boxes),
		fontCss: "@font-face{font-family:'T';src:url(data:font/woff2;base64,AAAA)}",
		fontFamily: "'T', sans-serif",
		...over
	};
}

function find(node: SvgNode, pred: (n: SvgNode) => boolean): SvgNode[] {
	return [...(pred(node) ? [node] : []), ...node.children.flatMap((c) => find(c, pred))];
}

describe('composeSlide', () => {
	it('is one 1920×1080 SVG document with the title (diacritics kept), period, legend, coverage, source and date', () => {
		const slide = composeSlide(input());
		expect([slide.width, slide.height]).toEqual([1920, 1080]);
		expect(slide.node.attrs).toMatchObject({ xmlns: 'http://www.w3.org/2000/svg', width: 1920, height: 1080, viewBox: '0 0 1920 1080' });
		const texts = textsByRole(slide.node);
		expect(texts.title).toBe('Nguồn tin, tin báo');
		expect(texts.subtitle).toContain('2013–2023');
		expect(texts.coverage).toBe('4/63 tỉnh có số liệu');
		expect(texts.source).toBe(input().source);
		expect(texts.date).toBe('Xuất ngày 5/3/2026 · ANTQ Atlas');
		expect(texts['legend-item']).toBe('7.000 – 26.000 Chưa có số liệu (59/63)');
		expect(texts['legend-note']).toContain('≥');
		const markup = svgString(slide.node);
		expect(markup).toContain('Nguồn tin, tin báo');
		expect(markup).toContain('@font-face');
		expect(markup).toContain('text{font-family:&#39;T&#39;, sans-serif}');
	});

	it('paints legend swatches with the fills given (patterns included)', () => {
		const swatches = find(composeSlide(input()).node, (n) => n.tag === 'rect' && n.attrs.stroke === '#5b6675');
		expect(swatches.map((s) => s.attrs.fill)).toEqual(['#c7e9b4', 'url(#x-nodata)']);
	});

	it("keeps a map's aspect inside the body, beside the legend, between heading and footer", () => {
		const boxes: { width: number; height: number }[] = [];
		const slide = composeSlide(input({}, boxes));
		const box = boxes[0]!;
		expect(box.width / box.height).toBeCloseTo(0.8, 6);
		const group = find(slide.node, (n) => n.attrs['data-part'] === 'body')[0]!;
		const [x, y] = String(group.attrs.transform)
			.match(/[\d.]+/g)!
			.map(Number) as [number, number];
		const titleBaseline = Number(find(slide.node, (n) => n.attrs['data-role'] === 'title')[0]!.attrs.y);
		const footer = find(slide.node, (n) => n.attrs['data-part'] === 'footer')[0]!;
		const footerTop = Number(String(footer.attrs.transform).match(/[\d.]+/g)![1]);
		expect(y).toBeGreaterThan(titleBaseline);
		expect(y + box.height).toBeLessThan(footerTop);
		const legendX = Number(find(slide.node, (n) => n.attrs['data-role'] === 'coverage')[0]!.attrs.x);
		expect(legendX).toBeGreaterThan(x + box.width);
		expect(legendX).toBeLessThan(1920);
	});

	it('lets a chart fill the box left of the legend', () => {
		const boxes: { width: number; height: number }[] = [];
		composeSlide(input({ body: body(null, boxes) }));
		// 1920 − 2 × 56 margins − 600 legend − 40 gap.
		expect(boxes[0]!.width).toBeCloseTo(1168, 6);
	});

	it('at on-screen size grows to fit: the drawing as tall as given, the legend under it', () => {
		const boxes: { width: number; height: number }[] = [];
		const slide = composeSlide(input({ width: 800, height: null, bodyHeight: 500, body: body(null, boxes) }, boxes));
		expect(boxes[0]).toEqual({ width: 800 - 2 * 28, height: 500 });
		expect(slide.height).toBeGreaterThan(500);
		const coverage = find(slide.node, (n) => n.attrs['data-role'] === 'coverage')[0]!;
		expect(Number(coverage.attrs.x)).toBe(28);
		expect(Number(coverage.attrs.y)).toBeGreaterThan(500);
		expect(Number(coverage.attrs.y)).toBeLessThan(slide.height);
	});

	it('shows the imported-data badge, and escapes every text', () => {
		const slide = composeSlide(input({ badge: 'Số liệu nhập từ <a>.csv', title: 'A & <b>B</b>' }));
		expect(textsByRole(slide.node).badge).toBe('Số liệu nhập từ <a>.csv');
		const markup = svgString(slide.node);
		expect(markup).toContain('Số liệu nhập từ &lt;a&gt;.csv');
		expect(markup).toContain('A &amp; &lt;b&gt;B&lt;/b&gt;');
		expect(markup).not.toContain('<b>');
	});
});
