import { describe, expect, it } from 'vitest';
import { areaKey, PART_FILES, splitParts } from '$lib/core/dataset-parts';
import { fact, tables } from '$lib/core/test-fixtures';
import { PartsLoader } from './parts-loader';

const data = tables([
	fact({ province_code: '01', indicator: 'tips', value: 10, quote: 'có 10 tin' }),
	fact({ province_code: '02', indicator: 'tips', value: 4 }),
	fact({ province_code: '01', indicator: 'models_total', value: 7, quote: '7 mô hình' })
]);

/** The build's files served from memory; `fail` names files that answer with an error; every request is logged. */
function server(fail = new Set<string>()) {
	const parts = splitParts(data);
	const files = new Map<string, unknown>([[PART_FILES.catalogue, parts.catalogue]]);
	for (const [id, p] of parts.indicators) files.set(PART_FILES.indicator(id), p);
	for (const [key, p] of parts.areas) files.set(PART_FILES.area(key), p);
	const requests: string[] = [];
	const fetchJson = async (name: string) => {
		requests.push(name);
		await Promise.resolve();
		if (fail.has(name) || !files.has(name)) throw new Error(`${name}: HTTP 404`);
		return JSON.parse(JSON.stringify(files.get(name))) as unknown;
	};
	return { requests, fetchJson };
}

const linesOf = (loader: PartsLoader) => loader.tables().facts.map((f) => f.line);
const linesWhere = (keep: (f: (typeof data.facts)[number]) => boolean) => data.facts.filter(keep).map((f) => f.line);

describe('loading the bundled data by view', () => {
	it('fetches the catalogue and the indicator in view, and nothing again for a second view of it', async () => {
		const { requests, fetchJson } = server();
		const loader = new PartsLoader(fetchJson);
		await loader.catalogue();
		await loader.indicator('tips');
		expect(linesOf(loader)).toEqual(linesWhere((f) => f.indicator === 'tips'));
		await Promise.all([loader.catalogue(), loader.indicator('tips'), loader.indicator('tips')]);
		expect(requests).toEqual([PART_FILES.catalogue, PART_FILES.indicator('tips')]);
	});

	it('shares one request between two views asking at once', async () => {
		const { requests, fetchJson } = server();
		const loader = new PartsLoader(fetchJson);
		await loader.catalogue();
		await Promise.all([loader.area(areaKey('63', '01')), loader.area(areaKey('63', '01'))]);
		expect(requests.filter((r) => r === PART_FILES.area(areaKey('63', '01')))).toHaveLength(1);
		// The province's facts of every indicator, with their quotes.
		expect(loader.tables().facts.map((f) => [f.line, f.quote])).toEqual(data.facts.filter((f) => f.province_code === '01').map((f) => [f.line, f.quote]));
	});

	it('a failed fetch says which file and leaves the tables as they were; the next call tries again', async () => {
		const fail = new Set([PART_FILES.indicator('models_total')]);
		const { requests, fetchJson } = server(fail);
		const loader = new PartsLoader(fetchJson);
		await loader.catalogue();
		await loader.indicator('tips');
		const before = loader.tables();
		await expect(loader.indicator('models_total')).rejects.toThrow(PART_FILES.indicator('models_total'));
		expect(loader.tables()).toEqual(before);
		expect(loader.hasIndicator('models_total')).toBe(false);
		fail.clear();
		await loader.indicator('models_total');
		expect(requests.filter((r) => r === PART_FILES.indicator('models_total'))).toHaveLength(2);
		expect(linesOf(loader)).toEqual(data.facts.map((f) => f.line));
	});

	it('has no tables before the catalogue', () => {
		expect(() => new PartsLoader(server().fetchJson).tables()).toThrow(/catalogue/);
	});
});
