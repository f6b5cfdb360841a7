import { resolve } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import type { ChunkingContext } from 'rolldown';
import type { Plugin } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';
import { antqData } from './scripts/vite-plugin-data';

/** Static imports of `roots` and of everything they import, as module ids (dynamic imports not followed). */
function closure(ctx: ChunkingContext, roots: string[]): Set<string> {
	const seen = new Set<string>();
	const todo = roots.map((r) => resolve(r));
	for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
		if (seen.has(id)) continue;
		const info = ctx.getModuleInfo(id);
		if (!info) continue;
		seen.add(id);
		todo.push(...info.importedIds);
	}
	return seen;
}

/** The routes' static import graphs, once per chunking pass. */
type Graphs = Record<'layout' | 'shared' | 'page', Set<string>>;
const graphs = new WeakMap<ChunkingContext, Graphs>();

function routeGraphs(ctx: ChunkingContext): Graphs {
	let g = graphs.get(ctx);
	if (!g) {
		g = {
			layout: closure(ctx, ['src/routes/+layout.svelte', 'src/routes/+layout.ts']),
			shared: closure(ctx, ['src/routes/+error.svelte', 'src/routes/embed/+page.svelte']),
			page: closure(ctx, ['src/routes/+page.svelte'])
		};
		graphs.set(ctx, g);
	}
	return g;
}

/** A group of the modules for which `test` holds (each group takes its modules' imports too, unless taken). */
function group(name: string, priority: number, test: (id: string, g: Graphs) => boolean) {
	return { name: (id: string, ctx: ChunkingContext) => (test(id, routeGraphs(ctx)) ? name : null), priority };
}

/** The routes' own modules stay in their nodes (/embed's page is not the dashboard's, nor the error page). */
const isRoute = (id: string) => id.includes('/src/routes/');
const isLibrary = (id: string) => (id.includes('/node_modules/') || id.startsWith('\0')) && !/\.css($|\?)/.test(id);

/**
 * The first view's chunks (issue 7): it fetched about 25 small chunks over HTTP/1.1, each with ≈ 0.3 KiB of
 * headers and one of six connections, and compressing less well apart. What the routes import statically is
 * grouped instead, in this order:
 * - `vendor`: the Svelte and SvelteKit runtime and the other libraries the pages run, without stylesheets (Kit's
 *   entry scripts import it, and a stylesheet they import would hold up the first paint of every page);
 * - `layout`: what the root layout imports; Kit writes into every page the stylesheets of the chunks the layout
 *   imports and of their dynamic imports, so nothing else may join it;
 * - `shared`: the app state and core, which the error page and /embed run too;
 * - `dashboard`: the rest of the dashboard's page (controls, headline, map view, toolbar), with its stylesheet.
 * What loads on demand (Leaflet, ECharts, dialogs, views) keeps Rolldown's own splitting.
 */
const FIRST_VIEW_GROUPS = [
	group('vendor', 4, (id, g) => isLibrary(id) && (g.layout.has(id) || g.shared.has(id) || g.page.has(id))),
	group('layout', 3, (id, g) => g.layout.has(id) && !isRoute(id)),
	group('shared', 2, (id, g) => g.shared.has(id) && !isRoute(id)),
	group('dashboard', 1, (id, g) => g.page.has(id) && !isRoute(id))
];

/** The groups above, for the browser's build only (the server build only writes the fallback page). */
const firstViewChunks: Plugin = {
	name: 'antq-first-view-chunks',
	configEnvironment: (name) =>
		name === 'client' ? { build: { rolldownOptions: { output: { codeSplitting: { groups: FIRST_VIEW_GROUPS } } } } } : undefined
};

/** Specs that run in a page-like environment (`*.svelte.spec.ts` may use runes, `*.dom.spec.ts` need the DOM). */
const DOM_SPECS = ['src/**/*.svelte.spec.ts', 'src/**/*.dom.spec.ts'];

export default defineConfig({
	plugins: [antqData(), sveltekit(), firstViewChunks],
	// Module workers, split like the page: the import worker loads the workbook reader (SheetJS) only when a
	// workbook is chosen, not with every CSV.
	worker: { format: 'es' },
	test: {
		projects: [
			// The core and the scripts: plain TypeScript, no DOM.
			{
				extends: true,
				test: {
					name: 'node',
					include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
					exclude: [...configDefaults.exclude, ...DOM_SPECS],
					environment: 'node'
				}
			},
			// The state classes (runes), the import session and what runs in the page only: Svelte's browser runtime
			// in happy-dom (the `browser` condition picks it: the server one runs no effect), IndexedDB from fake-indexeddb.
			{
				extends: true,
				resolve: { conditions: ['browser'] },
				test: { name: 'dom', include: DOM_SPECS, environment: 'happy-dom', setupFiles: ['src/test-setup.dom.ts'] }
			}
		]
	}
});
