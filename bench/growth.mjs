// The cost of a full reporting history (issue: data load by what is in view): the same measures on the bundled data
// and on a synthetic history built with DATA_DIR (bench/history.mjs) — first view bytes, switching indicator,
// opening a province panel — printed side by side with their ratio. Figures only, never asserted.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { writeHistory } from './history.mjs';
import { timeSelectChanges } from './interaction.mjs';
import { ensureLighthouse, lighthouse } from './lighthouse.mjs';
import { mapReady, mapShown } from './pages.mjs';
import { measureView } from './bytes.mjs';
import { fmt1, kib, section, table } from './print.mjs';
import { build, freePort, serveCopy } from './server.mjs';
import { median, medianOf } from './stats.mjs';

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
async function measureGrowth({ base, runs, browser, labels }) {
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

/** `data:check` on the data in `dir` (DATA_DIR), timed in ms; throws with its output if the check refuses them. */
function timeCheck(root, dir) {
	const t0 = Date.now();
	const check = spawnSync('npx', ['tsx', 'scripts/data-check.ts'], { cwd: root, encoding: 'utf8', env: { ...process.env, DATA_DIR: dir } });
	if (check.status !== 0) throw new Error(`data:check refused the history:\n${check.stdout}\n${check.stderr}`);
	return Date.now() - t0;
}

/** Medians of `runs` Lighthouse mobile runs on each site, taken in turns so that both see the same machine. */
function lighthouseBoth(bases, runs) {
	ensureLighthouse();
	const all = bases.map(() => []);
	for (let i = 0; i < runs; i++) bases.forEach((base, k) => all[k].push(lighthouse(`${base}/`, 'mobile')));
	return all.map((r) => ({ ...medianOf(r), scores: r.map((x) => x.score) }));
}

/** Times data:check and the build on a synthetic history of about 100,000 figures (all indicators; they must finish). */
function benchLarge(root, results) {
	const large = writeHistory(root, { indicators: 36, periods: 46 });
	try {
		const checkMs = timeCheck(root, large.dir);
		const buildMs = build(root, { DATA_DIR: large.dir });
		results.growth.large = { facts: large.facts, checkMs, buildMs };
		console.log(
			`${large.facts} figures (63 provinces × ${large.indicators.length} indicators × 46 years): data:check ${(checkMs / 1000).toFixed(1)} s, build ${(buildMs / 1000).toFixed(1)} s`
		);
	} finally {
		rmSync(large.dir, { recursive: true, force: true });
	}
}

/**
 * The bundled site (served at `base`) beside a synthetic full history: data check and build times of the history, then
 * first view bytes, Lighthouse mobile, switching indicator and opening a panel on both, with the ratio history /
 * bundled; last, data:check and the build on 100,000 figures. build/ is the bundled site again at the end.
 */
export async function benchGrowth(results, { root, base, runs, lighthouseRuns, browser, labels }) {
	const history = writeHistory(root);
	section(
		`growth: bundled data vs a synthetic history of ${history.facts} figures (63 provinces × ${history.indicators.length} indicators × 15 years)`
	);
	let served = null;
	try {
		const checkMs = timeCheck(root, history.dir);
		const buildMs = build(root, { DATA_DIR: history.dir });
		served = await serveCopy(root, await freePort());
		console.log(`history: data:check ${(checkMs / 1000).toFixed(1)} s, build ${(buildMs / 1000).toFixed(1)} s`);
		const bundled = await measureGrowth({ base, runs, browser, labels });
		const full = await measureGrowth({ base: served.base, runs, browser, labels });
		[bundled.lighthouse, full.lighthouse] = lighthouseBoth([base, served.base], lighthouseRuns);
		results.growth = { facts: history.facts, checkMs, buildMs, bundled, history: full };
		const row = (name, m) => ({
			data: name,
			first_view_KiB: fmt1(kib(m.totalBytes)),
			of_which_data_KiB: fmt1(kib(m.dataBytes)),
			lighthouse_mobile: m.lighthouse.score.toFixed(2),
			TBT_ms: Math.round(m.lighthouse.tbtMs),
			switch_first_ms: fmt1(m.switchColdMs),
			switch_again_ms: fmt1(m.switchWarmMs),
			open_panel_ms: fmt1(m.panelMs)
		});
		const ratio = (get) => (get(full) / get(bundled)).toFixed(2);
		table([
			row('bundled', bundled),
			row('history', full),
			{
				data: 'ratio',
				first_view_KiB: ratio((m) => m.totalBytes),
				of_which_data_KiB: ratio((m) => m.dataBytes),
				lighthouse_mobile: ratio((m) => m.lighthouse.score),
				TBT_ms: ratio((m) => m.lighthouse.tbtMs),
				switch_first_ms: ratio((m) => m.switchColdMs),
				switch_again_ms: ratio((m) => m.switchWarmMs),
				open_panel_ms: ratio((m) => m.panelMs)
			}
		]);
		console.log(
			`first view, history − bundled: ${fmt1(kib(full.totalBytes - bundled.totalBytes))} KiB (target ≤ 10 KiB); data files: ${full.dataFiles.join(', ')}`
		);
		console.log(
			`Lighthouse mobile scores (target ≥ 0.98 on both): bundled ${bundled.lighthouse.scores.join(' ')}; history ${full.lighthouse.scores.join(' ')}`
		);
		benchLarge(root, results);
	} catch (e) {
		results.growth = { ...results.growth, error: String(e.message ?? e) };
		console.log(`n/a: ${results.growth.error}`);
	} finally {
		served?.stop();
		rmSync(history.dir, { recursive: true, force: true });
		// build/ is the bundled site again for whoever uses it next.
		build(root);
	}
}
