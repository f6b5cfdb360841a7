/**
 * Keyboard only: from the first tab stop (the skip link) to a province's panel, then another indicator and
 * period, the table view and a CSV download — with `page.keyboard` alone (no mouse, no click, no focus()).
 * Every stop on the way shows where the focus is.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parsePeriod } from '../../src/lib/core/period';
import { t } from '../../src/lib/i18n/catalogue';
import { expect, mapReady, test } from './fixtures';
import { ctx, dataset, VIEW_63 } from './bundled';
import { TOP_PROVINCE } from './views';

const { defaultIndicator } = ctx;

/** What has the focus: tag, a few attributes, its text, and whether the focus is drawn. */
async function focused(page: Page) {
	return page.evaluate(() => {
		const e = document.activeElement;
		if (!e) return null;
		const css = getComputedStyle(e);
		const focusColor = getComputedStyle(document.documentElement).getPropertyValue('--focus').trim();
		/** The same colour in the form computed styles use. */
		const probe = document.createElement('span');
		probe.style.color = focusColor;
		document.body.append(probe);
		const focusRgb = getComputedStyle(probe).color;
		probe.remove();
		const ring = css.outlineStyle !== 'none' && parseFloat(css.outlineWidth) >= 2 && css.outlineColor === focusRgb;
		// The province filter draws its ring on the field around the input; map areas draw it as their outline.
		const field = e.closest('.field');
		const fieldRing = field !== null && getComputedStyle(field).outlineStyle !== 'none';
		const stroke = e instanceof SVGElement && css.stroke === focusRgb && parseFloat(css.strokeWidth) >= 2;
		return {
			tag: e.tagName.toLowerCase(),
			id: e.id,
			name: e.getAttribute('name'),
			code: e.getAttribute('data-code'),
			text: (e.textContent ?? '').trim(),
			visibleFocus: e.matches(':focus-visible') && (ring || fieldRing || stroke)
		};
	});
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector` (and has `text`, if given);
 * fails after `max` presses. Every stop passed on the way must show its focus.
 */
async function tabTo(page: Page, target: { selector: string; text?: string }, opts: { back?: boolean; max?: number } = {}) {
	const passed: string[] = [];
	for (let i = 0; i < (opts.max ?? 120); i++) {
		await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
		const f = await focused(page);
		const hit = await page.evaluate(({ selector, text }) => {
			const e = document.activeElement;
			return !!e && e.matches(selector) && (text === undefined || (e.textContent ?? '').trim() === text);
		}, target);
		if (f && !f.visibleFocus && f.tag !== 'main') passed.push(`${f.tag} ${f.name ?? f.code ?? f.text.slice(0, 30)}`);
		if (hit) {
			expect(passed, 'stops without a visible focus').toEqual([]);
			return;
		}
	}
	throw new Error(`${target.selector} ${target.text ?? ''} not reached with the keyboard`);
}

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

test('keyboard only: skip link → province panel → indicator and period → table → CSV download', async ({ page }) => {
	test.slow(); // a walk of up to a hundred Tab presses, each waited for
	// On the 63 map (its province ranked first is the one walked to).
	await page.goto(`/?${VIEW_63}`);
	await mapReady(page);

	// 1. The first tab stop is the skip link, shown on screen while it has the focus.
	await page.keyboard.press('Tab');
	expect(await focused(page)).toMatchObject({ tag: 'a', text: t('vi', 'a11y.skipToContent'), visibleFocus: true });
	const box = await page.locator('a[href="#main-content"]').boundingBox();
	expect(box && box.y >= 0 && box.height > 0).toBe(true);
	await page.keyboard.press('Enter');
	expect(await focused(page)).toMatchObject({ tag: 'main', id: 'main-content' });
	expect(param(page, 'panel')).toBeNull();

	// 2. On to the province ranked first, whose tooltip opens on focus; Enter opens its panel.
	const province = dataset.provinceByCode.get(TOP_PROVINCE)!;
	await tabTo(page, { selector: `path[data-code="${TOP_PROVINCE}"]` });
	await expect(page.locator('.area-tooltip')).toContainText(province.name);
	await page.keyboard.press('Enter');
	await expect.poll(() => param(page, 'panel')).toBe(TOP_PROVINCE);
	const panel = page.getByTestId('province-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(province.name);
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
	// Esc closes it and gives the focus back to the province.
	await page.keyboard.press('Escape');
	await expect.poll(() => param(page, 'panel')).toBeNull();
	await expect.poll(async () => (await focused(page))?.code).toBe(TOP_PROVINCE);
	expect(await focused(page)).toMatchObject({ tag: 'path', visibleFocus: true });

	// The map's image export, before the provinces in the tab order: its menu, then "PNG for slides".
	const exportLabel = t('vi', 'export.menuLabel', { what: t('vi', 'export.what.map') });
	await tabTo(page, { selector: `summary[aria-label="${exportLabel}"]` }, { back: true });
	await page.keyboard.press('Enter');
	await tabTo(page, { selector: 'button', text: t('vi', 'export.pngSlide') }, { max: 1 });
	const [image] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.keyboard.press('Enter')]);
	expect(image.suggestedFilename()).toMatch(/\.png$/);

	// 3. Back up to the indicator: arrow keys change it (to one with several periods), then the period.
	await tabTo(page, { selector: 'select[name="indicator"]' }, { back: true });
	const firstIndicator = param(page, 'indicator');
	const periodsOf = (id: string | null) => (dataset.periodsByIndicator.get(id ?? '') ?? []).map((p) => p.key);
	for (let i = 0; i < dataset.indicators.length; i++) {
		await page.keyboard.press('ArrowDown');
		const now = await page.locator('select[name="indicator"]').inputValue();
		// The link changes once the indicator's figures are in (the map in place stays until then); a link without
		// `indicator` shows the default one.
		await expect.poll(() => param(page, 'indicator') ?? defaultIndicator).toBe(now);
		if (now !== firstIndicator && periodsOf(now).length > 1) break;
	}
	const indicator = await page.locator('select[name="indicator"]').inputValue();
	expect(indicator).not.toBe(firstIndicator);
	expect(periodsOf(indicator).length).toBeGreaterThan(1);
	expect(await focused(page)).toMatchObject({ tag: 'select', name: 'indicator', visibleFocus: true });

	// The periods can be chosen once the indicator's figures are in (until then they are the old indicator's).
	await expect(page.locator('select[name="period"]')).toBeEnabled();
	await tabTo(page, { selector: 'select[name="period"]' }, { max: 1 });
	const period = page.locator('select[name="period"]');
	const before = await period.inputValue();
	const options = await period.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
	await page.keyboard.press(options.indexOf(before) < options.length - 1 ? 'ArrowDown' : 'ArrowUp');
	await expect(period).not.toHaveValue(before);
	const chosenPeriod = await period.inputValue();
	expect(parsePeriod(chosenPeriod)).not.toBeNull();
	await expect.poll(() => param(page, 'period') ?? chosenPeriod).toBe(chosenPeriod);
	expect(param(page, 'indicator')).toBe(indicator);

	// 4. The table view, from the view tabs.
	await tabTo(page, { selector: 'button[aria-pressed]', text: t('vi', 'views.table') }, { back: true });
	await page.keyboard.press('Enter');
	await expect.poll(() => param(page, 'view')).toBe('table');
	const rows = page.locator('.province-table tbody tr');
	await expect(rows.first()).toBeVisible({ timeout: 15_000 });

	// 5. Download the table as CSV, from the toolbar's download menu.
	await tabTo(page, { selector: 'summary', text: t('vi', 'ws.download.menu') }, { back: true });
	await page.keyboard.press('Enter');
	await tabTo(page, { selector: 'button', text: t('vi', 'ws.download.table') }, { max: 1 });
	const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
	expect(download.suggestedFilename()).toBe(`${t('vi', 'ws.download.fileName', { indicator, period: chosenPeriod })}.csv`);
	const text = readFileSync(await download.path(), 'utf8');
	expect(text.charCodeAt(0)).toBe(0xfeff);
	const lines = text
		.slice(1)
		.split('\r\n')
		.filter((l) => l !== '');
	// A header, then the table's rows in the table's order.
	expect(lines.length).toBe(1 + (await rows.count()));
	const firstName = (await rows.first().locator('th').textContent())?.trim() ?? '';
	expect(lines[1]).toContain(firstName);
});

/** More tab stops than any page has (the table view: about one per sourced figure), so that a focus trap fails the test. */
const MAX_STOPS = 1000;

for (const path of ['/', '/?view=table', `/?view=chart&panel=${TOP_PROVINCE}`]) {
	test(`every tab stop of ${path} shows where the focus is`, async ({ page }) => {
		// The table view has a link per sourced figure in the evidence table: hundreds of stops.
		test.setTimeout(120_000);
		await page.goto(path);
		await expect(page.locator('main#main-content')).toBeVisible({ timeout: 15_000 });
		await expect(page.getByText(t('vi', 'app.loading'))).toHaveCount(0, { timeout: 15_000 });
		const hidden: string[] = [];
		let stops = 0;
		// Around the whole page once: until the focus leaves the document (back to the browser's UI).
		for (; stops < MAX_STOPS; stops++) {
			await page.keyboard.press('Tab');
			const f = await focused(page);
			if (!f || f.tag === 'body') break;
			if (!f.visibleFocus) hidden.push(`${f.tag} ${f.name ?? f.code ?? f.text.slice(0, 40)}`);
		}
		expect(stops).toBeGreaterThan(10);
		expect(stops).toBeLessThan(MAX_STOPS);
		expect(hidden).toEqual([]);
	});
}
