/**
 * Hostile input: a file whose province names, scopes, notes, quotes, period labels, source names and URLs
 * carry HTML and script, imported through the real import dialog, then shown everywhere the dashboard shows
 * data — import report, map SVG export, map tooltip, province panel, chart tooltips, table, evidence table
 * and its CSV. Nothing runs (no dialog opens, the flag the payloads would set stays unset, no element or
 * handler comes from the file), every payload shows as the text it is, and no `javascript:` URL exists
 * anywhere in the page.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { t } from '../../src/lib/i18n/catalogue';
import { csv } from '../fixtures/import/files';
import { expect, mapReady, test } from './fixtures';
import { dataset } from './bundled';

/** Each would set `window.__pwned` (or open an alert) if it ever became markup or a link. */
const IMG = '<img src=x onerror=alert(1)>';
const IMG_FLAG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '"><script>alert(1)</script>';
const SCRIPT_FLAG = '"><script>window.__pwned=1</script>';
const JS = 'javascript:alert(1)';
const SVG = '<svg onload="window.__pwned=1">';

const INDICATOR = 'tips';
const PERIOD = '2013-2023';
/** A new (34) province, for a row reported after the merger, whose name the file gives. */
const UNIT_34 = dataset.units34[0]!.code;

/** Every text the file puts in front of a reader (what must show literally). */
const ROWS = {
	dongThap: { code: '87', source: `${SCRIPT_FLAG} ${JS}`, note: IMG, quote: `${IMG_FLAG} trên 44.000 tin` },
	haNoi: { code: '01', source: `Báo ${IMG} https://example.org/a${SCRIPT_FLAG}`, quote: SCRIPT, label: `GĐ ${SVG}` },
	hcm: { code: '79', district: IMG_FLAG, source: JS, quote: JS },
	merged: { name: SCRIPT_FLAG, note: SVG },
	unknown: { name: IMG_FLAG },
	badIndicator: { id: IMG }
};

/** The long (facts.csv) form, UTF-8, written by hand; line numbers in the comments. */
function hostileFile(): Buffer {
	const header = 'province_code,province,scope,period_start,period_end,period_label,measure,indicator,value,qualifier,note,source_id,quote';
	const { dongThap, haNoi, hcm, merged, unknown, badIndicator } = ROWS;
	const rows = [
		header.split(','), //                                                                                          1
		[
			dongThap.code,
			'Đồng Tháp',
			'province',
			'2013',
			'2023',
			PERIOD,
			'flow',
			INDICATOR,
			'44000',
			'at_least',
			dongThap.note,
			dongThap.source,
			dongThap.quote
		], // 2
		[haNoi.code, 'Hà Nội', 'province', '2013', '2023', haNoi.label, 'flow', INDICATOR, '7000', 'approx', '', haNoi.source, haNoi.quote], // 3
		[
			hcm.code,
			'TP. Hồ Chí Minh',
			`district:${hcm.district}`,
			'2013',
			'2023',
			PERIOD,
			'flow',
			INDICATOR,
			'5',
			'',
			'',
			hcm.source,
			hcm.quote
		], // 4
		[hcm.code, 'TP. Hồ Chí Minh', 'province', '2013', '2023', PERIOD, 'flow', INDICATOR, '12', '', '', hcm.source, hcm.quote], // 5
		[
			UNIT_34,
			merged.name,
			`merged_province:${merged.name}`,
			'2025',
			'2025',
			'2025',
			'flow',
			INDICATOR,
			'3',
			'',
			merged.note,
			hcm.source,
			SCRIPT
		], // 6
		['', unknown.name, 'province', '2013', '2023', PERIOD, 'flow', INDICATOR, '9', '', '', '', ''], //           7: unknown province
		['87', 'Đồng Tháp', 'province', '2013', '2023', PERIOD, 'flow', badIndicator.id, '1', '', '', '', ''] //      8: unknown indicator
	];
	return Buffer.from(csv(rows, ','));
}

/** Nothing from the file became markup, a handler, a script or a `javascript:` link anywhere in the page. */
async function expectInert(page: Page) {
	const found = await page.evaluate(() => {
		const out: string[] = [];
		for (const el of document.querySelectorAll('*')) {
			for (const a of el.attributes) {
				if (/^on/i.test(a.name)) out.push(`${el.tagName} ${a.name}`);
				if (/^\s*javascript:/i.test(a.value)) out.push(`${el.tagName} ${a.name}=${a.value}`);
			}
			if (el.tagName === 'IMG' && /\/x$/.test((el as HTMLImageElement).src)) out.push('img src=x');
			if (el.tagName === 'SCRIPT' && /alert|__pwned/.test(el.textContent ?? '')) out.push('script from the file');
		}
		if ((window as { __pwned?: unknown }).__pwned !== undefined) out.push('window.__pwned was set');
		return out;
	});
	expect(found).toEqual([]);
}

test('a file of HTML, script and javascript: links shows as text everywhere and runs nothing', async ({ page }) => {
	test.setTimeout(60_000);
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(`${d.type()}: ${d.message()}`);
		void d.dismiss();
	});

	await page.goto(`/?indicator=${INDICATOR}&period=${PERIOD}`);
	await mapReady(page);

	// 1. Import through the dialog: the report and the province decision show the file's text as text.
	await page.getByTestId('import-open').click();
	const dialog = page.getByRole('dialog', { name: t('vi', 'importer.title') });
	await page.getByTestId('import-file').setInputFiles({ name: `${IMG}.csv`, mimeType: 'text/csv', buffer: hostileFile() });
	await expect(dialog.getByTestId('import-counts')).toBeVisible({ timeout: 15_000 });
	await expect(dialog.getByTestId('import-report')).toContainText(ROWS.badIndicator.id);
	await expect(dialog).toContainText(ROWS.unknown.name);
	await expect(dialog).toContainText(`${IMG}.csv`);
	await expectInert(page);
	await dialog.getByRole('radio', { name: new RegExp(t('vi', 'importer.mode.replace')) }).check();
	await dialog.getByTestId('import-confirm').click();
	await expect(page.getByTestId('data-badge')).toContainText(`${IMG}.csv`);
	await mapReady(page);
	await expectInert(page);

	// 1b. The map's SVG export carries the source names as SVG text, never as elements.
	await page.getByLabel(t('vi', 'export.menuLabel', { what: t('vi', 'export.what.map') }), { exact: true }).click();
	const [svgFile] = await Promise.all([
		page.waitForEvent('download', { timeout: 30_000 }),
		page.getByRole('button', { name: t('vi', 'export.svg') }).click()
	]);
	const svg = readFileSync(await svgFile.path(), 'utf8');
	const parsed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		return {
			error: doc.querySelector('parsererror')?.textContent ?? null,
			elements: [...doc.querySelectorAll('script, foreignObject, img, iframe, a')].map((e) => e.tagName),
			handlers: [...doc.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
			text: doc.documentElement.textContent ?? ''
		};
	}, svg);
	expect(parsed).toMatchObject({ error: null, elements: [], handlers: [] });
	expect(parsed.text).toContain(SCRIPT_FLAG);

	// 2. Map tooltip: the source name, as text.
	await page.locator(`path[data-code="${ROWS.dongThap.code}"]`).focus();
	const tooltip = page.locator('.area-tooltip');
	await expect(tooltip).toContainText(ROWS.dongThap.source);
	expect(await tooltip.locator('img, script, a').count()).toBe(0);

	// 3. Province panels: quote, publisher and the (escaped, http) link (notes and period wording are in the evidence).
	await page.keyboard.press('Enter');
	const panel = page.getByTestId('province-panel');
	for (const text of [ROWS.dongThap.quote, ROWS.dongThap.source]) await expect(panel).toContainText(text);
	await expect(panel.locator('a')).toHaveCount(0);
	await page.locator(`path[data-code="${ROWS.haNoi.code}"]`).focus();
	await page.keyboard.press('Enter');
	await expect(panel).toContainText(ROWS.haNoi.quote);
	await expect(panel).toContainText(ROWS.haNoi.source);
	const link = panel.getByRole('link', { name: t('vi', 'panel.open') });
	await expect(link).toHaveAttribute('href', new URL(`https://example.org/a${SCRIPT_FLAG}`).href);
	await page.locator(`path[data-code="${ROWS.hcm.code}"]`).focus();
	await page.keyboard.press('Enter');
	await expect(panel).toContainText(ROWS.hcm.district);
	await expect(panel).toContainText(ROWS.hcm.quote);
	await expectInert(page);

	// 4. Chart tooltips (HTML inside ECharts): hover each bar; the source names show as text.
	await page.getByRole('button', { name: t('vi', 'views.chart') }).click();
	const chart = page.locator('[data-chart="ranking"]');
	await expect(chart).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
	const box = (await chart.boundingBox())!;
	const seen = new Set<string>();
	for (let y = box.y + 10; y < box.y + box.height - 30; y += 8) {
		await page.mouse.move(box.x + box.width / 2, y);
		seen.add((await chart.evaluate((el) => [...el.querySelectorAll('div')].map((d) => d.textContent ?? '').join('\n'))) ?? '');
	}
	const tips = [...seen].join('\n');
	for (const text of [ROWS.dongThap.source, ROWS.haNoi.source, ROWS.hcm.source]) expect(tips).toContain(text);
	expect(await chart.locator('img, script, a, svg[onload]').count()).toBe(0);
	await expectInert(page);

	// 5. The table (source column) and the evidence table (scope, quote, publisher, notes and period wording; a merged
	// province is named from the provinces, never by the file's scope text).
	await page.getByRole('button', { name: t('vi', 'views.table') }).click();
	const table = page.locator('.province-table');
	await expect(table.locator(`tr[data-code="${ROWS.dongThap.code}"]`)).toContainText(ROWS.dongThap.source);
	await expect(table.locator(`tr[data-code="${ROWS.hcm.code}"]`)).toContainText(ROWS.hcm.source);
	const evidence = page.locator('section.evidence');
	for (const text of [
		ROWS.dongThap.quote,
		ROWS.haNoi.quote,
		ROWS.hcm.district,
		ROWS.merged.note,
		ROWS.dongThap.note,
		ROWS.haNoi.label,
		ROWS.dongThap.source,
		ROWS.haNoi.source
	])
		await expect(evidence).toContainText(text);
	// The one http(s) source is a link to its escaped address; the others, `javascript:` among them, are text.
	const links = evidence.locator('a');
	for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')))
		expect(href).toMatch(/^https:\/\/example\.org\//);
	await expectInert(page);

	// 6. The CSV export carries the texts as cells, never as anything else (csv-write.spec checks quoting).
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: t('vi', 'ws.ev.download') }).click()
	]);
	const exported = readFileSync(await download.path(), 'utf8');
	expect(exported).toContain(`"${ROWS.dongThap.quote.replace(/"/g, '""')}"`);

	expect(dialogs).toEqual([]);
	// The built page carries the Content-Security-Policy (its directives are checked in csp.e2e.ts).
	expect(readFileSync('build/200.html', 'utf8')).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*script-src 'self'/i);
});
