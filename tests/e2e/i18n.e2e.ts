/**
 * Language completeness on screen: with `lang=en` no view shows a Vietnamese UI string, and with the default
 * Vietnamese no view shows an English one. The evidence is the message tables themselves: every literal piece
 * of a message (the text between its `{parameters}`) that is at least 4 characters long, has a letter, and
 * appears in no message of the other language is a piece only that language says. The page's text — what is
 * rendered, the accessible names and titles, the document title — must contain none of the other language's
 * pieces, nor the other language's indicator labels, once the data are taken out (names, quotes, publishers
 * and notes from the data files are shown as they are written, in their own language).
 */
import type { Page } from '@playwright/test';
import { MESSAGES } from '../../src/lib/i18n/catalogue';
import type { Lang } from '../../src/lib/core/types';
import { expect, test } from './fixtures';
import { dataset } from './bundled';
import { TOP_PROVINCE_PANEL, VIEWS, withLang } from './views';

/** Literal pieces of every message of `lang` that no message of the other language contains. */
function onlyIn(lang: Lang): string[] {
	const other = Object.values(MESSAGES[lang === 'vi' ? 'en' : 'vi']);
	const pieces = Object.values(MESSAGES[lang]).flatMap((m) => m.split(/\{\w+\}/).map((p) => p.trim()));
	return [...new Set(pieces)].filter((p) => p.length >= 4 && /\p{L}/u.test(p) && !other.some((o) => o.includes(p)));
}

/** Indicator texts of the catalogue in one language (labels, units, definitions). */
function indicatorTexts(lang: Lang): string[] {
	return dataset.tables.indicators.flatMap((i) =>
		lang === 'vi' ? [i.label_vi, i.unit_vi, i.definition_vi] : [i.label_en, i.unit_en, i.definition_en]
	);
}

/**
 * Every text the data files put on screen in `lang`, longest first (so a name inside a quote goes with the
 * quote). Names, quotes, notes and publishers are shown as written; the catalogue has both languages, so
 * only its texts in `lang` are data here — the other language's are foreign.
 */
function dataTexts(lang: Lang): string[] {
	const t = dataset.tables;
	const texts = [
		...t.provinces.flatMap((p) => [p.name, p.name_en, p.name_2025, p.region]),
		...t.facts.flatMap((f) => [f.province, f.scope, f.scope.replace(/^[a-z_]+:/, ''), f.note, f.quote, f.period_label]),
		...t.sources.flatMap((s) => [s.publisher, s.title, s.date]),
		...indicatorTexts(lang),
		...dataset.regions.map((r) => r.name),
		...dataset.units34.map((u) => u.name)
	];
	return [...new Set(texts.map((s) => s.trim()).filter((s) => s.length > 1))].sort((a, b) => b.length - a.length);
}

/** What a reader sees or hears on the page: rendered text, accessible names, titles, placeholders. */
async function pageText(page: Page, lang: Lang): Promise<string> {
	const text = await page.evaluate(() => {
		const attrs = ['aria-label', 'aria-description', 'title', 'placeholder', 'alt'];
		const fromAttrs = [...document.querySelectorAll(attrs.map((a) => `[${a}]`).join(','))].flatMap((el) =>
			attrs.map((a) => el.getAttribute(a) ?? '')
		);
		return [document.title, document.body.innerText, ...fromAttrs].join('\n');
	});
	let rest = text.normalize('NFC');
	for (const d of dataTexts(lang)) rest = rest.split(d).join('\n');
	return rest;
}

/** What must not show in each language: the other language's own message pieces and catalogue texts. */
function foreign(lang: Lang): string[] {
	const other: Lang = lang === 'vi' ? 'en' : 'vi';
	const own = new Set(indicatorTexts(lang));
	const catalogue = indicatorTexts(other).filter((s) => s.length >= 4 && !own.has(s));
	return [...new Set([...onlyIn(other), ...catalogue])];
}

const FOREIGN: Record<Lang, string[]> = { vi: foreign('vi'), en: foreign('en') };

test('each language has pieces of its own to look for', () => {
	// Sanity: a view in the wrong language would be caught by these.
	expect(FOREIGN.en).toContain(MESSAGES.vi['views.table']);
	expect(FOREIGN.vi).toContain(MESSAGES.en['views.table']);
	expect(FOREIGN.en.length).toBeGreaterThan(100);
	expect(FOREIGN.vi.length).toBeGreaterThan(100);
});

for (const lang of ['en', 'vi'] as const) {
	for (const view of VIEWS) {
		test(`${view.name}, ${lang}: no ${lang === 'en' ? 'Vietnamese' : 'English'} UI text`, async ({ page }) => {
			await page.goto(withLang(view.path, lang));
			await view.show(page, lang);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			const text = await pageText(page, lang);
			expect(FOREIGN[lang].filter((piece) => text.includes(piece))).toEqual([]);
			// And the page does speak its own language (so the text above was really read).
			expect(FOREIGN[lang === 'vi' ? 'en' : 'vi'].filter((piece) => text.includes(piece)).length).toBeGreaterThanOrEqual(2);
		});
	}
}

for (const path of [TOP_PROVINCE_PANEL, '/?view=chart', '/?view=table']) {
	test(`switching to English on ${path} leaves no Vietnamese UI text, and back`, async ({ page }) => {
		await page.goto(path);
		await expect(page.locator('main#main-content')).toBeVisible({ timeout: 15_000 });
		for (const lang of ['en', 'vi'] as const) {
			// The button is named by its visible text, the language it switches to (WCAG 2.5.3).
			await page.getByRole('button', { name: MESSAGES[lang === 'en' ? 'vi' : 'en']['lang.switch'], exact: true }).click();
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.getByRole('button', { name: MESSAGES[lang]['lang.switch'], exact: true })).toBeVisible();
			// Charts redraw after the language changes: wait until every chart has finished again.
			await expect(page.locator('[data-chart]:not([data-ready])')).toHaveCount(0, { timeout: 15_000 });
			const text = await pageText(page, lang);
			expect(FOREIGN[lang].filter((piece) => text.includes(piece))).toEqual([]);
		}
	});
}
