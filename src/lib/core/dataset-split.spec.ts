import { describe, expect, it } from 'vitest';
import { loadDataFiles } from '../../../scripts/load-data-files';
import { joinTables, splitTables } from './dataset-split';
import { fact, tables } from './test-fixtures';
import { readTables } from './validate';

describe('tables shipped as lean tables + long texts', () => {
	const shipped = readTables(loadDataFiles('data')).tables;

	it('split then joined gives back exactly the shipped tables', () => {
		const { lean, texts } = splitTables(shipped);
		expect(joinTables(JSON.parse(JSON.stringify(lean)), JSON.parse(JSON.stringify(texts)))).toEqual(shipped);
	});

	it('the lean tables keep every row and figure but no quote, note, title or definition', () => {
		const { lean } = splitTables(shipped);
		expect(lean.facts).toHaveLength(shipped.facts.length);
		expect(lean.sources).toHaveLength(shipped.sources.length);
		expect(lean.facts.map((f) => [f.line, f.province_code, f.indicator, f.value, f.qualifier, f.source_id])).toEqual(
			shipped.facts.map((f) => [f.line, f.province_code, f.indicator, f.value, f.qualifier, f.source_id])
		);
		const json = JSON.stringify(lean);
		for (const key of ['"quote"', '"note"', '"title"', '"definition_vi"', '"definition_en"']) expect(json).not.toContain(key);
		// What the first view saves: the long texts are most of the file.
		expect(json.length).toBeLessThan(JSON.stringify(shipped).length * 0.6);
	});

	it('before the texts arrive, the long texts are empty and everything else is there', () => {
		const small = tables([
			fact({ province_code: '01', indicator: 'tips', value: 12, line: 7, quote: 'Toàn tỉnh có 12 mô hình', note: 'ghi chú' })
		]);
		const joined = joinTables(splitTables(small).lean, null);
		expect(joined.facts[0]).toEqual({ ...small.facts[0], quote: '', note: '' });
		expect(joined.sources.every((s) => s.title === '')).toBe(true);
		expect(joined.provinces).toEqual(small.provinces);
	});

	it('texts from another build are refused with the row that has none', () => {
		const small = tables([
			fact({ province_code: '01', indicator: 'tips', value: 1, line: 7 }),
			fact({ province_code: '02', indicator: 'tips', value: 2, line: 8 })
		]);
		const { lean, texts } = splitTables(small);
		delete texts.facts['8'];
		expect(() => joinTables(lean, texts)).toThrow(/line 8/);
	});
});
