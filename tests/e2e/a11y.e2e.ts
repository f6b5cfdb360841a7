/**
 * Accessibility: axe-core (the engine the issue names, through @axe-core/playwright) checks every view
 * against the WCAG 2.0/2.1 A and AA rules, in the light and in the dark colour scheme, and finds no serious or
 * critical violation — text contrast included. Axe cannot judge the colours of SVG map legends and focus
 * rings, so the contrast of those is measured here too (WCAG 1.4.11: 3:1 for graphical objects).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { t } from '../../src/lib/i18n/catalogue';
import { expect, mapReady, test } from './fixtures';
import { formatValue } from '../../src/lib/core/format';
import { parsePeriod } from '../../src/lib/core/period';
import { select } from '../../src/lib/core/select';
import { dataset, unitsOf } from './bundled';
import { VIEWS } from './views';

const SCHEMES = ['light', 'dark'] as const;
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Serious and critical violations on the page, one line each with the elements concerned. */
async function seriousViolations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`).join(' | ')}`
		);
}

test('the ranking chart has a text alternative: every ranked province with its value, and the table view', async ({ page }) => {
	await page.goto('/?view=chart');
	const chart = page.locator('[data-chart="ranking"]');
	await expect(chart).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
	// What the bars show, worked out by the core from the bundled data for the default view.
	const period = parsePeriod((await page.locator('select[name="period"]').inputValue()) ?? '')!;
	const indicator = await page.locator('select[name="indicator"]').inputValue();
	const ranked = select(dataset, { indicator, period, norm: 'total', units: unitsOf(page.url()) }).areas.filter((a) => a.value !== null);
	expect(ranked.length).toBeGreaterThan(0);
	// The chart is an image to assistive technology, named by its description (ECharts' aria component).
	await expect(chart).toHaveAttribute('role', 'img');
	const label = (await chart.getAttribute('aria-label')) ?? '';
	for (const a of ranked) expect(label).toContain(`${a.name} ${formatValue(a.value, a.qualifier, 'vi')}`);
	// The same figures as a table, one view away.
	await page.getByRole('button', { name: t('vi', 'views.table') }).click();
	for (const a of ranked)
		await expect(page.locator(`.province-table tr[data-code="${a.code}"]`)).toContainText(formatValue(a.value, a.qualifier, 'vi'));
});

for (const scheme of SCHEMES) {
	test.describe(`${scheme} scheme`, () => {
		test.beforeEach(async ({ page }) => {
			// axe runs every rule over pages of a few thousand nodes (the evidence table): time for a shared machine.
			test.setTimeout(90_000);
			await page.emulateMedia({ colorScheme: scheme });
		});

		for (const view of VIEWS) {
			test(`${view.name} has no serious or critical axe violation`, async ({ page }) => {
				// Axe checks every cell of the evidence table (a row per sourced figure): give it time on a busy machine.
				if (view.path.includes('view=table')) test.slow();
				await page.goto(view.path);
				await view.show(page, 'vi');
				expect(await seriousViolations(page)).toEqual([]);
			});
		}

		test('the open filter list, a province tooltip and the open export menu have no serious or critical violation', async ({ page }) => {
			test.slow(); // three axe runs, one over the table view's evidence table
			await page.goto(`/?view=table`);
			await expect(page.locator('table tbody tr').first()).toBeVisible({ timeout: 15_000 });
			// The filter is under the options disclosure.
			await page.getByRole('button', { name: t('vi', 'controls.options'), exact: true }).click();
			await page.getByRole('combobox', { name: t('vi', 'ws.filter.label') }).fill('a');
			await expect(page.getByRole('listbox')).toBeVisible();
			expect(await seriousViolations(page)).toEqual([]);
			await page.goto('/');
			await mapReady(page);
			await page.locator('path[data-kind="value"]').first().focus();
			await expect(page.locator('.area-tooltip')).toBeVisible();
			expect(await seriousViolations(page)).toEqual([]);
			// The map's export menu, open.
			await page.getByLabel(t('vi', 'export.menuLabel', { what: t('vi', 'export.what.map') }), { exact: true }).click();
			await expect(page.locator('details[open]')).toHaveCount(1);
			expect(await seriousViolations(page)).toEqual([]);
		});

		test('on a phone: the first screen, its tools and its options have no serious or critical violation', async ({ page }) => {
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto('/');
			await mapReady(page);
			// The legend's key over the map, its notes under it.
			expect(await seriousViolations(page)).toEqual([]);
			await page.getByRole('button', { name: t('vi', 'tools.menu'), exact: true }).click();
			await page.getByRole('button', { name: t('vi', 'controls.options'), exact: true }).click();
			await expect(page.getByTestId('options')).toBeVisible();
			expect(await seriousViolations(page)).toEqual([]);
		});

		test('legend swatches, map outlines and focus rings stand out 3:1 from what is around them', async ({ page }) => {
			await page.goto('/');
			await mapReady(page);
			const ratios = await page.evaluate(() => {
				/** sRGB relative luminance and WCAG contrast ratio of two CSS colours. */
				const rgb = (css: string) => {
					const c = document.createElement('canvas').getContext('2d')!;
					c.fillStyle = css;
					c.fillRect(0, 0, 1, 1);
					return [...c.getImageData(0, 0, 1, 1).data.slice(0, 3)];
				};
				const lum = (css: string) => {
					const [r, g, b] = rgb(css).map((v) => {
						const s = v / 255;
						return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
					});
					return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
				};
				const ratio = (a: string, b: string) => {
					const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
					return (x! + 0.05) / (y! + 0.05);
				};
				const css = getComputedStyle(document.documentElement);
				const v = (name: string) => css.getPropertyValue(name).trim();
				// Every colour a province can be filled with here (the legend's classes and no-data), and the colours
				// of a focused province's ring: its stroke and the halos of its filter.
				const fills = [
					...[...document.querySelectorAll('.legend .swatch.value')].map((el) => getComputedStyle(el).backgroundColor),
					v('--nodata-bg')
				];
				const path = document.querySelector<SVGPathElement>('path[data-code]')!;
				path.focus();
				const ring = getComputedStyle(path);
				const ringColors = [ring.stroke, ...(ring.filter.match(/rgba?\([^)]*\)/g) ?? [])];
				const swatch = document.querySelector('.legend .swatch')!;
				const legendText = document.querySelector('.legend li span:not(.swatch)')!;
				const legendBox = getComputedStyle(document.querySelector('.legend')!.parentElement!).backgroundColor;
				return {
					ringColors: ringColors.length,
					// The swatch outline against the legend box; the legend's text against it.
					swatchBorder: ratio(getComputedStyle(swatch).borderTopColor, legendBox),
					legendText: ratio(getComputedStyle(legendText).color, legendBox),
					// The focus ring against the page, the panels and the sea under the map.
					focusOnBg: ratio(v('--focus'), v('--bg')),
					focusOnSurface: ratio(v('--focus'), v('--surface')),
					focusOnSea: ratio(v('--focus'), v('--map-sea')),
					// Province outlines against the sea.
					outlineOnSea: ratio(v('--map-border-color'), v('--map-sea')),
					// A focused province: its ring or one of the ring's halos stands out from every map colour.
					...Object.fromEntries(fills.map((fill) => [`focusOn ${fill}`, Math.max(...ringColors.map((c) => ratio(c, fill)))]))
				};
			});
			const { ringColors, ...contrasts } = ratios;
			expect(ringColors, 'stroke and two halos').toBe(3);
			expect(Object.keys(contrasts).filter((k) => k.startsWith('focusOn ')).length).toBeGreaterThan(2);
			for (const [what, r] of Object.entries(contrasts)) expect(r, what).toBeGreaterThanOrEqual(what === 'legendText' ? 4.5 : 3);
		});
	});
}
