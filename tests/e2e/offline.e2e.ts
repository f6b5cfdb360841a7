/**
 * Offline: every view — map in every mode and both unit sets, charts, tables, province panel, import dialog,
 * error page, embeds, presentation, exports — works with nothing but 127.0.0.1. The shared fixture fails a
 * test on any request that leaves 127.0.0.1 and on any console error; on top of that, every request to
 * another host is refused here (as on an intranet without internet), so a view that needed one would break
 * visibly, and the refused addresses are listed.
 */
import type { Page } from '@playwright/test';
import { parsePeriod, periodLabel } from '../../src/lib/core/period';
import { ERAS } from '../../src/lib/core/era';
import { TEMPLATE_PERIODS } from '../../src/lib/core/template';
import { t } from '../../src/lib/i18n/catalogue';
import { expect, mapReady, test } from './fixtures';
import { COMPARISON, VIEWS, withLang } from './views';

const LOCAL = new Set(['127.0.0.1', 'localhost']);
let refused: string[] = [];

test.beforeEach(async ({ context }) => {
	refused = [];
	await context.route(
		(url) =>
			!LOCAL.has(url.hostname) &&
			(url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:'),
		(route) => {
			refused.push(route.request().url());
			return route.abort('internetdisconnected');
		}
	);
});

test.afterEach(() => {
	expect(refused, 'requests refused because they left 127.0.0.1').toEqual([]);
});

/**
 * Open the tooltips: a province on a map (on focus, as Leaflet does for keyboards; a period's map on hover), a bar
 * of each chart (hover) — unless a modal dialog or the presentation covers the page.
 */
async function hoverTooltips(page: Page) {
	if ((await page.locator('dialog[open], [data-slide-index]').count()) > 0) return;
	const area = page.locator('path[data-kind="value"], path[data-kind="partial"], path[data-kind="change"]').first();
	if ((await area.count()) > 0) {
		// The maps of each period are pictures (pointer only); every other drawn area takes the keyboard focus.
		if ((await area.getAttribute('data-period-area')) !== null) await area.hover();
		else await area.focus();
		// Leaflet's tooltip on the dashboard's map, the embed's own (role=tooltip) on its drawn map.
		await expect(page.locator('.area-tooltip, [role="tooltip"]')).toBeVisible();
	}
	for (const chart of await page.locator('[data-chart][data-ready] svg').all()) {
		const box = await chart.boundingBox();
		if (box) await page.mouse.move(box.x + box.width / 2, box.y + Math.min(30, box.height / 2));
	}
}

for (const lang of ['vi', 'en'] as const) {
	for (const view of VIEWS) {
		test(`${view.name} (${lang}) works offline`, async ({ page }) => {
			await page.goto(withLang(view.path, lang));
			await view.show(page, lang);
			await hoverTooltips(page);
		});
	}
}

test('every download works offline: table, evidence, template and the bundled files', async ({ page }) => {
	await page.goto(`/?view=table&${COMPARISON}`);
	await expect(page.locator('.province-table tbody tr').first()).toBeVisible({ timeout: 15_000 });

	const downloads: string[] = [];
	async function expectDownload(trigger: () => Promise<void>) {
		const [d] = await Promise.all([page.waitForEvent('download'), trigger()]);
		expect(await d.failure()).toBeNull();
		downloads.push(d.suggestedFilename());
	}

	const menu = page.locator('summary', { hasText: t('vi', 'ws.download.menu') });
	await menu.click();
	await expectDownload(() => page.getByRole('button', { name: t('vi', 'ws.download.table') }).click());
	await menu.click();
	for (const link of await page.locator('details a[download]').all()) {
		// The bundled files are same-origin links: fetched here as the browser would download them.
		const href = (await link.getAttribute('href')) ?? '';
		const res = await page.request.get(new URL(href, page.url()).href);
		expect(res.ok(), href).toBe(true);
		expect(new URL(res.url()).hostname).toBe('127.0.0.1');
		downloads.push(href);
	}
	await expectDownload(() => page.getByRole('button', { name: t('vi', 'ws.ev.download') }).click());

	await page.getByTestId('import-open').click();
	await page.getByText(t('vi', 'round.templates.options')).click();
	for (const era of ERAS) {
		await page.getByLabel(t('vi', 'round.templates.era')).selectOption(era);
		const periods = TEMPLATE_PERIODS[era].map((p) => periodLabel(parsePeriod(p)!)).join(', ');
		// The workbook is written by a worker of the built site, the CSV on the page: both offline.
		await expectDownload(() => page.getByRole('button', { name: t('vi', 'importer.templateLabel', { periods }) }).click());
		await expectDownload(() => page.getByRole('button', { name: t('vi', 'round.templates.csvLabel', { periods }) }).click());
	}
	expect(downloads.length).toBeGreaterThanOrEqual(4);
});

for (const [target, path] of [
	['map', '/'],
	['ranking', '/?view=chart'],
	['compare', `/?view=chart&${COMPARISON}`],
	['regions', '/?view=chart'],
	['periods', `/?${COMPARISON}`]
] as const) {
	test(`the ${target} image exports (PNG for slides, SVG) work offline`, async ({ page }) => {
		const menuLabel = t('vi', 'export.menuLabel', { what: t('vi', `export.what.${target}`) });
		test.setTimeout(60_000);
		await page.goto(path);
		if (target === 'map' || target === 'periods') await mapReady(page);
		else await expect(page.locator(`[data-chart="${target}"]`)).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
		for (const format of ['export.pngSlide', 'export.svg'] as const) {
			const summary = page.getByLabel(menuLabel, { exact: true });
			if (!(await summary.evaluate((el) => (el.parentElement as HTMLDetailsElement).open))) await summary.click();
			const [d] = await Promise.all([
				page.waitForEvent('download', { timeout: 30_000 }),
				page.getByRole('button', { name: t('vi', format) }).click()
			]);
			expect(await d.failure()).toBeNull();
			expect(d.suggestedFilename()).toMatch(format === 'export.svg' ? /\.svg$/ : /\.png$/);
		}
	});
}
