/**
 * An adapter wrapper (svelte.config.js) that writes the SPA fallback page again as `index.html` at the site's root
 * and in the folder of each other route (`embed/index.html`), with its precompressed copies. A host that knows the
 * fallback rule (sirv, Netlify, an nginx `try_files`) serves `200.html` for any path; a plain web server on an
 * intranet (nginx, Apache or IIS as installed, `python -m http.server`) only serves files, and `/` needs an
 * `index.html`. The pages use root-relative asset paths, so a copy works in any folder; `/embed?…` is redirected
 * by such servers to `/embed/?…` (query kept), which the app's router treats as `/embed`.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The app's routes as folders of the built site (the root, then each other route). */
export const ENTRY_FOLDERS = ['', 'embed'];

/**
 * @param {import('@sveltejs/kit').Adapter} adapter the adapter that writes the site
 * @param {{ pages: string; fallback: string }} site where it writes the fallback page
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function withEntryPages(adapter, { pages, fallback }) {
	return {
		...adapter,
		async adapt(builder) {
			await adapter.adapt(builder);
			for (const folder of ENTRY_FOLDERS) {
				const target = join(pages, folder, 'index.html');
				mkdirSync(dirname(target), { recursive: true });
				for (const suffix of ['', '.br', '.gz']) {
					const source = join(pages, fallback + suffix);
					if (existsSync(source)) copyFileSync(source, target + suffix);
				}
			}
		}
	};
}
