import { describe, expect, it, vi } from 'vitest';
import { fact, linkTables, SOURCES, tables } from '$lib/core/test-fixtures';
import { SLIDE } from '$lib/core/slide';
import { exportDate } from '$lib/core/slide-text';
import { textsByRole, type SvgNode } from '$lib/core/svg-tree';
import type { DatasetTables } from '$lib/core/types';
import { t } from '$lib/i18n';
import { AppState } from '$lib/state/app.svelte';
import { DataSource, type DataOrigin } from '$lib/state/data-source.svelte';
import { servedLoaders } from '$lib/state/test-loaders';
import { chartPlan } from '$lib/ui/chart-plans';
import { buildSlide, NothingToDraw } from './compose';

/** A square province at (i, 0): enough geometry for the drawing, none of the build's files. */
const square = (code: string, i: number) => ({
	type: 'Feature' as const,
	properties: { code },
	geometry: {
		type: 'Polygon' as const,
		coordinates: [
			[
				[100 + i, 10],
				[101 + i, 10],
				[101 + i, 11],
				[100 + i, 11],
				[100 + i, 10]
			]
		]
	}
});
vi.mock('$lib/data/bundled', async (original) => ({
	...(await original<typeof import('$lib/data/bundled')>()),
	loadGeometry: async (units: '63' | '34') => ({
		type: 'FeatureCollection',
		features: (units === '63' ? ['01', '02', '03', '04', '05'] : ['01', '90', '91']).map(square)
	}),
	loadArchipelagos: async () => ({ features: [] })
}));

/** The dashboard's state on `data`, at the link `query`. */
async function viewOf(data: DatasetTables, query: string, origin?: DataOrigin) {
	const source = new DataSource(servedLoaders(data).loaders);
	await source.load(new URLSearchParams());
	await source.texts();
	if (origin) source.useTables(data, origin);
	const url = new URL(`https://atlas.test/?${query}`);
	return new AppState({ url: () => url, data: source });
}

const date = new Date('2026-11-23T07:05:00Z');
const slideOf = (
	app: AppState,
	target: Parameters<typeof buildSlide>[0]['target'],
	size: Parameters<typeof buildSlide>[0]['size'] = { kind: 'slide' }
) => buildSlide({ app, target, size, date, fonts: false });
const nodes = (n: SvgNode): SvgNode[] => [n, ...n.children.flatMap(nodes)];
const publisherOf = (sourceId: string) => SOURCES.find((s) => s.source_id === sourceId)!.publisher;

describe('the slide of a view', () => {
	it('the map: the legend’s title, the publishers of the figures drawn, the date and the credit in the view’s language', async () => {
		const app = await viewOf(linkTables(), 'lang=en&compare=none');
		const slide = await slideOf(app, 'map');
		expect([slide.width, slide.height]).toEqual([SLIDE.width, SLIDE.height]);
		const texts = textsByRole(slide.node);
		expect(texts.title).toBe(app.paint!.legend.title);
		// Every figure drawn (tips, 2013–2023) cites the same source.
		const cited = new Set(
			linkTables()
				.facts.filter((f) => f.indicator === 'tips' && f.period_start === 2013)
				.map((f) => f.source_id)
		);
		for (const id of cited) expect(texts.source).toContain(publisherOf(id));
		// The date line ends with the credit.
		expect(texts.date).toContain(exportDate(date, 'en'));
		expect(texts.date).not.toContain(exportDate(date, 'vi'));
		expect(texts.date).toContain(t('en', 'app.title'));
		// The bundled data carry no badge.
		expect(texts.badge).toBeUndefined();
	});

	it('a slide in coverage mode, the first of the page in that mode, is drawn: its painter is loaded first', async () => {
		const app = await viewOf(linkTables(), 'mode=coverage');
		const slide = await slideOf(app, 'map');
		expect(app.paint?.legend.kind).toBe('coverage');
		expect(textsByRole(slide.node).title).toBe(app.paint!.legend.title);
	});

	it('imported data are badged with their file', async () => {
		const app = await viewOf(linkTables(), '', {
			kind: 'imported',
			file: 'tinh-ha-giang.csv',
			importedAt: date.toISOString(),
			mode: 'replace'
		});
		const texts = textsByRole((await slideOf(app, 'map')).node);
		expect(texts.badge).toContain('tinh-ha-giang.csv');
	});

	it('a comparison without a province in both periods is drawn as the maps of each period, saying why', async () => {
		const data = tables([
			fact({ province_code: '01', indicator: 'tips', value: 3 }),
			fact({ province_code: '02', indicator: 'tips', value: 5, period_start: 2015, period_end: 2020, period_label: '2015-2020' })
		]);
		const app = await viewOf(data, 'period=2013-2023&compare=2015-2020');
		expect(app.comparison).not.toBeNull();
		const [map, periods] = await Promise.all([slideOf(app, 'map'), slideOf(app, 'periods')]);
		expect(textsByRole(map.node)).toEqual(textsByRole(periods.node));
	});

	it('a chart is ECharts’ drawing of the chart in view, under the heading the page gives it', async () => {
		const app = await viewOf(linkTables(), 'compare=none');
		const slide = await slideOf(app, 'ranking');
		expect(nodes(slide.node).filter((n) => n.attrs['data-chart'] === 'ranking')).toHaveLength(1);
		expect(textsByRole(slide.node).title).toBe(chartPlan(app, 'ranking')!.heading.title);
	});

	it('nothing to draw is said as such: a comparison chart without a second period, a view without data', async () => {
		const app = await viewOf(linkTables(), 'compare=none');
		await expect(slideOf(app, 'compare')).rejects.toBeInstanceOf(NothingToDraw);
		await expect(slideOf(app, 'periods')).rejects.toBeInstanceOf(NothingToDraw);
		const empty = new AppState({ url: () => new URL('https://atlas.test/'), data: new DataSource(servedLoaders(linkTables()).loaders) });
		await expect(slideOf(empty, 'map')).rejects.toBeInstanceOf(NothingToDraw);
	});

	it('at the size on screen: the given width (never under 320 px), the body as tall as on screen', async () => {
		const app = await viewOf(linkTables(), 'compare=none');
		expect((await slideOf(app, 'map', { kind: 'screen', width: 800.4, height: 500 })).width).toBe(800);
		expect((await slideOf(app, 'map', { kind: 'screen', width: 200, height: 500 })).width).toBe(320);
		const short = await slideOf(app, 'map', { kind: 'screen', width: 800, height: 300 });
		const tall = await slideOf(app, 'map', { kind: 'screen', width: 800, height: 600 });
		expect(tall.height - short.height).toBe(300);
	});
});
