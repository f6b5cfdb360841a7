/**
 * An adapter wrapper (svelte.config.js) that adds `<link rel="modulepreload">` for Leaflet's chunk to the SPA
 * fallback page, so that the map's library downloads with the page's own scripts and the boundaries (which
 * src/app.html preloads) instead of after them: the map is the first view (issue 7). Kit's fallback page lists
 * only the entry and root-layout modules; Leaflet is a dynamic import whose hashed file name is known only after
 * the build, from Vite's manifest. The page's precompressed copies are written again.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * @param {import('@sveltejs/kit').Adapter} adapter the adapter that writes the site
 * @param {{ pages: string; fallback: string }} site where it writes the fallback page
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function withLeafletPreload(adapter, { pages, fallback }) {
	return {
		...adapter,
		async adapt(builder) {
			await adapter.adapt(builder);
			const manifest = JSON.parse(readFileSync(join(builder.config.kit.outDir, 'output/client/.vite/manifest.json'), 'utf8'));
			const chunk = Object.entries(manifest).find(([src]) => src.includes('node_modules/leaflet/'))?.[1];
			if (!chunk) throw new Error('preload-leaflet: Leaflet is not in the build manifest');
			const file = join(pages, fallback);
			const link = `<link href="${builder.config.kit.paths.base}/${chunk.file}" rel="modulepreload">`;
			const html = readFileSync(file, 'utf8').replace('</head>', `\t${link}\n\t</head>`);
			writeFileSync(file, html);
			if (existsSync(`${file}.br`)) {
				const size = Buffer.byteLength(html);
				writeFileSync(
					`${file}.br`,
					brotliCompressSync(html, {
						params: { [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: size }
					})
				);
			}
			if (existsSync(`${file}.gz`)) writeFileSync(`${file}.gz`, gzipSync(html, { level: constants.Z_BEST_COMPRESSION }));
		}
	};
}
