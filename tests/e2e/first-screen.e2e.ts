/**
 * A leader understands the first screen in five seconds, on a monitor and on a phone (issue 14): the layout of
 * the first screen at 1920×1080, 1440×900 and 390×844 (touch) as boxes — map, legend, visible controls — with a
 * screenshot of each in the report; the honest headline; the default view; comparisons; periods an indicator
 * lacks. Every expectation is worked out from the data files and the message tables, never read off the page.
 */
import type { Page, TestInfo } from '@playwright/test';
import { formatValue } from '../../src/lib/core/format';
import type { Fact } from '../../src/lib/core/types';
import { t } from '../../src/lib/i18n/catalogue';
import { bytesOf, exportFrom } from './exports';
import { dataset, tables } from './bundled';
import { expect, mapReady, test } from './fixtures';
import { LEAD_COMPARISON } from './views';

const TOTAL = tables.provinces.length;
const UNITS_34 = dataset.units34.length;
const nameOf = (code: string) => tables.provinces.find((p) => p.code === code)!.name;
const labelOf = (id: string) => tables.indicators.find((i) => i.id === id)!.label_vi;
const keyOf = (f: Fact) => (f.period_start === f.period_end ? String(f.period_start) : `${f.period_start}-${f.period_end}`);
const labelOfKey = (key: string) => key.replace('-', '–');

/** Facts of one scope, indicator and period key. */
const facts = (scope: 'province' | 'national', indicator: string, key: string) =>
	tables.facts.filter((f) => f.scope === scope && f.indicator === indicator && f.period_start !== null && keyOf(f) === key);
/** Provinces with a figure for an indicator and period. */
const provincesWith = (indicator: string, key: string) => new Set(facts('province', indicator, key).map((f) => f.province_code));

/** The mission's question: 2013–2023 against 2015–2020, for models, tips and awards. */
const MISSION = '2013-2023';
const MISSION_B = '2015-2020';
const HEADLINE = new Set(['models', 'tips', 'awards']);

/** The mission's view worked out by hand from the data: the headline indicator best covered in 2013–2023. */
function expectedMission(): { family: string; indicator: string; compare: string | null } {
	let best: { id: string; family: string; n: number; national: boolean } | null = null;
	for (const ind of tables.indicators) {
		if (!HEADLINE.has(ind.family)) continue;
		const n = provincesWith(ind.id, MISSION).size;
		const national = facts('national', ind.id, MISSION).length > 0;
		if (n > 0 && (!best || n > best.n || (n === best.n && national && !best.national)))
			best = { id: ind.id, family: ind.family, n, national };
	}
	if (!best) throw new Error('no headline indicator has 2013–2023 province figures');
	const b = provincesWith(best.id, MISSION_B);
	return {
		family: best.family,
		indicator: best.id,
		compare: [...provincesWith(best.id, MISSION)].some((c) => b.has(c)) ? MISSION_B : null
	};
}

/** The page's layout shifts so far (not caused by input), each with the elements that moved. */
function layoutShifts(page: Page): Promise<string[]> {
	return page.evaluate(
		() =>
			new Promise<string[]>((resolve) => {
				new PerformanceObserver((list, observer) => {
					observer.disconnect();
					const shifts = list.getEntries() as unknown as {
						value: number;
						hadRecentInput: boolean;
						sources: { node: Node | null }[];
					}[];
					resolve(
						shifts
							.filter((e) => !e.hadRecentInput && e.value > 0)
							.map((e) => `${e.value.toFixed(4)}: ${e.sources.map((x) => (x.node as Element | null)?.className ?? '?').join(', ')}`)
					);
				}).observe({ type: 'layout-shift', buffered: true });
				// No shift at all: the observer is never called.
				setTimeout(() => resolve([]), 500);
			})
	);
}

interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

async function boxOf(page: Page, selector: string): Promise<Box> {
	const box = await page.locator(selector).first().boundingBox();
	expect(box, selector).not.toBeNull();
	return box!;
}

function inside(box: Box, size: { width: number; height: number }, what: string) {
	expect(box.x, `${what} left`).toBeGreaterThanOrEqual(0);
	expect(box.y, `${what} top`).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width, `${what} right`).toBeLessThanOrEqual(size.width + 0.5);
	expect(box.y + box.height, `${what} bottom`).toBeLessThanOrEqual(size.height + 0.5);
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Form fields a reader sees on the first screen (selects, text fields). */
async function visibleFields(page: Page, height: number): Promise<string[]> {
	return page.evaluate((h) => {
		return [...document.querySelectorAll<HTMLElement>('select, input:not([type="hidden"]), textarea')]
			.filter((e) => {
				const r = e.getBoundingClientRect();
				return r.width > 0 && r.height > 0 && r.top < h && getComputedStyle(e).visibility !== 'hidden';
			})
			.map((e) => e.getAttribute('name') ?? e.id ?? e.tagName);
	}, height);
}

/** Controls whose text does not fit: a select's chosen option wider than its box, a button's text overflowing. */
async function clippedControls(page: Page, height: number): Promise<string[]> {
	return page.evaluate((h) => {
		const canvas = document.createElement('canvas').getContext('2d')!;
		const out: string[] = [];
		for (const e of document.querySelectorAll<HTMLElement>('select, button, summary')) {
			const r = e.getBoundingClientRect();
			if (r.width === 0 || r.height === 0 || r.top >= h) continue;
			const css = getComputedStyle(e);
			if (e instanceof HTMLSelectElement) {
				canvas.font = `${css.fontStyle} ${css.fontWeight} ${css.fontSize} ${css.fontFamily}`;
				const text = e.selectedOptions[0]?.textContent ?? '';
				// The drop-down arrow takes about one line-height of the select's width.
				const room = e.clientWidth - parseFloat(css.paddingLeft) - parseFloat(css.paddingRight) - parseFloat(css.fontSize);
				if (canvas.measureText(text).width > room) out.push(`select ${e.name}: “${text}”`);
			} else if (e.scrollWidth > e.clientWidth + 1) out.push(`${e.tagName.toLowerCase()} “${e.textContent?.trim()}”`);
		}
		return out;
	}, height);
}

async function attachScreen(page: Page, testInfo: TestInfo, name: string) {
	await testInfo.attach(name, { body: await page.screenshot(), contentType: 'image/png' });
}

for (const size of [
	{ width: 1920, height: 1080, touch: false },
	{ width: 1440, height: 900, touch: false },
	{ width: 390, height: 844, touch: true }
]) {
	test.describe(`first screen at ${size.width}×${size.height}${size.touch ? ' (touch)' : ''}`, () => {
		test.use({ viewport: { width: size.width, height: size.height }, hasTouch: size.touch, isMobile: size.touch });
		const phone = size.width < 600;

		test('the map and its legend are where a leader looks first; only the choice of figures is in view', async ({ page }, testInfo) => {
			await page.goto('/');
			await mapReady(page);
			const map = await boxOf(page, '[data-print="drawing"]');
			const legend = await boxOf(page, '[data-testid="legend-box"]');
			// The legend is whole on the first screen.
			inside(legend, size, 'legend');
			if (phone) {
				// The map starts in the top half, the legend over it.
				expect(map.y, 'map top').toBeLessThan(size.height / 2);
				expect(overlaps(legend, map), 'legend over the map').toBe(true);
			} else {
				// The whole map, both archipelagos included, on the first screen, the legend beside it.
				inside(map, size, 'map');
				for (const label of [t('vi', 'map.hoangSa'), t('vi', 'map.truongSa')]) {
					inside(await boxOf(page, `[data-print="drawing"] [data-label="archipelago"]:has-text("${label}")`), size, label);
				}
				expect(legend.x, 'legend beside the map').toBeGreaterThanOrEqual(map.x + map.width);
				// Field, indicator, period, second period: nothing else to fill in.
				expect(await visibleFields(page, size.height)).toEqual(['family', 'indicator', 'period', 'compare']);
			}
			expect(await clippedControls(page, size.height)).toEqual([]);
			// Nothing on it moved as the dashboard came in (no layout shift: the shell, then controls, then map and headline).
			await expect(page.getByTestId('headline')).toBeVisible();
			expect(await layoutShifts(page)).toEqual([]);
			await attachScreen(page, testInfo, `first screen ${size.width}×${size.height}`);
		});

		test("a comparison without a province in both periods shows each period's map on the first screen", async ({ page }, testInfo) => {
			await page.goto(`/?${LEAD_COMPARISON}`);
			await mapReady(page);
			const maps = page.locator('[data-testid="period-maps"] svg[role="img"]');
			await expect(maps).toHaveCount(2);
			const q = new URLSearchParams(LEAD_COMPARISON);
			await expect(page.getByTestId('why-no-difference')).toHaveText(
				t('vi', 'periods.whyNoDifference', { a: labelOfKey(q.get('period')!), b: labelOfKey(q.get('compare')!) })
			);
			for (const i of [0, 1]) {
				const box = (await maps.nth(i).boundingBox())!;
				if (phone) expect(box.y, 'period map top').toBeLessThan(size.height);
				else inside(box, size, `period map ${i + 1}`);
			}
			if (!phone) inside(await boxOf(page, '[data-testid="legend-box"]'), size, 'legend');
			expect(await clippedControls(page, size.height)).toEqual([]);
			await attachScreen(page, testInfo, `comparison ${size.width}×${size.height}`);
		});
	});
}

test('on a phone, boundaries that come late move nothing on the first screen (the headline waits for the map)', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.route(/\/data\/geo-\d+\.json$/, async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 800));
		await route.continue();
	});
	await page.goto('/');
	await mapReady(page);
	await expect(page.getByTestId('headline')).toBeVisible();
	expect(await layoutShifts(page)).toEqual([]);
});

test('the default view is the present: the 34 map of the models, tips or awards period most new provinces reported', async ({ page }) => {
	// Each period of the 34 map with how many new provinces it covers (the core's coverage); the choice among them
	// — the most covered, a national figure, then the later period — is written out here.
	const present = dataset.indicators
		.filter((i) => HEADLINE.has(i.family))
		.flatMap((i) => (dataset.periodsByIndicator.get(i.id) ?? []).filter((c) => c.era === '34').map((c) => ({ id: i.id, c })));
	expect(present.length, 'figures of the 34 new provinces in the bundled data').toBeGreaterThan(0);
	const most = Math.max(...present.map((p) => p.c.units));
	await page.goto('/');
	await mapReady(page, UNITS_34);
	const indicator = await page.locator('select[name="indicator"]').inputValue();
	const period = await page.locator('select[name="period"]').inputValue();
	const shown = present.find((p) => p.id === indicator && p.c.key === period);
	expect(shown?.c.units).toBe(most);
	await expect(page.locator('select[name="compare"]')).toHaveValue('');
	await expect(page.getByTestId('headline-top')).toHaveText(
		t('vi', 'headline.topAmong', { coverage: t('vi', 'coverage.count', { n: most, total: UNITS_34 }) })
	);
});

test("the mission's question is one choice away: 2013–2023 on the 63 map, compared with 2015–2020 when a province has both", async ({
	page
}) => {
	const d = expectedMission();
	await page.goto('/');
	await mapReady(page, UNITS_34);
	await page.locator('select[name="family"]').selectOption(d.family);
	await page.locator('select[name="indicator"]').selectOption(d.indicator);
	await page.locator('select[name="period"]').selectOption(MISSION);
	await mapReady(page, TOTAL);
	if (d.compare) await page.locator('select[name="compare"]').selectOption(d.compare);
	const n = provincesWith(d.indicator, MISSION).size;
	await expect(page.getByTestId('headline-top')).toHaveText(
		d.compare
			? t('vi', 'headline.topOfPeriod', { period: labelOfKey(MISSION), coverage: t('vi', 'coverage.count', { n, total: TOTAL }) })
			: t('vi', 'headline.topAmong', { coverage: t('vi', 'coverage.count', { n, total: TOTAL }) })
	);
});

test('the options are one disclosure, closed at first and open when the link sets one of them', async ({ page }) => {
	const toggle = page.getByRole('button', { name: t('vi', 'controls.options') });
	await page.goto('/');
	await mapReady(page);
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(page.locator('select[name="classes"]')).toBeHidden();
	await toggle.click();
	for (const name of ['change', 'norm', 'units', 'classes', 'mode']) await expect(page.locator(`select[name="${name}"]`)).toBeVisible();
	await expect(page.getByRole('combobox', { name: t('vi', 'ws.filter.label') })).toBeVisible();

	for (const q of ['classes=jenks', 'norm=per_100k', `region=${dataset.regions[0]!.id}`]) {
		await page.goto(`/?${q}`);
		await mapReady(page);
		await expect(page.getByTestId('options')).toBeVisible();
	}
	// Closed again, its button says that an option is set.
	await page.getByRole('button', { name: t('vi', 'controls.options'), exact: true }).click();
	await expect(page.getByRole('button', { name: t('vi', 'controls.optionsSet', { n: 1 }) })).toHaveAttribute('aria-expanded', 'false');
});

test('national figures of both periods side by side in a comparison (awards 2013–2023 against 2015–2020)', async ({ page }) => {
	const indicator = tables.indicators.find(
		(i) => i.family === 'awards' && facts('national', i.id, MISSION).length > 0 && facts('national', i.id, MISSION_B).length > 0
	)!;
	expect(indicator, 'an awards indicator with a national figure for both periods').toBeDefined();
	await page.goto(`/?indicator=${indicator.id}&period=${MISSION}&compare=${MISSION_B}`);
	await mapReady(page);
	const row = page
		.getByTestId('headline-compared')
		.getByRole('row')
		.filter({ hasText: labelOf(indicator.id) });
	const cells = row.getByRole('cell');
	for (const [i, key] of [MISSION, MISSION_B].entries()) {
		for (const f of facts('national', indicator.id, key)) await expect(cells.nth(i)).toContainText(formatValue(f.value, f.qualifier, 'vi'));
	}
	await expect(page.getByTestId('headline-compared').getByRole('columnheader')).toContainText([labelOfKey(MISSION), labelOfKey(MISSION_B)]);
});

test("when sources differ on a national figure, every one is shown with its date; one below a province's own says so", async ({ page }) => {
	// A period whose national figure has several sources, one of them below a province's own figure.
	const national = tables.facts.filter((f) => f.scope === 'national' && f.period_start !== null);
	const target = national.find((f) => {
		const same = national.filter((g) => g.indicator === f.indicator && keyOf(g) === keyOf(f));
		const provinces = facts('province', f.indicator, keyOf(f));
		return new Set(same.map((g) => g.source_id)).size > 1 && provinces.some((p) => p.value > f.value);
	});
	expect(target, 'the data have a national figure given differently by two sources, one below a province').toBeDefined();
	const key = keyOf(target!);
	await page.goto(`/?indicator=${target!.indicator}&period=${key}`);
	// The period's own map: the 63 provinces, or the 34 for a period after the merger.
	await expect(page.locator('path[data-code]').first()).toBeAttached({ timeout: 15_000 });
	const strip = page.getByTestId('headline');
	for (const f of national.filter((g) => g.indicator === target!.indicator && keyOf(g) === key)) {
		const src = tables.sources.find((s) => s.source_id === f.source_id)!;
		await expect(strip).toContainText(formatValue(f.value, f.qualifier, 'vi'));
		await expect(strip).toContainText(`(${src.publisher}, ${src.date})`);
	}
	const top = facts('province', target!.indicator, key).sort((a, b) => b.value - a.value)[0]!;
	await expect(strip).toContainText(
		t('vi', 'headline.belowProvince', { name: nameOf(top.province_code), value: formatValue(top.value, top.qualifier, 'vi') })
	);
});

test('a period an indicator lacks is "no figures", with the periods it has; a stock asked for a range shows its end', async ({ page }) => {
	const periodsOf = (id: string) =>
		[
			...new Set(
				tables.facts
					.filter(
						(f) =>
							f.indicator === id &&
							f.period_start !== null &&
							(f.scope === 'province' || f.scope === 'national' || f.scope.startsWith('merged_province:'))
					)
					.map(keyOf)
			)
		].sort((a, b) => {
			const end = (k: string) => Number(k.split('-').pop());
			const start = (k: string) => Number(k.split('-')[0]);
			return end(b) - end(a) || start(b) - start(a);
		});
	// A stock without 2013–2023 figures, with figures for 2023.
	const stock = tables.indicators.find(
		(i) => i.measure === 'stock' && !periodsOf(i.id).includes(MISSION) && periodsOf(i.id).includes('2023')
	)!;
	expect(stock).toBeDefined();
	await page.goto(`/?indicator=${stock.id}&period=${MISSION}`);
	await mapReady(page);
	await expect(page.locator('select[name="period"]')).toHaveValue('2023');
	const has = periodsOf(stock.id).map(labelOfKey).join(', ');
	await expect(page.getByRole('status').filter({ hasText: labelOf(stock.id) })).toContainText(
		t('vi', 'period.stockEnd', { indicator: labelOf(stock.id), asked: labelOfKey(MISSION), shown: '2023', has })
	);
	// Never "invalid".
	await expect(page.getByText(t('vi', 'url.problem', { param: 'period', value: MISSION }))).toHaveCount(0);

	// A flow without figures for a year: its own period, and the list.
	const flow = tables.indicators.find(
		(i) => i.measure === 'flow' && periodsOf(i.id).includes(MISSION) && !periodsOf(i.id).includes('2016')
	)!;
	await page.goto(`/?indicator=${flow.id}&period=2016`);
	await mapReady(page);
	const shown = await page.locator('select[name="period"]').inputValue();
	await expect(page.getByRole('status').filter({ hasText: labelOf(flow.id) })).toContainText(
		t('vi', 'period.noFigures', {
			indicator: labelOf(flow.id),
			asked: '2016',
			shown: labelOfKey(shown),
			has: periodsOf(flow.id).map(labelOfKey).join(', ')
		})
	);
});

test('the table view of a comparison has every column in view at 1440 px; on a phone the province names stay as it scrolls', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	const q = `indicator=tips&period=${MISSION}&compare=${MISSION_B}`;
	await page.goto(`/?view=table&${q}`);
	const table = page.locator('.province-table table');
	await expect(table.locator('tbody tr').first()).toBeVisible({ timeout: 15_000 });
	const widths = await page.evaluate(() => {
		const scroll = document.querySelector<HTMLElement>('.province-table .scroll')!;
		const heads = [...document.querySelectorAll('.province-table thead th')].map((th) => th.getBoundingClientRect().right);
		return {
			page: document.documentElement.scrollWidth,
			view: window.innerWidth,
			scroll: scroll.scrollWidth - scroll.clientWidth,
			right: Math.max(...heads)
		};
	});
	expect(widths.page).toBeLessThanOrEqual(widths.view);
	expect(widths.scroll).toBeLessThanOrEqual(0);
	expect(widths.right).toBeLessThanOrEqual(widths.view);

	await page.setViewportSize({ width: 390, height: 844 });
	const scroll = page.locator('.province-table .scroll');
	// Wider than a phone: it scrolls sideways, and can be scrolled from the keyboard.
	await expect(scroll).toHaveAttribute('tabindex', '0');
	const first = table.locator('tbody th').first();
	const before = (await first.boundingBox())!.x;
	await scroll.evaluate((e) => (e.scrollLeft = 300));
	await expect.poll(async () => Math.abs((await first.boundingBox())!.x - before)).toBeLessThan(1);
});

test("the regions chart's labels never overlap, on screen and in its exported image", async ({ page }) => {
	await page.goto(`/?view=chart&indicator=tips&period=${MISSION}`);
	const chart = page.locator('[data-chart="regions"][data-ready]');
	await expect(chart).toBeVisible({ timeout: 15_000 });
	/** Texts of the chart whose boxes overlap (lines of one label are stacked, so they may touch by a pixel). */
	const collisions = (target: Page, root: string) =>
		target.evaluate((sel) => {
			const boxes = [...document.querySelectorAll<SVGTextElement>(`${sel} text`)]
				.filter((e) => (e.textContent ?? '').trim() !== '')
				.map((e) => ({ text: e.textContent, r: e.getBoundingClientRect() }));
			const out: string[] = [];
			const gap = 1.5;
			for (const [i, a] of boxes.entries())
				for (const b of boxes.slice(i + 1))
					if (a.r.left < b.r.right - gap && b.r.left < a.r.right - gap && a.r.top < b.r.bottom - gap && b.r.top < a.r.bottom - gap)
						out.push(`${a.text} × ${b.text}`);
			return out;
		}, root);
	expect(await collisions(page, '[data-chart="regions"]')).toEqual([]);

	const svg = (await bytesOf(await exportFrom(page, t('vi', 'export.what.regions'), t('vi', 'export.svg')))).toString('utf8');
	// The exported file opened by itself (the site's policy does not apply to it).
	const view = await page.context().newPage();
	await view.setContent(`<div id="export">${svg.replace(/^<\?xml[^>]*>/, '')}</div>`);
	expect(await collisions(view, '#export [data-chart="regions"]')).toEqual([]);
	await view.close();
});
