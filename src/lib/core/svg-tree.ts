/**
 * SVG as plain data: exports write it as a file (`svgString`), the embed draws the same tree with Svelte
 * elements, so both show exactly one drawing and no data text ever becomes markup. Every attribute value
 * and text is escaped when written.
 */
import { escapeHtml } from './escape';

export interface SvgNode {
	tag: string;
	attrs: Record<string, string | number>;
	children: SvgNode[];
	/** Text content (escaped when written). */
	text?: string;
	/**
	 * Markup written as it is, for an SVG that a library has already serialised with its text escaped (an
	 * ECharts chart from `renderToSVGString`). Never built from data strings here.
	 */
	raw?: string;
}

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** An element; `content` is its children or its text. Attributes whose value is undefined are left out. */
export function el(tag: string, attrs: Record<string, string | number | undefined> = {}, content: SvgNode[] | string = []): SvgNode {
	const clean: Record<string, string | number> = {};
	for (const [k, v] of Object.entries(attrs)) if (v !== undefined) clean[k] = v;
	return typeof content === 'string' ? { tag, attrs: clean, children: [], text: content } : { tag, attrs: clean, children: content };
}

/** A group holding already-serialised, trusted markup (see `SvgNode.raw`). */
export function rawGroup(attrs: Record<string, string | number | undefined>, markup: string): SvgNode {
	return { ...el('g', attrs), raw: markup };
}

/** Numbers written with at most two decimals (1.006 → "1.01", 3 → "3"). */
export function num(n: number): string {
	return String(Math.round(n * 100) / 100);
}

function attrText(v: string | number): string {
	return escapeHtml(typeof v === 'number' ? num(v) : v);
}

/** The tree as SVG markup (no XML declaration). */
export function svgString(node: SvgNode): string {
	const attrs = Object.entries(node.attrs)
		.map(([k, v]) => ` ${k}="${attrText(v)}"`)
		.join('');
	const inner = node.raw ?? (node.text !== undefined ? escapeHtml(node.text) : node.children.map(svgString).join(''));
	return `<${node.tag}${attrs}>${inner}</${node.tag}>`;
}

/** The texts of the nodes marked `data-role`, by role, in document order (lines of one role joined by spaces). */
export function textsByRole(node: SvgNode): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (n: SvgNode) => {
		const role = n.attrs['data-role'];
		if (typeof role === 'string' && n.text !== undefined) out[role] = out[role] ? `${out[role]} ${n.text}` : n.text;
		n.children.forEach(walk);
	};
	walk(node);
	return out;
}
