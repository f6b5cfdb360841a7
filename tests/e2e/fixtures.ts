/**
 * Shared Playwright fixture: every test fails if the page requests anything outside 127.0.0.1
 * (the dashboard must work offline, on an intranet) or logs a console error / uncaught exception.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { areasOf } from './bundled';

export interface Watch {
	external: string[];
	errors: string[];
}

export const test = base.extend<{ watch: Watch }>({
	watch: [
		async ({ page }, use) => {
			const watch: Watch = { external: [], errors: [] };
			page.on('request', (req) => {
				const url = new URL(req.url());
				if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
					watch.external.push(req.url());
				}
			});
			page.on('console', (msg) => {
				if (msg.type() === 'error') watch.errors.push(msg.text());
			});
			page.on('pageerror', (err) => watch.errors.push(err.message));
			await use(watch);
			expect(watch.external, 'requests leaving 127.0.0.1').toEqual([]);
			expect(watch.errors, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** The map is drawn: every area path is in the DOM (by default, the areas of the units the page's link opens on). */
export async function mapReady(page: Page, areas = areasOf(page.url())): Promise<void> {
	await expect(page.locator('path[data-code]')).toHaveCount(areas, { timeout: 15_000 });
}

/** The import dialog is open (Vietnamese page). */
export async function openImport(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Nhập số liệu' }).click();
	await expect(page.getByRole('dialog', { name: 'Dùng số liệu của đơn vị bạn' })).toBeVisible();
}

/**
 * Leaflet has taken over from the map's first drawing (after a zoom or pan): its container holds the one set of
 * areas. Measure areas after this, not while the drawing's own are being replaced.
 */
export async function leafletShown(page: Page, areas = areasOf(page.url())): Promise<void> {
	await expect(page.locator('.leaflet-container')).toHaveCount(1);
	await expect(page.locator('.leaflet-container path[data-code]')).toHaveCount(areas);
	await expect(page.locator('path[data-code]')).toHaveCount(areas);
}

/** Move the mouse to a point inside the path (not just its bounding box), where nothing covers it. */
export async function hoverInside(page: Page, path: Locator): Promise<{ x: number; y: number }> {
	const point = await path.evaluate((el) => {
		const p = el as SVGGeometryElement;
		const box = p.getBBox();
		const ctm = p.getScreenCTM()!;
		for (let i = 1; i < 20; i++) {
			for (let j = 1; j < 20; j++) {
				const x = box.x + (box.width * i) / 20;
				const y = box.y + (box.height * j) / 20;
				if (!p.isPointInFill(new DOMPoint(x, y))) continue;
				const screen = new DOMPoint(x, y).matrixTransform(ctm);
				if (document.elementFromPoint(screen.x, screen.y) === p) return { x: screen.x, y: screen.y };
			}
		}
		return null;
	});
	expect(point, 'a visible point inside the province').not.toBeNull();
	await page.mouse.move(point!.x, point!.y);
	return point!;
}
