import { describe, expect, it } from 'vitest';
import { indexDataset } from './dataset';
import { chartQuery, embedSnippet, embedUrl, fullViewUrl } from './embed';
import { linkTables } from './test-fixtures';
import { viewContext } from './view-context';
import { parseViewState } from './view-state';

const ds = indexDataset(linkTables());
const ctx = viewContext(ds);
const state = (q: string) => parseViewState(new URLSearchParams(q), ctx).state;

describe('links of an embed', () => {
	it.each([
		{ q: 'indicator=tips&period=2015-2020', chart: 'ranking', out: 'period=2015-2020&chart=ranking' },
		// The map is the default chart, written anyway so the link says what it shows.
		{ q: '', chart: 'map', out: 'chart=map' },
		{ q: 'indicator=tips&lang=en&provinces=2,1', chart: 'map', out: 'provinces=01,02&lang=en&chart=map' },
		{ q: 'indicator=models_total&provinces=2', chart: 'map', out: 'indicator=models_total&provinces=02&chart=map' },
		// The presenter's deck never travels with an embed.
		{ q: 'indicator=tips&deck=indicator%3Dtips', chart: 'table', out: 'chart=table' }
	] as const)('$q as $chart → $out', ({ q, chart, out }) => {
		expect(chartQuery(state(q), chart, ctx)).toBe(out);
	});

	it('puts /embed beside the dashboard, and links back without chart or deck', () => {
		const s = state('indicator=tips&period=2015-2020&chart=ranking&deck=x%3D1&lang=en');
		expect(embedUrl({ base: 'https://atlas.example.vn/sub/', state: s, chart: 'ranking', ctx })).toBe(
			'https://atlas.example.vn/sub/embed?period=2015-2020&chart=ranking&lang=en'
		);
		expect(fullViewUrl({ base: 'https://atlas.example.vn/sub/', state: s, ctx })).toBe(
			'https://atlas.example.vn/sub/?period=2015-2020&lang=en'
		);
		expect(fullViewUrl({ base: 'http://127.0.0.1:4173/', state: state('chart=map'), ctx })).toBe('http://127.0.0.1:4173/');
	});
});

describe('embedSnippet', () => {
	const url = 'https://a.vn/embed?indicator=tips&chart=map';

	it('responsive: an aspect-ratio box the iframe fills, no script', () => {
		const html = embedSnippet({ url, title: 'ANTQ Atlas: Nguồn tin — Bản đồ', size: { kind: 'ratio', ratio: '3/4' } });
		expect(html).toBe(
			'<div style="position:relative;width:100%;aspect-ratio:3/4">' +
				'<iframe src="https://a.vn/embed?indicator=tips&amp;chart=map" title="ANTQ Atlas: Nguồn tin — Bản đồ" style="position:absolute;inset:0;width:100%;height:100%;border:0" loading="lazy" referrerpolicy="no-referrer"></iframe>' +
				'</div>'
		);
		expect(html).not.toContain('<script');
	});

	it('fixed size in whole pixels', () => {
		expect(embedSnippet({ url, title: 't', size: { kind: 'fixed', width: 600.4, height: 400 } })).toBe(
			'<iframe src="https://a.vn/embed?indicator=tips&amp;chart=map" title="t" width="600" height="400" style="border:0;max-width:100%" loading="lazy" referrerpolicy="no-referrer"></iframe>'
		);
	});

	it('escapes the title and URL, and accepts only a ratio of two numbers', () => {
		const html = embedSnippet({
			url: 'https://a.vn/embed?x="><script>',
			title: '"><img onerror=1>',
			size: { kind: 'ratio', ratio: '1;background:url(x)' }
		});
		expect(html).not.toMatch(/<script|<img/);
		expect(html).toContain('aspect-ratio:4/3');
		expect(html).toContain('title="&quot;&gt;&lt;img onerror=1&gt;"');
	});
});
