import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataFiles } from '../../../scripts/load-data-files';
import { buildDataFiles } from '../../../scripts/vite-plugin-data';
import { workbook } from '../../../tests/fixtures/import/workbooks';
import { dataPackage } from './data-package';
import { analyseImport, importBytes } from './import';
import { readWorkbookImport } from './import-read';
import { combineTables, type MergeMode } from './imported';
import type { DatasetTables, Fact } from './types';
import { bundled, dataFiles, importContext as ctx } from './test-bundled';
import { readTables } from './validate';
import { readWorkbook } from './workbook';
import { writeBook } from './xlsx-write';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of data/ with the package's facts.csv and sources.csv in place of its own. */
function publish(tables: DatasetTables): string {
	const dir = mkdtempSync(join(tmpdir(), 'antq-package-'));
	dirs.push(dir);
	cpSync('data', dir, { recursive: true });
	const pkg = dataPackage(tables);
	writeFileSync(join(dir, 'facts.csv'), pkg.facts);
	writeFileSync(join(dir, 'sources.csv'), pkg.sources);
	return dir;
}

/** A figure as the map and the panel use it (what "the same figures" means). */
const figure = (f: Fact) =>
	[f.province_code, f.scope, f.period_start, f.period_end, f.indicator, f.value, f.qualifier, f.source_id, f.quote].join('|');

/** An office's workbook: text numbers, a source for one row, none for the others, a total row. */
const OFFICE = workbook([
	{
		name: 'Số liệu',
		rows: [
			['Báo cáo kết quả năm 2024'],
			['Mã tỉnh', 'Tên tỉnh', 'Giai đoạn', 'tips', 'models_total', 'Nguồn'],
			['87', 'Đồng Tháp', '2024', 'trên 1.500', 12, 'Báo cáo số 12/BC-CAT, https://example.gov.vn/bc-12'],
			['46', 'Thừa Thiên Huế', '2024', '1.234', null, null],
			['Tổng cộng', null, null, 2734, 12, null]
		],
		merges: ['A5:C5']
	}
]);

describe('the data package', () => {
	it.each<MergeMode>(['merge', 'replace'])(
		'bundled and imported data (%s) pass the data check and build to the same figures',
		async (mode) => {
			const r = analyseImport(await readWorkbookImport(OFFICE, ctx.indicators), ctx, { file: 'bao-cao-2024.xlsx' });
			expect(r.facts).toHaveLength(3);
			const tables = combineTables({ bundled: bundled.tables, imported: r, mode });
			const dir = publish(tables);
			const back = readTables(loadDataFiles(dir));
			expect(back.issues).toEqual([]);
			expect(back.tables.facts.map(figure).sort()).toEqual(tables.facts.map(figure).sort());
			// What `npm run build` ships for the browser holds the same figures.
			const lean = JSON.parse(buildDataFiles(dir).get('dataset.json') ?? '{}') as { facts: unknown[] };
			expect(lean.facts).toHaveLength(tables.facts.length);
			// The imported rows keep their file and cell as their source.
			const imported = back.tables.facts.filter((f) => f.quote.startsWith('bao-cao-2024.xlsx'));
			expect(imported.map((f) => [f.province_code, f.indicator, f.value, f.qualifier, f.quote])).toEqual([
				['87', 'tips', 1500, 'at_least', 'bao-cao-2024.xlsx › Số liệu › D3: trên 1.500'],
				['87', 'models_total', 12, 'exact', 'bao-cao-2024.xlsx › Số liệu › E3: 12'],
				['46', 'tips', 1234, 'exact', 'bao-cao-2024.xlsx › Số liệu › D4: 1.234']
			]);
			const sources = new Map(back.tables.sources.map((s) => [s.source_id, s]));
			expect(sources.get(imported[0]!.source_id)).toMatchObject({
				publisher: 'Báo cáo số 12/BC-CAT, https://example.gov.vn/bc-12',
				url: 'https://example.gov.vn/bc-12'
			});
			expect(sources.get(imported[2]!.source_id)).toMatchObject({ publisher: 'bao-cao-2024.xlsx', title: 'bao-cao-2024.xlsx › Số liệu' });
		}
	);

	it('the bundled data alone come back byte for byte', () => {
		const pkg = dataPackage(bundled.tables);
		expect(pkg.facts).toBe(dataFiles.facts);
		expect(pkg.sources).toBe(dataFiles.sources);
	});

	it('a long-form import without quotes or sources still passes the check', () => {
		const text =
			'province_code,province,scope,period_start,period_end,indicator,value\n87,Đồng Tháp,province,2024,2024,tips,"1,5"\n01,Hà Nội,province,,,tips,7\n';
		const r = importBytes(new TextEncoder().encode(text), ctx, { file: 'dai.csv' });
		expect(r.facts).toHaveLength(2);
		const back = readTables(loadDataFiles(publish(combineTables({ bundled: bundled.tables, imported: r, mode: 'merge' }))));
		expect(back.issues).toEqual([]);
		expect(back.tables.facts.filter((f) => f.quote.startsWith('dai.csv')).map((f) => [f.value, f.period_label, f.quote])).toEqual([
			[1.5, '2024', 'dai.csv › G2: 1,5'],
			[7, 'unspecified', 'dai.csv › G3: 7']
		]);
	});

	it('its workbook holds the same two tables, codes as text', async () => {
		const pkg = dataPackage(bundled.tables);
		const wb = readWorkbook(await writeBook(pkg.book));
		const [facts, sources] = wb.sheets;
		expect(facts?.name).toBe('facts');
		expect(facts?.rows).toHaveLength(bundled.tables.facts.length + 1);
		expect(sources?.rows).toHaveLength(bundled.tables.sources.length + 1);
		const first = bundled.tables.facts[0]!;
		expect(facts?.rows[1]?.cells.slice(0, 2)).toEqual([first.province_code, first.province]);
		expect(facts?.rows[1]?.marks?.[0]).toBeUndefined();
		expect(facts?.rows[1]?.marks?.[8]).toEqual({ kind: 'number', value: first.value });
	});
});
