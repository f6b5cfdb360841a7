import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { withEntryPages } from './scripts/entry-pages.js';
import { withFirstViewPreloads } from './scripts/preload-first-view.js';

/** Where the adapter writes the site and its SPA fallback page. */
const SITE = { pages: 'build', fallback: '200.html' };

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// SPA: every route falls back to 200.html; precompressed .gz/.br files are what sirv serves. The fallback
		// page also preloads every script, stylesheet and data file of the first view (the map), so that they
		// download with the page, not in a waterfall, and carries the first view's stylesheets inline so that the shell
		// of src/app.html paints without waiting for it (scripts/preload-first-view.js); it is then written again as
		// index.html and embed/index.html for web servers without a fallback rule (scripts/entry-pages.js).
		adapter: withEntryPages(
			withFirstViewPreloads(adapter({ pages: 'build', assets: 'build', fallback: '200.html', precompress: true }), SITE),
			SITE
		),
		paths: { relative: true },
		// Content-Security-Policy, written by Kit as a <meta http-equiv> tag into every page it renders (also the
		// 200.html fallback), with the SHA-256 of its one inline bootstrap script ('hash'). Only our own files run;
		// no eval, no other origin. Styles allow 'unsafe-inline' because Leaflet, Svelte and app.html set
		// style attributes (no script can run from a style). frame-ancestors is not allowed in a meta tag, and
		// embeds must work in any site's iframe anyway. See README "Security".
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
