import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { indexDataset, type Dataset } from '$lib/core/dataset';
import { fact, linkTables, tables } from '$lib/core/test-fixtures';
import { defaultViewState, type ViewState } from '$lib/core/view-state';
import { t as translate } from '$lib/i18n';
import { UrlView } from './view.svelte';

/** A page's address that navigation changes, and every navigation asked for. */
function router(start: string) {
	let url = $state(new URL(start, 'https://atlas.test'));
	const visits: { href: string; replace: boolean }[] = [];
	return {
		url: () => url,
		visits,
		navigate: async (href: string, { replace }: { replace: boolean }) => {
			visits.push({ href, replace });
			url = new URL(href, url);
		}
	};
}

// tips: 2013–2023 and 2015–2020 (the default view is their comparison); models_total: 2024 only.
const ds = indexDataset(linkTables());

function viewAt(
	start: string,
	opts: { dataset?: Dataset | null; prepare?: (next: ViewState, retry: () => Promise<unknown>) => Promise<boolean> } = {}
) {
	const r = router(start);
	const dataset = opts.dataset === undefined ? ds : opts.dataset;
	const view = new UrlView({ url: r.url, dataset: () => dataset, navigate: r.navigate, prepare: opts.prepare });
	return { r, view };
}

const paramsOf = (href: string) => [...new URL(href, 'https://atlas.test').searchParams.keys()];

describe('the view read from the URL', () => {
	it('an address without parameters is the default view', () => {
		const { view } = viewAt('/atlas/');
		expect(view.view).toEqual(defaultViewState(view.ctx!));
		expect(view.notices).toEqual([]);
	});

	it('a change of view rewrites the URL with only what differs from the default, keeping path and hash', async () => {
		const { r, view } = viewAt('/atlas/#main');
		await view.set({ view: 'table', norm: 'per_100k' });
		expect(r.visits).toHaveLength(1);
		const first = r.visits[0]!;
		expect(first.replace).toBe(false);
		expect(first.href.startsWith('/atlas/?')).toBe(true);
		expect(first.href.endsWith('#main')).toBe(true);
		expect(paramsOf(first.href).sort()).toEqual(['norm', 'view']);
		// What the views derive follows the new address.
		expect(view.view).toMatchObject({ view: 'table', norm: 'per_100k' });

		// Back to the default values: no parameter is left.
		await view.set({ view: defaultViewState(view.ctx!).view, norm: defaultViewState(view.ctx!).norm }, { replace: true });
		expect(r.visits[1]).toEqual({ href: '/atlas/#main', replace: true });
	});

	it('a change to the view in place is no navigation', async () => {
		const { r, view } = viewAt('/?view=table');
		await view.set({ view: 'table' });
		expect(r.visits).toEqual([]);
	});

	it('speaks the link’s language before the data arrive, Vietnamese for anything else', () => {
		expect(viewAt('/?lang=en', { dataset: null }).view.lang).toBe('en');
		expect(viewAt('/?lang=fr', { dataset: null }).view.lang).toBe('vi');
		const { view } = viewAt('/?lang=en', { dataset: null });
		expect(view.view).toBeNull();
		expect(view.t('app.tagline')).toBe(translate('en', 'app.tagline'));
	});

	it('an invalid parameter is a notice naming it, and the next change drops it from the URL', async () => {
		const { r, view } = viewAt('/?classes=nonsense');
		expect(view.notices).toHaveLength(1);
		expect(view.notices[0]).toContain('nonsense');
		await view.set({});
		expect(r.visits[0]!.href).toBe('/');
		expect(view.notices).toEqual([]);
	});

	it('a view given no way to navigate (a slide) never changes its address', async () => {
		const url = new URL('https://atlas.test/?view=table');
		const view = new UrlView({ url: () => url, dataset: () => ds });
		await view.set({ view: 'chart' });
		await view.nameUnitsInLink();
		expect(view.view?.view).toBe('table');
	});
});

describe('switching indicator', () => {
	it('waits for the indicator’s figures; when they cannot come the view stays, and retrying switches', async () => {
		let arrive = false;
		let retry: () => Promise<unknown> = async () => undefined;
		const asked: string[] = [];
		const { r, view } = viewAt('/', {
			prepare: async (next, again) => {
				asked.push(next.indicator);
				retry = again;
				return arrive;
			}
		});
		await view.setIndicator('models_total');
		expect(asked).toEqual(['models_total']);
		expect(r.visits).toEqual([]);
		arrive = true;
		await retry();
		expect(view.view?.indicator).toBe('models_total');
	});

	it('an indicator without the period in view opens on one of its own, follows its era and says so', async () => {
		const { view } = viewAt('/');
		const before = view.view!;
		await view.setIndicator('models_total');
		const ctx = view.ctx!;
		const after = view.view!;
		expect(ctx.periodsFor('models_total')).not.toContain(before.period);
		expect(ctx.periodsFor('models_total')).toContain(after.period);
		expect(after.compare).toBeNull();
		expect(after.units).toBe(ctx.unitsFor('models_total', after.period));
		// One notice for the period, one for the comparison that could not be kept.
		expect(view.notices).toHaveLength(2);
		// The next change of view forgets them.
		await view.set({ view: 'table' });
		expect(view.notices).toEqual([]);
	});

	it('another period keeps the comparison unless it is the period itself', async () => {
		const { view } = viewAt('/');
		const { period, compare } = view.view!;
		expect(compare).not.toBeNull();
		await view.setPeriod(compare!);
		expect(view.view).toMatchObject({ period: compare, compare: null });
		expect(view.view!.period).not.toBe(period);
	});
});

describe('naming the units in the link', () => {
	it('a link whose period opens on the 34 map gets units=34 in place; one that names its units is left as written', async () => {
		// A period wholly after the merger opens on the 34 units (outreach: not one the default view is chosen from).
		const after = tables([
			...linkTables().facts,
			fact({ province_code: '01', indicator: 'forums', value: 1, period_start: 2026, period_end: 2026, period_label: '2026' })
		]);
		const { r, view } = viewAt('/?indicator=forums&period=2026&lang=en', { dataset: indexDataset(after) });
		expect(view.view?.units).toBe('34');
		await view.nameUnitsInLink();
		expect(r.visits).toHaveLength(1);
		expect(r.visits[0]!.replace).toBe(true);
		expect(new URL(r.visits[0]!.href, 'https://atlas.test').searchParams.get('units')).toBe('34');
		await view.nameUnitsInLink();
		expect(r.visits).toHaveLength(1);
	});

	it('the default view on the 34 map keeps a link that names nothing', async () => {
		const present = tables([
			...linkTables().facts,
			fact({ province_code: '01', indicator: 'tips', value: 1, period_start: 2026, period_end: 2026, period_label: '2026' })
		]);
		const { r, view } = viewAt('/', { dataset: indexDataset(present) });
		expect(view.view).toMatchObject({ indicator: 'tips', period: '2026', units: '34' });
		await view.nameUnitsInLink();
		expect(r.visits).toHaveLength(0);
	});
});

describe('what follows from the view', () => {
	it('the selection and the paint are those of the URL’s indicator and period', async () => {
		const { view } = viewAt('/?compare=none');
		expect(view.comparison).toBeNull();
		expect(view.selection?.indicator).toBe(view.view!.indicator);
		await view.setIndicator('models_total');
		flushSync();
		expect(view.selection?.indicator).toBe('models_total');
		expect(view.paint).not.toBeNull();
	});

	it('the province filter and the region are highlighted as the units in view draw them', async () => {
		const { view } = viewAt('/?provinces=02');
		expect(view.highlighted).toEqual(['02']);
		await view.set({ units: '34' });
		const unit = ds.units34.find((u) => u.old_codes.includes('02'))!;
		expect(view.highlighted).toEqual([unit.code]);
	});
});
