/**
 * The evidence table: every sourced fact, filtered by indicator, period, scope and province, each with its
 * place, scope and period as a reader says them; and its CSV, one row per column (header, cell).
 */
import { indicatorLabel } from './indicator-label';
import { t, type MessageKey } from '../i18n';
import { factPeriod, type Dataset } from './dataset';
import { factEra } from './era';
import { NO_PERIOD, scopeKind } from './evidence-filter';
import { factNotes, factPlace, periodText, scopeLabel } from './fact-text';
import { safeHttpUrl } from './escape';
import { comparePeriods, periodKey } from './period';
import { csvTable, qualifierText, type CsvColumn, type CsvTable } from './table-cells';
import type { Fact, Lang, ScopeKind, Source } from './types';
// Its texts come with it, not with the page.
import '../i18n/messages/workspace-views';

export interface EvidenceFilter {
	indicator: string | null;
	/** A period key, `none` for facts that state no period, or null for all. */
	period: string | null;
	scope: ScopeKind | null;
	/** 63-province codes to keep; empty keeps all (national facts only show without a choice). */
	codes: ReadonlySet<string>;
}

export interface EvidenceRow {
	fact: Fact;
	scopeKind: ScopeKind;
	/** The province, read in the fact's era ("Bắc Ninh" for a commune row of code 24), or "Toàn quốc". */
	place: string;
	/** The scope as a reader says it ("Tỉnh mới sau sáp nhập, gồm …"), never the data's key. */
	scope: string;
	/** Period as printed in the table ("2013–2023"), or "không nêu giai đoạn". */
	period: string;
	/** The recorder's notes, labelled (period as recorded, note); '' when none. */
	notes: string;
	source: Source | undefined;
	/** The source's link when it is http(s). */
	link: string | null;
}

/**
 * Facts matching the filter: by province code (national last), catalogue order, then period. The chosen 63-province
 * codes keep a province's own figures and those of the new province it is part of (a code is read in its fact's era).
 */
export function evidenceRows(ds: Dataset, filter: EvidenceFilter, lang: Lang = 'vi'): EvidenceRow[] {
	const order = new Map(ds.indicators.map((ind, i) => [ind.id, i]));
	const chosen34 = new Set([...filter.codes].map((c) => ds.provinceByCode.get(c)?.code_2025 ?? ''));
	const rows = ds.tables.facts
		.filter((f) => {
			const p = factPeriod(f);
			if (filter.indicator && f.indicator !== filter.indicator) return false;
			if (filter.period && (p ? periodKey(p) : NO_PERIOD) !== filter.period) return false;
			if (filter.scope && scopeKind(f.scope) !== filter.scope) return false;
			return filter.codes.size === 0 || (factEra(f) === '34' ? chosen34 : filter.codes).has(f.province_code);
		})
		.map((f) => {
			const source = ds.sourceById.get(f.source_id);
			return {
				fact: f,
				scopeKind: scopeKind(f.scope),
				place: factPlace(ds, f, lang),
				scope: scopeLabel(ds, f, lang),
				period: periodText(f, lang),
				notes: factNotes(f, lang),
				source,
				link: source ? safeHttpUrl(source.url) : null
			};
		});
	return rows.sort((x, y) => {
		const cx = x.fact.province_code || '~';
		const cy = y.fact.province_code || '~';
		const px = factPeriod(x.fact);
		const py = factPeriod(y.fact);
		return (
			(cx < cy ? -1 : cx > cy ? 1 : 0) ||
			(order.get(x.fact.indicator) ?? 1e9) - (order.get(y.fact.indicator) ?? 1e9) ||
			(px && py ? comparePeriods(px, py) : px ? -1 : py ? 1 : 0) ||
			x.fact.line - y.fact.line
		);
	});
}

interface EvidenceContext {
	ds: Dataset;
	lang: Lang;
}

const header = (key: MessageKey) => (c: EvidenceContext) => [t(c.lang, key)];

/** The evidence CSV's columns, in order: the value, its qualifier mark and the quoted sentence among them. */
const EVIDENCE_CSV: readonly CsvColumn<EvidenceRow, EvidenceContext>[] = [
	{ header: header('ws.col.code'), cells: (r) => [r.fact.province_code ? { code: r.fact.province_code } : null] },
	{ header: header('ws.col.name'), cells: (r) => [r.place] },
	{ header: header('ws.ev.scope'), cells: (r) => [r.scope] },
	{
		header: header('ws.ev.indicator'),
		cells: (r, c) => {
			const ind = c.ds.indicatorById.get(r.fact.indicator);
			return [indicatorLabel(ind, c.lang, r.fact.indicator)];
		}
	},
	{ header: header('ws.csv.period'), cells: (r) => [r.period] },
	{ header: header('ws.ev.value'), cells: (r) => [r.fact.value] },
	{ header: header('ws.col.qualifier'), cells: (r, c) => [qualifierText(r.fact.qualifier, c.lang)] },
	{ header: header('ws.ev.quote'), cells: (r) => [r.fact.quote] },
	{ header: header('ws.ev.publisher'), cells: (r) => [r.source?.publisher ?? ''] },
	{ header: header('ws.ev.date'), cells: (r) => [r.source?.date ?? ''] },
	{ header: header('ws.csv.links'), cells: (r) => [r.link ?? ''] },
	{ header: header('ws.ev.notes'), cells: (r) => [r.notes] }
];

/** The evidence rows as CSV cells, with the value, its qualifier mark and the quoted sentence. */
export function evidenceCsv(ds: Dataset, rows: readonly EvidenceRow[], lang: Lang): CsvTable {
	return csvTable(EVIDENCE_CSV, rows, { ds, lang });
}
