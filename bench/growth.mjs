// The cost of a full reporting history (issue: data load by what is in view): the same measures on the bundled data
// and on a synthetic history built with DATA_DIR (bench/history.mjs) — first view bytes, switching indicator,
// opening a province panel — printed side by side with their ratio. Figures only, never asserted.
import { median } from './stats.mjs';
import { timeSelectChanges } from './interaction.mjs';

/** ms from a click on the area `code` until its province panel is on screen (measured in the page). */
function timePanel(page, code) {
	return page.evaluate(async (code) => {
		const path = document.querySelector(`path[data-code="${code}"]`);
		if (!path) throw new Error(`no area ${code}`);
		const t0 = performance.now();
		path.dispatchEvent(new MouseEvent('click', { bubbles: true }));
		await new Promise((resolve, reject) => {
			const check = () => {
				if (document.querySelector('[data-testid="province-panel"]')) resolve();
				else if (performance.now() - t0 > 10_000) reject(new Error(`no panel for ${code}`));
				else requestAnimationFrame(check);
			};
			check();
		});
		await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
		return performance.now() - t0;
	}, code);
}

/**
 * Measures the site served at `base`: first-view bytes (median of `runs` cold loads), switching the indicator to each
 * of up to six others (first time: fetched; second time: cached) and opening five provinces' panels.
 */
export async function measureGrowth({ base, runs, browser, measureView, mapShown, mapReady, labels }) {
	const loads = [];
	for (let i = 0; i < runs; i++) loads.push(await measureView(`${base}/`, mapShown, labels));
	const total = median(loads.map((l) => l.total));
	const data = median(loads.map((l) => l.data));
	const dataFiles = loads[0].requests
		.filter((r) => r.path.includes('/data/') && !/geo-|archipelagos/.test(r.path))
		.map((r) => r.path.replace(/^.*\/data\//, ''));

	const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
	await page.goto(`${base}/`);
	await mapReady(page);
	const values = await page.$$eval('select[name="indicator"] option', (os) =>
		os
			.filter((o) => !o.selected && !o.disabled)
			.map((o) => o.value)
			.slice(0, 6)
	);
	// Back to the first indicator (untimed) before each switch: the picker lists one family, which may hold only two.
	const first = await page.$eval('select[name="indicator"]', (s) => s.value);
	const switches = await timeSelectChanges(page, { name: 'indicator', values, reset: first, runs: values.length * 2 });
	const cold = median(switches.times.slice(0, values.length));
	const warm = median(switches.times.slice(values.length));
	const codes = await page.$$eval('path[data-kind="value"]', (ps) => ps.map((p) => p.getAttribute('data-code')).slice(0, 5));
	const panels = [];
	for (const code of codes) {
		panels.push(await timePanel(page, code));
		await page.keyboard.press('Escape');
		await page.waitForSelector('[data-testid="province-panel"]', { state: 'detached' });
	}
	await page.close();
	return {
		totalBytes: total,
		dataBytes: data,
		dataFiles,
		switchColdMs: cold,
		switchWarmMs: warm,
		panelMs: median(panels),
		panelTimes: panels.map(Math.round)
	};
}
