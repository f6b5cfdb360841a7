/**
 * The map's two engines: the first view is an SVG drawing that needs no Leaflet to be read (mouse, keyboard,
 * panel); a zoom or pan brings Leaflet in at the same view, with the same province under the pointer and the same
 * tooltip, highlight and panel. Which files are Leaflet's is read from the build's manifest.
 */
import type { Page, Route } from '@playwright/test';
import { MESSAGES } from '../../src/lib/i18n/catalogue';
import { builtFiles } from './build-files';
import { tables } from './bundled';
import { expect, hoverInside, leafletShown, mapReady, test } from './fixtures';

const vi = MESSAGES.vi;

/** The files only the zoomable map loads: Leaflet, the component that drives it, and their stylesheets. */
const LEAFLET_FILES = builtFiles((src) => src.includes('node_modules/leaflet/') || src.endsWith('/ProvinceMap.leaflet.svelte'));
const isLeaflet = (url: string | URL) => LEAFLET_FILES.some((file) => new URL(url).pathname.endsWith(file));

/** Two provinces with a tips figure for 2013–2023 (so they are drawn with a colour), in the data's order. */
const [first, second] = tables.facts
	.filter((f) => f.scope === 'province' && f.indicator === 'tips' && f.period_start === 2013 && f.period_end === 2023)
	.map((f) => tables.provinces.find((p) => p.code === f.province_code)!);
const VIEW = `/?indicator=tips&period=2013-2023&provinces=${first!.code},${second!.code}`;

/** The code of the area at a point of the page, or null. */
function codeAt(page: Page, at: { x: number; y: number }): Promise<string | null> {
	return page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-code]')?.getAttribute('data-code') ?? null, at);
}

test('the first view draws the map without Leaflet; reading it with the mouse or the keyboard requests none', async ({ page }) => {
	expect(LEAFLET_FILES.length, "Leaflet's files in the build manifest").toBeGreaterThanOrEqual(3);
	const requested: string[] = [];
	page.on('request', (r) => requested.push(r.url()));
	await page.goto(VIEW);
	await mapReady(page);

	await hoverInside(page, page.locator(`path[data-code="${first!.code}"]`));
	await expect(page.locator('.area-tooltip')).toContainText(first!.name);
	await page.mouse.move(0, 0);

	// Keyboard: the tooltip on focus, Enter opens the panel, Escape gives the focus back.
	let code: string | null = null;
	for (let i = 0; i < 250 && !code; i++) {
		await page.keyboard.press('Tab');
		code = await page.evaluate(() =>
			document.activeElement?.matches('path[data-kind="value"]') ? document.activeElement.getAttribute('data-code') : null
		);
	}
	expect(code, 'a province with data is reached with Tab').not.toBeNull();
	const name = tables.provinces.find((p) => p.code === code)!.name;
	await expect(page.locator('.area-tooltip')).toContainText(name);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('dialog', { name })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.locator(`path[data-code="${code}"]`)).toBeFocused();

	// A click opens a panel too.
	await hoverInside(page, page.locator(`path[data-code="${second!.code}"]`));
	await page.mouse.down();
	await page.mouse.up();
	await expect(page.getByRole('dialog', { name: second!.name })).toBeVisible();

	// The long texts come in idle time once the map is shown: by then the page has fetched all it fetches.
	await expect.poll(() => requested.some((u) => u.endsWith('/data/dataset-details.json'))).toBe(true);
	expect(requested.filter(isLeaflet)).toEqual([]);
	await expect(page.locator('.leaflet-container')).toHaveCount(0);
	expect(await page.evaluate(() => 'L' in window)).toBe(false);
});

test('a wheel turn brings Leaflet in at the same view: the same province under the pointer and in the same place; focus, tooltip, highlight and panel carry on', async ({
	page
}) => {
	// Leaflet's files are held back until the drawing has been zoomed and measured.
	const held: Route[] = [];
	await page.route(isLeaflet, (route) => void held.push(route));
	await page.goto(VIEW);
	await mapReady(page);
	const area = page.locator(`path[data-code="${first!.code}"]`);
	await area.focus();
	const before = (await area.boundingBox())!;
	const point = await hoverInside(page, area);

	await page.mouse.wheel(0, -120);
	await expect.poll(async () => (await area.boundingBox())!.width).toBeGreaterThan(before.width * 1.5);
	expect(await codeAt(page, point)).toBe(first!.code);
	const zoomed = (await area.boundingBox())!;
	await expect.poll(() => held.length).toBeGreaterThan(0);
	await expect(page.locator('.leaflet-container')).toHaveCount(0);

	for (const route of held) await route.continue();
	await page.unroute(isLeaflet);
	await leafletShown(page);
	// No jump: each edge of the province is where the zoomed drawing had it, within the pixel and a half by which
	// Leaflet moves outlines (it snaps the view and each point to whole pixels and simplifies by half a pixel).
	const after = (await area.boundingBox())!;
	const edges = (b: typeof after) => ({ left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height });
	for (const [edge, value] of Object.entries(edges(after)))
		expect(Math.abs(value - edges(zoomed)[edge as 'left']), edge).toBeLessThanOrEqual(1.5);
	expect(await codeAt(page, point)).toBe(first!.code);
	await expect(area).toBeFocused();

	await page.mouse.move(point.x + 1, point.y);
	await expect(page.locator('.area-tooltip')).toContainText(first!.name);
	await expect(page.locator('path[data-code].is-highlight')).toHaveCount(2);
	await expect(page.locator('path[data-code].is-dim')).toHaveCount(61);
	await page.mouse.click(point.x, point.y);
	await expect(page).toHaveURL(new RegExp(`panel=${first!.code}`));
	await expect(page.getByRole('dialog', { name: first!.name })).toBeVisible();
	await expect(area).toHaveClass(/is-selected/);
	// Keyboard on Leaflet's areas: Enter opens another province's panel.
	await page.locator(`path[data-code="${second!.code}"]`).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('dialog', { name: second!.name })).toBeVisible();
});

test('a drag pans the map: the province under the pointer follows it into Leaflet, and no panel opens', async ({ page }) => {
	const held: Route[] = [];
	await page.route(isLeaflet, (route) => void held.push(route));
	await page.goto(VIEW);
	await mapReady(page);
	// Zoomed in first (the whole country fills the map: there is no room to pan), then dragged 100 px towards the
	// middle of the map, before Leaflet is in.
	const start = await hoverInside(page, page.locator(`path[data-code="${first!.code}"]`));
	await page.mouse.wheel(0, -120);
	await expect.poll(() => codeAt(page, start)).toBe(first!.code);
	const box = (await page.getByTestId('province-map').boundingBox())!;
	const [dx, dy] = [box.x + box.width / 2 - start.x, box.y + box.height / 2 - start.y];
	const end = { x: start.x + (100 * dx) / Math.hypot(dx, dy), y: start.y + (100 * dy) / Math.hypot(dx, dy) };
	await page.mouse.down();
	await page.mouse.move(end.x, end.y, { steps: 10 });
	await page.mouse.up();
	expect(await codeAt(page, end)).toBe(first!.code);

	for (const route of held) await route.continue();
	await page.unroute(isLeaflet);
	await leafletShown(page);
	expect(await codeAt(page, end)).toBe(first!.code);
	expect(new URL(page.url()).searchParams.get('panel')).toBeNull();
});

test('the + button zooms about the middle of the map: the province there stays there, Leaflet takes over, − and reset follow', async ({
	page
}) => {
	await page.goto(VIEW);
	await mapReady(page);
	const box = (await page.getByTestId('province-map').boundingBox())!;
	const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
	// The point of a province nearest to the middle (the middle itself may be sea).
	const at = await page.evaluate((m) => {
		let best: { x: number; y: number; d: number } | null = null;
		for (let x = m.x - 300; x <= m.x + 300; x += 5) {
			for (let y = m.y - 200; y <= m.y + 200; y += 5) {
				const d = Math.hypot(x - m.x, y - m.y);
				if ((!best || d < best.d) && document.elementFromPoint(x, y)?.matches('path[data-code]')) best = { x, y, d };
			}
		}
		return best;
	}, middle);
	expect(at, 'a province near the middle of the map').not.toBeNull();
	const code = await codeAt(page, at!);
	const area = page.locator(`path[data-code="${code}"]`);
	const fitted = (await area.boundingBox())!.width;

	await page.getByRole('button', { name: vi['map.zoomIn'] }).click();
	await leafletShown(page);
	await expect(page.locator('.leaflet-zoom-anim')).toHaveCount(0);
	// One level is twice the scale about the middle: the place that was dx from the middle is now 2·dx from it.
	await expect.poll(async () => Math.round(((await area.boundingBox())!.width / fitted) * 10) / 10).toBe(2);
	expect(await codeAt(page, { x: middle.x + (at!.x - middle.x) * 2, y: middle.y + (at!.y - middle.y) * 2 })).toBe(code);

	await page.getByRole('button', { name: vi['map.zoomOut'] }).click();
	await expect.poll(async () => Math.round(((await area.boundingBox())!.width / fitted) * 10) / 10).toBe(1);
	await page.getByRole('button', { name: vi['map.zoomIn'] }).click();
	await page.getByRole('button', { name: vi['map.reset'] }).click();
	await expect.poll(async () => Math.abs((await area.boundingBox())!.width - fitted)).toBeLessThanOrEqual(1);
});

test.describe('on a touch screen', () => {
	test.use({ hasTouch: true });

	test('a pinch zooms about the fingers and brings Leaflet in; the province between them stays between them', async ({ page }) => {
		await page.goto(VIEW);
		await mapReady(page);
		const area = page.locator(`path[data-code="${first!.code}"]`);
		const point = await hoverInside(page, area);
		const before = (await area.boundingBox())!;
		const cdp = await page.context().newCDPSession(page);
		const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
			cdp.send('Input.dispatchTouchEvent', {
				type,
				touchPoints:
					type === 'touchEnd'
						? []
						: [
								{ x: point.x - spread, y: point.y, id: 1 },
								{ x: point.x + spread, y: point.y, id: 2 }
							]
			});
		await touch('touchStart', 20);
		for (let spread = 25; spread <= 60; spread += 5) await touch('touchMove', spread);
		await touch('touchEnd', 60);
		await leafletShown(page);
		// The fingers moved three times as far apart: the map is about three times larger.
		const after = (await area.boundingBox())!;
		expect(after.width / before.width).toBeGreaterThan(2.5);
		expect(after.width / before.width).toBeLessThan(3.5);
		expect(await codeAt(page, point)).toBe(first!.code);
	});
});
