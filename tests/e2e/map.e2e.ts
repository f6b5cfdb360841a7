/**
 * The leaders' map (issue 3), end to end in Chromium against the built site. Every expectation is derived
 * from the data files the build ships (facts, sources, provinces), never read back from the page.
 */
import type { Locator, Page } from '@playwright/test';
import { MESSAGES } from '../../src/lib/i18n/catalogue';
import { builtFiles } from './build-files';
import { tables, VIEW_63 } from './bundled';
import { expect, hoverInside, leafletShown, mapReady, test } from './fixtures';

const vi = MESSAGES.vi;
const viNumber = new Intl.NumberFormat('vi-VN');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Codes of the 63 provinces with a `scope=province` figure for an indicator and period (rule 1). */
function reported(indicator: string, start: number, end: number): Set<string> {
	return new Set(
		tables.facts
			.filter((f) => f.scope === 'province' && f.indicator === indicator && f.period_start === start && f.period_end === end)
			.map((f) => f.province_code)
	);
}

const legend = (page: Page) => page.getByRole('region', { name: vi['legend.title'] });

test('tips 2013–2023: Đồng Tháp is a lower bound in its tooltip and accessible name; no-data provinces are hatched and counted', async ({
	page
}) => {
	const rows = tables.facts.filter(
		(f) => f.scope === 'province' && f.indicator === 'tips' && f.period_start === 2013 && f.period_end === 2023 && f.province_code === '87'
	);
	expect(rows).toHaveLength(1);
	expect(rows[0]!.qualifier).toBe('at_least');
	const value = escapeRe(viNumber.format(rows[0]!.value));
	const publisher = tables.sources.find((s) => s.source_id === rows[0]!.source_id)!.publisher;

	await page.goto('/?indicator=tips&period=2013-2023');
	await mapReady(page);
	const dongThap = page.locator('path[data-code="87"]');
	await expect(dongThap).toHaveAttribute('aria-label', new RegExp(`^Đồng Tháp: ≥\\s${value} nguồn tin, 2013–2023`));

	await dongThap.scrollIntoViewIfNeeded();
	await hoverInside(page, dongThap);
	const tooltip = page.locator('.area-tooltip');
	await expect(tooltip).toBeVisible();
	await expect(tooltip).toContainText('Đồng Tháp');
	await expect(tooltip).toContainText(new RegExp(`≥\\s${value} nguồn tin`));
	await expect(tooltip).toContainText('2013–2023');
	await expect(tooltip).toContainText(publisher);
	await expect(tooltip).toContainText(new RegExp(`/${reported('tips', 2013, 2023).size} tỉnh có số liệu`));

	const missing = 63 - reported('tips', 2013, 2023).size;
	await expect(page.locator('path[data-kind="missing"]')).toHaveCount(missing);
	const fills = await page.locator('path[data-kind="missing"]').evaluateAll((els) => els.map((e) => e.getAttribute('fill')));
	expect(fills.every((f) => /^url\(#.+nodata\)$/.test(f ?? ''))).toBe(true);
	await expect(legend(page).getByText(`Chưa có số liệu (${missing}/63)`)).toBeVisible();
	await expect(legend(page)).toContainText(vi['legend.atLeast']);
});

test('units=34 draws 34 provinces; a merged province with only some parts reported is drawn as partial', async ({ page }) => {
	const withData = reported('tips', 2013, 2023);
	const units = new Map<string, string[]>();
	for (const p of tables.provinces) units.set(p.code_2025, [...(units.get(p.code_2025) ?? []), p.code]);
	const partial = [...units].filter(([, codes]) => {
		const k = codes.filter((c) => withData.has(c)).length;
		return k > 0 && k < codes.length;
	});
	expect(partial.length, 'the data have a merged province with only some parts reported').toBeGreaterThan(0);

	await page.goto('/?indicator=tips&period=2013-2023&units=34');
	await mapReady(page, 34);
	await expect(page.locator('path[data-kind="partial"]')).toHaveCount(partial.length);
	for (const [code, codes] of partial) {
		const k = codes.filter((c) => withData.has(c)).length;
		const path = page.locator(`path[data-code="${code}"]`);
		await expect(path).toHaveAttribute('data-kind', 'partial');
		await expect(path).toHaveAttribute('aria-label', new RegExp(`: ≥\\s.*; ${k}/${codes.length} tỉnh cũ có số liệu$`));
		expect(await path.getAttribute('fill')).toMatch(/^url\(#.+partial-\d+\)$/);
	}
	await expect(legend(page).getByText(`Chỉ một phần tỉnh cũ có số liệu (${partial.length})`)).toBeVisible();
});

test('compare=2015-2020 switches to a diverging legend naming both periods; provinces without both say so', async ({ page }) => {
	// An indicator with province figures in both periods.
	const a = reported('tips', 2013, 2023);
	const b = reported('tips', 2015, 2020);
	expect(a.size).toBeGreaterThan(0);
	expect(b.size).toBeGreaterThan(0);
	const both = [...a].filter((c) => b.has(c));

	await page.goto('/?indicator=tips&period=2013-2023&compare=2015-2020');
	await mapReady(page);
	await expect(legend(page)).toHaveAttribute('data-legend', 'diverging');
	await expect(legend(page)).toContainText('2013–2023 so với 2015–2020');
	// 10 and 5 years: yearly averages are compared, and the legend says so.
	await expect(legend(page)).toContainText('(10 và 5 năm)');
	await expect(legend(page).getByText(`Không đủ số liệu để so sánh (${63 - both.length}/63)`)).toBeVisible();

	for (const p of tables.provinces) {
		const path = page.locator(`path[data-code="${p.code}"]`);
		if (both.includes(p.code)) await expect(path).toHaveAttribute('data-kind', 'value');
		else {
			await expect(path).toHaveAttribute('data-kind', 'insufficient');
			await expect(path).toHaveAttribute('aria-label', `${p.name}: không đủ số liệu để so sánh 2013–2023 với 2015–2020`);
		}
	}

	// Each period on its own map, one colour scale: every province reported in that period is coloured (these
	// pictures are not named areas: the comparison map keeps the only path per province).
	const periods = page.getByTestId('period-maps');
	const heading = vi['periods.title'].replace('{a}', '2013–2023').replace('{b}', '2015–2020');
	if (both.length > 0) {
		// Under the comparison map, usually under the fold: the legend has a way there.
		await page.getByRole('button', { name: vi['periods.jump'] }).click();
		await expect(periods.getByRole('heading', { name: heading })).toBeFocused();
	} else {
		// No province has both: they come first, and the page says why the difference map is empty.
		await expect(periods.getByRole('heading', { name: heading })).toBeVisible();
		await expect(page.getByTestId('why-no-difference')).toHaveText(
			vi['periods.whyNoDifference'].replace('{a}', '2013–2023').replace('{b}', '2015–2020')
		);
	}
	await expect(periods).toBeInViewport();
	for (const [key, label, have] of [
		['a', '2013–2023', a],
		['b', '2015–2020', b]
	] as const) {
		const coverage = vi['coverage.count'].replace('{n}', String(have.size)).replace('{total}', '63');
		await expect(
			periods.getByRole('img', { name: vi['periods.map'].replace('{period}', label).replace('{coverage}', coverage) })
		).toBeVisible();
		await expect(periods.locator(`path[data-period-area="${key}"]`)).toHaveCount(63);
		const coloured = periods.locator(`path[data-period-area="${key}"][data-kind="value"]`);
		await expect(coloured).toHaveCount(have.size);
	}
	await expect(page.getByRole('region', { name: vi['periods.legend'] })).toContainText(vi['periods.perYear']);
	// Hovering an area of a period's map names it.
	const first = [...a][0]!;
	await hoverInside(page, periods.locator(`path[data-period-area="a"][data-area="${first}"]`));
	await expect(periods.getByRole('tooltip')).toContainText(tables.provinces.find((p) => p.code === first)!.name);
	await expect(page.locator('path[data-code]')).toHaveCount(63);

	// The difference/ratio switch (under the options) is in the URL too.
	await page.getByRole('button', { name: vi['controls.options'] }).click();
	await page.getByLabel(vi['controls.change']).selectOption('ratio');
	await expect(page).toHaveURL(/change=ratio/);
	await expect(legend(page)).toContainText('tỉ lệ (2013–2023 ÷ 2015–2020)');
});

test('keyboard alone reaches a province and opens its panel, which quotes the source sentence with its publisher', async ({ page }) => {
	const withData = reported('tips', 2013, 2023);
	await page.goto('/?indicator=tips&period=2013-2023');
	await mapReady(page);

	let code: string | null = null;
	for (let i = 0; i < 250 && !code; i++) {
		await page.keyboard.press('Tab');
		code = await page.evaluate(() => {
			const el = document.activeElement;
			return el?.matches('path[data-kind="value"]') ? el.getAttribute('data-code') : null;
		});
	}
	expect(code, 'a province with data is reached with Tab').not.toBeNull();
	expect(withData.has(code!)).toBe(true);

	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`panel=${code}`));
	const name = tables.provinces.find((p) => p.code === code)!.name;
	const panel = page.getByRole('dialog', { name });
	await expect(panel).toBeVisible();
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();

	// Every map figure of this province is quoted with its publisher.
	const facts = tables.facts.filter(
		(f) => f.scope === 'province' && f.indicator === 'tips' && f.period_start === 2013 && f.period_end === 2023 && f.province_code === code
	);
	for (const f of facts) {
		await expect(panel).toContainText(f.quote);
		await expect(panel).toContainText(tables.sources.find((s) => s.source_id === f.source_id)!.publisher);
	}

	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(page).not.toHaveURL(/panel=/);
	await expect(page.locator(`path[data-code="${code}"]`)).toBeFocused();
});

test('the headline strip gives the sourced national figures for 2015–2020 awards and the coverage', async ({ page }) => {
	const national = tables.facts.filter(
		(f) => f.scope === 'national' && f.indicator.startsWith('awards_') && f.period_start === 2015 && f.period_end === 2020
	);
	expect(national.length).toBeGreaterThan(0);
	await page.goto('/?indicator=awards_collective&period=2015-2020');
	await mapReady(page);
	const strip = page.getByRole('region', { name: vi['headline.label'] });
	await expect(strip).toContainText('2015–2020');
	for (const f of national) await expect(strip).toContainText(viNumber.format(f.value));
	await expect(strip).toContainText(`${reported('awards_collective', 2015, 2020).size}/63 tỉnh có số liệu`);
});

test('coverage mode maps where the indicator has figures, and overall how many indicators', async ({ page }) => {
	await page.goto('/?indicator=tips&period=2013-2023&mode=coverage');
	await mapReady(page);
	const current = reported('tips', 2013, 2023);
	await expect(legend(page)).toHaveAttribute('data-legend', 'coverage');
	await expect(legend(page)).toContainText(`Có số liệu 2013–2023 (${current.size})`);
	for (const code of current) await expect(page.locator(`path[data-code="${code}"]`)).toHaveAttribute('aria-label', /có số liệu 2013–2023/);

	// The link sets what the map shows, so the options are open.
	await page.getByLabel(vi['controls.mode']).selectOption('coverage-all');
	await expect(page).toHaveURL(/mode=coverage-all/);
	const mappable = new Set(tables.facts.filter((f) => f.scope === 'province' && f.period_start !== null).map((f) => f.province_code));
	await expect(legend(page).getByText(`Chưa có chỉ tiêu nào có số liệu (${63 - mappable.size}/63)`)).toBeVisible();
});

/** The chunk of the coverage and reporting modes' painter (core/coverage-view.ts). */
const [COVERAGE_CODE] = builtFiles((src) => src.endsWith('src/lib/core/coverage-view.ts'));

test('the value map loads no code of the coverage and reporting modes; choosing coverage loads it and paints it', async ({ page }) => {
	expect(COVERAGE_CODE, 'the coverage painter is a chunk of its own in the build manifest').toBeTruthy();
	const requested: string[] = [];
	page.on('request', (r) => requested.push(new URL(r.url()).pathname));
	await page.goto('/');
	await mapReady(page);
	expect(requested.filter((p) => p.endsWith(COVERAGE_CODE!))).toEqual([]);
	await page.getByRole('button', { name: vi['controls.options'], exact: true }).click();
	await page.getByLabel(vi['controls.mode']).selectOption('coverage');
	await expect(legend(page)).toHaveAttribute('data-legend', 'coverage');
	expect(requested.filter((p) => p.endsWith(COVERAGE_CODE!))).toHaveLength(1);
});

test('when the coverage painter cannot be fetched the page says so, and trying again brings the coverage map', async ({ page, watch }) => {
	expect(COVERAGE_CODE, 'the coverage painter is a chunk of its own in the build manifest').toBeTruthy();
	let fail = true;
	await page.route(`**/${COVERAGE_CODE}`, (route) => (fail ? route.fulfill({ status: 503, body: '' }) : route.continue()));
	await page.goto('/?mode=coverage');
	const notice = page.getByRole('alert');
	await expect(notice).toContainText(vi['app.loadError'].replace('{message}', ''));
	fail = false;
	await notice.getByRole('button', { name: vi['app.retry'] }).click();
	await mapReady(page);
	await expect(legend(page)).toHaveAttribute('data-legend', 'coverage');
	// The refused request and the failed import are logged by the browser; nothing else may be.
	const refused = watch.errors.filter((e) => /status of 503|dynamically imported module/.test(e));
	expect(refused.length).toBeGreaterThan(0);
	watch.errors.splice(0, watch.errors.length, ...watch.errors.filter((e) => !refused.includes(e)));
});

for (const size of [
	{ width: 360, height: 740 },
	{ width: 1920, height: 1080 }
]) {
	test(`at ${size.width}×${size.height} the map shows the whole country with both archipelagos, and reset view returns to it`, async ({
		page
	}, testInfo) => {
		await page.setViewportSize(size);
		await page.goto('/');
		await mapReady(page);
		const map = page.getByTestId('province-map');
		await map.scrollIntoViewIfNeeded();

		const inside = async (target: Locator, what: string) => {
			const box = await target.boundingBox();
			expect(box, what).not.toBeNull();
			expect(box!.x, `${what} left`).toBeGreaterThanOrEqual(0);
			expect(box!.y, `${what} top`).toBeGreaterThanOrEqual(0);
			expect(box!.x + box!.width, `${what} right`).toBeLessThanOrEqual(size.width);
			expect(box!.y + box!.height, `${what} bottom`).toBeLessThanOrEqual(size.height);
		};
		const wholeCountry = async () => {
			await inside(page.locator('[data-label="archipelago"]', { hasText: vi['map.hoangSa'] }), 'Hoàng Sa label');
			await inside(page.locator('[data-label="archipelago"]', { hasText: vi['map.truongSa'] }), 'Trường Sa label');
			await inside(page.locator('path[data-code="48"]'), 'Đà Nẵng with Hoàng Sa');
			await inside(page.locator('path[data-code="56"]'), 'Khánh Hòa with Trường Sa');
		};
		await wholeCountry();
		await expect(page.getByText(/CC BY-SA 4\.0/)).toBeVisible();
		await page.screenshot({ path: testInfo.outputPath(`map-${size.width}x${size.height}.png`) });

		// Zoom in twice: Khánh Hòa with Trường Sa no longer fits; "reset view" brings the whole country back.
		const khanhHoa = page.locator('path[data-code="56"]');
		const fitted = (await khanhHoa.boundingBox())!;
		const fits = async () => {
			const b = (await khanhHoa.boundingBox())!;
			return b.x >= 0 && b.y >= 0 && b.x + b.width <= size.width && b.y + b.height <= size.height;
		};
		const zoomIn = page.getByRole('button', { name: vi['map.zoomIn'] });
		await zoomIn.click();
		await zoomIn.click();
		await leafletShown(page);
		await expect.poll(fits).toBe(false);
		await page.getByRole('button', { name: vi['map.reset'] }).click();
		// The first view is the SVG drawing, the view after a zoom Leaflet's: the same view, outlines rounded to
		// 0.01 px in one and to whole pixels in the other.
		await expect.poll(async () => Math.abs((await khanhHoa.boundingBox())!.width - fitted.width)).toBeLessThanOrEqual(1);
		await wholeCountry();
	});
}

test('beside a chart, opening a province panel keeps the whole country in the narrowed map; a view the reader zoomed is kept', async ({
	page
}) => {
	await page.setViewportSize({ width: 1600, height: 900 });
	// The 63 map: Long An (80) is a province of its own there.
	await page.goto(`/?view=chart&${VIEW_63}`);
	await mapReady(page);
	const map = page.getByTestId('province-map');
	const inMap = async (code: string) => {
		const m = (await map.boundingBox())!;
		const b = (await page.locator(`path[data-code="${code}"]`).boundingBox())!;
		return b.x >= m.x && b.y >= m.y && b.x + b.width <= m.x + m.width && b.y + b.height <= m.y + m.height;
	};
	const mapWidth = (await map.boundingBox())!.width;

	// Đà Nẵng (with Hoàng Sa) and Khánh Hòa (with Trường Sa) lie at the map's edges once it narrows for the panel.
	await hoverInside(page, page.locator('path[data-code="80"]'));
	await page.mouse.down();
	await page.mouse.up();
	await expect(page.getByTestId('province-panel')).toBeVisible();
	await expect.poll(async () => (await map.boundingBox())!.width).toBeLessThan(mapWidth);
	await expect.poll(() => inMap('48')).toBe(true);
	await expect.poll(() => inMap('56')).toBe(true);

	// Zoomed in by the reader, the map keeps that zoom when the panel closes and the map widens again.
	const khanhHoa = page.locator('path[data-code="56"]');
	const fitted = (await khanhHoa.boundingBox())!.width;
	await page.getByRole('button', { name: vi['map.zoomIn'] }).click();
	await leafletShown(page);
	// One zoom step doubles the scale (once the animation has ended).
	await expect.poll(async () => Math.round(((await khanhHoa.boundingBox())!.width / fitted) * 10) / 10).toBe(2);
	await expect(page.locator('.leaflet-zoom-anim')).toHaveCount(0);
	const zoomed = (await khanhHoa.boundingBox())!.width;
	await page.getByTestId('province-panel').getByRole('button', { name: vi['panel.close'] }).click();
	await expect(page.getByTestId('province-panel')).toBeHidden();
	await expect.poll(async () => (await map.boundingBox())!.width).toBe(mapWidth);
	expect(Math.abs((await khanhHoa.boundingBox())!.width - zoomed)).toBeLessThanOrEqual(1);
});
