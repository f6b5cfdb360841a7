import { describe, expect, it } from 'vitest';
import { loadDataFiles } from '../../../scripts/load-data-files';
import { changedCodes, codeNameAgreement, eraAreas, eraIndex, eraSpellings, factEra, isLikelyMerged, isUnchanged, periodEra } from './era';
import { readTables } from './validate';

const { tables, aliases } = readTables(loadDataFiles('data'));
const provinces = tables.provinces;

/** DATA.md "Two eras": the seven codes that changed meaning on 1/7/2025, as the resolution says. */
const SEVEN = [
	{ code: '15', name63: 'Yên Bái', name34: 'Lào Cai' },
	{ code: '24', name63: 'Bắc Giang', name34: 'Bắc Ninh' },
	{ code: '44', name63: 'Quảng Bình', name34: 'Quảng Trị' },
	{ code: '52', name63: 'Bình Định', name34: 'Gia Lai' },
	{ code: '80', name63: 'Long An', name34: 'Tây Ninh' },
	{ code: '82', name63: 'Tiền Giang', name34: 'Đồng Tháp' },
	{ code: '91', name63: 'Kiên Giang', name34: 'An Giang' }
];

describe('the two eras', () => {
	it('has 63 provinces before 1/7/2025 and 34 from then on', () => {
		expect(eraAreas(provinces, '63')).toHaveLength(63);
		expect(eraAreas(provinces, '34')).toHaveLength(34);
	});

	it('finds exactly the seven codes that changed meaning', () => {
		expect(changedCodes(provinces)).toEqual(SEVEN);
	});

	it('keeps 11 provinces unchanged (same code, same territory)', () => {
		const unchanged = eraAreas(provinces, '34')
			.filter(isUnchanged)
			.map((a) => a.name);
		expect(unchanged.sort()).toEqual(
			['Cao Bằng', 'Điện Biên', 'Hà Nội', 'Hà Tĩnh', 'Huế', 'Lai Châu', 'Lạng Sơn', 'Nghệ An', 'Quảng Ninh', 'Sơn La', 'Thanh Hóa'].sort()
		);
	});
});

describe('each changed code resolves to its own province in each era', () => {
	const index63 = eraIndex(provinces, aliases, '63');
	const index34 = eraIndex(provinces, aliases, '34');
	it.each(SEVEN)('$code: $name63 in the 63, $name34 in the 34', ({ code, name63, name34 }) => {
		const r63 = index63.resolve(code);
		const r34 = index34.resolve(code);
		expect(r63.ok && r63.province.name).toBe(name63);
		expect(r34.ok && r34.province.name).toBe(name34);
	});

	it.each(SEVEN)('the name $name34 is code $code in the 34', ({ code, name34 }) => {
		const r = index34.resolve(name34);
		expect(r.ok && r.province.code).toBe(code);
	});

	it.each([
		// A name that disappeared is no province of the 34: never guessed onto the new province.
		{ text: 'Bắc Giang', era: '34', code: null },
		{ text: 'Bắc Giang', era: '63', code: '24' },
		{ text: 'Bắc Ninh', era: '63', code: '27' },
		{ text: 'Bắc Ninh', era: '34', code: '24' },
		// Old codes that no new province kept.
		{ text: '27', era: '34', code: null },
		{ text: '10', era: '34', code: null },
		{ text: '10', era: '63', code: '10' }
	] as const)('$text in the $era → $code', ({ text, era, code }) => {
		const r = (era === '63' ? index63 : index34).resolve(text);
		expect(r.ok ? r.province.code : null).toBe(code);
	});
});

describe('names people write in 2026, and tone-mark variants, in both eras', () => {
	const eras = ['63', '34'] as const;
	it.each(
		eras.flatMap((era) =>
			[
				{ text: 'Huế', code: '46' },
				{ text: 'TP. Huế', code: '46' },
				{ text: 'Thành phố Huế', code: '46' },
				{ text: 'Thừa Thiên - Huế', code: '46' },
				{ text: 'TP Hồ Chí Minh', code: '79' },
				{ text: 'Hồ Chí Minh', code: '79' },
				{ text: 'TP.HCM', code: '79' },
				{ text: 'Thanh Hoá', code: '38' },
				{ text: 'Thanh Hóa', code: '38' },
				{ text: 'Khánh Hoà', code: '56' }
			].map((c) => ({ ...c, era }))
		)
	)('$text in the $era → $code', ({ text, era, code }) => {
		const r = eraIndex(provinces, aliases, era).resolve(text);
		expect(r.ok && r.province.code).toBe(code);
	});

	it('shows Huế and TP Hồ Chí Minh one way in both eras', () => {
		for (const era of eras) {
			const byCode = new Map(eraAreas(provinces, era).map((a) => [a.code, a.name]));
			expect(byCode.get('46')).toBe('Huế');
			expect(byCode.get('79')).toBe('TP Hồ Chí Minh');
		}
	});
});

describe('code–name agreement in an era (what the data check and the import refuse)', () => {
	const s63 = eraSpellings(provinces, aliases, '63');
	const s34 = eraSpellings(provinces, aliases, '34');
	it.each([
		{ code: '24', name: 'Bắc Ninh', in63: 'mismatch', in34: 'agree' },
		{ code: '24', name: 'Bắc Giang', in63: 'agree', in34: 'mismatch' },
		{ code: '82', name: 'Đồng Tháp', in63: 'mismatch', in34: 'agree' },
		{ code: '87', name: 'Đồng Tháp', in63: 'agree', in34: 'unknown_code' },
		{ code: '91', name: 'An Giang', in63: 'mismatch', in34: 'agree' },
		{ code: '15', name: 'Lao Cai', in63: 'mismatch', in34: 'agree' },
		{ code: '46', name: 'Thừa Thiên Huế', in63: 'agree', in34: 'agree' },
		{ code: '79', name: 'TP.HCM', in63: 'agree', in34: 'agree' }
	])('$code + $name: $in63 in the 63, $in34 in the 34', ({ code, name, in63, in34 }) => {
		expect(codeNameAgreement(s63, code, name)).toBe(in63);
		expect(codeNameAgreement(s34, code, name)).toBe(in34);
	});
});

describe('the era of a figure follows its scope', () => {
	it.each([
		{ scope: 'province', era: '63' },
		{ scope: 'district:huyện Vân Hồ', era: '63' },
		{ scope: 'block:Hội Phụ nữ', era: '63' },
		{ scope: 'merged_province:Bắc Ninh', era: '34' },
		{ scope: 'commune:xã Mường Khương', era: '34' }
	])('$scope → $era', ({ scope, era }) => {
		expect(factEra({ scope })).toBe(era);
	});

	it('recognises a merged scope marked [likely]', () => {
		expect(isLikelyMerged('merged_province:Thái Nguyên (post-7/2025, incl. former Bắc Kạn) [likely]')).toBe(true);
		expect(isLikelyMerged('merged_province:Thái Nguyên (post-7/2025, incl. former Bắc Kạn)')).toBe(false);
	});
});

describe('the map a period opens on', () => {
	it.each([
		{ period: { start: 2013, end: 2023 }, mergedAwayReported: false, era: '63' },
		{ period: { start: 2024, end: 2024 }, mergedAwayReported: false, era: '63' },
		// Reaching into 2025: the 34 unless an old province that merged away reported it.
		{ period: { start: 2025, end: 2025 }, mergedAwayReported: false, era: '34' },
		{ period: { start: 2025, end: 2025 }, mergedAwayReported: true, era: '63' },
		{ period: { start: 2005, end: 2025 }, mergedAwayReported: false, era: '34' },
		{ period: { start: 2020, end: 2025 }, mergedAwayReported: false, era: '34' },
		// Wholly after the merger.
		{ period: { start: 2026, end: 2026 }, mergedAwayReported: true, era: '34' }
	] as const)(
		'$period.start–$period.end (merged-away province reported: $mergedAwayReported) → $era',
		({ period, mergedAwayReported, era }) => {
			expect(periodEra(period, { mergedAwayReported })).toBe(era);
		}
	);
});
