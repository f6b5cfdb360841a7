import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { withLeafletPreload } from './scripts/preload-leaflet.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// SPA: every route falls back to 200.html; precompressed .gz/.br files are what sirv serves. The fallback
		// page also preloads Leaflet, so the map's library downloads with the page (scripts/preload-leaflet.js).
		adapter: withLeafletPreload(adapter({ pages: 'build', assets: 'build', fallback: '200.html', precompress: true }), {
			pages: 'build',
			fallback: '200.html'
		}),
		paths: { relative: true },
		// The root layout's stylesheet (app.css, about 1 KB) goes into the page itself, so that the shell of
		// src/app.html paints without waiting for a stylesheet request (issue 7). The CSP still allows it:
		// style-src has 'unsafe-inline', so Kit adds no style hash.
		inlineStyleThreshold: 4096,
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
