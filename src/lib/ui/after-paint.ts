/**
 * Runs `first` in a task of its own after the next frame is painted, then each of `then` in a further task of its
 * own (no frame waited for): what is already on the page shows first, and the work put off does not lengthen the
 * task (or the frame) before it. A slow phone's first view is split this way into tasks short enough to keep the
 * page responsive (PERFORMANCE.md). Returns a function that cancels whatever has not run yet.
 */
export function afterNextPaint(first: () => void, ...then: (() => void)[]): () => void {
	const steps = [first, ...then];
	let timer: ReturnType<typeof setTimeout> | undefined;
	const run = (i: number) => {
		steps[i]!();
		if (i + 1 < steps.length) timer = setTimeout(() => run(i + 1));
	};
	const frame = requestAnimationFrame(() => (timer = setTimeout(() => run(0))));
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}
