import { describe, expect, it } from 'vitest';
import { inlineStylesheets, preloadLinks, staticClosure } from './preload-first-view.js';

/** A manifest shaped like Vite's: a page importing a shared chunk twice over and a chunk only through another, stylesheets, a dynamic-only library. */
const manifest = {
	'nodes/2.js': { file: '_app/nodes/2.js', imports: ['_shared.js', '_map.js'], css: ['_app/assets/2.css'] },
	'_map.js': { file: '_app/chunks/map.js', imports: ['_shared.js', '_deep.js'], css: ['_app/assets/map.css'] },
	'_deep.js': { file: '_app/chunks/deep.js', css: ['_app/assets/deep.css'] },
	'_shared.js': { file: '_app/chunks/shared.js', css: ['_app/assets/2.css'] },
	'node_modules/leaflet/dist/leaflet-src.js': { file: '_app/chunks/leaflet.js' },
	'_echarts.js': { file: '_app/chunks/echarts.js' }
};

describe('staticClosure', () => {
	it('collects every statically imported chunk and stylesheet once, and nothing that is not imported', () => {
		const { scripts, styles } = staticClosure(manifest, ['nodes/2.js']);
		expect(new Set(scripts)).toEqual(new Set(['_app/nodes/2.js', '_app/chunks/shared.js', '_app/chunks/map.js', '_app/chunks/deep.js']));
		expect(scripts).toHaveLength(new Set(scripts).size);
		expect(new Set(styles)).toEqual(new Set(['_app/assets/2.css', '_app/assets/map.css', '_app/assets/deep.css']));
		expect(styles).toHaveLength(new Set(styles).size);
	});

	it('fails the build when an entry is missing from the manifest, instead of shipping a page without preloads', () => {
		expect(() => staticClosure(manifest, ['nodes/9.js'])).toThrow(/nodes\/9\.js/);
	});
});

describe('preloadLinks', () => {
	const files = staticClosure(manifest, ['nodes/2.js', 'node_modules/leaflet/dist/leaflet-src.js']);

	it('adds modulepreload for scripts and links the stylesheets (to be written into the page), under the base path', () => {
		const links = preloadLinks('<head></head>', files, '/atlas');
		for (const script of files.scripts) expect(links).toContain(`<link href="/atlas/${script}" rel="modulepreload">`);
		for (const style of files.styles) expect(links).toContain(`<link href="/atlas/${style}" rel="stylesheet">`);
		expect(links).toHaveLength(files.scripts.length + files.styles.length);
	});

	it('leaves out files the page already links', () => {
		const [linked] = files.scripts;
		const links = preloadLinks(`<link rel="modulepreload" href="/${linked}">`, files, '');
		expect(links.some((l) => l.includes(linked!))).toBe(false);
		expect(links).toHaveLength(files.scripts.length + files.styles.length - 1);
	});

	it('preloads the first view’s data files in the mode the page fetches them (CORS), under /data/', () => {
		const links = preloadLinks('<head></head>', { scripts: [], styles: [], data: ['catalogue.json', 'facts-tips.json'] }, '/atlas');
		expect(links).toEqual([
			'<link href="/atlas/data/catalogue.json" rel="preload" as="fetch" crossorigin>',
			'<link href="/atlas/data/facts-tips.json" rel="preload" as="fetch" crossorigin>'
		]);
	});
});

describe('inlineStylesheets', () => {
	it('writes each linked stylesheet into the page and keeps its link disabled (not fetched, not linked again); other links are left alone', () => {
		const sheets: Record<string, string> = { '/a/layout.css': ':root{--accent:#a61b1b}' };
		const html = '<link href="/a/layout.css" rel="stylesheet"><link href="/a/x.js" rel="modulepreload">';
		expect(inlineStylesheets(html, (href) => sheets[href]!)).toBe(
			'<style>:root{--accent:#a61b1b}</style><link href="/a/layout.css" rel="stylesheet" disabled><link href="/a/x.js" rel="modulepreload">'
		);
	});
});
