/**
 * Runs `fn` in a task of its own after the next frame is painted: what is already on the page shows first, and
 * the work put off does not lengthen the task (or the frame) before it. A slow phone's first view is split this
 * way into tasks short enough to keep the page responsive (PERFORMANCE.md). Returns a function that cancels it.
 */
export function afterNextPaint(fn: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => (timer = setTimeout(fn)));
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}
