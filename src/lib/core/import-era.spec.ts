import { describe, expect, it } from 'vitest';
import { loadDataFiles } from '../../../scripts/load-data-files';
import { indexDataset } from './dataset';
import { importBytes } from './import';
import { formatReportRow } from './import-report';
import { combineTables } from './imported';
import { EraLookup, eraOfMarker, ERA_MARKER, inferImportEra, periodClue, type EraRow } from './import-era';
import { select } from './select';
import { readTables } from './validate';

const { tables, aliases } = readTables(loadDataFiles('data'));
const ctx = { provinces: tables.provinces, aliases, indicators: tables.indicators, sources: tables.sources };
const utf8 = (s: string) => new TextEncoder().encode(s);
const lookup = new EraLookup(tables.provinces, aliases);
const row = (line: number, code: string, name: string, periodText = ''): EraRow => {
	const m = /^(\d{4})(?:-(\d{4}))?$/.exec(periodText);
	return { line, code, name, periodText, period: m ? { start: Number(m[1]), end: Number(m[2] ?? m[1]) } : null };
};

describe('the marker', () => {
	it.each([
		{ id: 'ma_tinh_63', era: '63' },
		{ id: 'ma_tinh_34', era: '34' },
		{ id: 'ma_tinh', era: null }
	])('$id → $era', ({ id, era }) => {
		expect(eraOfMarker(id)).toBe(era);
	});

	it('wins over the rows, and the user’s choice over the marker', () => {
		const rows = [row(2, '24', 'Bắc Giang', '2013-2023')];
		expect(inferImportEra(rows, lookup, '34')).toMatchObject({ used: '34', basis: 'marker', decided: true });
		expect(inferImportEra(rows, lookup, '34', '63')).toMatchObject({ used: '63', detected: '34' });
		expect(ERA_MARKER).toEqual({ '63': 'ma_tinh_63', '34': 'ma_tinh_34' });
	});
});

describe('inferring the era of a file without a marker', () => {
	it.each([
		// Code–name pairs that agree in one era only.
		{ name: '24 Bắc Ninh agrees only in the 34', rows: [row(2, '24', 'Bắc Ninh')], era: '34', decided: true, kind: 'pair' },
		{ name: '24 Bắc Giang agrees only in the 63', rows: [row(2, '24', 'Bắc Giang')], era: '63', decided: true, kind: 'pair' },
		// A province that exists in one era only (name or code alone).
		{ name: 'Bắc Giang exists only in the 63', rows: [row(2, '', 'Bắc Giang')], era: '63', decided: true, kind: 'province' },
		{ name: 'code 87 exists only in the 63', rows: [row(2, '87', '')], era: '63', decided: true, kind: 'province' },
		// Unchanged provinces say nothing; the period decides.
		{ name: 'Hà Nội in 2025', rows: [row(2, '01', 'Hà Nội', '2025')], era: '34', decided: true, kind: 'period' },
		{ name: 'Hà Nội in 2013–2023', rows: [row(2, '01', 'Hà Nội', '2013-2023')], era: '63', decided: true, kind: 'period' },
		// Provinces outrank periods: a Bắc Giang row in 2025 is still an old province.
		{ name: 'Bắc Giang in 2025', rows: [row(2, '24', 'Bắc Giang', '2025')], era: '63', decided: true, kind: 'pair' },
		// Both ways: the majority, not decided (2 rows of the 34 against 1 of the 63).
		{
			name: 'two pairs of the 34, one of the 63',
			rows: [row(2, '24', 'Bắc Ninh'), row(3, '82', 'Đồng Tháp'), row(4, '24', 'Bắc Giang')],
			era: '34',
			decided: false,
			kind: 'pair'
		}
	] as const)('$name → $era', ({ rows, era, decided, kind }) => {
		const r = inferImportEra(rows, lookup, null);
		expect(r).toMatchObject({ used: era, detected: era, basis: 'rows', decided });
		expect(r.clues[0]?.kind).toBe(kind);
		expect(r.clues.every((c) => c.era === era)).toBe(true);
	});

	it('assumes the 63 when nothing points either way, and says so', () => {
		expect(inferImportEra([row(2, '01', 'Hà Nội', '2024-2025')], lookup, null)).toMatchObject({
			used: '63',
			basis: 'none',
			decided: false
		});
	});

	it.each([
		{ start: 2013, end: 2023, era: '63' },
		{ start: 2024, end: 2024, era: '63' },
		{ start: 2025, end: 2025, era: '34' },
		{ start: 2020, end: 2025, era: null },
		{ start: 2026, end: 2026, era: '34' }
	])('period $start–$end points to $era', ({ start, end, era }) => {
		expect(periodClue({ start, end })).toBe(era);
	});
});

/** A wide file (no marker) of the 34 provinces with codes that changed meaning. */
const FILE_34 = [
	'ma_tinh,ten_tinh,giai_doan,models_total',
	'24,Bắc Ninh,2025,120',
	'82,Đồng Tháp,2025,230',
	'91,An Giang,2025,340',
	'01,Hà Nội,2025,5'
].join('\n');

describe('a file of the 34 provinces', () => {
	const r = importBytes(utf8(FILE_34), ctx);

	it('is read in the 34, from its code–name pairs', () => {
		expect(r.era).toMatchObject({ used: '34', basis: 'rows', decided: true });
		expect(r.report).toEqual([]);
	});

	it('writes the new provinces as the bundled data do: merged provinces by their new code, unchanged ones as provinces', () => {
		expect(r.facts.map((f) => [f.province_code, f.province, f.scope, f.value])).toEqual([
			['24', 'Bắc Ninh', 'merged_province:Bắc Ninh', 120],
			['82', 'Đồng Tháp', 'merged_province:Đồng Tháp', 230],
			['91', 'An Giang', 'merged_province:An Giang', 340],
			['01', 'Hà Nội', 'province', 5]
		]);
	});

	it('lands on Bắc Ninh, Đồng Tháp and An Giang of the 34 map, and on no old province of the 63', () => {
		const ds = indexDataset(combineTables({ bundled: tables, imported: { facts: r.facts, sources: r.sources }, mode: 'replace' }));
		const period = { start: 2025, end: 2025 };
		const map34 = select(ds, { indicator: 'models_total', period, norm: 'total', units: '34' });
		const map63 = select(ds, { indicator: 'models_total', period, norm: 'total', units: '63' });
		expect(['24', '82', '91', '01'].map((c) => map34.byCode.get(c)?.value)).toEqual([120, 230, 340, 5]);
		// 24 Bắc Giang, 82 Tiền Giang, 91 Kiên Giang (and the old Bắc Ninh 27, Đồng Tháp 87, An Giang 89) stay empty.
		for (const code of ['24', '82', '91', '27', '87', '89']) expect(map63.byCode.get(code)?.value).toBeNull();
		expect(map63.byCode.get('01')?.value).toBe(5);
	});

	it('read in the 63 instead, every changed-code row is reported with the fix, none guessed', () => {
		const as63 = importBytes(utf8(FILE_34), ctx, { era: '63' });
		expect(as63.facts.map((f) => f.province_code)).toEqual(['01']);
		expect(as63.report.map((x) => [x.line, x.outcome, x.code, x.params.name])).toEqual([
			[2, 'row', 'era_mismatch', 'Bắc Ninh'],
			[3, 'row', 'era_mismatch', 'Đồng Tháp'],
			[4, 'row', 'era_mismatch', 'An Giang']
		]);
		const vi = formatReportRow(as63.report[0]!, 'vi');
		expect(vi.message).toBe(
			'“24 Bắc Ninh”: mã và tên chỉ khớp theo 34 tỉnh, thành phố từ 1/7/2025; theo 63 tỉnh, thành phố trước 1/7/2025, mã 24 là Bắc Giang'
		);
		expect(vi.hint).toContain('chọn đọc theo 34 tỉnh, thành phố từ 1/7/2025');
	});
});

describe('a province of the other era', () => {
	it('an old province in a file read as the 34 is refused, naming the new province it is part of', () => {
		const r = importBytes(utf8(['ma_tinh,ten_tinh,giai_doan,models_total', ',Bắc Giang,2025,7', '01,Hà Nội,2025,5'].join('\n')), ctx, {
			era: '34'
		});
		expect(r.facts.map((f) => f.province_code)).toEqual(['01']);
		expect(r.report.map((x) => [x.line, x.outcome, x.code])).toEqual([[2, 'row', 'other_era_province']]);
		const vi = formatReportRow(r.report[0]!, 'vi');
		expect(vi.message).toBe(
			'“Bắc Giang” chỉ có trong 63 tỉnh, thành phố trước 1/7/2025 (Bắc Giang), không có trong 34 tỉnh, thành phố từ 1/7/2025'
		);
		expect(vi.hint).toContain('Bắc Giang từ 1/7/2025 là một phần của Bắc Ninh (mã 24)');
	});

	it('a code and a name that agree in neither era still wait for the user’s choice', () => {
		const r = importBytes(utf8(['ma_tinh,ten_tinh,giai_doan,models_total', '24,Hà Nội,2013-2023,7'].join('\n')), ctx);
		expect(r.report.map((x) => [x.outcome, x.code])).toEqual([['decision', 'province_mismatch']]);
	});
});

describe('the long form reads each row in the era of its scope', () => {
	it('commune and merged-province rows by the 34, province rows by the 63', () => {
		const file = [
			'province_code,province,scope,period_start,period_end,period_label,measure,indicator,value,qualifier,note,source_id,quote',
			'15,Lào Cai,commune:xã Mường Khương,2025,2025,2025,stock,models_total,12,exact,,,',
			'24,Bắc Ninh,merged_province:Bắc Ninh,2025,2025,2025,stock,models_total,9,exact,,,',
			'15,Yên Bái,province,2013,2023,2013-2023,stock,models_total,3,exact,,,',
			'15,Lào Cai,province,2013,2023,2013-2023,stock,models_total,4,exact,,,'
		].join('\n');
		const r = importBytes(utf8(file), ctx);
		expect(r.era.basis).toBe('scope');
		expect(r.facts.map((f) => [f.line, f.province_code, f.province, f.scope])).toEqual([
			[2, '15', 'Lào Cai', 'commune:xã Mường Khương'],
			[3, '24', 'Bắc Ninh', 'merged_province:Bắc Ninh'],
			[4, '15', 'Yên Bái', 'province']
		]);
		// 15 + Lào Cai as an old province: Yên Bái's code; the fix names the 34.
		expect(r.report.map((x) => [x.line, x.code])).toEqual([[5, 'era_mismatch']]);
	});
});
