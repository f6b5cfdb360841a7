/**
 * Links between the dashboard and its embeds: the `/embed` address of a view (same URL parameters, plus
 * `chart`), the full view an embed links back to (the same parameters without `chart`), and the `<iframe>`
 * snippet a presenter pastes into a web page — plain HTML, no script, so it works under any host's CSP.
 */
import { escapeHtml } from './escape';
import type { ViewContext } from './view-context';
import { ALL_EVIDENCE, viewStateSearch, type ChartName, type ViewState } from './view-state';

/**
 * The view as an embed shows it: a deck is the presenter's, never part of an embed or its link back; an embed
 * shows no evidence table, so its filters are left out too.
 */
function forLink(state: ViewState, chart: ChartName): ViewState {
	return { ...state, ...ALL_EVIDENCE, chart, deck: undefined };
}

/**
 * The query of a view showing `chart` (without "?"), `chart` always written — even the default `map` — so
 * the link says what it shows; the deck left out.
 */
export function chartQuery(state: ViewState, chart: ChartName, ctx: ViewContext): string {
	const q = viewStateSearch(forLink(state, chart), ctx).slice(1);
	return chart === 'map' ? `${q}${q ? '&' : ''}chart=map` : q;
}

/** `<base>embed?…&chart=…`; `base` is the dashboard's address (ending in `/`). */
export function embedUrl(opts: { base: string; state: ViewState; chart: ChartName; ctx: ViewContext }): string {
	return `${new URL('embed', opts.base).href}?${chartQuery(opts.state, opts.chart, opts.ctx)}`;
}

/** The full dashboard view of an embed: the same parameters without `chart`. */
export function fullViewUrl(opts: { base: string; state: ViewState; ctx: ViewContext }): string {
	return `${new URL(opts.base).href}${viewStateSearch(forLink(opts.state, 'map'), opts.ctx)}`;
}

/** `ratio`: width spans the host's column, height follows (e.g. "4/3"); `fixed`: width × height px. */
export type EmbedSize = { kind: 'ratio'; ratio: string } | { kind: 'fixed'; width: number; height: number };

/** Ratios offered for a responsive embed (a map of Vietnam is taller than wide: 3/4 suits it). */
export const EMBED_RATIOS = ['16/9', '4/3', '1/1', '3/4'] as const;

export function embedSnippet(opts: { url: string; title: string; size: EmbedSize }): string {
	const src = escapeHtml(opts.url);
	const title = escapeHtml(opts.title);
	if (opts.size.kind === 'fixed') {
		const { width, height } = opts.size;
		return `<iframe src="${src}" title="${title}" width="${Math.round(width)}" height="${Math.round(height)}" style="border:0;max-width:100%" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
	}
	const ratio = /^\d+\/\d+$/.test(opts.size.ratio) ? opts.size.ratio : '4/3';
	return (
		`<div style="position:relative;width:100%;aspect-ratio:${ratio}">` +
		`<iframe src="${src}" title="${title}" style="position:absolute;inset:0;width:100%;height:100%;border:0" loading="lazy" referrerpolicy="no-referrer"></iframe>` +
		`</div>`
	);
}
