/**
 * No blank pages: an unexpected error inside the dashboard, an error while loading the page and a link to a
 * page that does not exist each say what happened in the link's language and offer "reset view" and
 * "return to bundled data" — and both work. Errors are provoked from outside (requests answered with bad
 * content), never through a switch in the production code.
 */
import type { Page } from '@playwright/test';
import { t } from '../../src/lib/i18n/catalogue';
import type { Lang } from '../../src/lib/core/types';
import { VIEW_63 } from './bundled';
import { expect, mapReady, test, type Watch } from './fixtures';

const LANGS: Lang[] = ['vi', 'en'];
/** `?lang=en` for English; Vietnamese is the default and needs no parameter. */
const langQuery = (lang: Lang) => (lang === 'vi' ? '' : '?lang=en');

/** Valid JSON, invalid GeoJSON: the map throws "Invalid GeoJSON object." (Leaflet's message, also core/svg-map.ts') while drawing it. */
const BAD_GEOMETRY = {
	type: 'FeatureCollection',
	features: [{ type: 'Feature', properties: { code: '01' }, geometry: { type: 'NotAGeometry', coordinates: [] } }]
};
/** The 63 map's boundaries, broken on purpose for views of the 63 map (VIEW_63). */
const GEO_63 = /\/data\/geo-63\.json$/;

/**
 * The console errors a test provokes on purpose: waits until one matching `pattern` was logged, then takes
 * every match out of the fixture's watch (so any other console error still fails the test).
 */
async function consumeErrors(watch: Watch, pattern: RegExp): Promise<void> {
	await expect.poll(() => watch.errors.some((e) => pattern.test(e))).toBe(true);
	for (let i = watch.errors.length - 1; i >= 0; i--) if (pattern.test(watch.errors[i] ?? '')) watch.errors.splice(i, 1);
}

/** The notice, with its texts in `lang`. */
async function expectNotice(page: Page, lang: Lang, message: string, resetHref: string) {
	await expect(page.getByRole('alert')).toContainText(t(lang, 'error.title'));
	await expect(page.getByRole('alert')).toContainText(message);
	await expect(page.getByText(t(lang, 'error.hint'))).toBeVisible();
	await expect(page.getByRole('link', { name: t(lang, 'error.resetView') })).toHaveAttribute('href', resetHref);
	await expect(page.getByRole('button', { name: t(lang, 'error.bundled') })).toBeEnabled();
	await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/** The one IndexedDB record the importer keeps (src/lib/state/import-store.ts): written here as if a file had been imported. */
async function keepFakeImport(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const req = indexedDB.open('antq-atlas-import', 1);
				req.onupgradeneeded = () => {
					for (const name of ['meta', 'fact-chunks']) if (!req.result.objectStoreNames.contains(name)) req.result.createObjectStore(name);
				};
				req.onerror = () => reject(req.error);
				req.onsuccess = () => {
					const db = req.result;
					const tx = db.transaction('meta', 'readwrite');
					tx.objectStore('meta').put(
						{ file: 'x.csv', importedAt: '2025-01-01T00:00:00Z', mode: 'replace', sources: [], chunks: 0 },
						'current'
					);
					tx.oncomplete = () => (db.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			})
	);
}

async function keptImports(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const req = indexedDB.open('antq-atlas-import', 1);
				req.onupgradeneeded = () => req.result.createObjectStore('meta');
				req.onerror = () => reject(req.error);
				req.onsuccess = () => {
					const db = req.result;
					const count = db.transaction('meta').objectStore('meta').count();
					count.onsuccess = () => (db.close(), resolve(count.result));
					count.onerror = () => reject(count.error);
				};
			})
	);
}

for (const lang of LANGS) {
	test(`${lang}: an error inside the dashboard shows a notice; "reset view" drops the link's parameters`, async ({ page, watch }) => {
		await page.route(GEO_63, (route) => route.fulfill({ json: BAD_GEOMETRY }));
		const params = `classes=jenks&${VIEW_63}${lang === 'en' ? '&lang=en' : ''}`;
		await page.goto(`/?${params}`);

		await expectNotice(page, lang, t(lang, 'error.unexpected'), `/${langQuery(lang)}`);
		await expect(page.getByText(t(lang, 'error.detail', { message: 'Invalid GeoJSON object.' }))).toBeVisible();
		await expect(page.locator('path[data-code]')).toHaveCount(0);
		await consumeErrors(watch, /Invalid GeoJSON object/);

		await page.unroute(GEO_63);
		await page.getByRole('link', { name: t(lang, 'error.resetView') }).click();
		await mapReady(page);
		expect(new URL(page.url()).search).toBe(langQuery(lang));
		await expect(page.getByRole('alert')).toHaveCount(0);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
	});

	test(`${lang}: "return to bundled data" forgets the kept import and reloads the same view`, async ({ page, watch }) => {
		await page.route(GEO_63, (route) => route.fulfill({ json: BAD_GEOMETRY }));
		const url = `/?${VIEW_63}${lang === 'en' ? '&lang=en' : ''}`;
		await page.goto(url);
		await expectNotice(page, lang, t(lang, 'error.unexpected'), `/${langQuery(lang)}`);
		await consumeErrors(watch, /Invalid GeoJSON object/);
		await keepFakeImport(page);
		expect(await keptImports(page)).toBe(1);

		await page.unroute(GEO_63);
		await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: t(lang, 'error.bundled') }).click()]);
		await mapReady(page);
		expect(page.url()).toMatch(new RegExp(`${url.replace(/\?/, '\\?')}$`));
		expect(await keptImports(page)).toBe(0);
	});

	test(`${lang}: a link to a page that does not exist says so and leads home`, async ({ page }) => {
		await page.goto(`/khong-co-trang-nay${langQuery(lang)}`);
		await expectNotice(page, lang, t(lang, 'error.notFound'), `/${langQuery(lang)}`);
		await page.getByRole('link', { name: t(lang, 'error.resetView') }).click();
		await mapReady(page);
		expect(new URL(page.url()).pathname).toBe('/');
	});

	test(`${lang}: a page script that fails to download shows the error page, not a blank page`, async ({ page, watch }) => {
		// Every route's own module (nodes 2…; 0 is the root layout, 1 the error page) answers 500.
		await page.route(/\/_app\/immutable\/nodes\/([2-9]|\d{2,})\.[^/]+\.js$/, (route) => route.fulfill({ status: 500, body: '' }));
		await page.goto(`/${langQuery(lang)}`);
		await expectNotice(page, lang, t(lang, 'error.unexpected'), `/${langQuery(lang)}`);
		await consumeErrors(watch, /status of 500|dynamically imported module|Importing a module script failed/);

		await page.unrouteAll();
		await page.getByRole('link', { name: t(lang, 'error.resetView') }).click();
		await mapReady(page);
	});
}
