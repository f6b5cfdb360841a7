/**
 * Every view of the dashboard, for the hardening tests (offline, axe, language): each with its link and how
 * to tell it is drawn. Links that need data (a comparison with figures on both sides, a province with
 * figures) are worked out from the bundled data with the core, never written by hand.
 */
import type { Page } from '@playwright/test';
import { compare, type Comparison } from '../../src/lib/core/compare';
import { parsePeriod } from '../../src/lib/core/period';
import { select } from '../../src/lib/core/select';
import type { Lang } from '../../src/lib/core/types';
import { parseViewState } from '../../src/lib/core/view-state';
import { t, type MessageKey } from '../../src/lib/i18n/catalogue';
import { ctx, dataset, VIEW_63 } from './bundled';
import { expect, mapReady } from './fixtures';

/** Every comparison of two periods of one indicator the data allow, in catalogue and period order, with its link. */
function* comparisons(): Generator<{ q: string; c: Comparison }> {
	for (const ind of dataset.indicators) {
		const periods = ctx.periodsFor(ind.id);
		for (const a of periods) {
			for (const b of periods) {
				const pa = parsePeriod(a);
				const pb = parsePeriod(b);
				if (a === b || !pa || !pb) continue;
				const c = compare(dataset, { indicator: ind.id, periodA: pa, periodB: pb, norm: 'total', units: '63' });
				yield { q: `indicator=${ind.id}&period=${a}&compare=${b}`, c };
			}
		}
	}
}

/** The first indicator (catalogue order) with two periods that both have figures for some province. */
function comparisonQuery(): string {
	for (const { q, c } of comparisons()) if (c.withBoth > 0) return q;
	throw new Error('the bundled data have no indicator with figures in two periods');
}

/**
 * A comparison of two periods that both have province figures, but no province has both (so the page leads
 * with the maps of each period): the indicator and periods best covered.
 */
function leadComparisonQuery(): string {
	let best: { q: string; n: number } | null = null;
	for (const { q, c } of comparisons()) {
		const n = Math.min(c.a.withData, c.b.withData);
		if (c.withBoth === 0 && n > 0 && (!best || n > best.n)) best = { q, n };
	}
	if (!best) throw new Error('the bundled data have no comparison without a province in both periods');
	return best.q;
}

/** The area ranked first on the map of a link's view: its panel has figures. */
function firstRanked(query: string): string {
	const view = parseViewState(new URLSearchParams(query), ctx).state;
	const period = parsePeriod(view.period);
	if (!period) throw new Error(`no period for ${query}`);
	const s = select(dataset, { indicator: view.indicator, period, norm: 'total', units: view.units });
	const top = s.areas.find((a) => a.rank === 1);
	if (!top) throw new Error(`no ranked area for ${query}`);
	return top.code;
}

export const COMPARISON = comparisonQuery();
export const LEAD_COMPARISON = leadComparisonQuery();
/** The province ranked first on a view of the 63 map, and that view's link with its panel open. */
export const TOP_PROVINCE = firstRanked(VIEW_63);
export const TOP_PROVINCE_PANEL = `/?${VIEW_63}&panel=${TOP_PROVINCE}`;
/** The new province ranked first on the default view (the 34 map). */
const TOP_UNIT = firstRanked('');

/** `path` with `lang=en` added for English (Vietnamese is the default and has no parameter). */
export function withLang(path: string, lang: Lang): string {
	if (lang === 'vi') return path;
	return path + (path.includes('?') ? '&' : '?') + 'lang=en';
}

/** Every chart on the page has finished drawing. */
async function chartsReady(page: Page): Promise<void> {
	const charts = page.locator('[data-chart]');
	await expect(charts.first()).toBeVisible({ timeout: 15_000 });
	await expect(page.locator('[data-chart]:not([data-ready])')).toHaveCount(0, { timeout: 15_000 });
}

export interface ViewCase {
	name: string;
	/** Link without `lang`. */
	path: string;
	/** Waits until the view is drawn (and opens what has to be opened, e.g. a dialog). */
	show: (page: Page, lang: Lang) => Promise<void>;
}

/** The maps of each period of a comparison, drawn (they come in a task after the map). */
const periodMapsReady = (page: Page) =>
	expect(page.locator('svg[aria-label] path[data-period-area="b"]').first()).toBeAttached({ timeout: 15_000 });

/** Opens a toolbar tool of the presentation feature by the accessible name of its button. */
function openTool(key: MessageKey, then?: (page: Page, lang: Lang) => Promise<void>) {
	return async (page: Page, lang: Lang) => {
		await mapReady(page);
		await page.getByRole('button', { name: t(lang, key), exact: true }).click();
		await expect(page.locator('dialog[open]')).toBeVisible();
		await then?.(page, lang);
	};
}

export const VIEWS: ViewCase[] = [
	{ name: 'map, values', path: '/', show: (page) => mapReady(page) },
	{
		name: 'map, comparison',
		path: `/?${COMPARISON}`,
		show: async (page) => {
			await mapReady(page);
			await periodMapsReady(page);
		}
	},
	{
		name: 'map, comparison without a province in both periods',
		path: `/?${LEAD_COMPARISON}`,
		show: async (page) => {
			await mapReady(page);
			await periodMapsReady(page);
		}
	},
	// The "Tùy chọn / Options" disclosure, open because the link sets one of its choices.
	{ name: 'map, options open', path: '/?classes=jenks', show: (page) => mapReady(page) },
	{ name: 'map, coverage of the indicator', path: '/?mode=coverage', show: (page) => mapReady(page) },
	{ name: 'map, coverage of all indicators', path: '/?mode=coverage-all', show: (page) => mapReady(page) },
	{ name: 'map, 34 units', path: '/?units=34', show: (page) => mapReady(page, 34) },
	{
		name: 'map, reporting status',
		path: '/?mode=reporting',
		show: async (page) => {
			await mapReady(page);
			await expect(page.getByTestId('reporting-table')).toBeVisible({ timeout: 15_000 });
		}
	},
	{
		name: 'province panel',
		path: TOP_PROVINCE_PANEL,
		show: async (page) => {
			await mapReady(page);
			await expect(page.getByTestId('province-panel')).toBeVisible();
		}
	},
	{
		name: 'province panel, 34 units',
		path: `/?panel=${TOP_UNIT}`,
		show: async (page) => {
			await mapReady(page, 34);
			await expect(page.getByTestId('province-panel')).toBeVisible();
		}
	},
	{ name: 'charts, with comparison', path: `/?view=chart&${COMPARISON}`, show: chartsReady },
	{ name: 'charts, chosen region', path: `/?view=chart&region=${dataset.regions[0]?.id}`, show: chartsReady },
	{
		name: 'table and evidence',
		path: '/?view=table',
		show: async (page) => {
			await expect(page.locator('table tbody tr').first()).toBeVisible({ timeout: 15_000 });
		}
	},
	{
		name: 'table, comparison',
		path: `/?view=table&${COMPARISON}`,
		show: (page) => expect(page.locator('table tbody tr').first()).toBeVisible({ timeout: 15_000 })
	},
	{
		name: 'import dialog',
		path: '/',
		show: async (page, lang) => {
			await mapReady(page);
			await page.getByTestId('import-open').click();
			await expect(page.getByRole('dialog', { name: t(lang, 'importer.title') })).toBeVisible();
		}
	},
	{
		name: 'error page',
		path: '/khong-co-trang-nay',
		show: async (page, lang) => {
			await expect(page.getByRole('alert')).toContainText(t(lang, 'error.notFound'));
		}
	},
	...(['map', 'ranking', 'compare', 'table', 'periods'] as const).map((chart): ViewCase => ({
		name: `embed, ${chart}`,
		path: `/embed?chart=${chart}&${COMPARISON}`,
		show: async (page) => {
			if (chart === 'map') await mapReady(page);
			else if (chart === 'table') await expect(page.locator('table tbody tr').first()).toBeVisible({ timeout: 15_000 });
			else if (chart === 'periods') await periodMapsReady(page);
			else await chartsReady(page);
		}
	})),
	{ name: 'embed dialog', path: `/?${COMPARISON}`, show: openTool('tools.embedLabel') },
	{ name: 'presentation deck dialog', path: '/', show: openTool('tools.presentLabel') },
	{
		name: 'presentation mode',
		path: '/',
		show: openTool('tools.presentLabel', async (page, lang) => {
			await page.getByRole('button', { name: t(lang, 'deck.start'), exact: true }).click();
			await expect(page.locator('[data-slide-index] img')).toBeVisible({ timeout: 15_000 });
		})
	}
];
