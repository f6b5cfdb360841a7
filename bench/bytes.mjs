// Transferred bytes of a view, as served (brotli/gzip), split by kind; plus each request's start and end time
// so a waterfall shows up, and which library or first-view group a chunk holds. The view's bytes are those of the
// requests it made until it was shown; what the page fetches afterwards (in idle time, e.g. the long texts of the
// tables) is listed apart and not counted. The same load gives the longest main-thread task until a second after
// the view was shown (PerformanceObserver 'longtask', registered before the page's first script).
import { launch } from './browser.mjs';

function kindOf(url) {
	const path = new URL(url).pathname;
	if (/\/data\/geo-|archipelagos/.test(path)) return 'geometry';
	if (path.includes('/data/')) return 'data';
	if (path.endsWith('.js')) return 'js';
	if (path.endsWith('.css')) return 'css';
	if (path.endsWith('.html') || path === '/' || !path.includes('.')) return 'html';
	return 'other';
}

/** The first view's chunk groups (vite.config.ts); `vendor` is the Svelte and SvelteKit runtime. */
const GROUPS = ['vendor', 'layout', 'shared', 'dashboard'];

/** Chunk file → the library (leaflet, echarts) or first-view group it holds, from Vite's build manifest. */
export function chunkLabels(manifest) {
	const labels = new Map();
	for (const [src, chunk] of Object.entries(manifest)) {
		if (src.includes('node_modules/leaflet/')) labels.set(chunk.file, 'leaflet');
		else if (/echarts/.test(src)) labels.set(chunk.file, 'echarts');
		else if (GROUPS.includes(chunk.name)) labels.set(chunk.file, chunk.name);
	}
	return labels;
}

/**
 * The CPU time of the longest task of the page's main thread in a trace (ms): unlike a task's duration, it hardly
 * grows when other programs share the machine's cores, so runs on a busy machine stay comparable.
 */
function longestTaskCpu(events) {
	const mains = new Set(
		events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`)
	);
	const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.tdur !== undefined && mains.has(`${e.pid}:${e.tid}`));
	// The page's renderer is the one that worked most (a browser also runs renderers of its own pages).
	const work = new Map();
	for (const t of tasks) work.set(`${t.pid}:${t.tid}`, (work.get(`${t.pid}:${t.tid}`) ?? 0) + t.tdur);
	const page = [...work].sort((a, b) => b[1] - a[1])[0]?.[0];
	return Math.max(0, ...tasks.filter((t) => `${t.pid}:${t.tid}` === page).map((t) => t.tdur / 1000));
}

/**
 * One cold load of `url`: bytes per kind and the requests, up to the moment the view is shown — `shown(page)`
 * resolves with that moment in the page's clock (ms since its time origin).
 */
export async function measureView(url, shown, labels = new Map()) {
	const browser = await launch();
	try {
		const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
		await context.addInitScript(() => {
			const w = /** @type {any} */ (window);
			w.__longTasks = [];
			new PerformanceObserver((list) => {
				for (const t of list.getEntries()) w.__longTasks.push({ start: t.startTime, duration: t.duration });
			}).observe({ type: 'longtask', buffered: true });
		});
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		const requests = new Map();
		let wallOffset = null; // wall-clock seconds minus the monotonic timestamps CDP gives
		cdp.on('Network.requestWillBeSent', (e) => {
			wallOffset ??= e.wallTime - e.timestamp;
			requests.set(e.requestId, { url: e.request.url, start: e.timestamp, end: e.timestamp, bytes: 0, body: 0 });
		});
		// The body as sent (compressed); the rest of what was transferred is the response's HTTP/1.1 headers.
		cdp.on('Network.responseReceived', (e) => {
			const r = requests.get(e.requestId);
			const length = Object.entries(e.response.headers).find(([k]) => k.toLowerCase() === 'content-length')?.[1];
			if (r && length !== undefined) r.body = Number(length);
		});
		cdp.on('Network.loadingFinished', (e) => {
			const r = requests.get(e.requestId);
			if (!r) return;
			r.bytes = e.encodedDataLength;
			r.end = e.timestamp;
		});
		await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
		await page.goto(url);
		const shownAt = await shown(page);
		// Wall-clock time the view was shown, then a moment for whatever comes next (listed, not counted).
		const shownWall = (await page.evaluate(() => performance.timeOrigin)) / 1000 + shownAt / 1000;
		await page.waitForTimeout(1000);
		const tasks = await page.evaluate((until) => /** @type {any} */ (window).__longTasks.filter((t) => t.start <= until), shownAt + 1000);
		const longestTaskCpuMs = longestTaskCpu(JSON.parse((await browser.stopTracing()).toString()).traceEvents);
		const all = [...requests.values()].filter((r) => r.url.startsWith('http'));
		const t0 = Math.min(...all.map((r) => r.start));
		const before = (r) => r.start + wallOffset <= shownWall;
		const byKind = { js: 0, css: 0, html: 0, data: 0, geometry: 0, other: 0 };
		for (const r of all.filter(before)) byKind[kindOf(r.url)] += r.bytes;
		const total = Object.values(byKind).reduce((a, b) => a + b, 0);
		const headers = all.filter(before).reduce((sum, r) => sum + Math.max(0, r.bytes - r.body), 0);
		const ms = (t) => Math.round((t - t0) * 1000);
		const describe = (r) => {
			const path = new URL(r.url).pathname;
			const label = labels.get(path.replace(/^\//, ''));
			return { path, startMs: ms(r.start), endMs: ms(r.end), bytes: r.bytes, ...(label ? { label } : {}) };
		};
		const labelled = (name) => all.filter(before).filter((r) => labels.get(new URL(r.url).pathname.replace(/^\//, '')) === name);
		return {
			...byKind,
			total,
			headers,
			runtime: labelled('vendor').reduce((sum, r) => sum + r.bytes, 0),
			leaflet: labelled('leaflet').reduce((sum, r) => sum + r.bytes, 0),
			longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
			longestTaskCpuMs,
			longTasks: tasks.length,
			shownMs: ms(shownWall - wallOffset),
			requests: all.filter(before).map(describe),
			after: all.filter((r) => !before(r)).map(describe)
		};
	} finally {
		await browser.close();
	}
}
