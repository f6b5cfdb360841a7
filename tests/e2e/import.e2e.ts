import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { formatValue } from '../../src/lib/core/format';
import { parsePeriod, periodLabel } from '../../src/lib/core/period';
import { TEMPLATE_PERIODS, templateHeader } from '../../src/lib/core/template';
import type { Qualifier } from '../../src/lib/core/types';
import { t } from '../../src/lib/i18n/catalogue';
import { csv, encode } from '../fixtures/import/files';
import { tables, unitsOf, VIEW_63 } from './bundled';
import { expect, mapReady, openImport, test } from './fixtures';

const byCode = new Map(tables.provinces.map((p) => [p.code, p]));

/** Tips for 2013–2023 typed as a Vietnamese office would, with what they mean (worked out by hand). */
const FILLED: { code: string; text: string; value: number; qualifier: Qualifier }[] = [
	{ code: '87', text: 'trên 44.000', value: 44000, qualifier: 'at_least' },
	{ code: '46', text: '1.234', value: 1234, qualifier: 'exact' },
	{ code: '01', text: 'gần 7.000', value: 7000, qualifier: 'approx' },
	{ code: '79', text: '12.500', value: 12500, qualifier: 'exact' },
	{ code: '11', text: '15', value: 15, qualifier: 'exact' }
];

/**
 * The template (Vietnamese header, 63 provinces, 2013-2023) filled in the tips column, saved by Excel as
 * "CSV" on Vietnamese Windows: windows-1258, `;`. Three deliberately bad rows at the end (lines 65–67).
 */
function filledTemplate(): Uint8Array {
	const header = templateHeader(tables.indicators, 'vi');
	const tips = header.findIndex((h) => h.endsWith('(tips)'));
	const row = (code: string, name: string, tipsText: string, extra: string[] = []) => {
		const cells = header.map(() => '');
		cells[0] = code;
		cells[1] = name;
		cells[2] = '2013-2023';
		cells[tips] = tipsText;
		return [...cells, ...extra];
	};
	const rows = [header];
	for (const p of [...tables.provinces].sort((a, b) => a.code.localeCompare(b.code))) {
		rows.push(row(p.code, p.name, FILLED.find((f) => f.code === p.code)?.text ?? ''));
	}
	rows.push(row('', 'Xứ Sở Thần Tiên', '5')); //      line 65: unknown province
	rows.push(row('96', 'Cà Mau', 'abc')); //           line 66: not a number
	rows.push(row('95', 'Bạc Liêu', '9', ['7', '8'])); // line 67: too many cells
	return encode(csv(rows, ';'), 'windows-1258');
}

/** aria-label and kind of every province path, by code. */
async function paths(page: Page): Promise<Map<string, { label: string; kind: string }>> {
	const list = await page
		.locator('path[data-code]')
		.evaluateAll((els) =>
			els.map((el) => [el.getAttribute('data-code') ?? '', el.getAttribute('aria-label') ?? '', el.getAttribute('data-kind') ?? ''])
		);
	return new Map(list.map(([code, label, kind]) => [code!, { label: label!, kind: kind! }]));
}

test('a windows-1258, semicolon template with Vietnamese numbers paints exactly its values, survives a reload, and can be undone', async ({
	page
}) => {
	await page.goto('/?indicator=tips&period=2013-2023');
	await mapReady(page);
	const before = await paths(page);

	await openImport(page);
	await page
		.getByTestId('import-file')
		.setInputFiles({ name: 'so-lieu-tinh.csv', mimeType: 'text/csv', buffer: Buffer.from(filledTemplate()) });
	const dialog = page.getByRole('dialog');
	await expect(dialog.getByTestId('import-counts')).toBeVisible({ timeout: 15_000 });
	await expect(dialog).toContainText('Windows-1258, phân cách bằng dấu chấm phẩy, dạng mẫu');
	await expect(dialog).toContainText('Nhận ra kiểu số Việt Nam');
	// The preview shows how the first values were read (integers ungrouped, qualifiers as marks); the row with
	// too many cells is not read at all.
	await expect(dialog.getByTestId('preview-value')).toHaveText(['≈ 7000', '15', '1234', '12500', '≥ 44000', '5', 'không đọc được']);
	const counts = dialog.getByTestId('import-counts');
	await expect(counts.locator('[data-count="imported"]')).toHaveText('5 dòng nhập được (5 số liệu)');
	await expect(counts.locator('[data-count="empty"]')).toHaveText('58 dòng để trống (chưa có số liệu)');
	await expect(counts.locator('[data-count="skipped"]')).toHaveText('3 dòng bị bỏ qua');
	// The report lists the deliberately bad rows by line.
	const report = dialog.getByTestId('import-report').locator('tbody tr');
	await expect(report).toHaveCount(3);
	expect(await report.evaluateAll((trs) => trs.map((tr) => `${tr.getAttribute('data-line')} ${tr.getAttribute('data-code')}`))).toEqual([
		'65 unknown_province',
		'66 bad_number',
		'67 too_many_cells'
	]);
	await expect(report.nth(0)).toContainText('Xứ Sở Thần Tiên');

	await dialog.getByRole('radio', { name: /Thay số liệu gốc/ }).check();
	await dialog.getByRole('button', { name: 'Dùng 5 số liệu này' }).click();
	await expect(page.getByRole('dialog')).toBeHidden();
	const badge = page.getByTestId('data-badge');
	await expect(badge).toContainText('Số liệu nhập từ so-lieu-tinh.csv');

	/** Exactly the file's values, nothing else painted. */
	async function expectImportedMap() {
		await expect(page.locator('path[data-kind="value"]')).toHaveCount(FILLED.length);
		const now = await paths(page);
		expect(now.size).toBe(63);
		for (const [code, { label, kind }] of now) {
			const filled = FILLED.find((f) => f.code === code);
			const name = byCode.get(code)?.name ?? '';
			if (filled) {
				expect(kind, code).toBe('value');
				expect(label).toContain(`${name}: ${formatValue(filled.value, filled.qualifier, 'vi')} `);
			} else expect(kind, code).toBe('missing');
		}
	}
	await expectImportedMap();

	await page.reload();
	await mapReady(page);
	await expect(page.getByTestId('data-badge')).toContainText('Số liệu nhập từ so-lieu-tinh.csv');
	await expectImportedMap();

	await page.getByRole('button', { name: 'Quay về số liệu gốc' }).click();
	await expect(page.getByTestId('data-badge')).toBeHidden();
	await expect.poll(async () => [...(await paths(page))]).toEqual([...before]);
	await page.reload();
	await mapReady(page);
	await expect(page.getByTestId('data-badge')).toBeHidden();
	expect([...(await paths(page))]).toEqual([...before]);
});

test('an unknown province waits for a decision; accepting the suggestion imports the row', async ({ page }) => {
	await page.goto('/?indicator=tips&period=2013-2023');
	await mapReady(page);
	await openImport(page);
	const text = 'ma_tinh,ten_tinh,giai_doan,tips\n,Dong Thapp,2013-2023,321\n46,Thừa Thiên Huế,2013-2023,5\n';
	await page.getByTestId('import-file').setInputFiles({ name: 'typo.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
	const dialog = page.getByRole('dialog');
	await expect(dialog.locator('[data-count="decision"]')).toHaveText('1 dòng cần bạn chọn tỉnh');
	await expect(dialog.getByRole('combobox', { name: 'Tỉnh cho “Dong Thapp”' })).toHaveValue('87');
	await dialog.getByRole('button', { name: 'Dùng tỉnh này' }).click();
	await expect(dialog.locator('[data-count="decision"]')).toHaveText('0 dòng cần bạn chọn tỉnh');
	await expect(dialog.locator('[data-count="imported"]')).toHaveText('2 dòng nhập được (2 số liệu)');
	await dialog.getByRole('radio', { name: /Gộp với số liệu gốc/ }).check();
	await dialog.getByRole('button', { name: 'Dùng 2 số liệu này' }).click();
	await expect(page.getByTestId('data-badge')).toContainText('Số liệu gốc và số liệu nhập từ typo.csv');
	await expect(page.locator('path[data-code="87"]')).toHaveAttribute('aria-label', /Đồng Tháp/);
	// Clean up for the next test in this browser profile.
	await page.getByRole('button', { name: 'Quay về số liệu gốc' }).click();
	await expect(page.getByTestId('data-badge')).toBeHidden();
});

test('the templates are at first for the provinces of the map in view, and say so: the 34 on the first view, the 63 on a 2013–2023 view', async ({
	page
}) => {
	for (const path of ['/', `/?${VIEW_63}`]) {
		await page.goto(path);
		await mapReady(page);
		await openImport(page);
		const era = unitsOf(page.url());
		const periods = TEMPLATE_PERIODS[era].map((p) => periodLabel(parsePeriod(p)!)).join(', ');
		await expect(page.getByTestId('template-for')).toHaveText(
			t('vi', 'round.templates.for', { era: t('vi', `round.era.${era}`), periods })
		);
		await expect(page.getByRole('button', { name: t('vi', 'importer.templateLabel', { periods }) })).toBeEnabled();
	}
});

for (const era of ['63', '34'] as const) {
	test(`the ${era}-province template downloads as UTF-8 with BOM, CRLF, the ${era} provinces per period and a header in the current language`, async ({
		page
	}) => {
		await page.goto('/?lang=en');
		await mapReady(page);
		await page.getByRole('button', { name: 'Import data' }).click();
		await expect(page.getByRole('dialog')).toContainText('How to');
		// The era is chosen under the template's options; the CSV stays a choice beside the workbook.
		await page.getByText(t('en', 'round.templates.options')).click();
		await page.getByLabel(t('en', 'round.templates.era')).selectOption(era);
		const periods = TEMPLATE_PERIODS[era].map((p) => periodLabel(parsePeriod(p)!)).join(', ');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: t('en', 'round.templates.csvLabel', { periods }) }).click()
		]);
		expect(download.suggestedFilename()).toBe(`antq-data-template${era === '34' ? '-34' : ''}.csv`);
		const bytes = readFileSync(await download.path());
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = bytes.toString('utf8').slice(1).split('\r\n');
		expect(lines[0]).toBe(
			templateHeader(tables.indicators, 'en', era)
				.map((h) => (h.includes(',') ? `"${h}"` : h))
				.join(',')
		);
		expect(lines.filter((l) => /^"\t\d\d",/.test(l))).toHaveLength(Number(era) * TEMPLATE_PERIODS[era].length);
	});
}

test('a file over the size limit is refused with a message', async ({ page }, testInfo) => {
	await page.goto('/');
	await mapReady(page);
	await openImport(page);
	// 50 MB + 1 byte, all spaces: refused before it is read.
	const big = testInfo.outputPath('big.csv');
	writeFileSync(big, Buffer.alloc(50 * 1024 * 1024 + 1, 32));
	await page.getByTestId('import-file').setInputFiles(big);
	await expect(page.getByRole('alert')).toContainText('vượt giới hạn 50 MB');
});

/** A long-form (facts.csv) file of `n` distinct figures: every province × indicator, year after year. */
function longForm(n: number): string {
	const lines = [
		'province_code,province,scope,period_start,period_end,period_label,measure,indicator,value,qualifier,note,source_id,quote'
	];
	const { provinces, indicators } = tables;
	const perYear = provinces.length * indicators.length;
	for (let i = 0; i < n; i++) {
		const p = provinces[i % provinces.length]!;
		const ind = indicators[Math.floor(i / provinces.length) % indicators.length]!;
		const year = 1975 + Math.floor(i / perYear);
		lines.push(`${p.code},${p.name},province,${year},${year},${year},${ind.measure},${ind.id},${(i % 9000) + 1},exact,,,`);
	}
	return lines.join('\n');
}

test('100,000 long-form rows import through the worker with a moving progress bar and no frozen page', async ({ page }, testInfo) => {
	test.setTimeout(120_000);
	// A file on disk, not a buffer: Playwright would build a buffer's File inside the page, itself a long task.
	const file = testInfo.outputPath('long.csv');
	writeFileSync(file, longForm(100_000));

	await page.goto('/');
	await mapReady(page);
	await openImport(page);
	// Watch the page while it imports: progress values seen, and the longest main-thread task.
	await page.evaluate(() => {
		const w = window as unknown as { progressSeen: string[]; longest: number };
		w.progressSeen = [];
		w.longest = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
		}).observe({ type: 'longtask' });
		new MutationObserver(() => {
			const p = document.querySelector('dialog progress');
			if (p) w.progressSeen.push(`${p.getAttribute('data-phase')}:${(p as HTMLProgressElement).value}`);
		}).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value', 'data-phase'] });
	});
	await page.getByTestId('import-file').setInputFiles(file);
	const dialog = page.getByRole('dialog');
	await expect(dialog.locator('[data-count="imported"]')).toHaveText('100000 dòng nhập được (100000 số liệu)', { timeout: 60_000 });
	await dialog.getByRole('button', { name: /^Dùng 100\.000 số liệu này$/ }).click();
	await expect(page.getByTestId('data-badge')).toContainText('long.csv', { timeout: 60_000 });
	// The file's figures are all of the 63 provinces, before the merger: the default view is theirs, every province painted.
	await mapReady(page, tables.provinces.length);
	await expect(page.locator('path[data-kind="value"]')).toHaveCount(tables.provinces.length);

	const { progressSeen, longest } = await page.evaluate(() => {
		const w = window as unknown as { progressSeen: string[]; longest: number };
		return { progressSeen: w.progressSeen, longest: w.longest };
	});
	const rowValues = progressSeen.filter((s) => s.startsWith('rows:')).map((s) => Number(s.slice(5)));
	// The bar moved through the rows: several distinct increasing values.
	expect(new Set(rowValues).size).toBeGreaterThan(3);
	expect(rowValues).toEqual([...rowValues].sort((a, b) => a - b));
	// Not frozen: the page kept painting the bar while the worker read (above). How long its longest task was is a
	// budget, held by `npm run bench` on a quiet machine, not asserted here.
	console.log(`import of 100,000 rows: longest main-thread task ${Math.round(longest)} ms`);
	await page.getByRole('button', { name: 'Quay về số liệu gốc' }).click();
	await expect(page.getByTestId('data-badge')).toBeHidden();
});

test('cancel stops reading a large file at once', async ({ page }, testInfo) => {
	const file = testInfo.outputPath('long.csv');
	writeFileSync(file, longForm(100_000));
	await page.goto('/');
	await mapReady(page);
	await openImport(page);
	await page.getByTestId('import-file').setInputFiles(file);
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('button', { name: 'Hủy' }).click();
	await expect(dialog.getByRole('status')).toHaveText('Đã hủy đọc tệp.');
	await expect(dialog.getByRole('progressbar')).toHaveCount(0);
	await expect(dialog.getByRole('button', { name: 'Chọn tệp…' })).toBeVisible();
	// Nothing arrives from the terminated worker.
	await page.waitForTimeout(1500);
	await expect(dialog.getByTestId('import-counts')).toHaveCount(0);
	await expect(page.getByTestId('data-badge')).toHaveCount(0);
});
