/**
 * An adapter wrapper (svelte.config.js) that makes the SPA fallback page start every download of the first view
 * (the map) at once, with the HTML, instead of in a waterfall. Kit's fallback page lists only its entry
 * scripts and the root layout's modules; the page's own node and its imports were found only once those had run
 * (≈ 200 ms later on a fast line, several round trips on a phone).
 * From Vite's manifest, it adds to the page:
 * - `<link rel="modulepreload">` for the root layout, the root error page (Kit loads it at start) and the root
 *   page, with every chunk they import statically (not what they import dynamically: Leaflet waits until the
 *   reader zooms the map, ECharts until a chart is shown);
 * - their stylesheets, written into the page (below): about 3.5 KB compressed in all, less than the headers and
 *   round trips of three more requests, and nothing for the first paint of the static shell (src/app.html) to wait for.
 * - `<link rel="preload" as="fetch" crossorigin>` for the data files the default view fetches before its map
 *   (the catalogue, the indicator in view, the boundaries of its units, the archipelagos' labels), listed at build time
 *   in `FIRST_VIEW_DATA` (scripts/vite-plugin-data.ts, core/view-data.ts `firstViewFiles`): without it the
 *   indicator's figures were requested only once the scripts had run, a round trip after the catalogue.
 * - every stylesheet of the first view (the root layout's theme, about 2 KB, and the page's) written into the page,
 *   which Kit does for a rendered page (`inlineStyleThreshold`) but not for the SPA fallback: linked, each held
 *   the first paint of the static shell for a request. Each link stays, disabled, so that Kit does not link (and
 *   fetch) the same file when the route loads.
 * The page's precompressed copies are written again. The Content-Security-Policy needs no change: these are our
 * own files (script-src 'self', style-src 'self').
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Where the data plugin writes the first view's data files (a JSON list of names under /data/), under Kit's output directory. */
export const FIRST_VIEW_DATA = 'output/first-view-data.json';

/** The components whose nodes the first view loads: root layout, root error page, root page. */
const FIRST_VIEW_COMPONENTS = ['src/routes/+layout.svelte', 'src/routes/+error.svelte', 'src/routes/+page.svelte'];

/**
 * The files (scripts, stylesheets) that the given manifest entries need: each entry's file and the files of the
 * chunks it imports statically, recursively, plus their stylesheets; in the order found, without repeats.
 * @param {Record<string, { file: string; imports?: string[]; css?: string[] }>} manifest Vite's build manifest
 * @param {string[]} entries manifest keys
 * @returns {{ scripts: string[]; styles: string[] }}
 */
export function staticClosure(manifest, entries) {
	/** @type {Set<string>} */
	const seen = new Set();
	/** @type {Set<string>} */
	const scripts = new Set();
	/** @type {Set<string>} */
	const styles = new Set();
	/** @param {string} key */
	const visit = (key) => {
		if (seen.has(key)) return;
		seen.add(key);
		const chunk = manifest[key];
		if (!chunk) throw new Error(`preload-first-view: "${key}" is not in the build manifest`);
		scripts.add(chunk.file);
		for (const css of chunk.css ?? []) styles.add(css);
		for (const dep of chunk.imports ?? []) visit(dep);
	};
	entries.forEach(visit);
	return { scripts: [...scripts], styles: [...styles] };
}

/**
 * The `<link>` tags to add to `html` for `files` (served under `base`), leaving out files it already links:
 * scripts preloaded, stylesheets linked (for `inlineStylesheets` to write into the page), data files preloaded.
 * @param {string} html the page
 * @param {{ scripts: string[]; styles: string[]; data?: string[] }} files scripts and stylesheets (paths under the
 *   site) and data files (names under /data/)
 * @param {string} base Kit's `paths.base`
 * @returns {string[]}
 */
export function preloadLinks(html, { scripts, styles, data = [] }, base) {
	const missing = (/** @type {string} */ file) => !html.includes(`"${base}/${file}"`);
	return [
		...scripts.filter(missing).map((file) => `<link href="${base}/${file}" rel="modulepreload">`),
		...styles.filter(missing).map((file) => `<link href="${base}/${file}" rel="stylesheet">`),
		// The same mode as the page's fetch (src/lib/data/bundled.ts), or the browser would not use the preload.
		...data
			.map((name) => `data/${name}`)
			.filter(missing)
			.map((file) => `<link href="${base}/${file}" rel="preload" as="fetch" crossorigin>`)
	];
}

/**
 * The manifest keys of Kit's client nodes for the given route components, read from the modules Kit generated
 * for them (`nodes/<n>.js` re-exports its component).
 * @param {string} outDir Kit's output directory (`.svelte-kit`)
 * @param {string[]} components paths of +layout/+error/+page components
 * @returns {string[]}
 */
function nodeKeys(outDir, components) {
	const dir = join(outDir, 'generated', 'client-optimized', 'nodes');
	const nodes = readdirSync(dir).map((name) => ({ key: relative('.', join(dir, name)), source: readFileSync(join(dir, name), 'utf8') }));
	return components.map((component) => {
		const node = nodes.find((n) => n.source.includes(`/${component}"`));
		if (!node) throw new Error(`preload-first-view: no client node for ${component}`);
		return node.key;
	});
}

/**
 * Each `<link href="…css" rel="stylesheet">` of `html` written into the page as a `<style>`, its link kept but
 * `disabled`. A disabled stylesheet link is not fetched, and SvelteKit, which links a route's stylesheets when the
 * route loads, leaves alone a stylesheet the page links already: the rules arrive once, in the page, and are
 * parsed once (they used to be fetched and applied a second time when the layout mounted).
 * @param {string} html the page
 * @param {(href: string) => string} read the stylesheet at `href`
 * @returns {string}
 */
export function inlineStylesheets(html, read) {
	return html.replace(
		/<link href="([^"]+\.css)" rel="stylesheet">/g,
		(_link, href) => `<style>${read(href)}</style><link href="${href}" rel="stylesheet" disabled>`
	);
}

/**
 * @param {import('@sveltejs/kit').Adapter} adapter the adapter that writes the site
 * @param {{ pages: string; fallback: string }} site where it writes the fallback page
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function withFirstViewPreloads(adapter, { pages, fallback }) {
	return {
		...adapter,
		async adapt(builder) {
			await adapter.adapt(builder);
			const { outDir, paths } = builder.config.kit;
			const manifest = JSON.parse(readFileSync(join(outDir, 'output/client/.vite/manifest.json'), 'utf8'));
			const files = {
				...staticClosure(manifest, nodeKeys(outDir, FIRST_VIEW_COMPONENTS)),
				data: /** @type {string[]} */ (JSON.parse(readFileSync(join(outDir, FIRST_VIEW_DATA), 'utf8')))
			};
			const file = join(pages, fallback);
			const page = readFileSync(file, 'utf8');
			const links = preloadLinks(page, files, paths.base);
			const linked = page.replace('</head>', `${links.map((l) => `\t${l}\n`).join('')}\t</head>`);
			const html = inlineStylesheets(linked, (href) => readFileSync(join(pages, href.slice(paths.base.length)), 'utf8'));
			writeFileSync(file, html);
			if (existsSync(`${file}.br`)) {
				const size = Buffer.byteLength(html);
				writeFileSync(
					`${file}.br`,
					brotliCompressSync(html, {
						params: {
							[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
							[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
							[constants.BROTLI_PARAM_SIZE_HINT]: size
						}
					})
				);
			}
			if (existsSync(`${file}.gz`)) writeFileSync(`${file}.gz`, gzipSync(html, { level: constants.Z_BEST_COMPRESSION }));
		}
	};
}
