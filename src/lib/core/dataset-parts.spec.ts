import { describe, expect, it } from 'vitest';
import { indexDataset } from './dataset';
import { areaKey, joinParts, splitParts } from './dataset-parts';
import { splitTables } from './dataset-split';
import { factEra } from './era';
import { tables as bundledTables } from './test-bundled';
import { fact, tables } from './test-fixtures';
import type { DatasetTables } from './types';

/** A hand-made history: both eras, a national row, a district row, an undated row and a source no fact cites. */
const small = tables([
	fact({ province_code: '01', indicator: 'tips', value: 10, quote: 'có 10 tin', note: 'n1' }),
	fact({ province_code: '02', indicator: 'tips', value: 4, period_start: 2015, period_end: 2020, period_label: '2015-2020' }),
	fact({ province_code: '', indicator: 'tips', value: 90, scope: 'national', source_id: 'new' }),
	fact({ province_code: '03', indicator: 'models_total', value: 7, scope: 'district:Đông', source_id: 'new' }),
	fact({
		province_code: '90',
		indicator: 'models_total',
		value: 12,
		scope: 'merged_province:Beta Gamma',
		period_start: 2025,
		period_end: 2025,
		period_label: '2025'
	}),
	fact({ province_code: '04', indicator: 'forums', value: 3, period_start: null, period_end: null, period_label: '' })
]);

const byLine = (t: DatasetTables) => [...t.facts].sort((a, b) => a.line - b.line);
const byId = (t: DatasetTables) => [...t.sources].sort((a, b) => a.source_id.localeCompare(b.source_id));
/** Round trip through JSON, as the browser reads the files. */
const shipped = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe.each([
	['a hand-made history', small],
	['the bundled data', bundledTables]
])('the tables split by view: %s', (_name, input) => {
	const parts = shipped({
		...splitParts(input),
		indicators: Object.fromEntries(splitParts(input).indicators),
		areas: Object.fromEntries(splitParts(input).areas)
	});

	it('puts every fact in exactly one place: its indicator file, or the catalogue if national (the headline shows those)', () => {
		const lines = [
			...Object.entries(parts.indicators).flatMap(([id, p]) => p.facts.map((f) => `${id}|${f.line}`)),
			...parts.catalogue.national.map((f) => `national|${f.line}`)
		];
		expect(lines.sort()).toEqual(input.facts.map((f) => `${f.scope === 'national' ? 'national' : f.indicator}|${f.line}`).sort());
	});

	it('puts every fact with a province code in the file of that code in its era, texts included', () => {
		const got = Object.entries(parts.areas).flatMap(([key, p]) => p.facts.map((f) => ({ key, f })));
		const want = input.facts.filter((f) => f.province_code).map((f) => ({ key: areaKey(factEra(f), f.province_code), f }));
		expect(got.sort((a, b) => a.f.line - b.f.line)).toEqual(want.sort((a, b) => a.f.line - b.f.line));
		for (const p of Object.values(parts.areas)) {
			const ids = new Set(p.facts.map((f) => f.source_id));
			expect(p.sources.map((s) => s.source_id).sort()).toEqual(
				input.sources
					.filter((s) => ids.has(s.source_id))
					.map((s) => s.source_id)
					.sort()
			);
		}
	});

	it('carries the source of every national figure in the catalogue, so the headline names it from the first view', () => {
		const ids = new Set(parts.catalogue.sources.map((s) => s.source_id));
		const national = input.facts.filter((f) => f.scope === 'national');
		expect(national.length).toBeGreaterThan(0);
		expect(national.filter((f) => !ids.has(f.source_id)).map((f) => f.line)).toEqual([]);
	});

	it('has a file for every indicator and for every province of both eras, even one without figures', () => {
		expect(Object.keys(parts.indicators).sort()).toEqual(input.indicators.map((i) => i.id).sort());
		const codes = [
			...new Set([...input.provinces.map((p) => areaKey('63', p.code)), ...input.provinces.map((p) => areaKey('34', p.code_2025))])
		];
		expect(Object.keys(parts.areas).sort()).toEqual(codes.sort());
	});

	it('gives the pickers and counts what the whole data gives, from the catalogue alone', () => {
		const full = indexDataset(input).periodsByIndicator;
		const catalogueOnly = indexDataset(joinParts(parts.catalogue, [], []), parts.catalogue.coverage);
		expect(catalogueOnly.tables.facts.map((f) => f.line)).toEqual(input.facts.filter((f) => f.scope === 'national').map((f) => f.line));
		expect(catalogueOnly.periodsByIndicator).toEqual(full);
	});

	it('indexes the catalogue once: with an indicator added, the places and periods are those of the catalogue alone, unchanged', () => {
		const catalogueOnly = indexDataset(joinParts(parts.catalogue, [], []), parts.catalogue.coverage);
		const withTips = indexDataset(joinParts(parts.catalogue, [parts.indicators['tips']!], []), parts.catalogue.coverage);
		expect(withTips.periodsByIndicator).toBe(catalogueOnly.periodsByIndicator);
		expect(withTips.provinces).toBe(catalogueOnly.provinces);
		expect(withTips.mapFacts.size).toBeGreaterThan(catalogueOnly.mapFacts.size);
		// Another summary (equal, but not the same object) is counted again, to the same result.
		const again = indexDataset(joinParts(parts.catalogue, [], []), structuredClone(parts.catalogue.coverage));
		expect(again.periodsByIndicator).not.toBe(catalogueOnly.periodsByIndicator);
		expect(again.periodsByIndicator).toEqual(catalogueOnly.periodsByIndicator);
		expect(again.units34).toEqual(catalogueOnly.units34);
	});

	it('joined back gives the full lean tables; with every area, every province fact has its texts', () => {
		const all = joinParts(parts.catalogue, Object.values(parts.indicators), []);
		const lean = splitTables(input).lean;
		expect(all.facts.map(({ quote: _q, note: _n, ...f }) => f)).toEqual(byLine({ ...input, facts: lean.facts as DatasetTables['facts'] }));
		expect(all.sources.map(({ title: _t, ...s }) => s)).toEqual(byId({ ...input, sources: lean.sources as DatasetTables['sources'] }));
		expect(all.provinces).toEqual(input.provinces);
		expect(all.indicators.map((i) => i.id)).toEqual(input.indicators.map((i) => i.id));

		const withAreas = joinParts(parts.catalogue, Object.values(parts.indicators), Object.values(parts.areas));
		const expected = byLine(input).map((f) => (f.province_code ? f : { ...f, quote: '', note: '' }));
		expect(withAreas.facts).toEqual(expected);
	});
});

describe('joining some parts', () => {
	const parts = splitParts(small);

	it('holds only the indicators loaded, each fact once even when an area file brings it again', () => {
		const tips = parts.indicators.get('tips')!;
		const joined = joinParts(parts.catalogue, [tips], [parts.areas.get(areaKey('63', '01'))!]);
		const expected = small.facts
			.filter((f) => f.indicator === 'tips' || f.scope === 'national')
			.map((f) => (f.province_code === '01' ? f : { ...f, quote: '', note: '' }));
		expect(joined.facts).toEqual(expected);
	});

	it('keeps in the catalogue the sources of national figures and those no fact cites', () => {
		// A source a national figure cites is in, even when some province's figure cites it too.
		const byNational = (id: string) => small.facts.some((f) => f.scope === 'national' && f.source_id === id);
		const byAny = (id: string) => small.facts.some((f) => f.source_id === id);
		expect(parts.catalogue.sources.map((s) => s.source_id)).toEqual(
			small.sources.filter((s) => byNational(s.source_id) || !byAny(s.source_id)).map((s) => s.source_id)
		);
	});
});
