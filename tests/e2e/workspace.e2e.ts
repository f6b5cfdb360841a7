import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { parseCsv } from '../../src/lib/core/csv';
import type { DatasetTables } from '../../src/lib/core/types';
import { MESSAGES } from '../../src/lib/i18n/catalogue';
import { tables } from './bundled';
import { expect, mapReady, test } from './fixtures';

// Expectations come from the data files the build ships, never from the page.
const nameOf = (code: string) => tables.provinces.find((p) => p.code === code)!.name;
const vi = MESSAGES.vi;

/** `scope=province` facts of an indicator for 2013–2023, as the map and table use them (rule 1). */
function provinceFacts(indicator: string) {
	return tables.facts.filter(
		(f) => f.scope === 'province' && f.indicator === indicator && f.period_start === 2013 && f.period_end === 2023
	);
}

const combo = (page: Page) => page.getByRole('combobox', { name: vi['ws.filter.label'] });
/** The filter's suggestions (not the options of the drop-downs). */
const suggestions = (page: Page) => page.getByRole('listbox', { name: vi['ws.filter.options'] }).getByRole('option');

/** The province filter is under the "Tùy chọn / Options" disclosure: opens it unless the link already did. */
async function openOptions(page: Page) {
	const toggle = page.getByRole('button', { name: new RegExp(`^${vi['controls.options']}`) });
	if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
	await expect(combo(page)).toBeVisible();
}
const tableRows = (page: Page) => page.locator('tr[data-code]');

async function choose(page: Page, text: string, expected: string) {
	await openOptions(page);
	await combo(page).fill(text);
	await expect(suggestions(page).first()).toContainText(expected);
	await combo(page).press('Enter');
	// The list stays open for another choice; Esc closes it.
	await combo(page).press('Escape');
}

async function downloadTable(page: Page): Promise<Download> {
	await page.getByText(vi['ws.download.menu']).click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: vi['ws.download.table'] }).click()
	]);
	return download;
}

async function readDownload(download: Download): Promise<Buffer> {
	const path = await download.path();
	return readFileSync(path!);
}

/** The CSV as records keyed by header (BOM stripped by the parser, as Excel does). */
function records(bytes: Buffer): Record<string, string>[] {
	const table = parseCsv(bytes.toString('utf8'));
	return table.rows.map((r) => Object.fromEntries(table.header.map((h, i) => [h, r.cells[i] ?? ''])));
}

test('the filter finds Đồng Tháp and Điện Biên; table, map and URL follow, and the link restores the view', async ({ page }) => {
	await page.goto('/?indicator=tips&period=2013-2023&view=table');
	await expect(tableRows(page)).toHaveCount(63);

	await choose(page, 'dong thap', 'Đồng Tháp');
	await choose(page, 'dien bien', 'Điện Biên');

	await expect(tableRows(page)).toHaveCount(2);
	const codes = await tableRows(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
	expect(codes.sort()).toEqual(['11', '87']);
	await expect(page.locator('tr[data-code="87"] th')).toHaveText(nameOf('87'));

	const url = new URL(page.url());
	expect(url.searchParams.get('provinces')?.split(',').sort()).toEqual(['11', '87']);
	expect(url.search).toContain('provinces=11,87');

	// The map highlights exactly those two; the others stay visible, dimmed.
	await page.getByRole('button', { name: vi['views.map'], exact: true }).click();
	await mapReady(page);
	await expect(page.locator('path[data-code].is-highlight')).toHaveCount(2);
	await expect(page.locator('path[data-code="87"]')).toHaveClass(/is-highlight/);
	await expect(page.locator('path[data-code="11"]')).toHaveClass(/is-highlight/);
	await expect(page.locator('path[data-code].is-dim')).toHaveCount(61);

	// Reopening the copied link restores the same view.
	await page.goto(`/${url.search}`);
	await expect(tableRows(page)).toHaveCount(2);
	await expect(page.getByRole('button', { name: `Bỏ ${nameOf('87')}` })).toBeVisible();
	await expect(page.getByRole('button', { name: `Bỏ ${nameOf('11')}` })).toBeVisible();
});

test('the combobox works from the keyboard: arrows, Enter, Backspace, Escape; regions and clear in one click', async ({ page }) => {
	await page.goto('/?indicator=tips&period=2013-2023&view=table');
	await expect(tableRows(page)).toHaveCount(63);
	await openOptions(page);
	const box = combo(page);
	await box.focus();
	for (const [text, code] of [
		['tp hcm', '79'],
		['Sài Gòn', '79'],
		['hue', '46'],
		['BR-VT', '77'],
		['87', '87']
	] as const) {
		await box.fill(text);
		await expect(suggestions(page).first()).toContainText(nameOf(code));
	}
	// "quang" offers several provinces: ↓ moves to the second, Enter chooses it.
	await box.fill('quang');
	await expect(suggestions(page)).not.toHaveCount(1);
	await box.press('ArrowDown');
	await expect(box).toHaveAttribute('aria-activedescendant', /opt-1$/);
	const second = suggestions(page).nth(1);
	const code = (await second.locator('.code').textContent())!;
	await box.press('Enter');
	await expect(page).toHaveURL(new RegExp(`provinces=${code}`));
	await expect(page.getByRole('button', { name: `Bỏ ${nameOf(code)}` })).toBeVisible();
	await expect(box).toHaveAttribute('aria-expanded', 'true');
	await box.press('Escape');
	await expect(box).toHaveAttribute('aria-expanded', 'false');
	await box.press('Backspace');
	await expect(page).not.toHaveURL(/provinces=/);

	// One click chooses a region; the table keeps its provinces only.
	const mekong = tables.provinces.filter((p) => p.region === 'Đồng bằng sông Cửu Long');
	await page.getByRole('button', { name: 'Đồng bằng sông Cửu Long' }).click();
	await expect(page).toHaveURL(/region=dong-bang-song-cuu-long/);
	await expect(tableRows(page)).toHaveCount(mekong.length);
	await page.getByRole('button', { name: vi['ws.filter.clear'] }).click();
	await expect(tableRows(page)).toHaveCount(63);
});

test('the ranking shows only provinces with data and lists the others as without data', async ({ page }) => {
	const withData = new Set(provinceFacts('tips').map((f) => f.province_code));
	const without = tables.provinces.filter((p) => !withData.has(p.code)).map((p) => p.name);
	expect(withData.size).toBeGreaterThan(0);

	await page.goto('/?indicator=tips&period=2013-2023&view=chart');
	const chart = page.locator('[data-chart="ranking"]');
	await expect(chart).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
	const description = (await chart.getAttribute('aria-label')) ?? '';
	for (const code of withData) expect(description).toContain(nameOf(code));

	const list = page.getByTestId('ranking-nodata');
	const listed = ((await list.textContent()) ?? '').replace(/^[^:]*:\s*/, '').split(', ');
	expect(listed.sort()).toEqual([...without].sort());
	await expect(page.locator('[data-chart="regions"]')).toHaveAttribute('data-ready', 'true');
});

test('ECharts and the province spellings are not requested by the first view, only when needed', async ({ page }) => {
	const requested: string[] = [];
	page.on('request', (r) => requested.push(new URL(r.url()).pathname));
	await page.goto('/?indicator=tips&period=2013-2023');
	await mapReady(page);
	const firstView = new Set(requested);
	expect([...firstView].some((p) => p.endsWith('/aliases.json'))).toBe(false);
	/** Whether a script is ECharts: its instances carry the `_echarts_instance_` attribute name. */
	const isECharts = async (path: string) => (await (await page.request.get(path)).text()).includes('_echarts_instance_');
	for (const path of [...firstView].filter((p) => p.endsWith('.js'))) expect(await isECharts(path), path).toBe(false);

	await page.getByRole('button', { name: vi['views.chart'], exact: true }).click();
	await expect(page.locator('[data-chart="ranking"]')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
	const chartChunks = requested.filter((p) => !firstView.has(p) && p.endsWith('.js'));
	const echarts: string[] = [];
	for (const path of chartChunks) if (await isECharts(path)) echarts.push(path);
	expect(echarts).toHaveLength(1);

	await openOptions(page);
	await combo(page).focus();
	await expect.poll(() => requested.some((p) => p.endsWith('/aliases.json'))).toBe(true);
});

test('the table downloads as CSV for Excel: BOM, codes as text, Đồng Tháp’s tips with its qualifier', async ({ page }) => {
	const [dongThap] = provinceFacts('tips').filter((f) => f.province_code === '87');
	expect(dongThap).toBeDefined();

	await page.goto('/?indicator=tips&period=2013-2023&view=table');
	await expect(tableRows(page)).toHaveCount(63);
	const bytes = await readDownload(await downloadTable(page));

	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	expect(bytes.toString('utf8')).toContain('\r\n');
	const rows = records(bytes);
	expect(rows).toHaveLength(63);
	const code = vi['ws.col.code'];
	const value = vi['ws.col.value'].replace('{norm}', vi['norm.total']);
	const qualifier = vi['ws.col.qualifier'];

	// Codes stay text: 01 is written as a tab and its digits, never as the number 1.
	const haNoi = rows.find((r) => r[vi['ws.col.name']] === nameOf('01'))!;
	expect(haNoi[code]).toBe('\t01');

	const row = rows.find((r) => r[code]?.trim() === '87')!;
	expect(row[vi['ws.col.name']]).toBe(nameOf('87'));
	expect(row[value]).toBe(String(dongThap!.value));
	expect(row[qualifier]).toBe(vi[`ws.q.${dongThap!.qualifier}`]);

	// Provinces without data are empty cells, never 0.
	const withData = new Set(provinceFacts('tips').map((f) => f.province_code));
	const empty = rows.filter((r) => !withData.has(r[code]!.trim()));
	expect(empty.length).toBe(63 - withData.size);
	expect(empty.every((r) => r[value] === '')).toBe(true);
});

test('a data cell beginning with = comes out neutralised in the downloaded CSV', async ({ page }) => {
	// No bundled cell starts with "=", so the real dataset is served with one hostile publisher name.
	const source = provinceFacts('tips').find((f) => f.province_code === '87')!.source_id;
	const hostile = '=HYPERLINK("http://attacker.invalid","bấm")';
	await page.route('**/data/dataset.json', async (route) => {
		const response = await route.fetch();
		const data = (await response.json()) as DatasetTables;
		for (const s of data.sources) if (s.source_id === source) s.publisher = hostile;
		await route.fulfill({ response, json: data });
	});
	await page.goto('/?indicator=tips&period=2013-2023&view=table&provinces=87');
	await expect(tableRows(page)).toHaveCount(1);
	// On the page it is plain text.
	await expect(page.locator('tr[data-code="87"]')).toContainText(hostile);

	const rows = records(await readDownload(await downloadTable(page)));
	expect(rows[0]?.[vi['ws.col.source']]).toBe(`'${hostile}`);
});

test('Back and Forward step through three changes', async ({ page }) => {
	await page.goto('/?indicator=tips&period=2013-2023');
	await mapReady(page);

	await page.getByRole('button', { name: vi['views.table'], exact: true }).click(); // 1: view
	await expect(tableRows(page)).toHaveCount(63);
	await choose(page, 'dong thap', 'Đồng Tháp'); // 2: province
	await expect(tableRows(page)).toHaveCount(1);
	await page.getByRole('button', { name: vi['ws.col.name'] }).click(); // 3: sort
	await expect(page).toHaveURL(/sort=name/);

	// Back: undo the sort, then the province, then the view.
	await page.goBack();
	await expect(page).not.toHaveURL(/sort=/);
	await expect(page).toHaveURL(/provinces=87/);
	await expect(tableRows(page)).toHaveCount(1);
	await page.goBack();
	await expect(page).not.toHaveURL(/provinces=/);
	await expect(tableRows(page)).toHaveCount(63);
	await page.goBack();
	await expect(page).not.toHaveURL(/view=/);
	await mapReady(page);

	// Forward: redo them in order.
	await page.goForward();
	await expect(page).toHaveURL(/view=table/);
	await expect(tableRows(page)).toHaveCount(63);
	await page.goForward();
	await expect(page).toHaveURL(/provinces=87/);
	await expect(tableRows(page)).toHaveCount(1);
	await page.goForward();
	await expect(page).toHaveURL(/sort=name/);
	await expect(page.locator('thead th[aria-sort="ascending"]')).toHaveText(new RegExp(`^${vi['ws.col.name']}`));
});

test('the table view is usable on a 360 px phone', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/?indicator=tips&period=2013-2023&view=table&provinces=11,87');
	await expect(tableRows(page)).toHaveCount(2);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	await expect(combo(page)).toBeVisible();
});

test('"copy link" puts the current view’s address on the clipboard', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/?indicator=tips&period=2013-2023&view=table&provinces=11,87');
	await expect(tableRows(page)).toHaveCount(2);
	await page.getByRole('button', { name: vi['ws.share.copy'] }).click();
	await expect(page.getByRole('button', { name: vi['ws.share.copied'] })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('without clipboard access, "copy link" shows the address in a field to copy by hand', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
	});
	await page.goto('/?indicator=tips&period=2013-2023&provinces=87');
	await mapReady(page);
	await page.getByRole('button', { name: vi['ws.share.copy'] }).click();
	await expect(page.getByRole('textbox', { name: vi['ws.share.fallback'] })).toHaveValue(page.url());
});

test('"download all data" offers the shipped facts, sources, provinces and indicators files', async ({ page }) => {
	await page.goto('/');
	await mapReady(page);
	await page.getByText(vi['ws.download.menu']).click();
	for (const file of ['facts.csv', 'sources.csv', 'provinces.csv', 'indicators.csv']) {
		const link = page.getByRole('link', { name: new RegExp(file.replace('.', '\\.')) });
		await expect(link).toHaveAttribute('download', file);
		const response = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
		expect(response.status()).toBe(200);
		expect(await response.text()).toBe(readFileSync(`data/${file}`, 'utf8'));
	}
});

test('the evidence filters are part of the link: Back clears a filter, and a copied link opens the same facts', async ({
	page,
	context
}) => {
	const district = tables.facts.filter((f) => f.scope.startsWith('district:'));
	expect(district.length).toBeGreaterThan(0);
	const counted = (n: number) => vi['ws.ev.count'].replace('{n}', new Intl.NumberFormat('vi-VN').format(n));
	await page.goto('/?view=table');
	const evidence = page.locator('section.evidence');
	const scope = evidence.getByLabel(vi['ws.ev.scope']);
	const count = evidence.locator('.count');
	await expect(count).toHaveText(counted(tables.facts.length));

	await scope.selectOption('district');
	await expect(page).toHaveURL(/ev_scope=district/);
	await expect(count).toHaveText(counted(district.length));
	for (const f of district.slice(0, 3)) await expect(evidence).toContainText(f.scope.slice('district:'.length));

	await page.goBack();
	await expect(page).not.toHaveURL(/ev_scope/);
	await expect(scope).toHaveValue('');
	await expect(count).toHaveText(counted(tables.facts.length));
	await page.goForward();
	await expect(scope).toHaveValue('district');

	const other = await context.newPage();
	await other.goto(page.url());
	await expect(other.locator('section.evidence').getByLabel(vi['ws.ev.scope'])).toHaveValue('district');
	await expect(other.locator('section.evidence .count')).toHaveText(counted(district.length));
});

test('comparing periods of different lengths, the ranking and the regions say their figures are period A’s totals, the comparison yearly averages', async ({
	page
}) => {
	const tips = tables.indicators.find((i) => i.id === 'tips')!;
	const unit = (norm: 'total' | 'per_year') => vi['ws.unit'].replace('{unit}', tips.unit_vi).replace('{norm}', vi[`norm.${norm}`]);
	await page.goto('/?view=chart&indicator=tips&period=2013-2023&compare=2015-2020');
	const section = (heading: string) => page.locator('section', { has: page.getByRole('heading', { name: heading, exact: true }) });
	const ranking = section(vi['ws.chart.ranking']);
	await expect(ranking.locator('.intro')).toContainText(unit('total'));
	await expect(ranking.locator('.intro')).not.toContainText(vi['norm.per_year']);
	await expect(section(vi['ws.chart.regions']).locator('.intro')).toContainText(unit('total'));
	// The largest 2013–2023 total is drawn as it is, not divided by the years.
	const largest = Math.max(
		...tables.facts
			.filter((f) => f.scope === 'province' && f.indicator === 'tips' && f.period_start === 2013 && f.period_end === 2023)
			.map((f) => f.value)
	);
	await expect(ranking.locator('[data-chart="ranking"][data-ready]')).toHaveAttribute(
		'aria-label',
		new RegExp(new Intl.NumberFormat('vi-VN').format(largest).replace(/\./g, '\\.'))
	);
});

test('the comparison table lists the provinces with both periods, then those with one, then the empty ones', async ({ page }) => {
	const reported = (start: number, end: number) =>
		new Set(
			tables.facts
				.filter((f) => f.scope === 'province' && f.indicator === 'tips' && f.period_start === start && f.period_end === end)
				.map((f) => f.province_code)
		);
	const a = reported(2013, 2023);
	const b = reported(2015, 2020);
	const both = [...a].filter((c) => b.has(c));
	const one = new Set([...a, ...b].filter((c) => !both.includes(c)));
	expect(one.size).toBeGreaterThan(0);

	await page.goto('/?view=table&indicator=tips&period=2013-2023&compare=2015-2020');
	await expect(tableRows(page)).toHaveCount(63);
	await expect(page.locator('section.province-table .meta')).toContainText(
		vi['ws.table.countBoth'].replace('{n}', '63').replace('{m}', String(both.length))
	);
	const order = await tableRows(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')!));
	expect(new Set(order.slice(0, both.length))).toEqual(new Set(both));
	expect(new Set(order.slice(both.length, both.length + one.size))).toEqual(one);
});
