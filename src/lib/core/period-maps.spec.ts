import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/catalogue';
import { compare } from './compare';
import { indexDataset } from './dataset';
import { formatNumber } from './format';
import { paintPeriods, paintViewPeriods, periodsDrawing } from './period-maps';
import type { MapFeature } from './svg-map';
import { svgString, type SvgNode } from './svg-tree';
import { fact, tables } from './test-fixtures';
import { viewContext } from './view-context';
import { defaultViewState } from './view-state';

const A = { start: 2013, end: 2023 };
const B = { start: 2015, end: 2020 };
const B_FIELDS = { period_start: 2015, period_end: 2020, period_label: '2015-2020' };

function periods(facts: ReturnType<typeof fact>[]) {
	const ds = indexDataset(tables(facts));
	const comparison = compare(ds, { indicator: 'tips', periodA: A, periodB: B, norm: 'total', units: '63' });
	return {
		comparison,
		maps: paintPeriods({ comparison, method: 'quantile', indicator: ds.indicatorById.get('tips'), sources: ds.sourceById, lang: 'vi' })
	};
}

describe('paintPeriods: the two periods of a comparison side by side', () => {
	// No province has both periods: the comparison map is all "not enough data", these maps are not.
	const { comparison, maps } = periods([
		fact({ province_code: '01', indicator: 'tips', value: 1000 }),
		fact({ province_code: '03', indicator: 'tips', value: 300, qualifier: 'at_least' }),
		fact({ province_code: '02', indicator: 'tips', value: 400, ...B_FIELDS }),
		fact({ province_code: '04', indicator: 'tips', value: 0, ...B_FIELDS })
	]);

	it('draws each period’s own figures; the provinces without one are no data, never zero', () => {
		expect(comparison.withBoth).toBe(0);
		expect(maps).not.toBeNull();
		const kinds = (m: NonNullable<typeof maps>['a']) => Object.fromEntries([...m.paint.areas].map(([code, p]) => [code, p.kind]));
		expect(kinds(maps!.a)).toMatchObject({ '01': 'value', '03': 'value', '02': 'missing', '04': 'missing', '05': 'missing' });
		expect(kinds(maps!.b)).toMatchObject({ '01': 'missing', '03': 'missing', '02': 'value', '04': 'value', '05': 'missing' });
		expect(maps!.a.period).toBe('2013–2023');
		expect(maps!.heading).toBe(MESSAGES.vi['periods.title'].replace('{a}', '2013–2023').replace('{b}', '2015–2020'));
		expect(maps!.b.coverage).toBe(MESSAGES.vi['coverage.count'].replace('{n}', '2').replace('{total}', String(comparison.b.areas.length)));
	});

	it('puts both maps on one scale, on the comparison’s basis: equal values, equal colours', () => {
		// The scale runs from the smallest value of either period to the largest of either.
		const values = [...comparison.a.areas, ...comparison.b.areas].flatMap((x) => (x.value === null ? [] : [x.value]));
		const [lo, hi] = [formatNumber(Math.min(...values), 'vi'), formatNumber(Math.max(...values), 'vi')];
		const scale = maps!.legend.items.filter((i) => i.kind === 'value').map((i) => i.label);
		expect(scale[0]!.startsWith(lo)).toBe(true);
		expect(scale.at(-1)!.endsWith(hi)).toBe(true);
		expect(Math.min(...values)).toBe(comparison.b.byCode.get('04')!.value);
		expect(Math.max(...values)).toBe(comparison.a.byCode.get('01')!.value);
		const aItems = maps!.a.paint.legend.items.filter((i) => i.kind === 'value');
		const bItems = maps!.b.paint.legend.items.filter((i) => i.kind === 'value');
		expect(bItems).toEqual(aItems);
		expect(maps!.legend.items).toEqual([...aItems, { kind: 'missing', color: null, label: MESSAGES.vi['map.noData'] }]);
	});

	it('says the maps show yearly averages when the periods differ in length, and keeps the qualifier note', () => {
		expect(comparison.perYearForced).toBe(true);
		expect(maps!.legend.footnotes).toContain(MESSAGES.vi['periods.perYear']);
		expect(maps!.legend.footnotes).toContain(MESSAGES.vi['legend.atLeast']);
	});

	it('draws the view’s comparison with the view’s classification, and nothing without a comparison', () => {
		const ds = indexDataset(
			tables([
				fact({ province_code: '01', indicator: 'tips', value: 1000 }),
				fact({ province_code: '02', indicator: 'tips', value: 400, ...B_FIELDS })
			])
		);
		const view = {
			...defaultViewState(viewContext(ds)),
			indicator: 'tips',
			period: '2013-2023',
			compare: '2015-2020',
			classes: 'equal' as const
		};
		const cmp = compare(ds, { indicator: 'tips', periodA: A, periodB: B, norm: 'total', units: '63' });
		expect(paintViewPeriods({ ds, view, comparison: cmp, lang: 'en' })).toEqual(
			paintPeriods({ comparison: cmp, method: 'equal', indicator: ds.indicatorById.get('tips'), sources: ds.sourceById, lang: 'en' })
		);
		expect(paintViewPeriods({ ds, view, comparison: null, lang: 'en' })).toBeNull();
	});

	it('gives nothing to draw when neither period has a figure', () => {
		expect(periods([fact({ province_code: '01', indicator: 'models_total', value: 5 })]).maps).toBeNull();
	});
});

describe('paintPeriods in the 34 view', () => {
	it('has a partial entry in the shared legend when a new province is only partly reported', () => {
		// 02 and 03 make up unit 90: only 02 reported 2013–2023.
		const ds = indexDataset(
			tables([
				fact({ province_code: '02', indicator: 'tips', value: 100 }),
				fact({ province_code: '01', indicator: 'tips', value: 50, ...B_FIELDS })
			])
		);
		const comparison = compare(ds, { indicator: 'tips', periodA: A, periodB: B, norm: 'total', units: '34' });
		const maps = paintPeriods({
			comparison,
			method: 'quantile',
			indicator: ds.indicatorById.get('tips'),
			sources: ds.sourceById,
			lang: 'vi'
		})!;
		expect(maps.a.paint.areas.get('90')?.kind).toBe('partial');
		expect(maps.legend.items.filter((i) => i.kind === 'partial').map((i) => i.label)).toEqual([MESSAGES.vi['periods.partial']]);
	});
});

describe('periodsDrawing: the two maps of an exported image', () => {
	const { maps } = periods([
		fact({ province_code: '01', indicator: 'tips', value: 1000 }),
		fact({ province_code: '02', indicator: 'tips', value: 400, ...B_FIELDS })
	]);
	// One small square per province, side by side.
	const features: MapFeature[] = ['01', '02', '03', '04', '05'].map((code, i) => ({
		properties: { code },
		geometry: {
			type: 'Polygon',
			coordinates: [
				[
					[105 + i, 10],
					[106 + i, 10],
					[106 + i, 11],
					[105 + i, 11],
					[105 + i, 10]
				]
			]
		}
	}));
	const node = periodsDrawing({
		maps: maps!,
		features,
		labels: [],
		width: 1000,
		height: 600,
		idPrefix: 'x',
		partial: [],
		gap: 40,
		captionSize: 20,
		strokeWidth: 1,
		labelSize: 12,
		patternSize: 6
	});
	const all = (n: SvgNode): SvgNode[] => [n, ...n.children.flatMap(all)];
	const nodes = all(node);

	it('draws every area once in each map, without the page’s province codes, each under its caption', () => {
		for (const key of ['a', 'b'] as const) {
			expect(nodes.filter((n) => n.tag === 'path' && n.attrs['data-period-area'] === key)).toHaveLength(features.length);
		}
		expect(nodes.some((n) => 'data-code' in n.attrs)).toBe(false);
		expect(nodes.filter((n) => n.attrs['data-role'] === 'caption').map((n) => n.text)).toEqual([
			`${maps!.a.period}: ${maps!.a.coverage}`,
			`${maps!.b.period}: ${maps!.b.coverage}`
		]);
	});

	it('keeps the pattern ids of the two maps apart, map A’s being the legend’s', () => {
		const svg = svgString(node);
		expect(svg).toContain('id="x-nodata"');
		expect(svg).toContain('id="x-b-nodata"');
		const filled = nodes.filter((n) => n.tag === 'path' && n.attrs['data-kind'] === 'missing');
		expect(new Set(filled.map((n) => `${n.attrs['data-period-area']} ${n.attrs.fill}`))).toEqual(
			new Set(['a url(#x-nodata)', 'b url(#x-b-nodata)'])
		);
	});
});
