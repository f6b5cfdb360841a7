// Import benchmark: generated files through the in-browser import (module worker) — a long-form file (facts.csv
// columns) of valid rows as CSV and as a workbook, and a round of 34 provincial workbooks chosen together —
// timing choice → review → map and the longest main-thread task while it runs (PerformanceObserver 'longtask',
// buffered). Each run is a fresh browser context, so no earlier import is kept in IndexedDB.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { longFormWorkbook, provincialReturns } from './workbooks.mjs';

const HEADER = 'province_code,province,scope,period_start,period_end,period_label,measure,indicator,value,qualifier,note,source_id,quote';

/** A CSV field, quoted when it must be (RFC 4180). */
const field = (s) => (/[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/**
 * `rows` distinct, valid figures built from the shipped tables (build/data/dataset.json, i.e. data/ after the
 * data check): every province × indicator, year after year (2000–2024), then source after source — so no two
 * rows share a key, and each quotes its value as a Vietnamese article would print it.
 */
function longFormRows(tables, rows) {
	const { provinces, indicators, sources } = tables;
	const years = 25;
	const perYear = provinces.length * indicators.length;
	if (rows > perYear * years * sources.length) throw new Error(`${rows} distinct rows need more provinces, indicators or sources`);
	const vi = new Intl.NumberFormat('vi-VN');
	const out = [HEADER.split(',')];
	for (let i = 0; i < rows; i++) {
		const p = provinces[i % provinces.length];
		const ind = indicators[Math.floor(i / provinces.length) % indicators.length];
		const year = 2000 + (Math.floor(i / perYear) % years);
		const src = sources[Math.floor(i / (perYear * years))];
		const value = (i % 9000) + 1;
		const quote = `Năm ${year}, ${p.name} có ${vi.format(value)} ${ind.unit_vi}.`;
		out.push([
			p.code,
			p.name,
			'province',
			String(year),
			String(year),
			String(year),
			ind.measure,
			ind.id,
			String(value),
			'exact',
			'',
			src.source_id,
			quote
		]);
	}
	return out;
}

const longFormCsv = (rows) => rows.map((r) => r.map(field).join(',')).join('\n') + '\n';

/**
 * One import of `files` (giving `facts` figures in all) in a fresh context of `browser`: opens the dialog, sets the
 * files (paths, so the browser reads them as real files — a buffer would make Playwright build each File inside
 * the page, a long task of its own), waits until every file is read and the confirm button offers all their
 * figures, confirms, and waits for the imported data to be painted.
 */
async function importOnce(browser, { base, files, facts }) {
	const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
	const page = await context.newPage();
	try {
		await page.goto(`${base}/`);
		await page.waitForSelector('path[data-code]', { timeout: 20_000 });
		await page.click('[data-testid="import-open"]');
		await page.waitForSelector('dialog [data-testid="import-file"]', { state: 'attached' });
		// In the page: when the file is chosen, when the counts show, and every long task (buffered).
		await page.evaluate(() => {
			const w = window;
			w.__bench = { chosen: null, counted: null, tasks: [] };
			document.addEventListener(
				'change',
				(e) => {
					if (e.target instanceof HTMLInputElement && e.target.type === 'file') w.__bench.chosen ??= performance.now();
				},
				true
			);
			new PerformanceObserver((list) => {
				for (const t of list.getEntries()) w.__bench.tasks.push({ start: t.startTime, duration: t.duration });
			}).observe({ type: 'longtask', buffered: true });
		});
		await page.setInputFiles('[data-testid="import-file"]', files);
		// Ready when the confirm button is enabled and offers every figure ("Dùng 70.686 số liệu từ 34 tệp").
		const offer = new Intl.NumberFormat('vi-VN').format(facts);
		await page.waitForFunction(
			(offer) => {
				const b = document.querySelector('[data-testid="import-confirm"]');
				if (!b || b.disabled || !b.textContent.includes(`Dùng ${offer} số liệu`)) return false;
				window.__bench.counted ??= performance.now();
				return true;
			},
			offer,
			{ timeout: 180_000, polling: 'raf' }
		);
		// Confirm, then wait for the badge and a repaint of the map after the click.
		const clicked = await page.evaluate(() => {
			const t = performance.now();
			window.__bench.painted = performance.getEntriesByName('antq:map-painted').length;
			document.querySelector('[data-testid="import-confirm"]').click();
			return t;
		});
		await page.waitForSelector('[data-testid="data-badge"]', { timeout: 120_000 });
		const painted = await page.evaluate(
			() =>
				new Promise((resolve, reject) => {
					const deadline = performance.now() + 60_000;
					const check = () => {
						const marks = performance.getEntriesByName('antq:map-painted');
						if (marks.length > window.__bench.painted) requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
						else if (performance.now() > deadline) reject(new Error('the imported data were never painted'));
						else requestAnimationFrame(check);
					};
					check();
				})
		);
		const b = await page.evaluate(() => window.__bench);
		// Tasks overlapping either phase (the user's think time between them is not counted).
		const overlaps = (t, from, to) => t.start + t.duration > from && t.start < to;
		const during = (t) => overlaps(t, b.chosen, b.counted) || overlaps(t, clicked, painted);
		const tasks = b.tasks.filter(during);
		const parseMs = b.counted - b.chosen;
		const commitMs = painted - clicked;
		return {
			parseMs,
			commitMs,
			totalMs: parseMs + commitMs,
			longestTaskMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
			longTasks: tasks.length
		};
	} finally {
		await context.close();
	}
}

/**
 * The imports measured, each `runs` times (medians are taken by the caller): a `rows`-row long-form CSV, the same
 * rows as one workbook, and a round of 34 provincial workbooks imported together.
 */
export async function timeImports(browser, { base, rows, runs, datasetPath }) {
	const tables = JSON.parse(readFileSync(datasetPath, 'utf8'));
	const dir = mkdtempSync(join(tmpdir(), 'antq-bench-import-'));
	const put = (name, content) => {
		const path = join(dir, name);
		writeFileSync(path, content);
		return path;
	};
	try {
		const lines = longFormRows(tables, rows);
		const returns = provincialReturns(tables);
		const cases = [
			{ name: `${rows.toLocaleString('en')}-row CSV (long form)`, files: [put(`bench-${rows}.csv`, longFormCsv(lines))], facts: rows },
			{
				name: `${rows.toLocaleString('en')}-row .xlsx (long form)`,
				files: [put(`bench-${rows}.xlsx`, longFormWorkbook(lines))],
				facts: rows
			},
			{
				name: `${returns.length} provincial .xlsx together`,
				files: returns.map((r) => put(r.name, r.bytes)),
				facts: returns.reduce((n, r) => n + r.facts, 0)
			}
		];
		const out = [];
		for (const c of cases) {
			const timings = [];
			for (let i = 0; i < runs; i++) timings.push(await importOnce(browser, { base, files: c.files, facts: c.facts }));
			out.push({ name: c.name, files: c.files.length, facts: c.facts, timings });
		}
		return out;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
