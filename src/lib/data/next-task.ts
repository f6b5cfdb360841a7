/**
 * Resolves in a new task, so that the browser can paint and handle input between pieces of work. A message to
 * oneself, not `setTimeout(…, 0)`: browsers delay nested timers by at least 4 ms, which over the 40 slices of a
 * 100,000-row import added 160 ms of waiting (PERFORMANCE.md).
 */
export function nextTask(): Promise<void> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}
