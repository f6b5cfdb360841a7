import { describe, expect, it } from 'vitest';
import { indexDataset } from './dataset';
import { combineTables, importedLabel, withoutRepeats } from './imported';
import { select } from './select';
import { fact, tables as fixtureTables } from './test-fixtures';

describe('combineTables', () => {
	const base = fixtureTables([fact({ province_code: '01', indicator: 'tips', value: 10, source_id: 'old' })]);
	const imported = { facts: [fact({ province_code: '01', indicator: 'tips', value: 12, source_id: '' })], sources: [] };

	it('replace: the bundled provinces and catalogue with the imported figures only', () => {
		const t = combineTables({ bundled: base, imported, mode: 'replace' });
		expect(t.facts.map((f) => f.value)).toEqual([12]);
		expect(t.provinces).toBe(base.provinces);
		expect(t.indicators).toBe(base.indicators);
	});

	it('merge: a different figure for the same key stays a separate source, shown as "sources differ"', () => {
		const t = combineTables({ bundled: base, imported, mode: 'merge' });
		expect(t.facts.map((f) => f.value)).toEqual([10, 12]);
		const area = select(indexDataset(t), { indicator: 'tips', period: { start: 2013, end: 2023 }, norm: 'total', units: '63' }).byCode.get(
			'01'
		);
		expect(area?.conflict).toBe(true);
		expect(area?.parts[0]?.figures.map((f) => f.value).sort()).toEqual([10, 12]);
		// Never summed: the drawn value is one source's figure.
		expect([10, 12]).toContain(area?.value);
	});

	it('merge: a figure the bundled data already hold is not added twice', () => {
		const same = { facts: [{ ...base.facts[0]!, line: 99 }], sources: [] };
		const t = combineTables({ bundled: base, imported: same, mode: 'merge' });
		expect(t.facts).toHaveLength(1);
	});
});

describe('the data badge', () => {
	it('the badge names the file and the time', () => {
		const origin = { file: 'so-lieu.csv', importedAt: '2026-11-23T07:05:00Z', mode: 'replace' as const };
		expect(importedLabel(origin, 'vi')).toMatch(/^Số liệu nhập từ so-lieu\.csv, .*2026/);
		expect(importedLabel({ ...origin, mode: 'merge' }, 'en')).toMatch(/^Bundled data and data imported from so-lieu\.csv, .*2026/);
		// A round of files: how many, and the first names only when there are more than three.
		const round = (n: number) => ({
			files: Array.from({ length: n }, (_, i) => `tinh-${i + 1}.xlsx`),
			era: '63' as const,
			indicators: [],
			periods: []
		});
		expect(importedLabel({ ...origin, round: round(3) }, 'vi')).toMatch(
			/^Số liệu nhập từ 3 tệp \(tinh-1\.xlsx, tinh-2\.xlsx, tinh-3\.xlsx\), /
		);
		expect(importedLabel({ ...origin, round: round(34) }, 'en')).toMatch(
			/^Data imported from 34 files \(tinh-1\.xlsx, tinh-2\.xlsx, …\), /
		);
	});
});

describe('withoutRepeats', () => {
	const a = fact({ province_code: '01', indicator: 'tips', value: 10, source_id: 'tinh', quote: 'Năm 2020: 10' });
	const again = { ...a, line: 99 };
	const other = fact({ province_code: '01', indicator: 'tips', value: 11, source_id: 'tinh', quote: 'Năm 2020: 10' });
	const elsewhere = fact({ province_code: '02', indicator: 'tips', value: 10, source_id: 'tinh', quote: 'Năm 2020: 10' });

	it('a figure a later file repeats exactly is kept once and counted; the same key with another value stays', () => {
		const third = fact({ province_code: '79', indicator: 'tips', value: 3 });
		expect(
			withoutRepeats([
				[a, elsewhere],
				[again, other],
				[again, third]
			])
		).toEqual({ facts: [a, elsewhere, other, third], repeats: 2 });
	});

	it("repeats within one file are left to the file's own report: both kept", () => {
		expect(withoutRepeats([[a, again]])).toEqual({ facts: [a, again], repeats: 0 });
	});
});
