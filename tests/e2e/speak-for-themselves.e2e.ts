/**
 * What a presenter exports, embeds or prints says what it shows (issue 14): exported maps name the provinces
 * with figures and their values, without overlaps; the PNG sizes are what the menu says; a small embed keeps
 * its legend in view without a scroll box; a comparison without a province in both periods exports, embeds and
 * prints as the maps of each period, with the reason; the keyboard reaches the map's tools and the export before
 * the provinces. Expectations come from the data files and the message tables.
 */
import type { Page } from '@playwright/test';
import { formatValue } from '../../src/lib/core/format';
import type { Fact } from '../../src/lib/core/types';
import { t } from '../../src/lib/i18n/catalogue';
import { bytesOf, exportFrom, pngSize, roleText } from './exports';
import { tables } from './bundled';
import { expect, mapReady, test } from './fixtures';
import { LEAD_COMPARISON } from './views';

const keyOf = (f: Fact) => (f.period_start === f.period_end ? String(f.period_start) : `${f.period_start}-${f.period_end}`);
const labelOfKey = (key: string) => key.replace('-', '–');
const provinceFacts = (indicator: string, key: string) =>
	tables.facts.filter((f) => f.scope === 'province' && f.indicator === indicator && f.period_start !== null && keyOf(f) === key);
const publisherOf = (f: Fact) => tables.sources.find((s) => s.source_id === f.source_id)!.publisher;

/**
 * The printed source line names the publishers of these figures (the first few, then how many more), and
 * never says that no figure is shown.
 */
async function expectPublishers(page: Page, figures: Fact[]) {
	const all = [...new Set(figures.map(publisherOf))];
	const footer = (await page.locator('.print-footer').textContent()) ?? '';
	const named = all.filter((p) => footer.includes(p));
	expect(named.length).toBeGreaterThan(0);
	if (named.length < all.length) expect(footer).toContain(t('vi', 'present.sourceMore', { list: '', n: all.length - named.length }).trim());
	expect(footer).not.toContain(t('vi', 'present.sourceNone'));
}

const TIPS = 'tips';
const PERIOD = '2013-2023';

/**
 * The SVG's texts matching `selector`, drawn in a page of their own (the site's policy does not apply to a
 * file opened by itself), and the pairs whose boxes overlap.
 */
async function overlapping(page: Page, svg: string, selector: string): Promise<{ count: number; pairs: string[] }> {
	const view = await page.context().newPage();
	try {
		await view.setContent(`<div id="export">${svg.replace(/^<\?xml[^>]*>/, '')}</div>`);
		return await view.evaluate((sel) => {
			const boxes = [...document.querySelectorAll<SVGTextElement>(`#export ${sel}`)].map((e) => ({
				text: e.textContent,
				r: e.getBoundingClientRect()
			}));
			const pairs: string[] = [];
			for (const [i, a] of boxes.entries())
				for (const b of boxes.slice(i + 1))
					if (a.r.left < b.r.right && b.r.left < a.r.right && a.r.top < b.r.bottom && b.r.top < a.r.bottom)
						pairs.push(`${a.text} × ${b.text}`);
			return { count: boxes.length, pairs };
		}, selector);
	} finally {
		await view.close();
	}
}

test('the exported map names every province with a figure and its value (≥, ≈ kept), and no two names overlap', async ({ page }) => {
	const drawn = provinceFacts(TIPS, PERIOD);
	const dongThap = tables.provinces.find((p) => p.name === 'Đồng Tháp')!;
	const fact = drawn.find((f) => f.province_code === dongThap.code);
	expect(fact, 'Đồng Tháp has a tips figure for 2013–2023').toBeDefined();
	await page.goto(`/?indicator=${TIPS}&period=${PERIOD}`);
	await mapReady(page);
	const svg = (await bytesOf(await exportFrom(page, t('vi', 'export.what.map'), t('vi', 'export.svg')))).toString('utf8');
	expect(svg).toContain(`>Đồng Tháp ${formatValue(fact!.value, fact!.qualifier, 'vi')}<`);
	const codes = new Set(drawn.map((f) => f.province_code));
	for (const code of codes) expect(svg).toContain(`data-area-label="${code}"`);
	expect(svg.match(/data-area-label="/g)).toHaveLength(codes.size);
	// The names, and the archipelagos' labels they must keep clear of.
	const { count, pairs } = await overlapping(page, svg, 'text[data-area-label], text[data-label]');
	expect(count).toBe(codes.size + 2);
	expect(pairs).toEqual([]);
});

test('a crowded map (many provinces in one region) still has no overlapping names', async ({ page }) => {
	// The indicator and period with the most provinces: the most names to place.
	const counts = new Map<string, Set<string>>();
	for (const f of tables.facts) {
		if (f.scope !== 'province' || f.period_start === null) continue;
		const k = `${f.indicator}|${keyOf(f)}`;
		counts.set(k, (counts.get(k) ?? new Set()).add(f.province_code));
	}
	const [best] = [...counts].sort((a, b) => b[1].size - a[1].size);
	const [indicator, key] = best![0].split('|');
	await page.goto(`/?indicator=${indicator}&period=${key}`);
	await mapReady(page);
	const svg = (await bytesOf(await exportFrom(page, t('vi', 'export.what.map'), t('vi', 'export.svg')))).toString('utf8');
	expect(svg.match(/data-area-label="/g)).toHaveLength(best![1].size);
	expect((await overlapping(page, svg, 'text[data-area-label], text[data-label]')).pairs).toEqual([]);
});

test('the PNGs are the sizes the export menu says', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto(`/?indicator=${TIPS}&period=${PERIOD}`);
	await mapReady(page);
	const menu = t('vi', 'export.menuLabel', { what: t('vi', 'export.what.map') });
	await page.getByLabel(menu).click();
	const screen = page.getByRole('button', { name: /\(\d+×\d+\)$/ });
	await expect(screen).toBeEnabled({ timeout: 15_000 });
	for (const button of [page.getByRole('button', { name: t('vi', 'export.pngSlide') }), screen]) {
		const [w, h] = ((await button.textContent()) ?? '')
			.match(/(\d+)×(\d+)/)!
			.slice(1)
			.map(Number);
		const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
		expect(pngSize(await bytesOf(download))).toEqual([w, h]);
		await page.getByLabel(menu).click();
		await expect(screen).toBeEnabled({ timeout: 15_000 });
	}
});

test("Tab reaches the map's tools and the image export before the first province", async ({ page }) => {
	await page.goto('/');
	await mapReady(page);
	const exportLabel = t('vi', 'export.menuLabel', { what: t('vi', 'export.what.map') });
	const zoomLabels = [t('vi', 'map.zoomIn'), t('vi', 'map.zoomOut')];
	const reached: string[] = [];
	for (let i = 0; i < 80; i++) {
		await page.keyboard.press('Tab');
		const what = await page.evaluate(
			([label, zooms]) => {
				const e = document.activeElement;
				if (!e) return null;
				if (e.matches('path[data-code]')) return 'province';
				if (e.matches(`summary[aria-label="${label}"]`)) return 'export';
				if (zooms.includes(e.getAttribute('aria-label') ?? '')) return 'zoom';
				return e.tagName === 'BUTTON' ? `button:${e.textContent?.trim()}` : null;
			},
			[exportLabel, zoomLabels] as const
		);
		if (what) reached.push(what);
		if (what === 'province') break;
	}
	const at = (what: string) => reached.indexOf(what);
	expect(at('province')).toBeGreaterThan(0);
	for (const tool of ['export', 'zoom', `button:${t('vi', 'map.reset')}`]) {
		expect(at(tool), tool).toBeGreaterThanOrEqual(0);
		expect(at(tool), tool).toBeLessThan(at('province'));
	}
});

test("a small embed (400×300) has its legend's key under the map, whole and without a scroll box", async ({ page }) => {
	await page.setViewportSize({ width: 400, height: 300 });
	await page.goto(`/embed?chart=map&indicator=${TIPS}&period=${PERIOD}`);
	await expect(page.locator('svg path[data-code]')).toHaveCount(63, { timeout: 15_000 });
	const map = (await page.locator('.map-box').boundingBox())!;
	const legend = (await page.locator('.embed-legend').boundingBox())!;
	expect(legend.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
	expect(legend.y + legend.height).toBeLessThanOrEqual(300);
	// Every swatch of the key is on screen, and nothing in the frame scrolls.
	for (const item of await page.locator('.embed-legend li').all()) {
		const b = (await item.boundingBox())!;
		expect(b.y + b.height).toBeLessThanOrEqual(300);
	}
	const scrollers = await page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('body *')]
			.filter((e) => e.scrollHeight > e.clientHeight + 1 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowY))
			.map((e) => e.className)
	);
	expect(scrollers).toEqual([]);
	// The map takes most of the frame.
	expect(map.height).toBeGreaterThan(120);
});

test("a comparison without a province in both periods exports, embeds and prints its periods' maps with the reason", async ({ page }) => {
	const q = new URLSearchParams(LEAD_COMPARISON);
	const [indicator, a, b] = [q.get('indicator')!, q.get('period')!, q.get('compare')!];
	const why = t('vi', 'periods.whyNoDifference', { a: labelOfKey(a), b: labelOfKey(b) });
	await page.goto(`/?${LEAD_COMPARISON}`);
	await mapReady(page);
	// The first screen's export is the maps of each period, with the sentence.
	const svg = (await bytesOf(await exportFrom(page, t('vi', 'export.what.periods'), t('vi', 'export.svg')))).toString('utf8');
	expect(roleText(svg, 'legend-note')).toContain(why);
	for (const key of ['a', 'b']) expect(svg.match(new RegExp(`<path [^>]*data-period-area="${key}"`, 'g'))).toHaveLength(63);

	// Printed: one page, the maps of each period, the publishers of either period.
	const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
	expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('[data-print="periods"] svg[role="img"]')).toHaveCount(2);
	await expect(page.locator('[data-print="periods"] svg[role="img"]').first()).toBeVisible();
	await expect(page.getByTestId('why-no-difference')).toBeVisible();
	await expectPublishers(page, [...provinceFacts(indicator, a), ...provinceFacts(indicator, b)]);
	await page.emulateMedia({ media: 'screen' });

	// Embedded as the map: the same two maps and the sentence, not an empty map.
	await page.goto(`/embed?chart=map&${LEAD_COMPARISON}`);
	await expect(page.locator('svg path[data-period-area="b"]').first()).toBeAttached({ timeout: 15_000 });
	await expect(page.getByTestId('why-no-difference')).toHaveText(why);
});

test("a comparison with provinces in both periods prints on one page, with each period's map and their publishers", async ({ page }) => {
	// The comparison with the most provinces in both periods.
	let best: { q: string; n: number; facts: Fact[] } | null = null;
	for (const ind of tables.indicators) {
		const keys = [
			...new Set(tables.facts.filter((f) => f.indicator === ind.id && f.scope === 'province' && f.period_start !== null).map(keyOf))
		];
		for (const a of keys)
			for (const b of keys) {
				if (a === b) continue;
				const fa = provinceFacts(ind.id, a);
				const inB = new Set(provinceFacts(ind.id, b).map((f) => f.province_code));
				const n = new Set(fa.filter((f) => inB.has(f.province_code)).map((f) => f.province_code)).size;
				if (n > 0 && (!best || n > best.n))
					best = { q: `indicator=${ind.id}&period=${a}&compare=${b}`, n, facts: [...fa, ...provinceFacts(ind.id, b)] };
			}
	}
	expect(best, 'a comparison with a province in both periods').not.toBeNull();
	await page.goto(`/?${best!.q}`);
	await mapReady(page);
	await expect(page.locator('[data-print="periods"] svg[role="img"]')).toHaveCount(2, { timeout: 15_000 });
	const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
	expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('[data-print="drawing"]')).toBeVisible();
	await expect(page.locator('[data-print="periods"] svg[role="img"]').first()).toBeVisible();
	await expectPublishers(page, best!.facts);
});
