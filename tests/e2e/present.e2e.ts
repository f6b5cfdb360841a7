/**
 * Presenters (issue 5), end to end in Chromium against the built site: image exports of the map and the
 * charts, copy image, presentation mode with a deck, print. Expectations are derived from the data files
 * and the message tables, never read back from the page; the fixture fails any test whose page requests
 * something outside 127.0.0.1 (exports included).
 */
import type { Page } from '@playwright/test';
import { periodLabel } from '../../src/lib/core/period';
import { MESSAGES } from '../../src/lib/i18n/catalogue';
import { bytesOf, exportFrom, pngSize, roleText } from './exports';
import { tables } from './bundled';
import { expect, mapReady, test } from './fixtures';

const vi = MESSAGES.vi;

const INDICATOR = 'tips';
const PERIOD = { start: 2013, end: 2023 };
const label = (id: string) => tables.indicators.find((i) => i.id === id)!.label_vi;

/** `scope=province` figures of the indicator and period: what the map draws (rule 1). */
const drawn = tables.facts.filter(
	(f) => f.scope === 'province' && f.indicator === INDICATOR && f.period_start === PERIOD.start && f.period_end === PERIOD.end
);
const publishers = [...new Set(drawn.map((f) => tables.sources.find((s) => s.source_id === f.source_id)!.publisher))];

/** Decode the PNG in the page and count its distinct colours (a blank or one-colour image has one or two). */
async function distinctColours(page: Page, png: Buffer): Promise<{ width: number; height: number; colours: number }> {
	return page.evaluate(async (b64) => {
		const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
		const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
		const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
		const ctx = canvas.getContext('2d')!;
		ctx.drawImage(bitmap, 0, 0);
		const px = new Uint32Array(ctx.getImageData(0, 0, bitmap.width, bitmap.height).data.buffer);
		return { width: bitmap.width, height: bitmap.height, colours: new Set(px).size };
	}, png.toString('base64'));
}

test('the map exports a 1920×1080 PNG that is not blank, and an SVG with title, period, sources, coverage and both archipelagos', async ({
	page
}) => {
	await page.goto(`/?indicator=${INDICATOR}&period=${PERIOD.start}-${PERIOD.end}`);
	await mapReady(page);

	const png = await exportFrom(page, vi['export.what.map'], vi['export.pngSlide']);
	expect(png.suggestedFilename()).toBe(`antq-${INDICATOR}-${PERIOD.start}-${PERIOD.end}.png`);
	const bytes = await bytesOf(png);
	expect(pngSize(bytes)).toEqual([1920, 1080]);
	const decoded = await distinctColours(page, bytes);
	expect([decoded.width, decoded.height]).toEqual([1920, 1080]);
	// Ramp colours, hatches, sea, text anti-aliasing: far more than a blank image's one or two.
	expect(decoded.colours).toBeGreaterThan(50);
	await expect(page.getByRole('status').filter({ hasText: vi['export.done'] })).toBeVisible();

	const svg = (await bytesOf(await exportFrom(page, vi['export.what.map'], vi['export.svg']))).toString('utf8');
	expect(roleText(svg, 'title')).toBe(label(INDICATOR));
	expect(roleText(svg, 'subtitle')).toContain(periodLabel(PERIOD));
	const source = roleText(svg, 'source');
	expect(source).toMatch(/^Nguồn: /);
	expect(source.endsWith(`; ${vi['present.boundaries']}`)).toBe(true);
	for (const p of publishers) expect(source).toContain(p);
	const provinces = new Set(drawn.map((f) => f.province_code)).size;
	expect(roleText(svg, 'coverage')).toBe(vi['coverage.count'].replace('{n}', String(provinces)).replace('{total}', '63'));
	expect(roleText(svg, 'date')).toMatch(new RegExp(`^${vi['present.date'].replace('{date}', '\\d+/\\d+/\\d{4}')}`));
	expect(svg).toContain(vi['map.hoangSa']);
	expect(svg).toContain(vi['map.truongSa']);
	// Drawn, not rasterised: one path per province, and the font travels inside the file.
	expect(svg.match(/<path [^>]*data-code="/g)).toHaveLength(63);
	expect(svg).toMatch(/@font-face\{[^}]*src:url\(data:font\/woff2;base64,/);
});

test('in a comparison, the maps of each period export as one image: both captions, one path per province in each', async ({ page }) => {
	const a = `${PERIOD.start}-${PERIOD.end}`;
	const b = '2015-2020';
	await page.goto(`/?indicator=${INDICATOR}&period=${a}&compare=${b}`);
	await mapReady(page);
	const reportedIn = (start: number, end: number) =>
		new Set(
			tables.facts
				.filter((f) => f.scope === 'province' && f.indicator === INDICATOR && f.period_start === start && f.period_end === end)
				.map((f) => f.province_code)
		).size;
	const caption = (label: string, n: number) => `${label}: ${vi['coverage.count'].replace('{n}', String(n)).replace('{total}', '63')}`;

	const svgFile = await exportFrom(page, vi['export.what.periods'], vi['export.svg']);
	expect(svgFile.suggestedFilename()).toBe(`antq-${INDICATOR}-${a}-vs-${b}-periods.svg`);
	const svg = (await bytesOf(svgFile)).toString('utf8');
	expect(roleText(svg, 'title')).toContain(vi['periods.title'].replace('{a}', periodLabel(PERIOD)).replace('{b}', '2015–2020'));
	expect(roleText(svg, 'caption')).toBe(
		`${caption(periodLabel(PERIOD), reportedIn(PERIOD.start, PERIOD.end))} ${caption('2015–2020', reportedIn(2015, 2020))}`
	);
	for (const key of ['a', 'b']) expect(svg.match(new RegExp(`<path [^>]*data-period-area="${key}"`, 'g'))).toHaveLength(63);
	expect(svg).toContain(vi['map.hoangSa']);
	for (const p of publishers) expect(roleText(svg, 'source')).toContain(p);

	const png = await bytesOf(await exportFrom(page, vi['export.what.periods'], vi['export.pngSlide']));
	expect(pngSize(png)).toEqual([1920, 1080]);
	expect((await distinctColours(page, png)).colours).toBeGreaterThan(50);
});

test('a chart exports at twice its on-screen size with ≥ marks kept; copy image puts a PNG on the clipboard', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.setViewportSize({ width: 1200, height: 900 });
	await page.goto(`/?indicator=${INDICATOR}&period=${PERIOD.start}-${PERIOD.end}&view=chart`);
	const chart = page.locator('[data-chart="ranking"][data-ready]');
	await expect(chart).toBeVisible();
	const box = (await chart.boundingBox())!;

	const png = await bytesOf(await exportFrom(page, vi['export.what.ranking'], new RegExp(vi['export.pngScreen'].replace(/ \(.*$/, ''))));
	const [w, h] = pngSize(png);
	expect(w).toBe(2 * Math.round(box.width));
	// Heading, legend and footer are added around the chart.
	expect(h).toBeGreaterThan(2 * Math.round(box.height));
	expect((await distinctColours(page, png)).colours).toBeGreaterThan(50);

	const svg = (await bytesOf(await exportFrom(page, vi['export.what.ranking'], vi['export.svg']))).toString('utf8');
	expect(roleText(svg, 'title')).toBe(`${label(INDICATOR)} — ${vi['ws.chart.ranking']}`);
	if (drawn.some((f) => f.qualifier === 'at_least')) expect(svg).toContain('≥');
	if (drawn.some((f) => f.qualifier === 'approx')) expect(svg).toContain('≈');

	await page.getByLabel(vi['export.menuLabel'].replace('{what}', vi['export.what.ranking'])).click();
	await page.getByRole('button', { name: vi['export.copy'] }).click();
	await expect(page.getByRole('status').filter({ hasText: vi['export.copied'] })).toBeVisible({ timeout: 15_000 });
	const copied = await page.evaluate(async () => {
		const [item] = await navigator.clipboard.read();
		const blob = await item!.getType('image/png');
		const bitmap = await createImageBitmap(blob);
		return [bitmap.width, bitmap.height];
	});
	expect(copied).toEqual([1920, 1080]);
});

test('presentation mode steps through a deck of three views with the arrow keys and leaves with Esc', async ({ page }) => {
	await page.goto(`/?indicator=${INDICATOR}&period=${PERIOD.start}-${PERIOD.end}`);
	await mapReady(page);
	const present = page.getByRole('button', { name: vi['tools.presentLabel'] });
	const dialog = page.getByRole('dialog', { name: vi['deck.title'] });
	const addAs = dialog.getByLabel(vi['deck.addAs']);

	// Slides 1 and 2: this view's map and ranking.
	await present.click();
	await dialog.getByRole('button', { name: vi['deck.add'] }).click();
	await addAs.selectOption('ranking');
	await dialog.getByRole('button', { name: vi['deck.add'] }).click();
	await expect(dialog.getByTestId('deck-list').locator('li')).toHaveCount(2);
	await dialog.getByRole('button', { name: vi['deck.close'] }).click();

	// Slide 3: another indicator's map; the deck stays in the link.
	const other = tables.indicators.find((i) => i.id === 'models_total')!;
	// Chosen by field, then indicator.
	await page.locator('select[name="family"]').selectOption(other.family);
	await page.locator('select[name="indicator"]').selectOption(other.id);
	await expect(page).toHaveURL(/deck=/);
	await present.click();
	await addAs.selectOption('map');
	await dialog.getByRole('button', { name: vi['deck.add'] }).click();
	await expect(dialog.getByTestId('deck-list').locator('li')).toHaveCount(3);
	expect(new URL(page.url()).searchParams.getAll('deck')).toHaveLength(3);
	await dialog.getByRole('button', { name: vi['deck.start'] }).click();

	const show = page.getByRole('region', { name: /^Trình chiếu: trang/ });
	const caption = page.getByTestId('slide-caption');
	const firstTitle = label(INDICATOR);
	await expect(show).toHaveAttribute('data-slide-index', '0');
	await expect(caption).toContainText(firstTitle, { timeout: 15_000 });
	await expect(caption).toContainText(periodLabel(PERIOD));
	await expect(caption).toContainText(vi['present.boundaries']);

	await page.keyboard.press('ArrowRight');
	await expect(show).toHaveAttribute('data-slide-index', '1');
	await expect(caption).toContainText(`${firstTitle} — ${vi['ws.chart.ranking']}`, { timeout: 15_000 });

	await page.keyboard.press('PageDown');
	await expect(show).toHaveAttribute('data-slide-index', '2');
	await expect(caption).toContainText(other.label_vi, { timeout: 15_000 });
	// The last slide stays the last.
	await page.keyboard.press('ArrowRight');
	await expect(show).toHaveAttribute('data-slide-index', '2');

	await page.keyboard.press('ArrowLeft');
	await expect(show).toHaveAttribute('data-slide-index', '1');
	await page.keyboard.press('Home');
	await expect(show).toHaveAttribute('data-slide-index', '0');
	await expect(page.locator('.show img')).toHaveJSProperty('complete', true);

	await page.keyboard.press('Escape');
	await expect(show).toHaveCount(0);
	await expect(present).toBeFocused();
});

test('printing gives an A4 landscape page with title and sources, without toolbar or controls', async ({ page }) => {
	await page.goto(`/?indicator=${INDICATOR}&period=${PERIOD.start}-${PERIOD.end}`);
	await mapReady(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: vi['tools.presentLabel'] })).toBeHidden();
	await expect(page.locator('select[name="indicator"]')).toBeHidden();
	await expect(page.getByRole('button', { name: vi['map.reset'] })).toBeHidden();
	await expect(page.locator('.print-heading')).toBeVisible();
	await expect(page.locator('.print-heading')).toContainText(label(INDICATOR));
	await expect(page.locator('.print-footer')).toContainText(vi['present.boundaries']);
	for (const p of publishers) await expect(page.locator('.print-footer')).toContainText(p);
	await expect(page.getByRole('region', { name: vi['legend.title'] })).toBeVisible();
	const pageRule = await page.evaluate(() =>
		[...document.styleSheets]
			.flatMap((s) => [...s.cssRules])
			.some((r) => r instanceof CSSPageRule && /size:\s*a4 landscape/i.test(r.cssText))
	);
	expect(pageRule).toBe(true);
});

test("with imported data, the exported map and the embed carry the imported-data badge and the file's source", async ({ page }) => {
	const file = 'so-lieu-trinh-chieu.csv';
	const source = 'Báo cáo tổng kết của tỉnh';
	// Two provinces in the template's wide form, headers by id; "trên" makes a lower bound.
	const csv = [
		'ma_tinh,ten_tinh,giai_doan,tips,nguon,ghi_chu',
		`87,Đồng Tháp,2013-2023,trên 50.000,${source},`,
		`11,Điện Biên,2013-2023,8.000,${source},`
	].join('\r\n');
	await page.goto(`/?indicator=${INDICATOR}&period=${PERIOD.start}-${PERIOD.end}`);
	await mapReady(page);
	await page.getByTestId('import-open').click();
	const dialog = page.getByRole('dialog', { name: vi['importer.title'] });
	await page.getByTestId('import-file').setInputFiles({ name: file, mimeType: 'text/csv', buffer: Buffer.from(csv) });
	await dialog.getByRole('radio', { name: new RegExp(vi['importer.mode.replace']) }).check();
	await dialog.getByRole('button', { name: vi['importer.confirm'].replace('{n}', '2') }).click();
	await expect(page.getByTestId('data-badge')).toContainText(file);
	await expect(page.locator('path[data-kind="value"]')).toHaveCount(2);

	const svg = (await bytesOf(await exportFrom(page, vi['export.what.map'], vi['export.svg']))).toString('utf8');
	const badgePrefix = vi['importer.badge'].replace(/\{file\}.*$/, '');
	expect(roleText(svg, 'badge')).toContain(`${badgePrefix}${file}`);
	expect(roleText(svg, 'source')).toContain(source);
	expect(roleText(svg, 'legend-note')).toContain(vi['legend.atLeast']);
	expect(roleText(svg, 'coverage')).toBe(vi['coverage.count'].replace('{n}', '2').replace('{total}', '63'));

	// An embed in the same browser shows the same data, and says so.
	await page.goto(`/embed?chart=map&indicator=${INDICATOR}&period=${PERIOD.start}-${PERIOD.end}`);
	await expect(page.locator('svg path[data-kind="value"]')).toHaveCount(2, { timeout: 15_000 });
	await expect(page.getByRole('status').filter({ hasText: file })).toContainText(badgePrefix.trim());
	await expect(page.locator('footer')).toContainText(source);
});
