import { describe, expect, it } from 'vitest';
import { classify, divergingClasses } from './classify';
import { compare } from './compare';
import { indexDataset } from './dataset';
import { select } from './select';
import { fact, tables } from './test-fixtures';
import { archipelagoLabels, paintView } from './view-paint';
import { paintCoverageView } from './coverage-view';
import { viewContext } from './view-context';
import { defaultViewState, type ViewState } from './view-state';
import { t } from '../i18n/catalogue';

const ds = indexDataset(
	tables([
		fact({ province_code: '01', indicator: 'tips', value: 10 }),
		fact({ province_code: '02', indicator: 'tips', value: 4 }),
		fact({ province_code: '01', indicator: 'tips', value: 6, period_start: 2015, period_end: 2020 })
	])
);
const ctx = viewContext(ds);
const a = { start: 2013, end: 2023 };
const b = { start: 2015, end: 2020 };
const selection = select(ds, { indicator: 'tips', period: a, norm: 'total', units: '63' });
const comparison = compare(ds, { indicator: 'tips', periodA: a, periodB: b, norm: 'total', units: '63' });
const view = (over: Partial<ViewState>): ViewState => ({ ...defaultViewState(ctx), indicator: 'tips', period: '2013-2023', ...over });
const values = classify([10, 4], { method: 'quantile' });
const changes = divergingClasses([10 / 10 - 6 / 5], { center: 0 });

describe('paintView: what the map of a view paints', () => {
	it.each([
		{ name: 'values', over: {}, cmp: null, classes: values, kind: 'sequential' },
		{ name: 'a comparison', over: { compare: '2015-2020' }, cmp: comparison, classes: changes, kind: 'diverging' },
		{
			name: 'coverage first, even with a comparison',
			over: { mode: 'coverage', compare: '2015-2020' },
			cmp: comparison,
			classes: changes,
			kind: 'coverage'
		},
		{ name: 'coverage of every indicator', over: { mode: 'coverage-all' }, cmp: null, classes: null, kind: 'coverage' }
	] as const)('$name', ({ over, cmp, classes, kind }) => {
		const paint = paintView({ ds, view: view(over), selection, comparison: cmp, classes, lang: 'vi', coverage: paintCoverageView });
		expect(paint?.legend.kind).toBe(kind);
		expect(paint?.areas.size).toBe(5);
	});

	it('paints a coverage view only once its painter is given (its code loads when a view first needs it)', () => {
		const coverage = view({ mode: 'coverage' });
		expect(paintView({ ds, view: coverage, selection, comparison: null, classes: values, lang: 'vi' })).toBeNull();
		expect(
			paintView({ ds, view: coverage, selection, comparison: null, classes: values, lang: 'vi', coverage: paintCoverageView })
		).toEqual(paintCoverageView({ ds, view: coverage, lang: 'vi' }));
	});

	it('paints nothing before the classes are known', () => {
		expect(paintView({ ds, view: view({}), selection, comparison: null, classes: null, lang: 'vi' })).toBeNull();
	});
});

describe('archipelagoLabels', () => {
	const archipelagos = {
		features: [
			{
				properties: { name: 'Quần đảo Hoàng Sa', name_en: 'Hoang Sa Islands', province_code: '48' },
				geometry: { coordinates: [111.95, 16.55] as [number, number] }
			},
			{
				properties: { name: 'Quần đảo X', name_en: 'X Islands', province_code: '02' },
				geometry: { coordinates: [1, 2] as [number, number] }
			}
		]
	};

	it("names each archipelago and the province it belongs to, in the view's language", () => {
		expect(archipelagoLabels({ archipelagos, ds, lang: 'vi' })).toEqual([
			// 48 is not in the fixture's provinces: its code stands in for the name.
			{ lng: 111.95, lat: 16.55, lines: [t('vi', 'map.hoangSa'), t('vi', 'map.archipelagoOf', { province: '48' })] },
			{ lng: 1, lat: 2, lines: ['Quần đảo X', t('vi', 'map.archipelagoOf', { province: 'Beta' })] }
		]);
		expect(archipelagoLabels({ archipelagos, ds, lang: 'en' })[1]!.lines).toEqual([
			'X Islands',
			t('en', 'map.archipelagoOf', { province: 'Beta' })
		]);
	});
});
