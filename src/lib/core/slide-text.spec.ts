import { describe, expect, it } from 'vitest';
import { compare } from './compare';
import { indexDataset } from './dataset';
import { regionSummaries } from './regions';
import { select } from './select';
import {
	embedHeading,
	chartHeading,
	chartLegend,
	exportDate,
	figurePublishers,
	mapHeading,
	sourceLine,
	viewPublishers
} from './slide-text';
import { fact, INDICATORS, tables } from './test-fixtures';
import { viewContext } from './view-context';
import { defaultViewState, type ViewState } from './view-state';
import { t } from '../i18n/catalogue';

// Sources (test-fixtures): old = "Old paper", new = "New paper", undated = "Undated"; '' = none given.
const ds = indexDataset(
	tables([
		fact({ province_code: '01', indicator: 'tips', value: 10, source_id: 'old' }),
		fact({ province_code: '02', indicator: 'tips', value: 5, source_id: 'new', qualifier: 'at_least' }),
		fact({ province_code: '03', indicator: 'tips', value: 7, source_id: 'new' }),
		fact({ province_code: '04', indicator: 'tips', value: 3, source_id: '' }),
		fact({ province_code: '05', indicator: 'tips', value: 2, source_id: 'undated', period_start: 2015, period_end: 2020 }),
		fact({ province_code: '03', indicator: 'tips', value: 4, source_id: 'old', period_start: 2015, period_end: 2020 }),
		fact({ province_code: '01', indicator: 'forums', value: 1, source_id: 'undated' })
	])
);
const ctx = viewContext(ds);
const p2013 = { start: 2013, end: 2023 };
const p2015 = { start: 2015, end: 2020 };
const sel = select(ds, { indicator: 'tips', period: p2013, norm: 'total', units: '63' });
const USER = t('vi', 'map.sourceUser');
const view = (over: Partial<ViewState>): ViewState => ({ ...defaultViewState(ctx), indicator: 'tips', period: '2013-2023', ...over });

describe('publishers of the figures shown', () => {
	it('counts each drawn figure once, most figures first, then by name; no source is "user-supplied"', () => {
		expect(figurePublishers(sel.areas, ds, 'vi')).toEqual(['New paper', 'Old paper', USER]);
		expect(figurePublishers(sel.areas, ds, 'en')).toContain(t('en', 'map.sourceUser'));
	});

	it.each([
		{ name: 'values: the period drawn only', over: {}, cmp: false, out: ['New paper', 'Old paper', USER] },
		// Only 03 has both periods: its 2013–2023 figure (new) and its 2015–2020 one (old).
		{ name: 'comparison: both periods of the areas compared', over: { compare: '2015-2020' }, cmp: true, out: ['New paper', 'Old paper'] },
		{
			name: 'coverage: every period of the indicator',
			over: { mode: 'coverage' },
			cmp: false,
			out: ['New paper', 'Old paper', USER, 'Undated']
		},
		{ name: 'coverage of all indicators', over: { mode: 'coverage-all' }, cmp: false, out: ['New paper', 'Old paper', 'Undated', USER] }
	] as const)('$name', ({ over, cmp, out }) => {
		const comparison = cmp ? compare(ds, { indicator: 'tips', periodA: p2013, periodB: p2015, norm: 'total', units: '63' }) : null;
		expect(viewPublishers({ ds, view: view(over), selection: sel, comparison, lang: 'vi' })).toEqual(out);
	});
});

describe('sourceLine', () => {
	it('names the publishers and the boundaries with their licence (maps)', () => {
		expect(sourceLine({ publishers: ['Báo A', 'Báo B'], boundaries: true, lang: 'vi' })).toBe(
			'Nguồn: Báo A; Báo B; ranh giới: Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam qua Open Development Mekong, CC BY-SA 4.0'
		);
		expect(sourceLine({ publishers: ['A'], boundaries: false, lang: 'en' })).toBe('Sources: A');
	});

	it.each([
		{ publishers: ['A', 'B', 'C', 'D'], max: 2, out: 'Nguồn: A; B và 2 nguồn khác' },
		{ publishers: ['A', 'B'], max: 2, out: 'Nguồn: A; B' },
		{ publishers: [], max: 2, out: 'Nguồn: chưa có số liệu nào được thể hiện' }
	])('$publishers (at most $max)', ({ publishers, max, out }) => {
		expect(sourceLine({ publishers, boundaries: false, lang: 'vi', max })).toBe(out);
	});
});

describe('headings', () => {
	const legend = {
		kind: 'sequential' as const,
		title: 'Nguồn tin',
		subtitle: 'nguồn tin, 2013–2023',
		items: [],
		footnotes: [],
		coverage: ''
	};
	it.each([
		{ over: {}, lang: 'vi', subtitle: 'nguồn tin, 2013–2023 · 63 tỉnh (trước 1/7/2025) · Tổng số' },
		{ over: { norm: 'per_year' }, lang: 'vi', subtitle: 'nguồn tin, 2013–2023 · 63 tỉnh (trước 1/7/2025)' },
		{ over: { units: '34', mode: 'coverage' }, lang: 'en', subtitle: 'nguồn tin, 2013–2023 · 34 provinces (from 1 July 2025)' }
	] as const)('map: $subtitle', ({ over, lang, subtitle }) => {
		expect(mapHeading({ legend, view: view(over), lang })).toEqual({ title: 'Nguồn tin', subtitle });
	});

	it('chart: indicator and chart, then unit and units', () => {
		expect(
			chartHeading({
				indicator: 'Nguồn tin',
				chart: 'Xếp hạng các tỉnh',
				unit: 'nguồn tin (Tổng số), 2013–2023',
				view: view({}),
				lang: 'vi'
			})
		).toEqual({
			title: 'Nguồn tin — Xếp hạng các tỉnh',
			subtitle: 'nguồn tin (Tổng số), 2013–2023 · 63 tỉnh (trước 1/7/2025)'
		});
	});

	it.each([
		{ lang: 'vi', out: 'Xuất ngày 5/3/2026' },
		{ lang: 'en', out: 'Exported 5 Mar 2026' }
	] as const)('export date ($lang)', ({ lang, out }) => {
		expect(exportDate(new Date(2026, 2, 5, 12), lang)).toBe(out);
	});
});

describe('chartLegend', () => {
	const regions = regionSummaries(ds, sel);

	it('ranking: ≥ note for the lower bound drawn, chosen provinces, provinces left out, coverage', () => {
		// 01–04 have 2013–2023 figures (02's is a lower bound); 05 has none.
		expect(chartLegend({ chart: 'ranking', selection: sel, comparison: null, regions, highlighted: true, lang: 'vi' })).toEqual({
			items: [],
			footnotes: [t('vi', 'legend.atLeast'), 'Tỉnh đang chọn tô màu nhấn.', '1 tỉnh chưa có số liệu: không vẽ, không tính là 0.'],
			coverage: '4/5 tỉnh có số liệu'
		});
	});

	it('regions: partial totals are lower bounds', () => {
		// North = 01 + 02 (both reported, 02 ≥); South = 03, 04 reported, 05 not → partial.
		const legend = chartLegend({ chart: 'regions', selection: sel, comparison: null, regions, highlighted: false, lang: 'vi' });
		expect(legend.footnotes).toEqual([t('vi', 'legend.atLeast'), 'Viền đứt: vùng chỉ một phần tỉnh có số liệu; tổng là cận dưới (≥).']);
	});

	it('comparison: how to read it, per-year rates, what cannot be compared', () => {
		const cmp = compare(ds, { indicator: 'tips', periodA: p2013, periodB: p2015, norm: 'total', units: '63' });
		// 03 has both periods (7 and 4, exact); 05 has 2015–2020 only, the others 2013–2023 only.
		expect(chartLegend({ chart: 'compare', selection: sel, comparison: cmp, regions, highlighted: false, lang: 'en' })).toEqual({
			items: [],
			footnotes: [
				'Filled dot: 2013–2023; hollow dot: 2015–2020. Purple bar: increase; orange bar: decrease.',
				t('en', 'legend.perYearForced', { ya: 10, yb: 5 }),
				'4 provinces lack data to compare (not drawn).'
			],
			coverage: t('en', 'coverage.both', { n: 1, total: 5, a: '2013–2023', b: '2015–2020' })
		});
	});
});

describe('embedHeading', () => {
	it('names the indicator in the language and the chart the embed shows', () => {
		const ind = INDICATORS[0]!;
		expect(embedHeading({ indicator: ind, chart: 'periods', lang: 'en' })).toEqual({
			title: ind.label_en,
			subtitle: t('en', 'embed.chart.periods')
		});
		expect(embedHeading({ indicator: ind, chart: 'ranking', lang: 'vi' })).toEqual({
			title: ind.label_vi,
			subtitle: t('vi', 'embed.chart.ranking')
		});
		expect(embedHeading({ indicator: undefined, chart: 'map', lang: 'vi' }).title).toBe('');
	});
});
