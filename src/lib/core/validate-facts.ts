/**
 * The data check of facts.csv: every row by the rules of a fact row (./fact-rules.ts) and against the other
 * files — its province code and name in the era of its scope, its source, its indicator and measure — and that
 * its quote prints its value (./quote-numbers.ts). Rows with a problem are reported and left out.
 */
import { DATA_COLUMNS, DATA_FILE_NAMES } from './data-contract';
import { factKey, isMachineNumber, isMeasure, isNationalName, isQualifier, NATIONAL_NAME, parseScope, periodCells, SCOPE_CODE_RULE } from './fact-rules';
import { quoteContainsValue } from './quote-numbers';
import { fold } from './text';
import { MEASURES, QUALIFIERS, type Fact, type Measure, type Qualifier } from './types';
import { readCsvFile, requireCells, type Collector, type RawRow } from './validate-collect';
import { CODE_RE } from './validate-tables';

export interface FactContext {
	/** Old (63) province code → folded names it may be written as (official name and aliases). */
	names63: Map<string, Set<string>>;
	/** Official name per old code, for messages. */
	official63: Map<string, string>;
	/** New (34) province code → folded names (name_2025 and aliases of the old province of that name). */
	names34: Map<string, Set<string>>;
	official34: Map<string, string>;
	/** Any folded name or alias → old code (for hints). */
	codeByName: Map<string, string>;
	sourceIds: Set<string>;
	/** Indicator id → its catalogue measure when valid, '' otherwise. */
	indicatorMeasure: Map<string, string>;
	/** Whether the reference files could be read at all (no cascade when one is missing). */
	haveProvinces: boolean;
	haveSources: boolean;
	haveIndicators: boolean;
}

export function buildFactContext(
	provinceRows: RawRow[],
	aliasRows: RawRow[],
	sourceRows: RawRow[],
	indicatorRows: RawRow[]
): FactContext {
	const names63 = new Map<string, Set<string>>();
	const official63 = new Map<string, string>();
	const codeByName = new Map<string, string>();
	const names34 = new Map<string, Set<string>>();
	const official34 = new Map<string, string>();
	const add = (m: Map<string, Set<string>>, k: string, v: string) => {
		const s = m.get(k) ?? new Set<string>();
		s.add(fold(v));
		m.set(k, s);
	};
	for (const p of provinceRows) {
		const code = p.get('code');
		if (code === '') continue;
		add(names63, code, p.get('name'));
		if (!official63.has(code)) official63.set(code, p.get('name'));
		if (!codeByName.has(fold(p.get('name')))) codeByName.set(fold(p.get('name')), code);
	}
	for (const a of aliasRows) {
		const code = a.get('code');
		if (code === '' || a.get('alias') === '' || !names63.has(code)) continue;
		add(names63, code, a.get('alias'));
		if (!codeByName.has(fold(a.get('alias')))) codeByName.set(fold(a.get('alias')), code);
	}
	for (const p of provinceRows) {
		const c25 = p.get('code_2025');
		const n25 = p.get('name_2025');
		if (c25 === '' || n25 === '') continue;
		add(names34, c25, n25);
		if (!official34.has(c25)) official34.set(c25, n25);
	}
	// The new province may be written like the old province whose name it kept ("TP Hồ Chí Minh").
	for (const p of provinceRows) {
		const code = p.get('code');
		for (const [c25, name] of official34)
			if (fold(name) === fold(p.get('name'))) for (const n of names63.get(code) ?? []) names34.get(c25)?.add(n);
	}
	const indicatorMeasure = new Map<string, string>();
	for (const r of indicatorRows) {
		const id = r.get('id');
		if (id === '' || indicatorMeasure.has(id)) continue;
		const m = r.get('measure');
		indicatorMeasure.set(id, isMeasure(m) ? m : '');
	}
	return {
		names63,
		official63,
		names34,
		official34,
		codeByName,
		sourceIds: new Set(sourceRows.map((r) => r.get('source_id')).filter((s) => s !== '')),
		indicatorMeasure,
		haveProvinces: provinceRows.length > 0 && provinceRows[0]?.has('code') === true,
		haveSources: sourceRows.length > 0 && sourceRows[0]?.has('source_id') === true,
		haveIndicators: indicatorRows.length > 0 && indicatorRows[0]?.has('id') === true
	};
}

export function checkFacts(text: string, ctx: FactContext, c: Collector): Fact[] {
	const file = DATA_FILE_NAMES.facts;
	const rows = readCsvFile(file, text, DATA_COLUMNS.facts, c);
	const complete = DATA_COLUMNS.facts.every((col) => rows[0]?.has(col) ?? true);
	const seen = new Map<string, number>();
	const facts: Fact[] = [];
	for (const row of rows) {
		requireCells(
			file,
			row,
			['province', 'scope', 'period_label', 'measure', 'indicator', 'value', 'qualifier', 'source_id', 'quote'],
			c
		);
		const code = row.get('province_code');
		const province = row.get('province');
		const scope = row.get('scope');

		// Scope and the province code it allows.
		const parsed = parseScope(scope);
		if (scope !== '' && !parsed?.valid) c.add(file, row.line, 'scope', 'bad_scope', { value: scope });
		const kind = parsed?.kind;
		const rule = kind && SCOPE_CODE_RULE[kind];
		if (row.has('province_code')) {
			if (code === '' && rule === 'required') c.add(file, row.line, 'province_code', 'code_required', { scope: kind ?? '' });
			else if (code !== '' && rule === 'forbidden')
				c.add(file, row.line, 'province_code', 'code_not_allowed', { scope: kind ?? '', code });
			else if (code !== '' && !CODE_RE.test(code)) c.add(file, row.line, 'province_code', 'bad_code_format', { value: code });
			else if (code !== '' && ctx.haveProvinces) {
				const merged = kind === 'merged_province';
				const names = (merged ? ctx.names34 : ctx.names63).get(code);
				if (!names) {
					const suggestion = ctx.codeByName.get(fold(province));
					c.add(file, row.line, 'province_code', merged ? 'unknown_province_2025' : 'unknown_province', {
						code,
						...(suggestion && !merged ? { suggestion, suggestion_name: ctx.official63.get(suggestion) ?? '' } : {})
					});
				} else if (province !== '' && !names.has(fold(province)))
					c.add(file, row.line, 'province', 'province_name_mismatch', {
						code,
						value: province,
						expected: (merged ? ctx.official34 : ctx.official63).get(code) ?? ''
					});
			} else if (code === '' && province !== '' && rule !== undefined && !isNationalName(province))
				c.add(file, row.line, 'province', 'province_name_mismatch', { code: '', value: province, expected: NATIONAL_NAME });
		}

		// Period: both empty (no stated period) or two years with start ≤ end.
		const ps = row.get('period_start');
		const pe = row.get('period_end');
		for (const p of periodCells(ps, pe).problems) {
			const { code: issueCode, column, ...params } = p;
			c.add(file, row.line, column, issueCode, params);
		}

		// Enums.
		const measure = row.get('measure');
		const measureOk = isMeasure(measure);
		if (measure !== '' && !measureOk)
			c.add(file, row.line, 'measure', 'bad_enum', { value: measure, allowed: MEASURES.join(', ') });
		const qualifier = row.get('qualifier');
		if (qualifier !== '' && !isQualifier(qualifier))
			c.add(file, row.line, 'qualifier', 'bad_enum', { value: qualifier, allowed: QUALIFIERS.join(', ') });

		// Indicator in the catalogue, with the same measure.
		const indicator = row.get('indicator');
		if (indicator !== '' && ctx.haveIndicators) {
			const m = ctx.indicatorMeasure.get(indicator);
			if (m === undefined) c.add(file, row.line, 'indicator', 'unknown_indicator', { value: indicator });
			else if (m !== '' && measureOk && m !== measure)
				c.add(file, row.line, 'measure', 'measure_mismatch', { indicator, value: measure, expected: m });
		}

		// Source.
		const sourceId = row.get('source_id');
		if (sourceId !== '' && ctx.haveSources && !ctx.sourceIds.has(sourceId))
			c.add(file, row.line, 'source_id', 'unknown_source', { value: sourceId });

		// Value, and the quote that prints it.
		const rawValue = row.get('value');
		const valueOk = isMachineNumber(rawValue);
		const value = Number(rawValue);
		if (rawValue !== '' && !valueOk) c.add(file, row.line, 'value', 'bad_value', { value: rawValue });
		const quote = row.get('quote');
		if (valueOk && quote !== '' && !quoteContainsValue(quote, value))
			c.add(file, row.line, 'quote', 'quote_missing_value', { value: rawValue });

		// Duplicates: the same figure from the same sentence of the same source.
		if (valueOk) {
			const key = `${factKey({ province_code: code, scope, period_start: ps, period_end: pe, indicator, source_id: sourceId }, quote)}\u0000${value}`;
			const first = seen.get(key);
			if (first !== undefined) c.add(file, row.line, '', 'duplicate_row', { first: String(first) });
			else seen.set(key, row.line);
		}

		if (!c.isBad(file, row.line) && complete)
			facts.push({
				line: row.line,
				province_code: code,
				province,
				scope,
				period_start: ps === '' ? null : Number(ps),
				period_end: pe === '' ? null : Number(pe),
				period_label: row.get('period_label'),
				measure: measure as Measure,
				indicator,
				value,
				qualifier: qualifier as Qualifier,
				note: row.get('note'),
				source_id: sourceId,
				quote
			});
	}
	return facts;
}
