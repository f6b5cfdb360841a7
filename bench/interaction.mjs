// Time from a control change to the map's repaint, measured inside the page: the time of the change, the app's
// own `antq:map-painted` mark after it re-styles the map, then the next frame (the repaint is on screen); and the
// time from a first zoom to Leaflet drawn in place of the SVG drawing.
import { median, percentile } from './stats.mjs';

/**
 * Sets `select[name=…]` to `value` in the page and resolves with the ms until the map has been repainted (null
 * when it already had that value).
 */
function change(page, name, value) {
	return page.evaluate(
		async ({ name, value }) => {
			const select = document.querySelector(`select[name="${name}"]`);
			if (!select) throw new Error(`no select[name=${name}]`);
			if (![...select.options].some((o) => o.value === value)) throw new Error(`select[name=${name}] has no option ${value}`);
			if (select.value === value) return null; // already so: nothing to repaint
			const before = performance.getEntriesByName('antq:map-painted').length;
			const t0 = performance.now();
			select.value = value;
			select.dispatchEvent(new Event('change', { bubbles: true }));
			await new Promise((resolve, reject) => {
				const deadline = t0 + 5000;
				const check = () => {
					if (performance.getEntriesByName('antq:map-painted').length > before) resolve();
					else if (performance.now() > deadline) reject(new Error(`no repaint after ${name}=${value}`));
					else requestAnimationFrame(check);
				};
				check();
			});
			await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
			return performance.now() - t0;
		},
		{ name, value }
	);
}

/**
 * Changes `select[name=…]` to each of `values` in turn (cycling) `runs` times and times each change. With
 * `reset`, the select is first set back to that value, untimed, so that only the change into `values` counts.
 */
export async function timeSelectChanges(page, { name, values, reset, runs }) {
	const times = [];
	for (let i = 0; i < runs; i++) {
		if (reset !== undefined) await change(page, name, reset);
		const ms = await change(page, name, values[i % values.length]);
		if (ms === null) throw new Error(`select[name=${name}] was already ${values[i % values.length]}: nothing changed`);
		times.push(ms);
	}
	return { medianMs: median(times), p95Ms: percentile(times, 95), runs, times: times.map((t) => Math.round(t * 10) / 10) };
}

/**
 * On each of `runs` fresh pages: one wheel turn over the middle of the map, then the time until Leaflet has
 * replaced the SVG drawing (its areas in the page, the drawing gone, a repaint mark after the turn), and the
 * longest main-thread task from the turn to a moment after.
 */
export async function timeTakeover(browser, { url, runs, mapReady }) {
	const times = [];
	const longest = [];
	for (let i = 0; i < runs; i++) {
		const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
		try {
			const page = await context.newPage();
			await page.goto(url);
			await mapReady(page);
			const box = await page.getByTestId('province-map').boundingBox();
			await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
			await page.evaluate(() => {
				const w = /** @type {any} */ (window);
				w.__takeover = { tasks: [], marks: performance.getEntriesByName('antq:map-painted').length };
				new PerformanceObserver((list) => {
					for (const t of list.getEntries()) w.__takeover.tasks.push({ start: t.startTime, duration: t.duration });
				}).observe({ type: 'longtask' });
				addEventListener('wheel', () => (w.__takeover.t0 ??= performance.now()), { capture: true });
			});
			await page.mouse.wheel(0, -120);
			const r = await page.evaluate(
				() =>
					new Promise((resolve, reject) => {
						const w = /** @type {any} */ (window);
						const deadline = performance.now() + 10_000;
						const check = () => {
							const done =
								document.querySelector('.leaflet-container path[data-code]') &&
								!document.querySelector('svg.drawing') &&
								performance.getEntriesByName('antq:map-painted').length > w.__takeover.marks;
							if (done) {
								const t1 = performance.now();
								setTimeout(() => {
									const during = w.__takeover.tasks.filter((t) => t.start + t.duration >= w.__takeover.t0);
									resolve({ ms: t1 - w.__takeover.t0, longest: Math.max(0, ...during.map((t) => t.duration)) });
								}, 300);
							} else if (performance.now() > deadline) reject(new Error('Leaflet did not take over'));
							else requestAnimationFrame(check);
						};
						check();
					})
			);
			times.push(r.ms);
			longest.push(r.longest);
		} finally {
			await context.close();
		}
	}
	return { medianMs: median(times), p95Ms: percentile(times, 95), longestTaskMs: median(longest), times: times.map((t) => Math.round(t)) };
}
