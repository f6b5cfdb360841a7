/**
 * Two eras of provinces, as a user sees them: the 34 map draws what the new provinces reported, with coverage out
 * of 34; the 63 map never puts a merged province's figure on an old province, whose panel lists it "after the
 * merger"; a period after the merger opens on the 34 map and the link says so; a file of the 34 imports onto the
 * new provinces. Every expectation is worked out from data/ (or the file imported), not copied from the page.
 */
import type { Page } from '@playwright/test';
import { factEra, scopeKindOf } from '../../src/lib/core/era';
import { formatValue } from '../../src/lib/core/format';
import { periodKey } from '../../src/lib/core/period';
import type { Fact } from '../../src/lib/core/types';
import { tables } from './bundled';
import { expect, mapReady, test } from './fixtures';

const provinceName = new Map(tables.provinces.map((p) => [p.code, p.name]));
const unitName = new Map(tables.provinces.map((p) => [p.code_2025, p.name_2025]));
const unitParts = new Map<string, string[]>();
for (const p of tables.provinces) unitParts.set(p.code_2025, [...(unitParts.get(p.code_2025) ?? []), p.code]);

const isMerged = (f: Fact) => scopeKindOf(f.scope) === 'merged_province' && f.period_start !== null;
const keyOf = (f: Fact) => periodKey({ start: f.period_start!, end: f.period_end! });

/** aria-label and kind of every area path, by code. */
async function paths(page: Page): Promise<Map<string, { label: string; kind: string }>> {
	const list = await page
		.locator('path[data-code]')
		.evaluateAll((els) =>
			els.map((el) => [el.getAttribute('data-code') ?? '', el.getAttribute('aria-label') ?? '', el.getAttribute('data-kind') ?? ''])
		);
	return new Map(list.map(([code, label, kind]) => [code!, { label: label!, kind: kind! }]));
}

test('the 34 map of models in 2025 draws every figure the new provinces reported, named with its value', async ({ page }) => {
	const reported = tables.facts.filter((f) => isMerged(f) && f.indicator === 'models_total' && keyOf(f) === '2025');
	// The four, and every other post-merger figure of the data.
	expect(reported.map((f) => unitName.get(f.province_code))).toEqual(
		expect.arrayContaining(['Tuyên Quang', 'Thái Nguyên', 'Cần Thơ', 'Đồng Nai'])
	);

	await page.goto('/?units=34&indicator=models_total&period=2025');
	await mapReady(page, 34);
	const areas = await paths(page);
	for (const f of reported) {
		const name = unitName.get(f.province_code)!;
		expect(areas.get(f.province_code)?.label, name).toBe(`${name}: ${formatValue(f.value, f.qualifier, 'vi')} mô hình, 2025`);
		expect(areas.get(f.province_code)?.kind).toBe('value');
	}
	// Coverage counts new provinces out of 34: those with their own figure or a figure of some old province.
	const withData = new Set(reported.map((f) => f.province_code));
	for (const f of tables.facts)
		if (f.scope === 'province' && f.indicator === 'models_total' && f.period_start === 2025 && f.period_end === 2025)
			withData.add(tables.provinces.find((p) => p.code === f.province_code)!.code_2025);
	await expect(page.getByTestId('legend-coverage')).toHaveText(`${withData.size}/34 tỉnh có số liệu`);
	const n = [...areas.values()].filter((a) => a.kind !== 'missing').length;
	expect(n).toBe(withData.size);
});

test('no option of the 34 view counts out of 63, for any indicator', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('/?units=34&indicator=tips&period=2005-2025');
	await mapReady(page, 34);
	// Every indicator with a dated figure (the picker shows one family's at a time).
	const indicators = [...new Set(tables.facts.filter((f) => f.period_start !== null).map((f) => f.indicator))];
	expect(indicators.length).toBeGreaterThan(10);
	for (const id of indicators) {
		await page.goto(`/?units=34&indicator=${id}`);
		await mapReady(page, 34);
		const texts = await page.locator('select[name="period"] option, select[name="compare"] option').allTextContents();
		expect(
			texts.filter((t) => t.includes('/63')),
			id
		).toEqual([]);
		await expect(page.getByTestId('legend-coverage')).not.toContainText('/63');
	}
});

test('a period reported only by new provinces opens on the 34 map, and the link says units=34', async ({ page }) => {
	const merged = tables.facts.filter(isMerged);
	// A period of some indicator that no old province reported (e.g. tips 2005–2025).
	const only34 = merged.find(
		(m) =>
			!tables.facts.some(
				(f) => f.scope === 'province' && f.indicator === m.indicator && f.period_start === m.period_start && f.period_end === m.period_end
			)
	)!;
	const q = `indicator=${only34.indicator}&period=${keyOf(only34)}`;
	await page.goto(`/?${q}`);
	await mapReady(page, 34);
	await expect(page).toHaveURL(new RegExp(`\\?${q}&units=34$`));
	// Asked for on the 63 map, it is refused (the page says so) and the 34 map opens.
	await page.goto(`/?${q}&units=63`);
	await mapReady(page, 34);
	await expect(page.getByRole('status').filter({ hasText: 'units' })).toBeVisible();
	// Before the merger, the 63 map.
	await page.goto('/?indicator=tips&period=2013-2023');
	await mapReady(page, 63);
	await expect(page).toHaveURL(/\?indicator=tips&period=2013-2023$/);
});

test('on the 63 map no old province shows a merged province’s figure; its panel lists it after the merger', async ({ page }) => {
	test.setTimeout(120_000);
	const merged = tables.facts.filter(isMerged);
	const periods = [...new Set(merged.map((f) => `${f.indicator}|${keyOf(f)}`))];
	let checked = 0;
	for (const key of periods) {
		const [indicator, period] = key.split('|') as [string, string];
		// What the 63 map may draw: the old provinces' own rows of that indicator and period.
		const own63 = new Set(
			tables.facts
				.filter((f) => f.scope === 'province' && f.indicator === indicator && keyOf(f) === period && f.period_start !== null)
				.map((f) => f.province_code)
		);
		if (own63.size === 0) continue; // the 63 map is refused for it (previous test)
		await page.goto(`/?indicator=${indicator}&period=${period}&units=63`);
		await mapReady(page, 63);
		const areas = await paths(page);
		for (const [code, a] of areas) expect(a.kind === 'missing', `${indicator} ${period} ${code}`).toBe(!own63.has(code));
		checked++;
	}
	expect(checked).toBeGreaterThan(0);

	// Bắc Giang's code 24 is Bắc Ninh after the merger: a post-merger figure of a new province appears in the panels of
	// its old provinces, under "after the merger, as part of …", and is never the old province's figure.
	const f = merged.find((m) => (unitParts.get(m.province_code)?.length ?? 0) > 1)!;
	const old = unitParts.get(f.province_code)!.find((c) => c !== f.province_code) ?? unitParts.get(f.province_code)![0]!;
	await page.goto(`/?indicator=${f.indicator}&units=63&panel=${old}`);
	const panel = page.getByTestId('province-panel');
	await expect(panel.getByRole('heading', { name: provinceName.get(old), exact: true })).toBeVisible();
	const later = panel.getByRole('heading', { name: `Sau sáp nhập (từ 1/7/2025), là một phần của ${unitName.get(f.province_code)}` });
	await expect(later).toBeVisible();
	await expect(panel).toContainText(f.quote);
	await expect(panel).not.toContainText('merged_province');
});

test('text from the data is not UI text: no scope key, [likely] or recorder’s English in the panels, the evidence table or its CSV', async ({
	page
}) => {
	const likely = tables.facts.find((f) => f.scope.endsWith('[likely]') && isMerged(f))!;
	await page.goto(`/?indicator=${likely.indicator}&period=${keyOf(likely)}&units=34&panel=${likely.province_code}`);
	const panel = page.getByTestId('province-panel');
	await expect(panel).toContainText('Có thể là tỉnh mới sau sáp nhập');
	await expect(panel).toContainText('có thể là số liệu của tỉnh mới');
	for (const raw of ['merged_province', '[likely]', 'post-7/2025', 'unspecified']) await expect(panel).not.toContainText(raw);

	await page.goto('/?view=table');
	const evidence = page.locator('section.evidence');
	await expect(evidence.locator('tbody tr')).toHaveCount(tables.facts.length, { timeout: 15_000 });
	const body = evidence.locator('tbody');
	for (const raw of ['merged_province:', 'commune:', '[likely]']) await expect(body).not.toContainText(raw);
	// Undated rows say so in words; the recorder's wording stays, labelled, in the notes column.
	await expect(evidence.getByRole('columnheader', { name: 'Ghi chú dữ liệu' })).toBeVisible();
	const undated = tables.facts.find((f) => f.period_start === null && f.period_label.startsWith('unspecified'))!;
	await expect(evidence.getByRole('row').filter({ hasText: undated.quote }).first()).toContainText(
		`Giai đoạn ghi nhận: ${undated.period_label}`
	);
	const download = page.waitForEvent('download');
	await evidence.getByRole('button', { name: 'Tải các số liệu này (CSV)' }).click();
	const text = await (await (await download).createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
	for (const raw of ['merged_province:', 'commune:', '[likely]']) expect(text).not.toContain(raw);
	expect(text).toContain('không nêu giai đoạn');
	expect(factEra(likely)).toBe('34');
});

test('a file of the 34 provinces with codes 24, 82 and 91 imports onto Bắc Ninh, Đồng Tháp and An Giang, not Bắc Giang, Tiền Giang or Kiên Giang', async ({
	page
}) => {
	const FILE = [
		['ma_tinh', 'ten_tinh', 'giai_doan', 'models_total', 'nguon'],
		['24', 'Bắc Ninh', '2025', '1111', 'Báo cáo tổng kết 2025'],
		['82', 'Đồng Tháp', '2025', '2222', 'Báo cáo tổng kết 2025'],
		['91', 'An Giang', '2025', '3333', 'Báo cáo tổng kết 2025'],
		['01', 'Hà Nội', '2025', '44', 'Báo cáo tổng kết 2025']
	];
	const rows = FILE.slice(1).map(([code, name, , value]) => ({ code: code!, name: name!, value: Number(value) }));
	await page.goto('/?indicator=models_total&period=2025&units=34');
	await mapReady(page, 34);
	await page.getByRole('button', { name: 'Nhập số liệu' }).click();
	const dialog = page.getByRole('dialog', { name: 'Dùng số liệu của đơn vị bạn' });
	await dialog
		.getByTestId('import-file')
		.setInputFiles({ name: 'tinh-moi.csv', mimeType: 'text/csv', buffer: Buffer.from(FILE.map((r) => r.join(',')).join('\n')) });
	// Read as the 34, said before the import, with a way to change it.
	const era = dialog.getByTestId('import-era');
	await expect(era).toHaveAttribute('data-era', '34', { timeout: 15_000 });
	await expect(era).toContainText('Đọc theo 34 tỉnh, thành phố từ 1/7/2025, nhận ra từ: dòng 2: 24 Bắc Ninh');
	await expect(era.getByRole('radio', { name: '63 tỉnh, thành phố trước 1/7/2025' })).not.toBeChecked();
	await dialog.getByRole('radio', { name: /Thay số liệu gốc/ }).check();
	await dialog.getByTestId('import-confirm').click();
	await expect(dialog).toBeHidden();

	const on34 = await paths(page);
	for (const r of rows) expect(on34.get(r.code)?.label).toBe(`${r.name}: ${formatValue(r.value, 'exact', 'vi')} mô hình, 2025`);
	await page.goto('/?indicator=models_total&period=2025&units=63');
	await mapReady(page, 63);
	const on63 = await paths(page);
	// Codes 24, 82, 91 of the 63 are Bắc Giang, Tiền Giang, Kiên Giang: nothing of the file is on them (nor on the
	// old Bắc Ninh, Đồng Tháp, An Giang); Hà Nội kept its territory and is on both maps.
	for (const code of ['24', '82', '91', '27', '87', '89']) expect(on63.get(code)?.kind, code).toBe('missing');
	expect(on63.get('01')?.label).toBe(`Hà Nội: 44 mô hình, 2025`);
	await page.getByRole('button', { name: 'Quay về số liệu gốc' }).click();
	await expect(page.getByTestId('data-badge')).toBeHidden();
});
