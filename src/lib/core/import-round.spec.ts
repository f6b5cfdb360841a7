import { describe, expect, it } from 'vitest';
import { provincialReturn as returnOf } from '../../../tests/fixtures/import/workbooks';
import { indexDataset } from './dataset';
import { analyseImport } from './import';
import { readWorkbookImport } from './import-read';
import { combineTables } from './imported';
import { summariseRound } from './import-round';
import { select } from './select';
import { importContext as ctx, tables } from './test-bundled';

/** A province's own 2024 template (one row: line 2), filled with `figures`, as the province sends it back. */
const provincialReturn = (code: string, figures: Record<string, number | string>) =>
	returnOf({ provinces: tables.provinces, indicators: tables.indicators, code, period: '2024', figures });

async function analyse(name: string, bytes: Uint8Array) {
	return { id: name, name, result: analyseImport(await readWorkbookImport(bytes, tables.indicators), ctx, { file: name }) };
}

describe('a round of provincial returns', () => {
	it('one summary: rows per file, provinces with and without figures, and where two files disagree', async () => {
		const inputs = [
			await analyse('tinh-87.xlsx', await provincialReturn('87', { tips: 40, models_total: 5 })),
			await analyse('tinh-46.xlsx', await provincialReturn('46', { tips: '1.200' })),
			await analyse('tinh-01.xlsx', await provincialReturn('01', { tips: 9 })),
			// A second return from Đồng Tháp: the same models figure, another tips figure.
			await analyse('tinh-87-bo-sung.xlsx', await provincialReturn('87', { tips: 44, models_total: 5 }))
		];
		const round = summariseRound(inputs, tables.provinces);
		expect(round.era).toBe('63');
		expect(round.files.map((f) => [f.name, f.rows, f.facts, f.skipped, f.provinces])).toEqual([
			['tinh-87.xlsx', 1, 2, 0, 1],
			['tinh-46.xlsx', 1, 1, 0, 1],
			['tinh-01.xlsx', 1, 1, 0, 1],
			['tinh-87-bo-sung.xlsx', 1, 2, 0, 1]
		]);
		const name = (code: string) => tables.provinces.find((p) => p.code === code)!.name;
		expect(round.reported).toEqual(['01', '46', '87'].map((code) => ({ code, name: name(code) })));
		expect(round.missing).toHaveLength(60);
		expect(round.missing.map((p) => p.code)).not.toContain('87');
		// Only tips disagree (40 vs 44); the models figure is the same in both files.
		expect(round.conflicts).toEqual([
			{
				code: '87',
				name: name('87'),
				period: '2024',
				indicator: 'tips',
				values: [
					{ file: 'tinh-87.xlsx', value: 40, qualifier: 'exact' },
					{ file: 'tinh-87-bo-sung.xlsx', value: 44, qualifier: 'exact' }
				]
			}
		]);
		// What the round asked for: the templates' indicators and period.
		expect(round.indicators).toEqual(tables.indicators.map((i) => i.id));
		expect(round.periods).toEqual(['2024']);
		expect(round.repeats).toBe(0);

		// Both files' figures stay: the map shows one of them and says the sources differ, never 84.
		const imported = { facts: inputs.flatMap((i) => i.result.facts), sources: inputs.flatMap((i) => i.result.sources) };
		const ds = indexDataset(combineTables({ bundled: tables, imported, mode: 'replace' }));
		const area = select(ds, { indicator: 'tips', period: { start: 2024, end: 2024 }, norm: 'total', units: '63' }).areas.find(
			(a) => a.code === '87'
		)!;
		expect(area.conflict).toBe(true);
		expect([40, 44]).toContain(area.value);
	});
});
