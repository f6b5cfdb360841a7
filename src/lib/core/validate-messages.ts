/**
 * The data check's issues said in Vietnamese or English: what is wrong, and how to fix it. The texts are in the
 * message tables (i18n/messages/data-check.ts); this picks an issue's keys and puts its parameters in.
 */
import type { Lang } from './types';
import type { DataIssue, IssueCode } from './validate-collect';
import { t, type MessageKey } from '../i18n/index';
import '../i18n/messages/data-check';

/** The keys of an issue's message and hint: `check.<code>.message` and `.hint`, or the variant its parameters call for. */
function keysOf(code: IssueCode, p: Record<string, string>): { message: string; hint: string } {
	const base = `check.${code}`;
	if (code === 'unknown_province') return { message: `${base}.message`, hint: p.suggestion ? `${base}.hintSuggest` : 'check.codeExample' };
	if (code === 'province_name_mismatch') {
		if (p.code === '') return { message: `${base}.noCode.message`, hint: `${base}.noCode.hint` };
		// The code and name agree in the other era: the hint says how a row of that era is written.
		const other = p.other_era === '34' || p.other_era === '63' ? p.other_era : '';
		return { message: `${base}.message`, hint: `${base}.hint${other}` };
	}
	return { message: `${base}.message`, hint: `${base}.hint` };
}

/** A message saying what is wrong and a hint saying how to fix it, in Vietnamese or English. */
export function formatIssue(issue: DataIssue, lang: Lang): { message: string; hint: string } {
	const p: Record<string, string> = { column: issue.column, ...issue.params };
	const params = { ...p, example: t(lang, 'check.codeExample'), eraName: t(lang, p.era === '34' ? 'check.era.34' : 'check.era.63') };
	const keys = keysOf(issue.code, p);
	return { message: t(lang, keys.message as MessageKey, params), hint: t(lang, keys.hint as MessageKey, params) };
}
