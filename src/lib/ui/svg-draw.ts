/**
 * Draws an SVG tree built by the core (core/svg-tree.ts) inside an `<svg>` as live SVG elements: the same drawing
 * an export writes to a file, with text set as text (never markup). Nodes holding pre-serialised markup are not
 * drawn. A new tree patches the elements already there (the attributes and texts that changed), so a repaint never
 * rebuilds the map and the province in focus keeps the focus.
 *
 * Written with the DOM, not as a recursive Svelte component with spread attributes: for the map's few hundred
 * elements that component was the longest task of a phone's first view (PERFORMANCE.md, "Where the first view's
 * time went").
 */
import type { Attachment } from 'svelte/attachments';
import { SVG_NS, type SvgNode } from '$lib/core/svg-tree';

/** `{@attach drawSvg(tree)}` on an `<svg>`: its content becomes `tree` (nothing while it is null). */
export function drawSvg(tree: SvgNode | null | undefined): Attachment<SVGElement> {
	return (host) => patchChildren(host, tree ? [tree] : []);
}

function patchChildren(parent: Element, nodes: SvgNode[]) {
	const drawn = nodes.filter((n) => n.raw === undefined);
	drawn.forEach((node, i) => {
		const current = parent.childNodes[i];
		if (current instanceof Element && current.localName === node.tag) patchElement(current, node);
		else if (current) parent.replaceChild(create(node), current);
		else parent.appendChild(create(node));
	});
	while (parent.childNodes.length > drawn.length) parent.lastChild!.remove();
}

function patchElement(element: Element, node: SvgNode) {
	const attrs = Object.entries(node.attrs);
	for (const [name, value] of attrs) {
		const text = String(value);
		if (element.getAttribute(name) !== text) element.setAttribute(name, text);
	}
	if (element.attributes.length > attrs.length) {
		for (const name of element.getAttributeNames()) if (!(name in node.attrs)) element.removeAttribute(name);
	}
	if (node.text !== undefined) {
		if (element.textContent !== node.text) element.textContent = node.text;
	} else patchChildren(element, node.children);
}

/** A new element for `node`: the patch of an empty element sets every attribute and child. */
function create(node: SvgNode): Element {
	const element = document.createElementNS(SVG_NS, node.tag);
	patchElement(element, node);
	return element;
}
