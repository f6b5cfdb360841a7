/** An import's report said in Vietnamese or English: each row's outcome, reason and fix hint, and as CSV. */
import { writeCsv } from './csv-write';
import { formatNumber } from './format';
import type { ReportCode, ReportOutcome, ReportRow } from './import-types';
import type { Lang } from './types';
import { t, type MessageKey } from '../i18n';
// Its texts come with it, not with the page.
import '../i18n/messages/importer';
import '../i18n/messages/importer-round';

const ISSUE_KEYS: Record<ReportCode, [MessageKey, MessageKey]> = {
	empty_file: ['importer.issue.empty_file', 'importer.hint.empty_file'],
	unknown_form: ['importer.issue.unknown_form', 'importer.hint.unknown_form'],
	csv_syntax: ['importer.issue.csv_syntax', 'importer.hint.csv_syntax'],
	unknown_column: ['importer.issue.unknown_column', 'importer.hint.unknown_column'],
	duplicate_column: ['importer.issue.duplicate_column', 'importer.hint.duplicate_column'],
	too_many_cells: ['importer.issue.too_many_cells', 'importer.hint.too_many_cells'],
	missing_province: ['importer.issue.missing_province', 'importer.hint.missing_province'],
	unknown_province: ['importer.issue.unknown_province', 'importer.hint.unknown_province'],
	province_mismatch: ['importer.issue.province_mismatch', 'importer.hint.province_mismatch'],
	era_mismatch: ['importer.issue.era_mismatch', 'importer.hint.era_mismatch'],
	other_era_province: ['importer.issue.other_era_province', 'importer.hint.other_era_province'],
	missing_period: ['importer.issue.missing_period', 'importer.hint.missing_period'],
	bad_period: ['importer.issue.bad_period', 'importer.hint.bad_period'],
	bad_number: ['importer.issue.bad_number', 'importer.hint.bad_number'],
	ambiguous_number: ['importer.issue.ambiguous_number', 'importer.hint.ambiguous_number'],
	negative_number: ['importer.issue.negative_number', 'importer.hint.negative_number'],
	duplicate_row: ['importer.issue.duplicate_row', 'importer.hint.duplicate_row'],
	conflict_row: ['importer.issue.conflict_row', 'importer.hint.conflict_row'],
	no_value: ['importer.issue.no_value', 'importer.hint.no_value'],
	unknown_indicator: ['importer.issue.unknown_indicator', 'importer.hint.unknown_indicator'],
	bad_scope: ['importer.issue.bad_scope', 'importer.hint.bad_scope'],
	code_not_allowed: ['importer.issue.code_not_allowed', 'importer.hint.code_not_allowed'],
	bad_qualifier: ['importer.issue.bad_qualifier', 'importer.hint.bad_qualifier'],
	measure_mismatch: ['importer.issue.measure_mismatch', 'importer.hint.measure_mismatch'],
	workbook_encrypted: ['importer.issue.workbook_encrypted', 'importer.hint.workbook_encrypted'],
	workbook_damaged: ['importer.issue.workbook_damaged', 'importer.hint.workbook_damaged'],
	error_cell: ['importer.issue.error_cell', 'importer.hint.error_cell'],
	date_value: ['importer.issue.date_value', 'importer.hint.date_value'],
	formula_no_value: ['importer.issue.formula_no_value', 'importer.hint.formula_no_value'],
	merged_value: ['importer.issue.merged_value', 'importer.hint.merged_value'],
	total_row: ['importer.issue.total_row', 'importer.hint.total_row']
};

/** An unknown province with "did you mean" suggestions. */
const SUGGEST_KEYS: [MessageKey, MessageKey] = ['importer.issue.unknown_province_suggest', 'importer.hint.unknown_province_suggest'];

const OUTCOME_KEYS: Record<ReportOutcome, MessageKey> = {
	file: 'importer.outcome.file',
	row: 'importer.outcome.row',
	cell: 'importer.outcome.cell',
	decision: 'importer.outcome.decision'
};

/** The reason and the fix hint of a report row, in Vietnamese or English. */
export function formatReportRow(row: ReportRow, lang: Lang): { outcome: string; message: string; hint: string } {
	const suggest = row.code === 'unknown_province' && Boolean(row.params.suggestions);
	const [message, defaultHint] = suggest ? SUGGEST_KEYS : ISSUE_KEYS[row.code];
	// An old province in a file read as the 34: the hint names the new province it is part of.
	const hint: MessageKey = row.code === 'other_era_province' && row.params.now ? 'importer.hint.other_era_province_now' : defaultHint;
	const locale = row.params.locale === 'en' ? t(lang, 'importer.localeShort.en') : t(lang, 'importer.localeShort.vi');
	const era = (e: string | undefined) => (e === '63' || e === '34' ? t(lang, `importer.era.${e}`) : '');
	// `other` is the figure an earlier row gives (conflict_row), or the other era (era rows).
	const eraRow = row.code === 'era_mismatch' || row.code === 'other_era_province';
	const other = eraRow || row.params.other === undefined ? '' : formatNumber(Number(row.params.other), lang);
	const params = {
		...row.params,
		column: row.column,
		value: row.value,
		locale,
		other,
		eraName: era(row.params.era),
		otherEra: era(row.params.other)
	};
	return { outcome: t(lang, OUTCOME_KEYS[row.outcome]), message: t(lang, message, params), hint: t(lang, hint, params) };
}

const REPORT_CSV_HEADER: MessageKey[] = [
	'importer.reportCsv.line',
	'importer.reportCsv.column',
	'importer.reportCsv.value',
	'importer.reportCsv.outcome',
	'importer.reportCsv.reason',
	'importer.reportCsv.fix'
];

/** The report as CSV for Excel (./csv-write.ts): line, column, value, outcome, reason, fix. */
export function reportCsv(report: ReportRow[], lang: Lang): string {
	const rows = report.map((r) => {
		const f = formatReportRow(r, lang);
		return [r.line, r.column, r.value, f.outcome, f.message, f.hint];
	});
	return writeCsv(
		REPORT_CSV_HEADER.map((k) => t(lang, k)),
		rows,
		{ decimal: lang === 'vi' ? ',' : '.' }
	);
}
