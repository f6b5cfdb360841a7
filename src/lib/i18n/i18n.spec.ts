import { describe, expect, it } from 'vitest';
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
	});

	it('fills parameters and leaves unknown ones visible', () => {
		expect(t('vi', 'coverage.count', { n: 7, total: 63 })).toBe('7/63 tỉnh có số liệu');
		expect(t('en', 'coverage.count', { n: 7 })).toBe('7/{total} provinces with data');
	});
});
