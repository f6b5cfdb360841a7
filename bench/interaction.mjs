// Time from a control change to the map's repaint, measured inside the page: the time of the change, the app's
// own `antq:map-painted` mark after it re-styles the map, then the next frame (the repaint is on screen).
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
