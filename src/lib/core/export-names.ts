/**
 * File names of exported images that say what they hold: `antq-tips-2013-2023.png`,
 * `antq-tips-2024-vs-2023-ranking-34-2x.png`. Only letters, digits, `_` and `-`, so every system keeps them.
 */
import type { ChartName, ViewState } from './view-state';

/** `slide`: 1920×1080; `screen`: twice the on-screen size. */
export type ImageSize = 'slide' | 'screen';

const safe = (s: string) =>
	s
		.toLowerCase()
		.replace(/[^a-z0-9_-]+/g, '-')
		.replace(/^-+|-+$/g, '');

export function exportFileName(opts: {
	view: Pick<ViewState, 'indicator' | 'period' | 'compare' | 'units' | 'mode'>;
	chart: ChartName;
	ext: 'png' | 'svg';
	size?: ImageSize;
}): string {
	const { view, chart, ext, size } = opts;
	const parts = ['antq'];
	if (view.mode === 'coverage-all') parts.push('coverage-all');
	else if (view.mode === 'reporting') parts.push('reporting', view.period);
	else {
		parts.push(view.indicator, view.period);
		if (view.mode === 'coverage') parts.push('coverage');
		else if (view.compare) parts.push('vs', view.compare);
	}
	if (chart !== 'map') parts.push(chart);
	if (view.units === '34') parts.push('34');
	if (size === 'screen') parts.push('2x');
	return `${parts.map(safe).filter(Boolean).join('-')}.${ext}`;
}
