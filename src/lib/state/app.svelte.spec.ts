import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { PART_FILES } from '$lib/core/dataset-parts';
import { linkTables } from '$lib/core/test-fixtures';
import { AppState } from './app.svelte';
import { DataSource } from './data-source.svelte';
import { servedLoaders } from './test-loaders';

/** SvelteKit's page and router, as the page-bound state uses them. */
const kit = vi.hoisted(() => ({
	url: () => new URL('https://atlas.test/'),
	gotos: [] as { href: string; opts: Record<string, unknown> }[]
}));
vi.mock('$app/state', () => ({
	page: {
		get url() {
			return kit.url();
		}
	}
}));
vi.mock('$app/navigation', () => ({
	goto: async (href: string, opts: Record<string, unknown>) => {
		kit.gotos.push({ href, opts });
		address = new URL(href, address);
	}
}));

let address = $state(new URL('https://atlas.test/'));
kit.url = () => address;

describe('the page’s app state', () => {
	it('loads what the page’s link needs, navigates without scrolling or moving focus, and fetches what each new view needs', async () => {
		address = new URL('https://atlas.test/?indicator=tips');
		kit.gotos = [];
		const served = servedLoaders(linkTables());
		const app = new AppState({ data: new DataSource(served.loaders) });
		await app.load();
		expect(served.requests).toEqual([PART_FILES.catalogue, PART_FILES.indicator('tips')]);

		await app.set({ view: 'table' });
		expect(kit.gotos).toEqual([{ href: '/?view=table', opts: { keepFocus: true, noScroll: true, replaceState: false } }]);
		flushSync();
		// The table view shows every text: the complete tables are fetched as the view changes.
		await vi.waitFor(() => expect(app.complete).toBe(true));
		expect(served.requests).toContain('dataset.json');
	});

	it('a slide’s state reads its own address and the data it is given, and never navigates', async () => {
		kit.gotos = [];
		const data = new DataSource(servedLoaders(linkTables()).loaders);
		await data.load(new URLSearchParams());
		const slide = new AppState({ url: () => new URL('https://atlas.test/?lang=en&view=chart'), data });
		expect(slide.dataset).toBe(data.dataset);
		expect(slide.view).toMatchObject({ lang: 'en', view: 'chart' });
		await slide.set({ view: 'map' });
		expect(kit.gotos).toEqual([]);
	});
});
