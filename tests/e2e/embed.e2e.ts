/**
 * Embeds (issue 5), end to end in Chromium against the built site: /embed views in iframes of test pages,
 * and the snippet of the "Nhúng / Embed" dialog pasted into a page. Expectations come from the data files
 * and the message tables; the fixture fails a test on any request outside 127.0.0.1 or console error.
 */
import type { FrameLocator, Page } from '@playwright/test';
import { MESSAGES } from '../../src/lib/i18n/catalogue';
import { areasOf, tables } from './bundled';
import { expect, test } from './fixtures';

const vi = MESSAGES.vi;

/**
 * An indicator and one of its periods that is not the indicator's default (fewer provinces than its best),
 * so that the period must be written in every link.
 */
const { indicator, period } = (() => {
	const counts = new Map<string, Map<string, Set<string>>>();
	for (const f of tables.facts) {
		if (f.scope !== 'province' || f.period_start === null || f.period_end === null) continue;
		const key = f.period_start === f.period_end ? String(f.period_start) : `${f.period_start}-${f.period_end}`;
		const byPeriod = counts.get(f.indicator) ?? new Map<string, Set<string>>();
		counts.set(f.indicator, byPeriod.set(key, (byPeriod.get(key) ?? new Set()).add(f.province_code)));
	}
	for (const [id, byPeriod] of counts) {
		const max = Math.max(...[...byPeriod.values()].map((s) => s.size));
		const lesser = [...byPeriod].find(([, s]) => s.size < max);
		if (lesser) return { indicator: id, period: lesser[0] };
	}
	throw new Error('no indicator with two periods of different coverage in the data');
})();
const label = tables.indicators.find((i) => i.id === indicator)!.label_vi;

const frameOf = (page: Page) => page.frameLocator('iframe');

/** A test page (about:blank) holding `html`; the iframe inside loads the site. */
async function hostPage(page: Page, html: string): Promise<FrameLocator> {
	await page.setContent(`<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0">${html}</body></html>`);
	return frameOf(page);
}

test('/embed?chart=ranking fills a 600×400 iframe, has no controls, and links back to the full view', async ({ page, baseURL }) => {
	const src = `${baseURL}/embed?chart=ranking&indicator=${indicator}&period=${period}`;
	const frame = await hostPage(page, `<iframe src="${src}" width="600" height="400" style="border:0" title="t"></iframe>`);
	const chart = frame.locator('[data-chart="ranking"][data-ready]');
	await expect(chart).toBeVisible({ timeout: 15_000 });
	await expect(frame.locator('h1')).toHaveText(`${label} — ${vi['ws.chart.ranking']}`);

	// The chart takes the frame's width and the height left by the heading and the footer; nothing scrolls.
	const box = (await chart.boundingBox())!;
	const footer = (await frame.locator('footer').boundingBox())!;
	expect(box.width).toBeGreaterThan(600 * 0.9);
	expect(box.y + box.height).toBeGreaterThan(footer.y - 20);
	expect(footer.y + footer.height).toBeLessThanOrEqual(400);
	const scrolls = await frame.locator('html').evaluate((el) => el.scrollHeight > el.clientHeight || el.scrollWidth > el.clientWidth);
	expect(scrolls).toBe(false);

	// Nothing to operate but the one link (tooltips aside).
	await expect(frame.locator('button, select, input, textarea, nav, details, [role="tablist"]')).toHaveCount(0);
	const links = frame.locator('a[href]');
	await expect(links).toHaveCount(1);
	const href = new URL((await links.getAttribute('href'))!);
	expect(href.origin + href.pathname).toBe(`${baseURL}/`);
	expect([...href.searchParams].sort()).toEqual([
		['indicator', indicator],
		['period', period]
	]);
	await expect(links).toHaveAttribute('target', '_blank');
	await expect(frame.locator('footer')).toContainText(/^Nguồn: /);
});

test('/embed?chart=map draws both archipelagos, a legend and tooltips, legible from 320 to 1920 px', async ({ page, baseURL }) => {
	for (const [width, height] of [
		[320, 480],
		[1920, 1080]
	] as const) {
		const frame = await hostPage(
			page,
			`<iframe src="${baseURL}/embed?chart=map&indicator=${indicator}" width="${width}" height="${height}" style="border:0" title="t"></iframe>`
		);
		const areas = frame.locator('svg path[data-code]');
		await expect(areas).toHaveCount(areasOf(`${baseURL}/embed?chart=map&indicator=${indicator}`), { timeout: 15_000 });
		await expect(frame.locator('svg text', { hasText: vi['map.hoangSa'] })).toHaveCount(1);
		await expect(frame.locator('svg text', { hasText: vi['map.truongSa'] })).toHaveCount(1);
		const legend = frame.getByRole('region', { name: vi['legend.title'] });
		await expect(legend).toBeVisible();
		const map = (await frame.locator('svg[role="group"]').boundingBox())!;
		expect(map.width).toBeGreaterThan(width * 0.4);
		expect(map.height).toBeGreaterThan(height * 0.35);
		const smallest = await frame
			.locator('body')
			.evaluate((body) =>
				Math.min(
					...[...body.querySelectorAll('h1, p, li, a, span')]
						.filter((e) => e.textContent?.trim())
						.map((e) => parseFloat(getComputedStyle(e).fontSize))
				)
			);
		expect(smallest).toBeGreaterThanOrEqual(10);
		await expect(frame.locator('button, select, input')).toHaveCount(0);
	}

	// Keyboard: an area takes the focus and its tooltip says what it is.
	await frameOf(page).locator('svg path[data-code]').first().focus();
	await expect(frameOf(page).getByRole('tooltip')).toBeVisible();
});

test("the embed dialog's snippet, pasted into a page, shows the same view", async ({ page, context }) => {
	await page.goto(`/?indicator=${indicator}&period=${period}&view=chart`);
	const onPage = page.locator('[data-chart="ranking"][data-ready]');
	await expect(onPage).toBeVisible({ timeout: 15_000 });
	await page.getByRole('button', { name: vi['tools.embedLabel'] }).click();
	const dialog = page.getByRole('dialog', { name: vi['embed.title'] });
	await expect(dialog.getByLabel(vi['embed.chart'])).toHaveValue('ranking');
	const snippet = await dialog.getByTestId('embed-snippet').inputValue();
	expect(snippet).not.toContain('<script');
	// The live preview shows the same chart.
	await expect(dialog.frameLocator('iframe').locator('[data-chart="ranking"][data-ready]')).toBeVisible({ timeout: 15_000 });

	const host = await context.newPage();
	const embedded = (await hostPage(host, `<div style="width:720px">${snippet}</div>`)).locator('[data-chart="ranking"][data-ready]');
	await expect(embedded).toBeVisible({ timeout: 15_000 });
	await expect(frameOf(host).locator('h1')).toHaveText(`${label} — ${vi['ws.chart.ranking']}`);
	// Same bars, same values: the charts' accessible descriptions (title and every province's value) agree.
	const description = (l: typeof onPage) => l.locator('svg').first().getAttribute('aria-label');
	expect(await description(embedded)).toBe(await description(onPage));
	// The responsive snippet: 100 % of the host column, height from the ratio (4:3 by default).
	const box = (await host.locator('iframe').boundingBox())!;
	expect(box.width).toBe(720);
	expect(box.height).toBeCloseTo(540, 0);
	await host.close();
});

test('/embed?chart=table is the province table, read-only', async ({ page, baseURL }) => {
	const frame = await hostPage(
		page,
		`<iframe src="${baseURL}/embed?chart=table&indicator=${indicator}&period=${period}" width="600" height="400" style="border:0" title="t"></iframe>`
	);
	await expect(frame.locator('tbody tr')).toHaveCount(tables.provinces.length, { timeout: 15_000 });
	await expect(frame.locator('button, select, input')).toHaveCount(0);
});

test('a bad chart name falls back to the map, never a blank frame', async ({ page, baseURL }) => {
	const frame = await hostPage(
		page,
		`<iframe src="${baseURL}/embed?chart=nope&indicator=${indicator}" width="500" height="400" style="border:0" title="t"></iframe>`
	);
	await expect(frame.locator('svg path[data-code]')).toHaveCount(areasOf(`${baseURL}/embed?indicator=${indicator}`), { timeout: 15_000 });
});

test('/embed?chart=periods shows the maps of both periods of a comparison in a 600×400 iframe, and says so when there is no comparison', async ({
	page,
	baseURL
}) => {
	const reported = (start: number, end: number) =>
		new Set(
			tables.facts
				.filter((f) => f.scope === 'province' && f.indicator === 'tips' && f.period_start === start && f.period_end === end)
				.map((f) => f.province_code)
		).size;
	const coverage = (n: number) => vi['coverage.count'].replace('{n}', String(n)).replace('{total}', '63');
	const src = `${baseURL}/embed?chart=periods&indicator=tips&period=2013-2023&compare=2015-2020`;
	const frame = await hostPage(page, `<iframe src="${src}" width="600" height="400" style="border:0" title="t"></iframe>`);
	for (const [label, n] of [
		['2013–2023', reported(2013, 2023)],
		['2015–2020', reported(2015, 2020)]
	] as const) {
		await expect(
			frame.getByRole('img', { name: vi['periods.map'].replace('{period}', label).replace('{coverage}', coverage(n)) })
		).toBeVisible({ timeout: 15_000 });
	}
	await expect(frame.locator('h1')).toContainText(vi['periods.title'].replace('{a}', '2013–2023').replace('{b}', '2015–2020'));
	await expect(frame.getByRole('region', { name: vi['periods.legend'] })).toBeVisible();
	const scrolls = await frame.locator('html').evaluate((el) => el.scrollHeight > el.clientHeight || el.scrollWidth > el.clientWidth);
	expect(scrolls).toBe(false);
	await expect(frame.locator('button, select, input, textarea')).toHaveCount(0);

	await page.goto(`${baseURL}/embed?chart=periods&indicator=tips&period=2013-2023`);
	await expect(page.getByText(vi['embedView.periodsOff'])).toBeVisible({ timeout: 15_000 });
});
