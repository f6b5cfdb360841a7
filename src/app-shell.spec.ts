/**
 * The static shell of src/app.html (painted before any script) says what the app says once it runs, and
 * the first view's data the build preloads are files it ships under /data/.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataFiles } from '../scripts/vite-plugin-data';
import { PART_FILES, type Catalogue } from './lib/core/dataset-parts';
import { firstViewFiles } from './lib/core/view-data';
import { t } from './lib/i18n/catalogue';

const html = readFileSync(new URL('./app.html', import.meta.url), 'utf8');
const shell = /<div id="antq-shell"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';

describe('the shell of app.html', () => {
	it('shows the Vietnamese title and tagline of the message tables', () => {
		expect(/<h1>(.*?)<\/h1>/.exec(shell)?.[1]).toBe(t('vi', 'app.title'));
		expect(/<p>(.*?)<\/p>/.exec(shell)?.[1]).toBe(t('vi', 'app.tagline'));
	});

	it('the data files the build preloads for the first view are files it ships (scripts/preload-first-view.js)', () => {
		const shipped = buildDataFiles('data');
		const preloaded = firstViewFiles(JSON.parse(shipped.get(PART_FILES.catalogue)!) as Catalogue);
		expect(preloaded.length).toBeGreaterThan(2);
		for (const name of preloaded) expect(shipped.has(name), name).toBe(true);
	});
});
