import { describe, expect, it } from 'vitest';
import { choosePeriod, periodNoticeText } from './period-choice';

describe('choosePeriod', () => {
	const periods = ['2016', '2019', '2023', '2024'];
	it.each([
		// A stock asked for a range shows the stock at the range's end when it has it…
		{ asked: '2013-2023', stock: true, fallback: '2024', period: '2023', kind: 'stock-end' },
		// …and its own period when it has not.
		{ asked: '2015-2020', stock: true, fallback: '2024', period: '2024', kind: 'no-figures' },
		// A flow never stands for a range by one year.
		{ asked: '2013-2023', stock: false, fallback: '2024', period: '2024', kind: 'no-figures' },
		// One year the stock lacks is not a range.
		{ asked: '2020', stock: true, fallback: '2024', period: '2024', kind: 'no-figures' },
		// The period compared with has no fallback: the comparison is left off.
		{ asked: '2010', stock: true, fallback: null, period: null, kind: 'no-figures' }
	] as const)('$asked (stock: $stock) → $period ($kind)', ({ asked, stock, fallback, period, kind }) => {
		const c = choosePeriod({ indicator: 'x', asked, periods, stock, fallback });
		expect(c.period).toBe(period);
		expect(c.notice).toEqual({ kind, param: 'period', indicator: 'x', asked, shown: period, has: ['2024', '2023', '2019', '2016'] });
	});
});

describe('periodNoticeText', () => {
	const base = { param: 'period', indicator: 'x', has: ['2024', '2023'] } as const;
	it.each([
		{
			notice: { ...base, kind: 'stock-end', asked: '2013-2023', shown: '2023' },
			lang: 'vi',
			text: 'Mô hình: đang xem số cuối giai đoạn (2023)'
		},
		{
			notice: { ...base, kind: 'no-figures', asked: '2013-2023', shown: '2024' },
			lang: 'vi',
			text: 'Mô hình: không có số liệu cho 2013–2023; đang xem 2024. Các kỳ có số liệu: 2024, 2023.'
		},
		{
			notice: { ...base, kind: 'no-figures', asked: '2015-2020', shown: null, param: 'compare' },
			lang: 'en',
			text: 'Mô hình: no figures for 2015–2020 to compare with. Periods with figures: 2024, 2023.'
		}
	] as const)('$notice.kind, $lang', ({ notice, lang, text }) => {
		const out = periodNoticeText(notice, 'Mô hình', lang);
		if (notice.kind === 'stock-end') {
			expect(out).toContain('2013–2023');
			expect(out).toContain(text.split(': ')[1]!);
		} else expect(out).toBe(text);
	});
});
