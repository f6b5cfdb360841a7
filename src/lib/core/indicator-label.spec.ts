import { describe, expect, it } from 'vitest';
import { indicatorLabel } from './indicator-label';
import type { Indicator } from './types';

const models: Indicator = {
	id: 'models_total',
	family: 'models',
	measure: 'stock',
	label_vi: 'Mô hình hiện có',
	label_en: 'Existing models',
	unit_vi: 'mô hình',
	unit_en: 'models',
	definition_vi: '',
	definition_en: ''
};

describe('indicatorLabel', () => {
	it.each([
		{ ind: models, lang: 'vi', fallback: undefined, expected: 'Mô hình hiện có' },
		{ ind: models, lang: 'en', fallback: 'models_total', expected: 'Existing models' },
		{ ind: undefined, lang: 'en', fallback: undefined, expected: '' },
		{ ind: undefined, lang: 'vi', fallback: 'tips_total', expected: 'tips_total' }
	] as const)('$lang, fallback $fallback → "$expected"', ({ ind, lang, fallback, expected }) => {
		expect(indicatorLabel(ind, lang, fallback)).toBe(expected);
	});
});
