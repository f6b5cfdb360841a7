import { describe, expect, it } from 'vitest';
import { exportFileName } from './export-names';

const base = { indicator: 'tips', period: '2013-2023', compare: null, units: '63', mode: 'value' } as const;

describe('exportFileName', () => {
	it.each([
		{ view: base, chart: 'map', ext: 'png', size: 'slide', out: 'antq-tips-2013-2023.png' },
		{ view: base, chart: 'map', ext: 'png', size: 'screen', out: 'antq-tips-2013-2023-2x.png' },
		{ view: base, chart: 'ranking', ext: 'svg', size: undefined, out: 'antq-tips-2013-2023-ranking.svg' },
		{
			view: { ...base, period: '2024', compare: '2023', units: '34' },
			chart: 'compare',
			ext: 'png',
			size: 'slide',
			out: 'antq-tips-2024-vs-2023-compare-34.png'
		},
		{
			view: { ...base, mode: 'coverage', compare: '2015-2020' },
			chart: 'map',
			ext: 'png',
			size: 'slide',
			out: 'antq-tips-2013-2023-coverage.png'
		},
		{ view: { ...base, mode: 'coverage-all' }, chart: 'map', ext: 'svg', size: 'slide', out: 'antq-coverage-all.svg' },
		{ view: { ...base, indicator: 'Mô hình/..\\x' }, chart: 'map', ext: 'png', size: 'slide', out: 'antq-m-h-nh-x-2013-2023.png' }
	] as const)('$out', ({ view, chart, ext, size, out }) => {
		expect(exportFileName({ view, chart, ext, size })).toBe(out);
	});
});
