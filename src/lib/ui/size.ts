/**
 * The size of an element, in whole pixels, from a ResizeObserver: reported after the browser's own layout (the
 * first time after the first layout), then on every change. Unlike `bind:clientWidth`, which reads the size as
 * soon as the element is mounted and so makes the browser lay out the whole page in the middle of a render, it
 * never forces a layout: a map's first drawing waits for its box to be measured anyway.
 */
import type { Attachment } from 'svelte/attachments';

export function observeSize(set: (size: { width: number; height: number }) => void): Attachment<HTMLElement> {
	return (element) => {
		const observer = new ResizeObserver(([entry]) => {
			const box = entry?.contentBoxSize[0];
			if (box) set({ width: Math.round(box.inlineSize), height: Math.round(box.blockSize) });
		});
		observer.observe(element);
		return () => observer.disconnect();
	};
}
