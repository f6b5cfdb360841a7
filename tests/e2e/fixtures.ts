/**
 * Shared Playwright fixture: every test fails if the page requests anything outside 127.0.0.1
 * (the dashboard must work offline, on an intranet) or logs a console error / uncaught exception.
 */
import { test as base, expect, type Page } from '@playwright/test';

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

/** The map is drawn: every area path is in the DOM. */
export async function mapReady(page: Page, areas = 63): Promise<void> {
	await expect(page.locator('path[data-code]')).toHaveCount(areas, { timeout: 15_000 });
}

/** The import dialog is open (Vietnamese page). */
export async function openImport(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Nhập số liệu' }).click();
	await expect(page.getByRole('dialog', { name: 'Dùng số liệu của đơn vị bạn' })).toBeVisible();
}
