/**
 * The data check of facts.csv: every row by the rules of a fact row (./fact-rules.ts) and against the other
 * files — its province code and name in the era of its scope, its source, its indicator and measure — and that
 * its quote prints its value (./quote-numbers.ts). Rows with a problem are reported and left out.
 */
import { DATA_COLUMNS, DATA_FILE_NAMES } from './data-contract';
import { eraAreas, eraSpellings, scopeEra, type Era, type EraProvince } from './era';
import {
	factKey,
	isMachineNumber,
	isMeasure,
	isNationalName,
	isQualifier,
	NATIONAL_NAME,
	parseScope,
	periodCells,
	SCOPE_CODE_RULE
} from './fact-rules';
import { quoteContainsValue } from './quote-numbers';
import { fold } from './text';
import { MEASURES, QUALIFIERS, type Fact, type Measure, type Qualifier } from './types';
import { readCsvFile, requireCells, type Collector, type RawRow } from './validate-collect';
import { CODE_RE } from './validate-tables';

export interface FactContext {
	/** Per era, province code → folded names it may be written as (official name and aliases; ./era.ts). */
	names: Record<Era, Map<string, Set<string>>>;
	/** Per era, the official name of each code, for messages. */
	official: Record<Era, Map<string, string>>;
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

export function buildFactContext(provinceRows: RawRow[], aliasRows: RawRow[], sourceRows: RawRow[], indicatorRows: RawRow[]): FactContext {
	// Every row with a code counts, even one with problems of its own (no cascade of errors).
	const provinces: EraProvince[] = provinceRows
		.filter((p) => p.get('code') !== '')
		.map((p) => ({
			code: p.get('code'),
			name: p.get('name'),
			name_en: p.get('name_en'),
			code_2025: p.get('code_2025'),
			name_2025: p.get('name_2025')
		}));
	const aliases = aliasRows
		.filter((a) => a.get('code') !== '' && a.get('alias') !== '')
		.map((a) => ({ alias: a.get('alias'), code: a.get('code') }));
	const names = { '63': eraSpellings(provinces, aliases, '63'), '34': eraSpellings(provinces, aliases, '34') };
	const official = {
		'63': new Map(eraAreas(provinces, '63').map((a) => [a.code, a.name])),
		'34': new Map(
			eraAreas(provinces, '34')
				.filter((a) => a.name !== '')
				.map((a) => [a.code, a.name])
		)
	};
	const codeByName = new Map<string, string>();
	for (const p of provinces) if (!codeByName.has(fold(p.name))) codeByName.set(fold(p.name), p.code);
	for (const a of aliases) if (names['63'].has(a.code) && !codeByName.has(fold(a.alias))) codeByName.set(fold(a.alias), a.code);
	const indicatorMeasure = new Map<string, string>();
	for (const r of indicatorRows) {
		const id = r.get('id');
		if (id === '' || indicatorMeasure.has(id)) continue;
		const m = r.get('measure');
		indicatorMeasure.set(id, isMeasure(m) ? m : '');
	}
	return {
		names,
		official,
		codeByName,
		sourceIds: new Set(sourceRows.map((r) => r.get('source_id')).filter((s) => s !== '')),
		indicatorMeasure,
		haveProvinces: provinceRows.length > 0 && provinceRows[0]?.has('code') === true,
		haveSources: sourceRows.length > 0 && sourceRows[0]?.has('source_id') === true,
		haveIndicators: indicatorRows.length > 0 && indicatorRows[0]?.has('id') === true
	};
}

// eslint-disable-next-line max-lines-per-function -- the fact rules row by row, in the order the data check reports them, all on the same row's cells.
export function checkFacts(text: string, ctx: FactContext, c: Collector): Fact[] {
	const file = DATA_FILE_NAMES.facts;
	const rows = readCsvFile(file, text, DATA_COLUMNS.facts, c);
	const complete = DATA_COLUMNS.facts.every((col) => rows[0]?.has(col) ?? true);
	const seen = new Map<string, number>();
	const facts: Fact[] = [];
	for (const row of rows) {
		requireCells(file, row, ['province', 'scope', 'period_label', 'measure', 'indicator', 'value', 'qualifier', 'source_id', 'quote'], c);
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
			else if (code !== '' && rule === 'forbidden') c.add(file, row.line, 'province_code', 'code_not_allowed', { scope: kind ?? '', code });
			else if (code !== '' && !CODE_RE.test(code)) c.add(file, row.line, 'province_code', 'bad_code_format', { value: code });
			else if (code !== '' && ctx.haveProvinces) {
				// The code is read in the row's era (./era.ts): 15 is Yên Bái in a `province` row, Lào Cai in a `commune:` one.
				const era = scopeEra(kind ?? '');
				const other: Era = era === '34' ? '63' : '34';
				const names = ctx.names[era].get(code);
				if (!names) {
					const suggestion = ctx.codeByName.get(fold(province));
					c.add(file, row.line, 'province_code', era === '34' ? 'unknown_province_2025' : 'unknown_province', {
						code,
						...(suggestion && era === '63' ? { suggestion, suggestion_name: ctx.official['63'].get(suggestion) ?? '' } : {})
					});
				} else if (province !== '' && !names.has(fold(province)))
					c.add(file, row.line, 'province', 'province_name_mismatch', {
						code,
						value: province,
						expected: ctx.official[era].get(code) ?? '',
						era,
						// The pair agrees in the other era: the row is probably read in the wrong one.
						...(ctx.names[other].get(code)?.has(fold(province)) ? { other_era: other } : {})
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
		if (measure !== '' && !measureOk) c.add(file, row.line, 'measure', 'bad_enum', { value: measure, allowed: MEASURES.join(', ') });
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
