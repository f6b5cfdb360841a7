import { describe, expect, it } from 'vitest';
import { loadDataFiles } from '../../../scripts/load-data-files';
import { readTables } from '../core/validate';
import { MESSAGES, t } from './index';

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
	 * own name on the language switch, and "GĐ" (giai đoạn), which Vietnamese files write and the importer reads.
	 */
	const provinceNames = readTables(loadDataFiles('data')).tables.provinces.map((p) => p.name);
	const allowed = [...provinceNames, 'Tiếng Việt', 'GĐ'].sort((a, b) => b.length - a.length);

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
