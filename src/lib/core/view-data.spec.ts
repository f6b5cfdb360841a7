import { describe, expect, it } from 'vitest';
import { indexDataset } from './dataset';
import { areaKey, PART_FILES, splitParts } from './dataset-parts';
import { fact, tables } from './test-fixtures';
import { firstViewFiles, linkNeedsEverything, viewNeeds } from './view-data';
import { viewContext } from './view-context';
import { defaultViewState, parseViewState, type ViewState } from './view-state';
import type { Fact } from './types';

const ds = indexDataset(tables([fact({ province_code: '01', indicator: 'tips', value: 1 })]));
const base: ViewState = { ...defaultViewState(viewContext(ds)), indicator: 'tips' };
// In the fixtures, unit 90 is the merger of old provinces 02 and 03.
const unit90 = ds.unit34ByCode.get('90')!;

describe('the files a view needs', () => {
	it.each<[string, Partial<ViewState>, ReturnType<typeof viewNeeds>]>([
		['the map: its indicator only', {}, { everything: false, indicator: 'tips', areas: [] }],
		[
			'a panel on the 63 map: that province and the new province it is part of',
			{ panel: '02' },
			{ everything: false, indicator: 'tips', areas: [areaKey('63', '02'), areaKey('34', unit90.code)] }
		],
		[
			'a panel on the 34 map: the new province and its old ones',
			{ panel: '90', units: '34' },
			{ everything: false, indicator: 'tips', areas: [areaKey('34', '90'), ...unit90.old_codes.map((c) => areaKey('63', c))] }
		],
		['coverage of all indicators', { mode: 'coverage-all' }, { everything: true }],
		['the reporting table', { mode: 'reporting' }, { everything: true }],
		['the table view', { view: 'table' }, { everything: true }],
		['the chart view', { view: 'chart' }, { everything: true }],
		['an evidence filter', { evIndicator: 'tips' }, { everything: true }]
	])('%s', (_name, patch, expected) => {
		expect(viewNeeds(ds, { ...base, ...patch })).toEqual(expected);
	});

	it.each([
		['?indicator=tips&panel=01', false],
		['?ev_indicator=tips', true],
		['?view=table&ev_scope=district', true]
	])('a link %s is read after everything is in: %s', (search, expected) => {
		expect(linkNeedsEverything(new URLSearchParams(search))).toBe(expected);
	});
});

describe('the files the build preloads for a link with no parameters', () => {
	/** What the page with every figure in would show first: its indicator's file and its units' boundaries. */
	const fullDefault = (facts: Fact[]) => parseViewState(new URLSearchParams(), viewContext(indexDataset(tables(facts)))).state;

	it.each<[string, Fact[]]>([
		[
			'figures of the 63 provinces',
			[fact({ province_code: '01', indicator: 'tips', value: 3 }), fact({ province_code: '02', indicator: 'models', value: 5 })]
		],
		[
			'figures reported by the new provinces only',
			[
				fact({
					province_code: '90',
					indicator: 'models',
					value: 5,
					scope: 'merged_province',
					period_start: 2025,
					period_end: 2025,
					period_label: '2025'
				})
			]
		]
	])('%s: the catalogue, then the file of the indicator and the boundaries of the units the full data open on', (_name, facts) => {
		const view = fullDefault(facts);
		expect(firstViewFiles(splitParts(tables(facts)).catalogue)).toEqual([
			PART_FILES.catalogue,
			PART_FILES.indicator(view.indicator),
			`geo-${view.units}.json`,
			'archipelagos.json'
		]);
	});
});
