import { describe, expect, it } from 'vitest';
import { loadDataFiles } from '../../../scripts/load-data-files';
import { readTables } from '../core/validate';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLES, MESSAGES, t } from './catalogue';

describe('message tables', () => {
	const vi = Object.keys(MESSAGES.vi).sort();
	const en = Object.keys(MESSAGES.en).sort();

	it('have the same keys in vi and en', () => {
		expect(en).toEqual(vi);
	});

	it.each(vi)('%s has the same parameters in both languages', (key) => {
		const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		const k = key as keyof typeof MESSAGES.vi;
		expect(params(MESSAGES.en[k])).toEqual(params(MESSAGES.vi[k]));
		expect(MESSAGES.en[k].trim()).not.toBe('');
		expect(MESSAGES.vi[k].trim()).not.toBe('');
	});

	/** Letters only Vietnamese uses (with its tone and vowel marks). */
	const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
	/**
	 * Vietnamese an English message may hold: province names (proper names, from the data), the language's
	 * own name on the language switch, "GĐ" (giai đoạn), which Vietnamese files write and the importer reads, and
	 * "3 triệu", a figure as Vietnamese articles print it, which the data check says a quote may hold.
	 */
	const provinceNames = readTables(loadDataFiles('data')).tables.provinces.map((p) => p.name);
	const allowed = [...provinceNames, 'Tiếng Việt', 'GĐ', '3 triệu'].sort((a, b) => b.length - a.length);

	/** The Vietnamese letters left in a text once the allowed names are taken out. */
	const vietnameseIn = (text: string) => allowed.reduce((rest, name) => rest.split(name).join(''), text).match(VIETNAMESE);

	it.each(vi)('%s in English has no Vietnamese words but proper names', (key) => {
		expect(vietnameseIn(MESSAGES.en[key as keyof typeof MESSAGES.en])).toBeNull();
	});

	it('tells Vietnamese words from proper names in English text', () => {
		expect(vietnameseIn('Sources differ (nguồn khác nhau)')).not.toBeNull();
		expect(vietnameseIn('e.g. 01 Hà Nội, 87 Đồng Tháp; Tiếng Việt')).toBeNull();
	});

	it('fills parameters and leaves unknown ones visible', () => {
		expect(t('vi', 'coverage.count', { n: 7, total: 63 })).toBe('7/63 tỉnh có số liệu');
		expect(t('en', 'coverage.count', { n: 7 })).toBe('7/{total} provinces with data');
	});
});

describe('texts of the features loaded on demand', () => {
	/** Each bundle that is not in the page from the start (the data check's never is), by its file under ./messages. */
	const LAZY = {
		importer: BUNDLES.importer,
		'importer-round': BUNDLES.importerRound,
		'present-dialogs': BUNDLES.presentDialogs,
		'province-filter': BUNDLES.provinceFilter,
		'embed-view': BUNDLES.embedView,
		'workspace-views': BUNDLES.workspaceViews,
		'data-check': BUNDLES.dataCheck
	};
	/** The app's modules (not the message tables, not the tests), with their text. */
	const files = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
	const modules = files('src')
		.filter((f) => /\.(ts|svelte)$/.test(f) && !f.endsWith('.spec.ts') && !f.includes('/i18n/'))
		.map((f) => ({ file: f, text: readFileSync(f, 'utf8') }));

	it.each(Object.entries(LAZY))('every module that shows a text of %s imports that bundle, so the texts come with it', (name, bundle) => {
		const keys = Object.keys(bundle.vi);
		// A key written out ('embed.title'), or built (`embed.chart.${chart}`): any key of the bundle may be meant.
		const built = (text: string) => [...text.matchAll(/`([\w.]+\.)\$\{/g)].map((m) => m[1]!);
		const users = modules.filter((m) =>
			keys.some((k) => m.text.includes(`'${k}'`) || built(m.text).some((prefix) => k.startsWith(prefix)))
		);
		expect(users.length, 'modules using these texts').toBeGreaterThan(0);
		const imports = new RegExp(`import\\s+(?:[^;]*\\sfrom\\s+)?'[^']*/i18n/messages/${name}'`);
		expect(users.filter((m) => !imports.test(m.text)).map((m) => m.file)).toEqual([]);
	});
});
