import { describe, expect, it } from 'vitest';
import { DATA_COLUMNS } from './data-contract';
import { parseScope, periodCells } from './fact-rules';
import { importBytes } from './import';
import { bundled, dataFiles, importContext } from './test-bundled';
import { readTables } from './validate';

const files = dataFiles;
const ctx = importContext;
const source = bundled.tables.sources[0]!.source_id;

type Row = Record<(typeof DATA_COLUMNS.facts)[number], string>;

/** A valid facts.csv row (tips are a flow; the quote prints the value as an article would). */
const GOOD: Row = {
	province_code: '87',
	province: 'Đồng Tháp',
	scope: 'province',
	period_start: '2013',
	period_end: '2023',
	period_label: '2013-2023',
	measure: 'flow',
	indicator: 'tips',
	value: '44000',
	qualifier: 'at_least',
	note: '',
	source_id: source,
	quote: 'Nhân dân cung cấp trên 44.000 nguồn tin'
};

const csv = (row: Row) => {
	const cell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
	return `${DATA_COLUMNS.facts.join(',')}\n${DATA_COLUMNS.facts.map((c) => cell(row[c])).join(',')}\n`;
};

/**
 * The same rows through the data check and the import's long form: each is accepted by both or refused by both,
 * for the same reason (each in its own report's words).
 */
const CASES: { name: string; row: Partial<Row>; check: string[]; importer: string[] }[] = [
	{ name: 'a valid province row', row: {}, check: [], importer: [] },
	{
		name: 'a national sector row without a code',
		row: { province_code: '', province: 'Toàn quốc', scope: 'block:Hội Phụ nữ' },
		check: [],
		importer: []
	},
	{ name: 'a new province’s own figure', row: { province_code: '82', scope: 'merged_province:Đồng Tháp' }, check: [], importer: [] },
	{ name: 'a scope name with a space around it', row: { scope: 'district: Cao Lãnh' }, check: ['bad_scope'], importer: ['bad_scope'] },
	{
		name: 'a scope with no name',
		row: { province_code: '', province: 'Toàn quốc', scope: 'region:' },
		check: ['bad_scope'],
		importer: ['bad_scope']
	},
	{ name: 'no scope at all', row: { scope: 'galaxy' }, check: ['bad_scope'], importer: ['bad_scope'] },
	{ name: 'a national row with a province code', row: { scope: 'national' }, check: ['code_not_allowed'], importer: ['code_not_allowed'] },
	{ name: 'a start year without an end year', row: { period_end: '' }, check: ['year_pair'], importer: ['bad_period'] },
	{
		name: 'a start after the end',
		row: { period_start: '2023', period_end: '2013' },
		check: ['start_after_end'],
		importer: ['bad_period']
	},
	{ name: 'a year that is no year', row: { period_start: '20x3' }, check: ['bad_year'], importer: ['bad_period'] },
	{ name: 'a qualifier outside the list', row: { qualifier: 'about' }, check: ['bad_enum'], importer: ['bad_qualifier'] },
	{ name: 'a measure the indicator does not have', row: { measure: 'stock' }, check: ['measure_mismatch'], importer: ['measure_mismatch'] },
	{
		name: 'an indicator outside the catalogue',
		row: { indicator: 'no_such_indicator' },
		check: ['unknown_indicator'],
		importer: ['unknown_indicator']
	}
];

describe('one set of rules for a fact row: the data check and the import agree', () => {
	it.each(CASES)('$name', ({ row, check, importer }) => {
		const text = csv({ ...GOOD, ...row });
		const checked = readTables({ ...files, facts: text });
		expect(checked.issues.filter((i) => i.file === 'facts.csv').map((i) => i.code)).toEqual(check);
		const imported = importBytes(new TextEncoder().encode(text), ctx);
		expect(imported.report.map((r) => r.code)).toEqual(importer);
		// Accepted by one exactly when accepted by the other.
		expect(imported.facts.length === 1).toBe(checked.tables.facts.length === 1);
	});
});

describe('the rules themselves', () => {
	it.each([
		['province', { kind: 'province', name: null, valid: true }],
		['district:Cao Lãnh', { kind: 'district', name: 'Cao Lãnh', valid: true }],
		['district: Cao Lãnh', { kind: 'district', name: ' Cao Lãnh', valid: false }],
		['merged_province:', { kind: 'merged_province', name: '', valid: false }],
		['Province', null],
		['galaxy:x', null]
	])('scope %j', (text, expected) => {
		expect(parseScope(text)).toEqual(expected);
	});

	it.each([
		['', '', null, []],
		['2024', '2024', { start: 2024, end: 2024 }, []],
		['2013', '2023', { start: 2013, end: 2023 }, []],
		['2013', '', null, ['year_pair period_end']],
		['', '2023', null, ['year_pair period_start']],
		['2023', '2013', null, ['start_after_end period_start']],
		['13', '2x23', null, ['bad_year period_start', 'bad_year period_end']]
	])('years %j–%j', (start, end, period, problems) => {
		const r = periodCells(start, end);
		expect(r.period).toEqual(period);
		expect(r.problems.map((p) => `${p.code} ${p.column}`)).toEqual(problems);
	});
});
