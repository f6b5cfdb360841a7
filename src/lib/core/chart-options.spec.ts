import { describe, expect, it } from 'vitest';
import { compareOption, dataIndexOf, rankingOption, regionsOption, tooltipHtml, type ChartOption, type ChartTheme } from './chart-options';
import { compare } from './compare';
import { indexDataset } from './dataset';
import { regionSummaries } from './regions';
import { select } from './select';
import { buildTable } from './province-table';
import { fact, tables } from './test-fixtures';

const theme: ChartTheme = { dark: false, text: '#111', muted: '#555', line: '#ccc', accent: '#a61b1b' };
const P = { start: 2013, end: 2023 };
const P2 = { start: 2015, end: 2020 };
const ds = indexDataset(
	tables([
		fact({ province_code: '01', indicator: 'tips', value: 44000, qualifier: 'at_least' }),
		fact({ province_code: '02', indicator: 'tips', value: 7000, qualifier: 'approx' }),
		fact({ province_code: '03', indicator: 'tips', value: 12000 }),
		fact({ province_code: '01', indicator: 'tips', value: 1000, period_start: 2015, period_end: 2020 }),
		fact({ province_code: '03', indicator: 'tips', value: 9000, period_start: 2015, period_end: 2020 })
	])
);
const sel = select(ds, { indicator: 'tips', period: P, norm: 'total', units: '63' });
const rows = buildTable(ds, { selection: sel, comparison: null }).rows;

type AnySeries = { type: string; data: unknown[]; label?: { formatter: (p: unknown) => string }; itemStyle?: { color?: string } };
const series = (o: ChartOption) => o.series as AnySeries[];
const tooltip = (o: ChartOption, index: number) => (o.tooltip as { formatter: (p: unknown) => string }).formatter([{ dataIndex: index }]);
const categories = (o: ChartOption) => (o.yAxis as { data: unknown[] }).data;

describe('rankingOption', () => {
	const { option, height } = rankingOption({
		rows,
		highlighted: new Set(['03']),
		lang: 'vi',
		theme,
		unit: 'nguồn tin',
		title: 'Nguồn tin'
	});
	const bars = series(option)[0]!;

	it('draws only provinces with data, largest first — never a zero bar for the others', () => {
		expect(categories(option)).toEqual(['Alpha', 'Gamma', 'Beta']);
		expect(bars.data.map((d) => (d as { value: number }).value)).toEqual([44000, 12000, 7000]);
	});

	it('keeps ≥ and ≈ in the labels, in Vietnamese number format', () => {
		expect([0, 1, 2].map((i) => bars.label!.formatter({ dataIndex: i }))).toEqual(['≥\u00a044.000', '12.000', '≈\u00a07.000']);
	});

	it('highlights the chosen provinces and fades the others', () => {
		const colors = bars.data.map((d) => (d as { itemStyle: { color: string } }).itemStyle.color);
		expect(colors[1]).toBe(theme.accent);
		expect(colors[0]).toBe(colors[2]);
		expect(colors[0]).not.toBe(theme.accent);
	});

	it('gives every bar a row of the same height', () => {
		const heightFor = (n: number) =>
			rankingOption({ rows: rows.slice(0, n), highlighted: new Set(), lang: 'vi', theme, unit: '', title: '' }).height;
		expect(height - heightFor(2)).toBe(heightFor(2) - heightFor(1));
		expect(height).toBeGreaterThan(heightFor(2));
	});

	it('describes the chart for screen readers with every bar', () => {
		expect((option.aria as { label: { description: string } }).label.description).toContain(
			'Alpha ≥\u00a044.000; Gamma 12.000; Beta ≈\u00a07.000'
		);
	});

	it('has a tooltip with the qualifier, rank and source', () => {
		expect(tooltip(option, 0)).toBe(
			'<strong>Alpha</strong><br/>≥\u00a044.000 nguồn tin<br/>trên (cận dưới)<br/>Hạng 1/3<br/>Nguồn: Old paper'
		);
	});
});

describe('tooltips escape data text', () => {
	it('shows a province name made of markup as text', () => {
		const evil = rows.map((r) => (r.code === '01' ? { ...r, name: '<img src=x onerror=alert(1)>', publishers: ['"A&B"'] } : r));
		const { option } = rankingOption({ rows: evil, highlighted: new Set(), lang: 'en', theme, unit: 'tips', title: 'Tips' });
		const html = tooltip(option, 0);
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
		expect(html).toContain('&quot;A&amp;B&quot;');
		expect(html).not.toContain('<img');
	});

	it('escapes every line', () => {
		expect(tooltipHtml(['<b>', '', 'x<y'])).toBe('<strong>&lt;b&gt;</strong><br/>x&lt;y');
	});

	it.each([
		[{ dataIndex: 2 }, 2],
		[[{ dataIndex: 1 }], 1],
		[null, -1]
	])('reads the data index of %j', (params, expected) => {
		expect(dataIndexOf(params)).toBe(expected);
	});
});

describe('compareOption', () => {
	const cmp = compare(ds, { indicator: 'tips', periodA: P, periodB: P2, norm: 'total', units: '63' });
	const table = buildTable(ds, { selection: sel, comparison: cmp });
	const { option } = compareOption({ table, highlighted: new Set(['01']), lang: 'en', theme, unit: 'tips a year', title: 'x' });
	const [base, gap, a, b] = series(option);

	it('has one dumbbell per province with both periods, on per-year rates, sorted by change', () => {
		// Alpha 4400/yr vs 200/yr (+4200); Gamma 1200/yr vs 1800/yr (−600); Beta lacks 2015–2020.
		expect(categories(option).map((c) => (c as { value: string }).value)).toEqual(['Alpha', 'Gamma']);
		expect(a!.data).toEqual([
			[4400, 0],
			[1200, 1]
		]);
		expect(b!.data).toEqual([
			[200, 0],
			[1800, 1]
		]);
		expect(base!.data).toEqual([200, 1200]);
		expect(gap!.data.map((d) => (d as { value: number }).value)).toEqual([4200, 600]);
	});

	it('colours an increase and a decrease differently and names both periods in the legend', () => {
		const [up, down] = gap!.data.map((d) => (d as { itemStyle: { color: string } }).itemStyle.color);
		expect(up).not.toBe(down);
		expect((option.legend as { data: string[] }).data).toEqual(['2013–2023', '2015–2020']);
	});

	it('puts the change and ratio in the tooltip', () => {
		expect(tooltip(option, 1)).toContain('\u2212600 (×0.67)');
	});
});

describe('regionsOption', () => {
	const { option } = regionsOption({ regions: regionSummaries(ds, sel), lang: 'vi', theme, unit: 'nguồn tin', title: 'Vùng' });
	const bars = series(option)[0]!;

	it('labels a region missing some provinces as partial, with a lower-bound mark: the total after the bar, the coverage under the name', () => {
		// North: Alpha ≥44000 + Beta ≈7000, complete; South: Gamma 12000 of Gamma, Delta, Epsilon.
		expect([0, 1].map((i) => bars.label!.formatter({ dataIndex: i }))).toEqual(['≥\u00a051.000', '≥\u00a012.000']);
		// One line after each bar: nothing runs into the next row.
		expect([0, 1].map((i) => bars.label!.formatter({ dataIndex: i })).some((l) => l.includes('\n'))).toBe(false);
		const name = (option.yAxis as { axisLabel: { formatter: (v: string, i: number) => string } }).axisLabel.formatter;
		expect([name('North', 0), name('South', 1)]).toEqual(['{name|North}\n{cov|2/2 tỉnh}', '{name|South}\n{cov|một phần, 1/3 tỉnh}']);
		// A long name is broken into lines of its own, each short enough for the axis.
		expect(name('Bắc Trung Bộ và Duyên hải miền Trung', 0).split('\n')).toEqual([
			'{name|Bắc Trung Bộ và}',
			'{name|Duyên hải miền Trung}',
			'{cov|2/2 tỉnh}'
		]);
		const partialStyle = (bars.data[1] as { itemStyle: { borderType?: string } }).itemStyle;
		expect(partialStyle.borderType).toBe('dashed');
	});

	it('leaves a region without any figure out of the bars', () => {
		const { option: only } = regionsOption({
			regions: regionSummaries(ds, sel, new Set(['04', '05', '01'])),
			lang: 'vi',
			theme,
			unit: '',
			title: ''
		});
		expect(categories(only)).toEqual(['North']);
	});
});
