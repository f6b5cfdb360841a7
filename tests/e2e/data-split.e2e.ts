/**
 * The bundled data load by what is in view (src/lib/core/dataset-parts.ts): the first view fetches the catalogue and
 * the indicator in view; switching indicator fetches that indicator's file; opening a province panel fetches that
 * province's file — never the whole tables. Asserted by the requested URLs' patterns, not by bytes.
 */
import type { Page } from '@playwright/test';
import { areaKey, PART_FILES } from '../../src/lib/core/dataset-parts';
import { expect, mapReady, test } from './fixtures';
import { ctx, dataset } from './bundled';

/** The indicator picker offers the measures of the field in view (the family select offers the others). */
const sameField = (id: string) => dataset.indicatorById.get(id)?.family === dataset.indicatorById.get(ctx.defaultIndicator)?.family;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const file = (name: string) => new RegExp(`/data/${escapeRe(name)}$`);

/** Names of the files under /data/ the page requests from now on. */
function watchData(page: Page): string[] {
	const seen: string[] = [];
	page.on('request', (r) => {
		const path = new URL(r.url()).pathname;
		if (path.includes('/data/')) seen.push(path);
	});
	return seen;
}

/** Each request matches one of `allowed`, and each of `required` was made. */
function expectOnly(seen: string[], allowed: RegExp[], required: RegExp[]): void {
	for (const path of seen)
		expect(
			allowed.some((re) => re.test(path)),
			`unexpected request ${path}`
		).toBe(true);
	for (const re of required)
		expect(
			seen.some((p) => re.test(p)),
			`no request for ${re}`
		).toBe(true);
}

test('the first view, switching indicator and opening a panel fetch only the files they draw', async ({ page }) => {
	const seen = watchData(page);
	await page.goto('/');
	await mapReady(page);
	const first = [file(PART_FILES.catalogue), file(PART_FILES.indicator(ctx.defaultIndicator))];
	const geometry = [file('geo-63.json'), file('geo-34.json'), file('archipelagos.json')];
	expectOnly(seen, [...first, ...geometry], first);

	// Another indicator drawn on the 63 map whose default period has province figures.
	const other = [...ctx.indicators].find(
		(id) =>
			id !== ctx.defaultIndicator &&
			sameField(id) &&
			ctx.unitsFor(id, ctx.periodFor(id)) === '63' &&
			dataset.periodsByIndicator.get(id)?.some((c) => c.provinces > 0)
	);
	expect(other, 'the bundled data have a second indicator of the same field on the 63 map').toBeDefined();
	seen.length = 0;
	await page.locator('select[name="indicator"]').selectOption(other!);
	await expect(page).toHaveURL(new RegExp(`indicator=${other}`));
	await mapReady(page);
	expectOnly(seen, [file(PART_FILES.indicator(other!)), ...geometry], [file(PART_FILES.indicator(other!))]);

	// A province's panel: that province's file, with every figure of it quoted.
	const code = dataset.provinces.find((p) => (dataset.factsByProvince.get(p.code) ?? []).length > 0)!.code;
	seen.length = 0;
	await page.locator(`path[data-code="${code}"]`).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`panel=${code}`));
	const panel = page.getByRole('dialog', { name: dataset.provinceByCode.get(code)!.name });
	await expect(panel).toBeVisible();
	const quoted = (dataset.factsByProvince.get(code) ?? []).find((f) => f.scope === 'province' && f.quote)!;
	await expect(panel).toContainText(quoted.quote);
	// The province, and the new province it became part of (its panel lists that one's figures after the merger).
	const areas = [
		file(PART_FILES.area(areaKey('63', code))),
		file(PART_FILES.area(areaKey('34', dataset.provinceByCode.get(code)!.code_2025)))
	];
	expectOnly(seen, areas, areas);

	// Back to the first indicator: already here, nothing fetched.
	seen.length = 0;
	await page.keyboard.press('Escape');
	await page.locator('select[name="indicator"]').selectOption(ctx.defaultIndicator);
	// Back on the first indicator (its period may be the one just seen, when it has it too).
	await expect(page).not.toHaveURL(new RegExp(`indicator=${other}`));
	await mapReady(page);
	expect(seen.filter((p) => !geometry.some((re) => re.test(p)))).toEqual([]);
});

test('a province the pointer rests on has its files fetched ahead: clicking it opens its panel with no request left to make', async ({
	page
}) => {
	const seen = watchData(page);
	await page.goto('/');
	await mapReady(page);
	const code = dataset.provinces.find((p) =>
		(dataset.factsByProvince.get(p.code) ?? []).some((f) => f.scope === 'province' && f.quote)
	)!.code;
	const areas = [
		file(PART_FILES.area(areaKey('63', code))),
		file(PART_FILES.area(areaKey('34', dataset.provinceByCode.get(code)!.code_2025)))
	];
	seen.length = 0;
	await page.locator(`path[data-code="${code}"]`).hover();
	await expect.poll(() => areas.every((re) => seen.some((p) => re.test(p)))).toBe(true);
	expectOnly(seen, areas, areas);

	seen.length = 0;
	await page.locator(`path[data-code="${code}"]`).click();
	const panel = page.getByRole('dialog', { name: dataset.provinceByCode.get(code)!.name });
	await expect(panel).toBeVisible();
	const quoted = (dataset.factsByProvince.get(code) ?? []).find((f) => f.scope === 'province' && f.quote)!;
	await expect(panel).toContainText(quoted.quote);
	expect(seen).toEqual([]);
});

test('an indicator whose figures cannot be fetched leaves the map in place and says so; retry brings it', async ({ page, watch }) => {
	const other = [...ctx.indicators].find((id) => id !== ctx.defaultIndicator && sameField(id))!;
	let fail = true;
	await page.route(`**/data/${PART_FILES.indicator(other)}`, (route) =>
		fail ? route.fulfill({ status: 503, body: '' }) : route.continue()
	);
	await page.goto('/');
	await mapReady(page);
	await page.locator('select[name="indicator"]').selectOption(other);
	const notice = page.getByRole('alert');
	await expect(notice).toContainText(PART_FILES.indicator(other));
	// The view did not change: the link still names the first indicator, the map is still drawn, and the picker
	// shows the indicator on the map, not the one that could not come.
	await expect(page).not.toHaveURL(new RegExp(`indicator=${other}`));
	await mapReady(page);
	await expect(page.locator('select[name="indicator"]')).toHaveValue(ctx.defaultIndicator);
	fail = false;
	await notice.getByRole('button').click();
	await expect(notice).toBeHidden();
	await expect(page).toHaveURL(new RegExp(`indicator=${other}`));
	await expect(page.locator('select[name="indicator"]')).toHaveValue(other);
	// The browser logs the refused request itself; nothing else may be logged.
	const refused = watch.errors.filter((e) => /status of 503/.test(e));
	expect(refused).toHaveLength(1);
	watch.errors.splice(0, watch.errors.length, ...watch.errors.filter((e) => !refused.includes(e)));
});

test("while an indicator's figures load, the periods listed (the old indicator's) cannot be chosen; then the new indicator's are", async ({
	page
}) => {
	const other = [...ctx.indicators].find((id) => id !== ctx.defaultIndicator && sameField(id))!;
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(`**/data/${PART_FILES.indicator(other)}`, async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/');
	await mapReady(page);
	const period = page.locator('select[name="period"]');
	await expect(period).toBeEnabled();
	await page.locator('select[name="indicator"]').selectOption(other);
	await expect(period).toBeDisabled();
	await expect(page.locator('select[name="compare"]')).toBeDisabled();
	release();
	await expect(page).toHaveURL(new RegExp(`indicator=${other}`));
	await expect(period).toBeEnabled();
	expect(ctx.periodsFor(other)).toContain(await period.inputValue());
});
