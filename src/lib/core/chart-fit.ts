/**
 * A workspace chart (core/chart-options.ts) laid out for a given box instead of the page's column: its plot
 * grows to fill a taller box (an embed, a slide), its bars thicker with it, and is never squeezed below the
 * height it was built for,
 * so bars keep readable rows (the caller scrolls or scales instead). The text font is set for exports,
 * whose embedded font must be the one ECharts measures and writes.
 */
import type { ChartOption, ChartSpec } from './chart-options';

export function fitChartSpec(spec: ChartSpec, opts: { height: number; fontFamily?: string }): ChartSpec {
	const height = Math.max(spec.height, Math.round(opts.height));
	const extra = height - spec.height;
	const grid = spec.option.grid;
	const fitted: ChartOption = { ...spec.option };
	if (grid && !Array.isArray(grid) && typeof grid.height === 'number' && grid.height > 0) {
		fitted.grid = { ...grid, height: grid.height + extra };
		// Bars grow with their rows (up to twice as thick), so a stretched chart does not turn into threads.
		const grow = Math.min(2, (grid.height + extra) / grid.height);
		const series = Array.isArray(spec.option.series) ? spec.option.series : spec.option.series ? [spec.option.series] : [];
		fitted.series = series.map((s) =>
			s.type === 'bar' && typeof s.barMaxWidth === 'number' ? { ...s, barMaxWidth: Math.round(s.barMaxWidth * grow) } : s
		);
	}
	if (opts.fontFamily) {
		const textStyle = Array.isArray(spec.option.textStyle) ? {} : (spec.option.textStyle ?? {});
		fitted.textStyle = { ...textStyle, fontFamily: opts.fontFamily };
	}
	return { option: fitted, height };
}
