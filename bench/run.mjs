// npm run bench — builds, serves the build on 127.0.0.1 with precompressed files as a static host would,
// and prints the performance figures (each a median of several runs); also writes bench/results.json.
// Figures, not pass/fail: the budgets are in PERFORMANCE.md, and each table prints its budget beside it.
//
// Options: --no-build (measure the existing build/), --only=bytes,lighthouse,interaction,import,growth (a subset).
// `growth` builds a synthetic full history (bench/history.mjs, in a temporary folder) with DATA_DIR and measures it
// beside the bundled data, then times data:check and the build on 100,000 figures.
// Environment: BENCH_PORT (a free port), BENCH_RUNS (5 cold loads per view), BENCH_LH_RUNS (3 Lighthouse runs per
// preset), BENCH_IMPORT_RUNS (3), BENCH_IMPORT_ROWS (100000), CHROME_PATH (/usr/bin/chromium).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './browser.mjs';
import { chartShown, mapReady, mapShown } from './pages.mjs';
import { fmt1, kib, mark, section, table } from './print.mjs';
import { build, freePort, waitForServer } from './server.mjs';
import { chunkLabels, measureView } from './bytes.mjs';
import { benchGrowth } from './growth.mjs';
import { timeImports } from './import.mjs';
import { timeSelectChanges, timeTakeover } from './interaction.mjs';
import { ensureLighthouse, lighthouse } from './lighthouse.mjs';
import { medianOf } from './stats.mjs';

// A free port unless BENCH_PORT says which (not one of the ports browsers refuse, such as 4190).
const PORT = Number(process.env.BENCH_PORT) || (await freePort());
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS || 5);
const LH_RUNS = Number(process.env.BENCH_LH_RUNS || 3);
const IMPORT_RUNS = Number(process.env.BENCH_IMPORT_RUNS || 3);
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS || 100_000);
const root = join(import.meta.dirname, '..');
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',')) : null;
const wanted = (part) => !only || only.has(part);

/** The targets, printed beside the figures (PERFORMANCE.md says what each protects). */
const BUDGETS = {
	firstViewTotalKiB: 120,
	firstViewJsKiB: 80,
	loadLongestTaskMs: 50,
	lighthouseMobileScore: 0.99,
	lighthouseMobileLcpMs: 1200,
	lighthouseDesktopScore: 1,
	cls: 0,
	repaintMedianMs: 50,
	importSeconds: 2,
	roundSeconds: 3,
	importLongestTaskMs: 50
};

async function benchBytes(results, labels) {
	section(`transferred bytes (KiB as served: brotli bodies + HTTP/1.1 headers; median of ${RUNS} cold loads)`);
	const views = [
		{ name: 'first view (map)', url: `${BASE}/`, shown: mapShown },
		{ name: 'chart view', url: `${BASE}/?view=chart`, shown: chartShown }
	];
	results.bytes = {};
	const rows = [];
	for (const v of views) {
		const runs = [];
		for (let i = 0; i < RUNS; i++) runs.push(await measureView(v.url, v.shown, labels));
		const m = medianOf(runs.map(({ requests, after, ...rest }) => rest));
		// The request lists are those of the first run (with the moment that run showed the view).
		results.bytes[v.name] = { ...m, requests: runs[0].requests, after: runs[0].after, firstRunShownMs: runs[0].shownMs };
		rows.push({
			view: v.name,
			total: fmt1(kib(m.total)),
			js: fmt1(kib(m.js)),
			css: fmt1(kib(m.css)),
			html: fmt1(kib(m.html)),
			data: fmt1(kib(m.data)),
			geometry: fmt1(kib(m.geometry)),
			other: fmt1(kib(m.other)),
			'of which headers': fmt1(kib(m.headers)),
			requests: runs[0].requests.length,
			shown_ms: Math.round(m.shownMs),
			longest_task_ms: Math.round(m.longestTaskMs),
			busiest_task_cpu_ms: Math.round(m.longestTaskCpuMs)
		});
	}
	table(rows);
	const first = results.bytes['first view (map)'];
	const echartsFirst = first.requests.some((r) => r.label === 'echarts');
	const leafletFirst = first.requests.some((r) => r.label === 'leaflet');
	// The physical floor: what any drawing of this map must fetch (boundaries, figures) and the framework that runs it.
	const floor = first.geometry + first.data + first.runtime;
	results.checks = {
		firstViewTotalKiB: kib(first.total),
		firstViewJsKiB: kib(first.js),
		echartsInFirstView: echartsFirst,
		leafletInFirstView: leafletFirst,
		loadLongestTaskMs: first.longestTaskMs,
		loadLongestTaskCpuMs: first.longestTaskCpuMs,
		floorKiB: kib(floor)
	};
	console.log(
		`budgets: first view ${fmt1(kib(first.total))} ≤ ${BUDGETS.firstViewTotalKiB} KiB ${mark(kib(first.total) <= BUDGETS.firstViewTotalKiB)}; ` +
			`JS ${fmt1(kib(first.js))} ≤ ${BUDGETS.firstViewJsKiB} KiB ${mark(kib(first.js) <= BUDGETS.firstViewJsKiB)}; ` +
			`longest task on load ${Math.round(first.longestTaskMs)} < ${BUDGETS.loadLongestTaskMs} ms ${mark(first.longestTaskMs < BUDGETS.loadLongestTaskMs)} ` +
			`(tasks ≥ 50 ms: ${first.longTasks}; the busiest task's CPU time ${Math.round(first.longestTaskCpuMs)} ms); ` +
			`ECharts in first view: ${echartsFirst ? 'yes (OVER)' : 'no (ok)'}; Leaflet in first view: ${leafletFirst ? 'yes (OVER)' : 'no (ok)'}`
	);
	console.log(
		`physical floor: geometry ${fmt1(kib(first.geometry))} + data ${fmt1(kib(first.data))} + Svelte/SvelteKit runtime ${fmt1(kib(first.runtime))} ` +
			`= ${fmt1(kib(floor))} KiB; the first view is ${fmt1(kib(first.total - floor))} KiB (${Math.round(((first.total - floor) / floor) * 100)} %) above it`
	);
	const line = (r) =>
		`  ${String(r.startMs).padStart(5)}–${String(r.endMs).padEnd(5)} ${fmt1(kib(r.bytes)).padStart(6)}  ${r.path}${r.label ? `  (${r.label})` : ''}`;
	console.log(
		`first view requests (start–end ms after the first request, KiB, what); the map was shown at ${Math.round(first.firstRunShownMs)} ms:`
	);
	for (const r of first.requests) console.log(line(r));
	if (first.after.length) console.log('requested after the map was shown (not counted):');
	for (const r of first.after) console.log(line(r));
}

function benchLighthouse(results) {
	section(`Lighthouse 12, Debian Chromium (median of ${LH_RUNS} runs per preset)`);
	ensureLighthouse();
	results.lighthouse = {};
	const rows = [];
	// The budgets are the default (simulated) presets'; the phone with applied throttling is printed beside them.
	const targets = { mobile: BUDGETS.lighthouseMobileScore, desktop: BUDGETS.lighthouseDesktopScore };
	for (const preset of ['mobile', 'mobile-applied', 'desktop']) {
		const runs = [];
		for (let i = 0; i < LH_RUNS; i++) runs.push(lighthouse(`${BASE}/`, preset));
		const m = medianOf(runs);
		results.lighthouse[preset] = { ...m, runs };
		const target = targets[preset];
		rows.push({
			preset,
			score: m.score.toFixed(2),
			target: target === undefined ? '—' : `≥ ${target.toFixed(2)} ${mark(m.score >= target)}`,
			FCP_ms: Math.round(m.fcpMs),
			LCP_ms: Math.round(m.lcpMs),
			TBT_ms: Math.round(m.tbtMs),
			CLS: m.cls.toFixed(4),
			scores: runs.map((r) => r.score.toFixed(2)).join(' ')
		});
	}
	table(rows);
	for (const preset of ['mobile', 'mobile-applied', 'desktop']) {
		const elements = results.lighthouse[preset].runs.map((r) => r.lcpElement);
		console.log(
			`${preset} LCP element: ${[...new Set(elements)].map((e) => `${e} (${elements.filter((x) => x === e).length}×)`).join('; ')}`
		);
	}
	const mob = results.lighthouse.mobile;
	const lcps = (preset) => results.lighthouse[preset].runs.map((r) => Math.round(r.lcpMs)).join(' ');
	console.log(`LCP per run (ms): mobile ${lcps('mobile')}; mobile with applied throttling ${lcps('mobile-applied')}`);
	console.log(
		`budgets: mobile LCP ${Math.round(mob.lcpMs)} ≤ ${BUDGETS.lighthouseMobileLcpMs} ms ${mark(mob.lcpMs <= BUDGETS.lighthouseMobileLcpMs)}; ` +
			`CLS ${mob.cls.toFixed(4)} / ${results.lighthouse.desktop.cls.toFixed(4)} = 0 ${mark(mob.cls === 0 && results.lighthouse.desktop.cls === 0)}`
	);
}

async function benchInteraction(results, browser) {
	section('interaction: control change → map repaint (ms, 20 changes each, measured in the page)');
	const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
	results.interaction = {};
	const interactions = [
		{
			// A family's picker changes the indicator to that family's first.
			name: 'indicator change',
			url: `${BASE}/`,
			select: 'family',
			values: ['models', 'awards', 'tips']
		},
		// The units field is made when the options first open.
		{ name: '63/34 toggle', url: `${BASE}/`, select: 'units', values: ['34', '63'], options: true },
		// Only entering is timed: the comparison is left again, untimed, before each change.
		{
			name: 'enter comparison',
			url: `${BASE}/?indicator=awards_collective&period=2013-2023`,
			select: 'compare',
			values: ['2019'],
			reset: ''
		}
	];
	const rows = [];
	for (const it of interactions) {
		await page.goto(it.url);
		await mapReady(page);
		try {
			if (it.options) await page.locator('button[aria-controls$="-options"]').click();
			// The value the first view shows goes last, so that every change changes something.
			const now = await page.locator(`select[name="${it.select}"]`).inputValue();
			const values = [...it.values.filter((v) => v !== now), ...it.values.filter((v) => v === now)];
			const r = await timeSelectChanges(page, { name: it.select, values, reset: it.reset, runs: 20 });
			results.interaction[it.name] = r;
			rows.push({
				interaction: it.name,
				median_ms: fmt1(r.medianMs),
				p95_ms: fmt1(r.p95Ms),
				budget: `≤ ${BUDGETS.repaintMedianMs} ${mark(r.medianMs <= BUDGETS.repaintMedianMs)}`
			});
		} catch (e) {
			results.interaction[it.name] = { error: String(e.message ?? e) };
			rows.push({ interaction: it.name, median_ms: 'n/a', p95_ms: 'n/a', budget: String(e.message ?? e).slice(0, 70) });
		}
	}
	await page.close();
	table(rows);

	// The first zoom of a fresh page brings Leaflet in (downloaded, evaluated, drawn at the same view).
	try {
		const r = await timeTakeover(browser, { url: `${BASE}/`, runs: RUNS, mapReady });
		results.interaction['first zoom → Leaflet'] = r;
		console.log(
			`first zoom → Leaflet drawn (${RUNS} fresh pages, its files from the local server): median ${fmt1(r.medianMs)} ms ` +
				`(p95 ${fmt1(r.p95Ms)}); longest task meanwhile ${fmt1(r.longestTaskMs)} ms (median)`
		);
	} catch (e) {
		results.interaction['first zoom → Leaflet'] = { error: String(e.message ?? e) };
		console.log(`first zoom → Leaflet: n/a (${String(e.message ?? e)})`);
	}
}

async function benchImport(results, browser, buildDir) {
	section(`import: files through the worker to the map (median of ${IMPORT_RUNS} runs each)`);
	try {
		const cases = await timeImports(browser, {
			base: BASE,
			rows: IMPORT_ROWS,
			runs: IMPORT_RUNS,
			datasetPath: join(buildDir, 'data', 'dataset.json')
		});
		results.import = cases.map((c) => {
			const m = medianOf(c.timings);
			return {
				...c,
				parseSeconds: m.parseMs / 1000,
				commitSeconds: m.commitMs / 1000,
				seconds: m.totalMs / 1000,
				longestTaskMs: m.longestTaskMs,
				longTasks: m.longTasks
			};
		});
		table(
			results.import.map((c) => ({
				import: c.name,
				files: c.files,
				figures: c.facts,
				'read+review_s': c.parseSeconds.toFixed(2),
				'confirm→painted_s': c.commitSeconds.toFixed(2),
				to_map_s: c.seconds.toFixed(2),
				longest_task_ms: c.longestTaskMs === 0 ? 'none ≥ 50' : Math.round(c.longestTaskMs),
				tasks_over_50ms: c.longTasks
			}))
		);
		const [csv, , round] = results.import;
		const longest = Math.max(...results.import.map((c) => c.longestTaskMs));
		console.log(
			`budgets: CSV ${csv.seconds.toFixed(2)} ≤ ${BUDGETS.importSeconds} s ${mark(csv.seconds <= BUDGETS.importSeconds)}; ` +
				`${round.files} workbooks ${round.seconds.toFixed(2)} ≤ ${BUDGETS.roundSeconds} s ${mark(round.seconds <= BUDGETS.roundSeconds)}; ` +
				`longest task ${Math.round(longest)} ≤ ${BUDGETS.importLongestTaskMs} ms ${mark(longest <= BUDGETS.importLongestTaskMs)} ` +
				`(per run: ${results.import.map((c) => c.timings.map((r) => Math.round(r.longestTaskMs)).join('/')).join('; ')} ms)`
		);
	} catch (e) {
		results.import = { error: String(e.message ?? e) };
		console.log(`n/a: ${results.import.error}`);
	}
}

async function main() {
	if (!process.argv.includes('--no-build')) {
		section('build');
		build(root);
		console.log('built build/');
	}
	if (!existsSync(join(root, 'build', '200.html'))) throw new Error('build/ is missing: run without --no-build');
	// Serve a private copy, so that another build in this working tree cannot change files while we measure.
	const scratch = mkdtempSync(join(tmpdir(), 'antq-bench-'));
	const buildDir = join(scratch, 'build');
	cpSync(join(root, 'build'), buildDir, { recursive: true });
	const manifest = join(root, '.svelte-kit', 'output', 'client', '.vite', 'manifest.json');
	const labels = existsSync(manifest) ? chunkLabels(JSON.parse(readFileSync(manifest, 'utf8'))) : new Map();
	const server = spawn(process.execPath, [join(root, 'scripts', 'serve.mjs'), '--port', String(PORT)], { cwd: scratch, stdio: 'ignore' });
	// Figures depend on the machine and on what else it runs: both are recorded with them.
	const machine = () => ({ cpus: cpus().length, cpu: cpus()[0]?.model, loadAverage1m: Number(loadavg()[0].toFixed(2)) });
	const results = {
		date: new Date().toISOString(),
		machineAtStart: machine(),
		runs: RUNS,
		lighthouseRuns: LH_RUNS,
		importRuns: IMPORT_RUNS,
		budgets: BUDGETS
	};
	console.log(
		`machine: ${results.machineAtStart.cpus} × ${results.machineAtStart.cpu}, load average ${results.machineAtStart.loadAverage1m}`
	);
	let browser = null;
	try {
		await waitForServer(`${BASE}/`);
		if (wanted('bytes')) await benchBytes(results, labels);
		if (wanted('lighthouse')) benchLighthouse(results);
		if (wanted('interaction') || wanted('import') || wanted('growth')) browser = await launch();
		if (wanted('interaction')) await benchInteraction(results, browser);
		if (wanted('import')) await benchImport(results, browser, buildDir);
		if (wanted('growth')) await benchGrowth(results, { root, base: BASE, runs: RUNS, lighthouseRuns: LH_RUNS, browser, labels });
	} finally {
		await browser?.close();
		server.kill();
		rmSync(scratch, { recursive: true, force: true });
	}
	results.machineAtEnd = machine();
	const out = join(import.meta.dirname, 'results.json');
	writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
	console.log(`\nwritten: ${out}`);
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
