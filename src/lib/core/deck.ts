/**
 * The presenter's deck (URL parameter `deck`): views collected for presentation mode, each stored as the
 * query of the view with the chart it shows (`indicator=tips&period=2013-2023&chart=ranking`). The language
 * is the presenter's, so it is left out of the entries; panels, sorting and the tab are not part of a slide.
 */
import type { Dataset } from './dataset';
import { chartQuery } from './embed';
import { indicatorLabel } from './indicator-label';
import { parsePeriod, periodLabel } from './period';
import type { Lang } from './types';
import type { ViewContext } from './view-context';
import { parseViewState, type ChartName, type ViewState } from './view-state';
import { t } from '../i18n';
import '../i18n/messages/present-dialogs';

/** What a slide can show: the map or one of the charts. */
export type SlideChart = Exclude<ChartName, 'table'>;
export const SLIDE_CHARTS: readonly SlideChart[] = ['map', 'ranking', 'compare', 'regions', 'periods'];

/** The deck entry of a view showing `chart`. */
export function deckEntry(state: ViewState, chart: SlideChart, ctx: ViewContext): string {
	return chartQuery({ ...state, lang: 'vi', panel: null, sort: null, view: 'map' }, chart, ctx);
}

/** The chart a slide shows: what its entry says, the map when it names the table. */
export function slideChart(state: ViewState): SlideChart {
	return state.chart === 'table' ? 'map' : state.chart;
}

/** The address a slide's view is read from: the entry in the presenter's language. */
export function slideQuery(entry: string, lang: Lang): URLSearchParams {
	const params = new URLSearchParams(entry);
	params.delete('deck');
	if (lang === 'vi') params.delete('lang');
	else params.set('lang', lang);
	return params;
}

/** "Nguồn tin, tin báo · 2013–2023 · Xếp hạng": a deck entry as the deck list names it. */
export function deckTitle(entry: string, ds: Dataset, ctx: ViewContext, lang: Lang): string {
	const { state } = parseViewState(new URLSearchParams(entry), ctx);
	const period = parsePeriod(state.period);
	const compare = state.compare ? parsePeriod(state.compare) : null;
	const periods = [period, compare].flatMap((p) => (p ? [periodLabel(p)] : [])).join(' / ');
	const what =
		state.mode === 'coverage-all'
			? t(lang, 'legend.overallTitle')
			: state.mode === 'reporting'
				? t(lang, 'reporting.title')
				: indicatorLabel(ds.indicatorById.get(state.indicator), lang) || state.indicator;
	return [what, periods, t(lang, `deck.chart.${slideChart(state)}`)].filter(Boolean).join(' · ');
}

/** The deck with `entry` added at the end. */
export function addToDeck(deck: readonly string[], entry: string): string[] {
	return [...deck, entry];
}

export function removeFromDeck(deck: readonly string[], index: number): string[] {
	return deck.filter((_, i) => i !== index);
}

/** The deck with entry `index` moved one place up (-1) or down (+1); unchanged at either end. */
export function moveInDeck(deck: readonly string[], index: number, by: -1 | 1): string[] {
	const to = index + by;
	if (index < 0 || index >= deck.length || to < 0 || to >= deck.length) return [...deck];
	const out = [...deck];
	[out[index], out[to]] = [out[to]!, out[index]!];
	return out;
}
