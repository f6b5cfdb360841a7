import { formatNumber } from '$lib/core/format';
import { readLinkEarly } from '$lib/core/link-early';
import { loadArchipelagos, loadGeometry } from '$lib/data/bundled';
import type { LayoutLoad } from './$types';

// A static SPA: everything renders in the browser (the map's Leaflet, loaded when the reader zooms, needs `window`).
export const ssr = false;
export const prerender = false;

/**
 * Runs as soon as this module is in, while the page's own modules still download: when the link opens on the
 * map, the boundaries and archipelago labels are requested now, alongside the data, not after them (the page
 * itself preloads the tables, the default view's boundaries and its own modules: src/app.html,
 * scripts/preload-first-view.js). Leaflet is not: the map opens as an SVG drawing and loads it when zoomed.
 * Read from the link before the data are in (core/link-early.ts; the view state needs the data to be parsed): the
 * map is the default view of the dashboard (`view`) and of /embed (`chart`). Only a head start — whoever draws the map loads them anyway —
 * and untracked, so that changing the view does not run this again.
 */
export const load: LayoutLoad = ({ url, untrack }) => {
	untrack(() => {
		const link = readLinkEarly(url.searchParams);
		// The first number formatter of a language loads the browser's locale data (≈ 10 ms, 40 ms on a slow
		// phone): done in a task of its own while the data download, not in the task that draws them (an idle
		// callback could come too late: the page is rarely idle before the data are in).
		setTimeout(() => formatNumber(1, link.lang));
		if (link.view !== 'map' || link.chart !== 'map') return;
		// Which boundaries a link without `units` needs only the data can tell (the page preloads the default view's).
		if (link.units) loadGeometry(link.units).catch(() => undefined);
		loadArchipelagos().catch(() => undefined);
	});
};
