/**
 * For a box that may scroll (a wide table on a phone, a long list): while its content overflows it is a tab
 * stop, so that keyboard users can scroll it too (WCAG 2.1.1; axe `scrollable-region-focusable`); while it fits
 * it is no extra stop. A Svelte action: `<div use:focusableWhenScrolling>`.
 */
export function focusableWhenScrolling(node: HTMLElement): { destroy(): void } {
	const update = () => {
		const scrolls = node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1;
		if (scrolls) node.setAttribute('tabindex', '0');
		else node.removeAttribute('tabindex');
	};
	const resize = new ResizeObserver(update);
	resize.observe(node);
	// The content changing size (rows added, a column widening) changes whether it overflows.
	for (const child of node.children) resize.observe(child);
	const mutations = new MutationObserver(() => {
		for (const child of node.children) resize.observe(child);
		update();
	});
	mutations.observe(node, { childList: true });
	update();
	return {
		destroy() {
			resize.disconnect();
			mutations.disconnect();
		}
	};
}
