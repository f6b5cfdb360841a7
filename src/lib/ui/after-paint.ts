/**
 * Runs `first` in a task of its own after the next frame is painted, then each of `then`: in a further task of
 * its own (no frame waited for) once the task has run for a few milliseconds, in the same task while it has not.
 * What is already on the page shows first, and the work put off does not lengthen the task (or the frame) before
 * it. A slow phone's first view is split this way into tasks short enough to keep the page responsive
 * (PERFORMANCE.md). Returns a function that cancels whatever has not run yet.
 */
export function afterNextPaint(first: () => void, ...then: (() => void)[]): () => void {
	const steps = [first, ...then];
	let timer: ReturnType<typeof setTimeout> | undefined;
	const run = (from: number) => {
		const start = performance.now();
		for (let i = from; i < steps.length; i++) {
			if (i > from && performance.now() - start >= YIELD_AFTER_MS) {
				timer = setTimeout(() => run(i));
				return;
			}
			steps[i]!();
		}
	};
	const frame = requestAnimationFrame(() => (timer = setTimeout(() => run(0))));
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}

/**
 * A step that ends sooner had little to do (an answer already known, such as outlines projected before): the next
 * runs on in the same task, sparing the switch and a frame that could come between them.
 */
const YIELD_AFTER_MS = 4;
