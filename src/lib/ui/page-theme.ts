/** The page's colours (app.css variables) as a chart theme, for charts drawn on the page (workspace, embeds). */
import type { ChartTheme } from '$lib/core/chart-options';

/** Read now; callers re-read when the system switches light/dark (`isDark` from a media query). */
export function pageChartTheme(isDark: boolean): ChartTheme {
	const css = getComputedStyle(document.documentElement);
	const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
	return {
		dark: isDark,
		text: v('--text', isDark ? '#eef1f5' : '#1b1f24'),
		muted: v('--text-muted', '#4a5360'),
		line: v('--border', '#c9ced6'),
		accent: v('--accent', '#a61b1b')
	};
}
