import { describe, expect, it } from 'vitest';
import { packFacts, unpackFacts } from './fact-pack';
import { fact } from './test-fixtures';

const facts = [
	fact({ province_code: '01', indicator: 'tips', value: 44000, qualifier: 'at_least', quote: 'trên 44.000 nguồn tin' }),
	fact({ province_code: '79', indicator: 'tips', value: 6999.5, qualifier: 'approx', note: 'gần 7.000', source_id: '' }),
	fact({
		province_code: '',
		province: 'Toàn quốc',
		scope: 'national',
		indicator: 'models_total',
		value: 0,
		period_start: null,
		period_end: null,
		period_label: ''
	}),
	fact({
		province_code: '24',
		scope: 'merged_province:Bắc Ninh',
		indicator: 'awards_total',
		value: 12,
		period_start: 2025,
		period_end: 2025,
		period_label: '2025'
	})
];

describe('packFacts / unpackFacts', () => {
	it('gives back facts equal to those packed, periods left unstated included', () => {
		expect(unpackFacts(packFacts(facts))).toEqual(facts);
		expect(unpackFacts(packFacts([]))).toEqual([]);
	});

	it('keeps each repeated text once (the quote, which seldom repeats, once per figure)', () => {
		const many = Array.from({ length: 500 }, (_, i) =>
			fact({ province_code: '01', indicator: 'tips', value: i, quote: `tinh.xlsx › D${i}: ${i}` })
		);
		const packed = packFacts(many);
		const distinct = new Set(
			many.flatMap((f) => [f.province_code, f.province, f.scope, f.period_label, f.measure, f.indicator, f.qualifier, f.note, f.source_id])
		);
		expect(packed.strings).toHaveLength(distinct.size + many.length);
		expect(unpackFacts(packed)).toEqual(many);
	});

	it('survives the copy a message to another thread or a stored record makes', () => {
		expect(unpackFacts(structuredClone(packFacts(facts)))).toEqual(facts);
	});
});
