/**
 * The static shell of src/app.html (painted before any script) says what the app says once it runs, and
 * preloads only files the build ships under /data/.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataFiles } from '../scripts/vite-plugin-data';
import { t } from './lib/i18n/catalogue';

const html = readFileSync(new URL('./app.html', import.meta.url), 'utf8');
const shell = /<div id="antq-shell"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';

describe('the shell of app.html', () => {
	it('shows the Vietnamese title and tagline of the message tables', () => {
		expect(/<h1>(.*?)<\/h1>/.exec(shell)?.[1]).toBe(t('vi', 'app.title'));
		expect(/<p>(.*?)<\/p>/.exec(shell)?.[1]).toBe(t('vi', 'app.tagline'));
	});

	it('preloads the catalogue and the 63-province boundaries, which the build ships', () => {
		const preloaded = [...html.matchAll(/<link rel="preload" href="%sveltekit\.assets%\/data\/([^"]+)" as="fetch" crossorigin="anonymous" \/>/g)].map(
			(m) => m[1]
		);
		expect(preloaded).toEqual(['catalogue.json', 'geo-63.json']);
		const shipped = buildDataFiles('data');
		for (const name of preloaded) expect(shipped.has(name!), name).toBe(true);
	});
});
