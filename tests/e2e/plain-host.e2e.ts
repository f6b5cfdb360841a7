/**
 * The built site on a plain web server (foundation: "copy build/ to any web server"), end to end in Chromium. The
 * server here knows no SPA fallback rule, as nginx, Apache, IIS or `python -m http.server` as installed: it
 * serves files, a folder's index.html, redirects a folder named without its slash (query kept) and answers 404
 * otherwise.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { MESSAGES } from '../../src/lib/i18n/catalogue';
import { expect, mapReady, test } from './fixtures';

const ROOT = 'build';
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.csv': 'text/csv; charset=utf-8',
	'.woff2': 'font/woff2'
};

let server: Server;
let origin = '';

test.beforeAll(async () => {
	server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		let file = join(ROOT, normalize(decodeURIComponent(url.pathname)));
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!url.pathname.endsWith('/')) {
				res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
				return;
			}
			file = join(file, 'index.html');
		}
		if (!existsSync(file) || !statSync(file).isFile()) {
			res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
			return;
		}
		res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('the root index.html carries the Content-Security-Policy and opens the dashboard on its map', async ({ page }) => {
	const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
	expect(html).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*script-src 'self'/i);

	await page.goto(`${origin}/`);
	await mapReady(page);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(MESSAGES.vi['app.title']);
});

test('a link to an embed opens it (redirected to the folder, its parameters kept), and its link to the full view opens the dashboard', async ({
	page
}) => {
	await page.goto(`${origin}/embed?chart=ranking&lang=en`);
	// Redirected to the folder, its parameters kept; the app's router may then write the path back without its
	// slash (a link to that opens the same way again).
	await expect(page).toHaveURL(/\/embed\/?\?chart=ranking&lang=en$/);
	await expect(page.locator('[data-chart="ranking"][data-ready]')).toBeVisible({ timeout: 15_000 });
	// The link to the full view goes to the dashboard at the site's root, not to the embed's folder.
	const full = new URL((await page.locator('footer a').getAttribute('href'))!, page.url());
	expect(full.pathname).toBe('/');
	expect(full.searchParams.get('lang')).toBe('en');
	await page.goto(full.href);
	await mapReady(page);
});
