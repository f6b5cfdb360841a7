import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// SPA: every route falls back to 200.html; precompressed .gz/.br files are what sirv serves.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', precompress: true }),
		paths: { relative: true }
	}
};

export default config;
