import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from '@playwright/test';
import { buildDataFiles } from '../../scripts/vite-plugin-data';
import { formatValue } from '../../src/lib/core/format';
import { META_SHEET } from '../../src/lib/core/template-meta';
import type { Fact, Qualifier } from '../../src/lib/core/types';
import { readWorkbook } from '../../src/lib/core/workbook';
import { t } from '../../src/lib/i18n/catalogue';
import {
	damagedWorkbook,
	encryptedWorkbook,
	GUIDE,
	OFFICE,
	PLAIN,
	provincialReturn,
	workbook,
	type BookType
} from '../fixtures/import/workbooks';
import { tables, VIEW_63 } from './bundled';
import { expect, mapReady, openImport, test } from './fixtures';

const nameOf = (code: string) => tables.provinces.find((p) => p.code === code)!.name;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function file(name: string, bytes: Uint8Array, mimeType = XLSX) {
	return { name, mimeType, buffer: Buffer.from(bytes) };
}

/** The figures of OFFICE that are imported, worked out by hand (tips, 2013–2023): E7 is #REF!, row 8 a total. */
const OFFICE_TIPS: { code: string; value: number; qualifier: Qualifier }[] = [
	{ code: '87', value: 12, qualifier: 'exact' },
	{ code: '46', value: 1500, qualifier: 'at_least' },
	{ code: '01', value: 7, qualifier: 'exact' }
];

/** On the tips map of 2013–2023, the office's workbook chosen in the import dialog and read. */
async function chooseOfficeWorkbook(page: Page) {
	await page.goto('/?indicator=tips&period=2013-2023');
	await mapReady(page);
	await openImport(page);
	await page.getByTestId('import-file').setInputFiles(file('bao-cao-tinh.xlsx', workbook([GUIDE, OFFICE])));
	const dialog = page.getByRole('dialog');
	await expect(dialog.getByTestId('import-counts')).toBeVisible({ timeout: 20_000 });
	return dialog;
}

async function labelOf(page: Page, code: string): Promise<string> {
	return (await page.locator(`path[data-code="${code}"]`).getAttribute('aria-label')) ?? '';
}

test('an .xlsx made as an office makes it imports its figures and reports its error cell and total row', async ({ page }) => {
	const dialog = await chooseOfficeWorkbook(page);
	await expect(dialog).toContainText('Tệp “bao-cao-tinh.xlsx”: bảng tính Excel (.xlsx), trang “Số liệu” (tiêu đề ở dòng 4), dạng mẫu');
	await expect(dialog.locator('[data-count="imported"]')).toHaveText('3 dòng nhập được (5 số liệu)');
	await expect(dialog.locator('[data-count="totals"]')).toHaveText('1 dòng tổng cộng (không phải một tỉnh, không nhập)');
	const report = dialog.getByTestId('import-report').locator('tbody tr');
	expect(await report.evaluateAll((trs) => trs.map((tr) => `${tr.getAttribute('data-line')} ${tr.getAttribute('data-code')}`))).toEqual([
		'7 error_cell',
		'8 total_row'
	]);
	await expect(report.nth(0)).toContainText('#REF!');
	await expect(report.nth(0)).toContainText('không tính là 0');
	// The other sheet can be chosen; the recognised one is chosen already.
	await expect(dialog.getByRole('combobox', { name: 'Trang tính có số liệu' })).toHaveValue('Số liệu');

	await dialog.getByRole('button', { name: 'Dùng 5 số liệu này' }).click();
	await expect(page.getByTestId('data-badge')).toContainText('Số liệu nhập từ bao-cao-tinh.xlsx');
	await expect(page.locator('path[data-kind="value"]')).toHaveCount(OFFICE_TIPS.length);
	for (const f of OFFICE_TIPS)
		expect(await labelOf(page, f.code)).toContain(`${nameOf(f.code)}: ${formatValue(f.value, f.qualifier, 'vi')} `);
	await page.getByRole('button', { name: 'Quay về số liệu gốc' }).click();
	await expect(page.getByTestId('data-badge')).toBeHidden();
});

for (const [bookType, mimeType, format] of [
	['xls', 'application/vnd.ms-excel', 'Excel 97–2003 (.xls)'],
	['ods', 'application/vnd.oasis.opendocument.spreadsheet', 'OpenDocument (.ods)']
] as [BookType, string, string][]) {
	test(`an .${bookType} imports`, async ({ page }) => {
		await page.goto('/');
		await mapReady(page);
		await openImport(page);
		await page.getByTestId('import-file').setInputFiles(file(`so-lieu.${bookType}`, workbook([GUIDE, PLAIN], bookType), mimeType));
		const dialog = page.getByRole('dialog');
		await expect(dialog.getByTestId('import-counts')).toBeVisible({ timeout: 20_000 });
		await expect(dialog).toContainText(`bảng tính ${format}, trang “Data”`);
		// PLAIN: 87 models 4.378 and tips 1200; 46 models ≈ 7000; 01 tips 1201 (a formula's value).
		await expect(dialog.locator('[data-count="imported"]')).toHaveText('3 dòng nhập được (4 số liệu)');
		await expect(dialog.getByTestId('preview-value')).toHaveText(['4378', '1200', '≈ 7000', '1201']);
		await expect(dialog.getByText('Mọi dòng có số liệu đều nhập được.')).toBeVisible();
	});
}

test('three provincial returns chosen together: a summary naming each, then the status map shows them reported and the rest not', async ({
	page
}) => {
	// The central office asked for two indicators in 2024; each province filled both.
	const asked = tables.indicators.filter((i) => i.id === 'tips' || i.id === 'models_total');
	const returns = [
		{ code: '87', figures: { tips: 40, models_total: 5 } },
		{ code: '46', figures: { tips: '1.200', models_total: 3 } },
		{ code: '01', figures: { tips: 9, models_total: 12 } }
	];
	const files = await Promise.all(
		returns.map(async (r) =>
			file(
				`tinh-${r.code}.xlsx`,
				await provincialReturn({ provinces: tables.provinces, indicators: asked, code: r.code, period: '2024', figures: r.figures })
			)
		)
	);
	await page.goto('/');
	await mapReady(page);
	await openImport(page);
	await page.getByTestId('import-file').setInputFiles(files);
	const dialog = page.getByRole('dialog');
	const summary = dialog.getByTestId('round-summary');
	await expect(summary).toContainText('Tổng hợp 3 tệp', { timeout: 30_000 });
	await expect(dialog.getByRole('button', { name: 'Dùng 6 số liệu từ 3 tệp' })).toBeEnabled({ timeout: 30_000 });
	expect(
		await summary.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim())))
	).toEqual(returns.map((r) => [`tinh-${r.code}.xlsx`, '1', '2', '0', '1']));
	const reported = ['01', '46', '87'].map(nameOf).join(', ');
	await expect(dialog.getByTestId('round-reported')).toHaveText(`3/63 tỉnh có số liệu trong các tệp: ${reported}`);
	await expect(dialog.getByTestId('round-missing')).toHaveText('60 tỉnh chưa có số liệu');
	await expect(dialog.getByTestId('import-file-card')).toHaveCount(3);

	await dialog.getByRole('button', { name: 'Dùng 6 số liệu từ 3 tệp' }).click();
	const badge = page.getByTestId('data-badge');
	await expect(badge).toContainText('Số liệu nhập từ 3 tệp (tinh-87.xlsx, tinh-46.xlsx, tinh-01.xlsx)');
	await badge.getByRole('button', { name: 'Xem bản đồ tình trạng gửi số liệu' }).click();
	await expect(page).toHaveURL(/mode=reporting/);
	await expect(page.locator('path[data-kind="value"]')).toHaveCount(3);
	await expect(page.locator('path[data-kind="missing"]')).toHaveCount(60);
	for (const r of returns) expect(await labelOf(page, r.code)).toBe(`${nameOf(r.code)}: đã gửi, 2/2 chỉ tiêu, 2024`);
	expect(await labelOf(page, '02')).toBe(`${nameOf('02')}: chưa gửi số liệu, 2024`);
	await expect(page.getByText('3/63 tỉnh đã gửi số liệu').first()).toBeVisible();
	const table = page.getByTestId('reporting-table');
	await expect(table.locator('tbody tr')).toHaveCount(63);
	await expect(table.locator('tbody tr[data-status="full"]')).toHaveCount(3);
	await expect(table.locator('tbody tr[data-status="none"]')).toHaveCount(60);
	await page.getByRole('button', { name: 'Quay về số liệu gốc' }).click();
	await expect(page.getByTestId('data-badge')).toBeHidden();
});

test('the template downloads as .xlsx (instructions, data, hidden meta sheet) and re-imports unchanged', async ({ page }, testInfo) => {
	// A view of the 63 provinces: the template is then theirs (its note says which codes it holds).
	await page.goto(`/?${VIEW_63}`);
	await mapReady(page);
	await openImport(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: new RegExp(`^${t('vi', 'importer.template')} `) }).click()
	]);
	expect(download.suggestedFilename()).toBe('mau-so-lieu-antq.xlsx');
	const path = testInfo.outputPath('mau.xlsx');
	await download.saveAs(path);
	const book = readWorkbook(new Uint8Array(readFileSync(path)));
	expect(book.sheets.map((s) => [s.name, s.hidden])).toEqual([
		['Hướng dẫn', false],
		['Số liệu', false],
		[META_SHEET, true]
	]);
	await page.getByTestId('import-file').setInputFiles(path);
	const dialog = page.getByRole('dialog');
	await expect(dialog.getByTestId('import-counts')).toBeVisible({ timeout: 20_000 });
	await expect(dialog).toContainText('Tệp mẫu phiên bản 1, mã tỉnh theo 63 tỉnh (trước 1/7/2025).');
	await expect(dialog.locator('[data-count="empty"]')).toHaveText(`${tables.provinces.length * 2} dòng để trống (chưa có số liệu)`);
	await expect(dialog.locator('[data-count="imported"]')).toHaveText('0 dòng nhập được (0 số liệu)');
	await expect(dialog.getByText('Mọi dòng có số liệu đều nhập được.')).toBeVisible();
	await expect(dialog.getByTestId('import-confirm')).toBeDisabled();
});

test('a damaged or encrypted workbook gets a clear message, imports nothing, and the page keeps working', async ({ page }) => {
	await page.goto('/?indicator=tips&period=2013-2023');
	await mapReady(page);
	const before = await labelOf(page, '87');
	await openImport(page);
	await page
		.getByTestId('import-file')
		.setInputFiles([file('hong.xlsx', damagedWorkbook([GUIDE, OFFICE])), file('mat-khau.xlsx', encryptedWorkbook())]);
	const dialog = page.getByRole('dialog');
	const cards = dialog.getByTestId('import-file-card');
	await expect(cards.nth(0)).toContainText('Tệp bị hỏng hoặc không phải bảng tính; không nhập gì', { timeout: 20_000 });
	await expect(cards.nth(1)).toContainText('Tệp được đặt mật khẩu hoặc mã hóa; không đọc được và không nhập gì', { timeout: 20_000 });
	await expect(cards.nth(1)).toContainText('bỏ mật khẩu');
	await expect(dialog.getByText('Không có số liệu nào để nhập.')).toBeVisible();
	await expect(dialog.getByTestId('import-confirm')).toBeDisabled();
	await dialog.getByRole('button', { name: 'Đóng' }).click();
	await expect(page.getByRole('dialog')).toBeHidden();
	// Nothing changed, and the page still answers.
	expect(await labelOf(page, '87')).toBe(before);
	// Another field: the map follows, as with any view change.
	await page.locator('select[name="family"]').selectOption('awards');
	await expect(page).toHaveURL(/indicator=awards_/);
	await expect(page.getByTestId('data-badge')).toHaveCount(0);
});

test('the data package downloaded after an import passes the data check and builds to the same figures', async ({ page }) => {
	test.setTimeout(120_000);
	const dialog = await chooseOfficeWorkbook(page);
	await dialog.getByRole('radio', { name: /Gộp với số liệu gốc/ }).check();
	await dialog.getByRole('button', { name: 'Dùng 5 số liệu này' }).click();
	await expect(page.getByTestId('data-badge')).toContainText('bao-cao-tinh.xlsx');

	await page.getByText('Tải số liệu').click();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải gói số liệu' }).click()]);
	expect(download.suggestedFilename()).toBe('goi-so-lieu-antq.zip');
	const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
	expect(Object.keys(zip).sort()).toEqual(['README.txt', 'facts.csv', 'goi-so-lieu-antq.xlsx', 'sources.csv']);

	// Published as the README says: a copy of data/ with the package's two files.
	const dir = mkdtempSync(join(tmpdir(), 'antq-published-'));
	try {
		cpSync('data', dir, { recursive: true });
		writeFileSync(join(dir, 'facts.csv'), zip['facts.csv']!);
		writeFileSync(join(dir, 'sources.csv'), zip['sources.csv']!);
		const check = spawnSync('npm', ['run', '--silent', 'data:check'], { env: { ...process.env, DATA_DIR: dir }, encoding: 'utf8' });
		expect(check.stdout).toContain('data:check OK');
		expect(check.status).toBe(0);
		// The build's data step: bundled figures plus the five imported ones, each with its file and cell.
		const built = JSON.parse(buildDataFiles(dir).get('dataset.json') ?? '{}') as { facts: Fact[] };
		expect(built.facts).toHaveLength(tables.facts.length + 5);
		const texts = JSON.parse(buildDataFiles(dir).get('dataset-details.json') ?? '{}') as unknown;
		expect(JSON.stringify(texts)).toContain('bao-cao-tinh.xlsx › Số liệu › F6: trên 1.500');
		const bundledSources = new Set(tables.sources.map((s) => s.source_id));
		const imported = built.facts.filter((f) => !bundledSources.has(f.source_id));
		expect(imported).toHaveLength(5);
		const tips = imported.filter((f) => f.indicator === 'tips' && f.period_start === 2013 && f.period_end === 2023);
		expect(tips.map((f) => [f.province_code, f.value, f.qualifier]).sort()).toEqual(
			OFFICE_TIPS.map((t) => [t.code, t.value, t.qualifier]).sort()
		);
		expect(strFromU8(zip['README.txt']!)).toContain('npm run data:check');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	await page.getByRole('button', { name: 'Quay về số liệu gốc' }).click();
	await expect(page.getByTestId('data-badge')).toBeHidden();
});
