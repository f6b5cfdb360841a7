import { t } from '../../src/lib/i18n/catalogue';
import { areasOf, dataset } from './bundled';
import { expect, mapReady, test } from './fixtures';

test('the first page shows the present — the 34-province map — with a legend, no-data styling and both archipelagos', async ({ page }) => {
	await page.goto('/');
	await mapReady(page, dataset.units34.length);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('ANTQ Atlas');
	await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
	// The bare link stays bare: the default view names nothing, not even its units.
	expect(new URL(page.url()).search).toBe('');

	// The default view has data: some provinces painted with a value, the rest marked as no data.
	const total = dataset.units34.length;
	const withData = await page.locator('path[data-kind="value"]').count();
	const missing = await page.locator('path[data-kind="missing"]').count();
	expect(withData).toBeGreaterThan(0);
	expect(withData + missing).toBe(total);

	const legend = page.getByRole('region', { name: 'Chú giải' });
	await expect(legend.getByText(`Chưa có số liệu (${missing}/${total})`)).toBeVisible();
	await expect(legend.getByTestId('legend-coverage')).toHaveText(`${withData}/${total} tỉnh có số liệu`);
	// No-data areas use the hatch pattern, never a colour of the ramp.
	const fill = await page.locator('path[data-kind="missing"]').first().getAttribute('fill');
	expect(fill).toMatch(/^url\(#/);
	for (const label of [t('vi', 'map.hoangSa'), t('vi', 'map.truongSa')])
		await expect(page.locator('[data-label="archipelago"]', { hasText: label })).toBeVisible();
	await expect(page.getByText(/CC BY-SA 4\.0/)).toBeVisible();
});

test('the first view’s stylesheets come once, in the page: none is fetched, and the page is themed by them', async ({ page }) => {
	const css: string[] = [];
	page.on('request', (r) => {
		if (new URL(r.url()).pathname.endsWith('.css')) css.push(new URL(r.url()).pathname);
	});
	await page.goto('/');
	await mapReady(page);
	expect(css).toEqual([]);
	// Each change of view is a navigation, after which SvelteKit links whatever stylesheet of the route is missing;
	// the table view also loads code of its own, with its stylesheets.
	await page.getByRole('button', { name: t('vi', 'views.table'), exact: true }).click();
	await expect(page.locator('table').first()).toBeVisible();
	await page.getByRole('button', { name: t('vi', 'views.map'), exact: true }).click();
	await mapReady(page);
	const inPage = await page.locator('link[rel="stylesheet"][disabled]').evaluateAll((links) => links.map((l) => l.getAttribute('href')!));
	expect(inPage.length).toBeGreaterThan(0);
	for (const href of inPage) expect(css).not.toContain(new URL(href, page.url()).pathname);
	const theme = await page.evaluate(() => ({
		accent: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
		title: getComputedStyle(document.querySelector('h1')!).color
	}));
	expect(theme.accent).not.toBe('');
	const accentRgb = await page.evaluate((c) => {
		const probe = document.createElement('span');
		probe.style.color = c;
		document.body.append(probe);
		const rgb = getComputedStyle(probe).color;
		probe.remove();
		return rgb;
	}, theme.accent);
	expect(theme.title).toBe(accentRgb);
});

test('lang=en switches the interface to English with English number formats', async ({ page }) => {
	await page.goto('/?lang=en');
	await mapReady(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('region', { name: 'Legend' })).toContainText(new RegExp(`No data \\(\\d+/${areasOf(page.url())}\\)`));
});

test('an invalid link parameter is reported and the default view still renders', async ({ page }) => {
	await page.goto('/?indicator=%3Cscript%3E&units=99');
	await mapReady(page);
	await expect(page.getByRole('status')).toContainText('indicator=<script>');
	await expect(page.getByRole('status')).toContainText('units=99');
});

test('every province is reachable by keyboard with an accessible name', async ({ page }) => {
	await page.goto('/?indicator=tips&period=2013-2023');
	await mapReady(page);
	const dongThap = page.locator('path[data-code="87"]');
	await expect(dongThap).toHaveAttribute('aria-label', /^Đồng Tháp: /);
	await expect(dongThap).toHaveAttribute('tabindex', '0');
});

test('units=34 draws the 34 post-2025 provinces', async ({ page }) => {
	await page.goto('/?units=34');
	await mapReady(page, 34);
});
