import { describe, expect, it } from 'vitest';
import { indexDataset } from './dataset';
import { areaKey } from './dataset-parts';
import { fact, tables } from './test-fixtures';
import { linkNeedsEverything, viewNeeds } from './view-data';
import { viewContext } from './view-context';
import { defaultViewState, type ViewState } from './view-state';

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
