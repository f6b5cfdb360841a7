import { describe, expect, it } from 'vitest';
import type { ChartSpec } from './chart-options';
import { fitChartSpec } from './chart-fit';

/** A chart built for 200 px: 40 px of axes and a 160 px plot with 18 px bars. */
const spec: ChartSpec = {
	height: 200,
	option: {
		textStyle: { color: '#000' },
		grid: { top: 8, height: 160 },
		series: [
			{ type: 'bar', barMaxWidth: 18, data: [1, 2] },
			{ type: 'scatter', data: [[1, 0]] }
		]
	}
};

describe('fitChartSpec', () => {
	it('grows the plot by the extra height and thickens bars with it (at most twice)', () => {
		const fitted = fitChartSpec(spec, { height: 280 });
		expect(fitted.height).toBe(280);
		expect(fitted.option.grid).toEqual({ top: 8, height: 240 });
		// 240 / 160 = 1.5 → 27 px.
		expect((fitted.option.series as { barMaxWidth?: number }[])[0]!.barMaxWidth).toBe(27);
		const tall = fitChartSpec(spec, { height: 1000 });
		expect((tall.option.series as { barMaxWidth?: number }[])[0]!.barMaxWidth).toBe(36);
		expect((tall.option.series as { type: string }[])[1]).toEqual({ type: 'scatter', data: [[1, 0]] });
	});

	it('never squeezes a chart below the height it was built for', () => {
		const fitted = fitChartSpec(spec, { height: 120 });
		expect(fitted.height).toBe(200);
		expect(fitted.option.grid).toEqual({ top: 8, height: 160 });
	});

	it('sets the font family, keeping the text style', () => {
		expect(fitChartSpec(spec, { height: 200, fontFamily: 'X Sans' }).option.textStyle).toEqual({ color: '#000', fontFamily: 'X Sans' });
		expect(spec.option.textStyle).toEqual({ color: '#000' });
	});
});
