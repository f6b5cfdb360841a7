/**
 * One exported image as one SVG document: heading (title, subtitle, imported-data badge), the drawing (the
 * map, or a chart), the legend with its footnotes and coverage, and the footer (source line, export date).
 * Laid out by pure functions for a 1920×1080 slide or for the on-screen size of the drawing; the browser
 * rasterises the document (src/lib/present/rasterise.ts). Text is never measured here: line breaks use a
 * generous estimate of Noto Sans' advance widths, so a line never runs past its box.
 */
import { el, SVG_NS, type SvgNode } from './svg-tree';
import { CHAR_WIDTH, textWidth } from './text-width';

/** A legend entry: its swatch fill (a colour or a pattern `url(#…)`; null: no swatch) and label. */
export interface SlideLegendItem {
	fill: string | null;
	/** Dashed outline (a partial total in the regions chart). */
	dashed?: boolean;
	label: string;
}

export interface SlideLegend {
	/** What a value is, when the heading does not already say it. */
	subtitle?: string;
	items: SlideLegendItem[];
	/** Lower bounds (≥), approximations (≈), sources that differ… */
	footnotes: string[];
	/** "4/63 tỉnh có số liệu". */
	coverage: string;
}

export interface SlideBody {
	/**
	 * Width ÷ height the drawing keeps (a map); null: it fills its box (a chart). Legend swatches may use the
	 * drawing's pattern ids (ids are global to the document).
	 */
	aspect: number | null;
	draw(box: { width: number; height: number }): SvgNode;
}

export interface SlideInput {
	width: number;
	/** The slide's height; null: as tall as needed around a drawing `bodyHeight` high. */
	height: number | null;
	bodyHeight?: number;
	title: string;
	subtitle: string;
	/** "Số liệu nhập từ …" when the figures were imported in this browser. */
	badge: string | null;
	legend: SlideLegend;
	/** "Nguồn: …; ranh giới: …". */
	source: string;
	/** "Xuất ngày …". */
	date: string;
	/** The app's name (and where the figures can be looked up). */
	credit: string;
	body: SlideBody;
	/** `@font-face` rules embedding the font (data: URLs), or null to use the reader's fonts. */
	fontCss: string | null;
	/** CSS font-family list for every text. */
	fontFamily: string;
}

export interface Slide {
	node: SvgNode;
	width: number;
	height: number;
}

export const SLIDE = { width: 1920, height: 1080 } as const;

/** Light colours whatever the viewer's theme: slides, prints and pages they are pasted into are light. */
export const SLIDE_COLORS = {
	background: '#ffffff',
	text: '#1b1f24',
	muted: '#4a5360',
	accent: '#a61b1b',
	rule: '#c9ced6',
	swatchBorder: '#5b6675'
} as const;

/**
 * `text` broken into lines no wider than `width` (by words; a word longer than a line is cut), at most
 * `maxLines`; a cut last line ends with "…".
 */
export function wrapText(text: string, opts: { width: number; size: number; bold?: boolean; maxLines?: number }): string[] {
	// (The epsilon keeps 56 / (10 × 0.56) at 10, not 9.999….)
	const perLine = Math.max(1, Math.floor(opts.width / (opts.size * (opts.bold ? CHAR_WIDTH.bold : CHAR_WIDTH.regular)) + 1e-9));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		let w = word;
		while ([...w].length > perLine) {
			if (line) lines.push(line);
			line = '';
			lines.push([...w].slice(0, perLine).join(''));
			w = [...w].slice(perLine).join('');
		}
		const next = line ? `${line} ${w}` : w;
		if ([...next].length <= perLine) line = next;
		else {
			lines.push(line);
			line = w;
		}
	}
	if (line) lines.push(line);
	const max = opts.maxLines ?? Infinity;
	if (lines.length <= max) return lines;
	const kept = lines.slice(0, max);
	const last = [...kept[max - 1]!];
	kept[max - 1] = `${last.slice(0, Math.max(0, Math.min(last.length, perLine - 1))).join('')}…`;
	return kept;
}

interface TextBlock {
	nodes: SvgNode[];
	/** y below the block. */
	bottom: number;
}

/** Lines of text from `top` (their first baseline one size below it). */
function textLines(
	lines: string[],
	opts: { x: number; top: number; size: number; leading?: number; fill: string; bold?: boolean; role?: string }
): TextBlock {
	const step = opts.size * (opts.leading ?? 1.3);
	const nodes = lines.map((line, i) =>
		el(
			'text',
			{
				x: opts.x,
				y: opts.top + opts.size + i * step,
				'font-size': opts.size,
				'font-weight': opts.bold ? 700 : undefined,
				fill: opts.fill,
				'data-role': opts.role
			},
			line
		)
	);
	return { nodes, bottom: opts.top + (lines.length > 0 ? opts.size + (lines.length - 1) * step + opts.size * 0.35 : 0) };
}

/** The legend laid out in a column `width` wide from (x, top). */
function legendBlock(legend: SlideLegend, opts: { x: number; top: number; width: number; u: number }): TextBlock {
	const { x, width, u } = opts;
	const nodes: SvgNode[] = [];
	let y = opts.top;
	const small = 20 * u;
	const item = 24 * u;
	if (legend.subtitle) {
		const b = textLines(wrapText(legend.subtitle, { width, size: small, maxLines: 3 }), {
			x,
			top: y,
			size: small,
			fill: SLIDE_COLORS.muted,
			role: 'legend-subtitle'
		});
		nodes.push(...b.nodes);
		y = b.bottom + 10 * u;
	}
	const sw = { w: 40 * u, h: 26 * u };
	for (const it of legend.items) {
		const textX = it.fill === null ? x : x + sw.w + 14 * u;
		const lines = wrapText(it.label, { width: width - (textX - x), size: item, maxLines: 2 });
		if (it.fill !== null) {
			nodes.push(
				el('rect', {
					x,
					y: y + (item * 1.3 - sw.h) / 2,
					width: sw.w,
					height: sw.h,
					fill: it.fill,
					stroke: SLIDE_COLORS.swatchBorder,
					'stroke-width': Math.max(1, 1.5 * u),
					'stroke-dasharray': it.dashed ? `${5 * u} ${3 * u}` : undefined
				})
			);
		}
		const b = textLines(lines, { x: textX, top: y, size: item, fill: SLIDE_COLORS.text, role: 'legend-item' });
		nodes.push(...b.nodes);
		y = b.bottom + 8 * u;
	}
	y += 6 * u;
	for (const note of legend.footnotes) {
		const b = textLines(wrapText(note, { width, size: small, maxLines: 4 }), {
			x,
			top: y,
			size: small,
			fill: SLIDE_COLORS.muted,
			role: 'legend-note'
		});
		nodes.push(...b.nodes);
		y = b.bottom + 6 * u;
	}
	const cov = textLines(wrapText(legend.coverage, { width, size: item, bold: true, maxLines: 2 }), {
		x,
		top: y + 6 * u,
		size: item,
		fill: SLIDE_COLORS.text,
		bold: true,
		role: 'coverage'
	});
	nodes.push(...cov.nodes);
	return { nodes: [el('g', { 'data-part': 'legend' }, nodes)], bottom: cov.bottom };
}

/** Size factor of a document `width` px wide: 1 at 1920 px, never below a legible minimum. */
export function slideScale(width: number): number {
	return Math.max(0.5, Math.min(2, width / SLIDE.width));
}

/** Compose the document; every size scales with `slideScale(width)`. */
// eslint-disable-next-line max-lines-per-function -- lays the slide out top to bottom: each block's place depends on the height of the one above.
export function composeSlide(input: SlideInput): Slide {
	const { width } = input;
	const u = slideScale(width);
	const m = 56 * u;
	const inner = width - 2 * m;
	const gap = 40 * u;

	// Heading.
	const head: SvgNode[] = [];
	const title = textLines(wrapText(input.title, { width: inner, size: 46 * u, bold: true, maxLines: 2 }), {
		x: m,
		top: m * 0.8,
		size: 46 * u,
		leading: 1.2,
		fill: SLIDE_COLORS.text,
		bold: true,
		role: 'title'
	});
	head.push(...title.nodes);
	const sub = textLines(wrapText(input.subtitle, { width: inner, size: 27 * u, maxLines: 2 }), {
		x: m,
		top: title.bottom + 4 * u,
		size: 27 * u,
		fill: SLIDE_COLORS.muted,
		role: 'subtitle'
	});
	head.push(...sub.nodes);
	let headBottom = sub.bottom;
	if (input.badge) {
		const size = 21 * u;
		const lines = wrapText(input.badge, { width: inner - 24 * u, size, maxLines: 2 });
		const b = textLines(lines, { x: m + 12 * u, top: headBottom + 14 * u, size, fill: SLIDE_COLORS.accent, bold: true, role: 'badge' });
		head.push(
			el('rect', {
				x: m,
				y: headBottom + 8 * u,
				width: Math.min(inner, Math.max(...lines.map((l) => textWidth(l, size, true))) + 24 * u),
				height: b.bottom - headBottom + 4 * u,
				rx: 6 * u,
				fill: 'none',
				stroke: SLIDE_COLORS.accent,
				'stroke-width': 2 * u
			}),
			...b.nodes
		);
		headBottom = b.bottom + 8 * u;
	}
	const bodyTop = headBottom + 24 * u;

	// Footer (laid out from 0, moved to the bottom once the height is known).
	const fsize = 19 * u;
	const src = textLines(wrapText(input.source, { width: inner, size: fsize, maxLines: 3 }), {
		x: m,
		top: 14 * u,
		size: fsize,
		fill: SLIDE_COLORS.text,
		role: 'source'
	});
	const meta = textLines(wrapText(`${input.date} · ${input.credit}`, { width: inner, size: fsize, maxLines: 1 }), {
		x: m,
		top: src.bottom + 2 * u,
		size: fsize,
		fill: SLIDE_COLORS.muted,
		role: 'date'
	});
	const footerHeight = meta.bottom + m * 0.6;

	// Legend beside the drawing on wide images, under it on narrow ones.
	const side = width >= 1100;
	const legendWidth = side ? Math.min(600 * u, inner * 0.36) : inner;
	const bodyWidth = side ? inner - legendWidth - gap : inner;
	const stackedLegend = side ? null : legendBlock(input.legend, { x: m, top: 0, width: inner, u });
	const stackedHeight = stackedLegend ? stackedLegend.bottom + gap : 0;

	let bodyHeight: number;
	let height: number;
	if (input.height !== null) {
		height = input.height;
		bodyHeight = Math.max(100 * u, height - bodyTop - footerHeight - gap - stackedHeight);
	} else {
		bodyHeight = input.bodyHeight ?? bodyWidth / (input.body.aspect ?? 16 / 9);
		height = Math.ceil(bodyTop + bodyHeight + gap + stackedHeight + footerHeight);
	}

	// The drawing: a chart fills its box; a map keeps its aspect, with the legend right beside it and the pair
	// centred (or the map centred above a stacked legend).
	let box = { x: m, y: bodyTop, width: bodyWidth, height: bodyHeight };
	let legendX = side ? width - m - legendWidth : m;
	const aspect = input.body.aspect;
	if (aspect !== null) {
		const w = Math.min(bodyWidth, bodyHeight * aspect);
		const h = w / aspect;
		const x = m + (inner - (side ? w + gap + legendWidth : w)) / 2;
		box = { x, y: bodyTop + (bodyHeight - h) / 2, width: w, height: h };
		if (side) legendX = x + w + gap;
	}
	const drawing = el('g', { transform: `translate(${box.x} ${box.y})`, 'data-part': 'body' }, [
		input.body.draw({ width: box.width, height: box.height })
	]);
	const legend = legendBlock(input.legend, {
		x: legendX,
		top: side ? box.y : bodyTop + bodyHeight + gap,
		width: side ? legendWidth : inner,
		u
	});
	const footerTop = height - footerHeight;

	const style = [input.fontCss ?? '', `text{font-family:${input.fontFamily}}`].join('\n');
	const node = el('svg', { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, 'data-slide': '' }, [
		// What the image shows, for screen readers and search when the SVG itself is shared.
		el('title', {}, input.title),
		el('desc', {}, [input.subtitle, input.badge, input.legend.coverage, input.source, input.date].filter(Boolean).join('\n')),
		el('style', {}, style),
		el('rect', { width, height, fill: SLIDE_COLORS.background }),
		el('g', { 'data-part': 'heading' }, head),
		drawing,
		...legend.nodes,
		el('g', { 'data-part': 'footer', transform: `translate(0 ${footerTop})` }, [
			el('line', { x1: m, x2: width - m, y1: 0, y2: 0, stroke: SLIDE_COLORS.rule, 'stroke-width': Math.max(1, u) }),
			...src.nodes,
			...meta.nodes
		])
	]);
	return { node, width, height };
}
