/**
 * A figure's place, scope and period as a reader says them, in the current language: text from the data is not UI
 * text. A scope key (`merged_province:Tuyên Quang (post-7/2025, incl. former Hà Giang) [likely]`) becomes "Tỉnh mới
 * sau sáp nhập, gồm Tuyên Quang, Hà Giang" (the old provinces are named from provinces.csv, not from the key); a
 * period the article does not state is "không nêu giai đoạn", never the recorder's English; the recorder's notes
 * and period wording are kept for analysts as labelled notes (the evidence table and its CSV).
 */
import { factPeriod, type Dataset } from './dataset';
import { factEra, isLikelyMerged, scopeKindOf } from './era';
import { periodLabel } from './period';
import type { Fact, Lang } from './types';
import { t } from '../i18n';
import '../i18n/messages/map-panel';

type ScopedFact = Pick<Fact, 'scope' | 'province_code'>;

/** The name after the scope kind: "district:Đất Đỏ" → "Đất Đỏ". */
function scopeName(scope: string): string {
	const i = scope.indexOf(':');
	return i < 0 ? '' : scope.slice(i + 1);
}

/** The old provinces a new province is made of, by name: "Tuyên Quang, Hà Giang". */
function partsOf(ds: Dataset, code: string): string {
	const unit = ds.unit34ByCode.get(code);
	return (unit?.old_codes ?? []).map((c) => ds.provinceByCode.get(c)?.name ?? c).join(', ');
}

/** "Toàn tỉnh", "Cấp huyện: Đất Đỏ", "Cấp xã (từ 1/7/2025): xã Mường Khương", "Tỉnh mới sau sáp nhập, gồm …". */
export function scopeLabel(ds: Dataset, f: ScopedFact, lang: Lang): string {
	const kind = scopeKindOf(f.scope);
	const name = scopeName(f.scope);
	switch (kind) {
		case 'province':
			return t(lang, 'scope.province');
		case 'national':
			return t(lang, 'scope.national');
		case 'district':
			return t(lang, 'scope.district', { name });
		case 'block':
			return t(lang, 'scope.block', { name });
		case 'region':
			return t(lang, 'scope.region', { name });
		case 'commune':
			return t(lang, 'scope.commune', { name });
		case 'merged_province':
			return t(lang, isLikelyMerged(f.scope) ? 'scope.mergedLikely' : 'scope.merged', { names: partsOf(ds, f.province_code) });
		default:
			return t(lang, 'scope.other', { name: f.scope });
	}
}

/** The province a figure is about, read in its era (24 is Bắc Ninh in a `commune:` row); national figures have none. */
export function factPlace(ds: Dataset, f: ScopedFact, lang: Lang): string {
	if (!f.province_code) return t(lang, 'scope.national');
	const name = factEra(f) === '34' ? ds.unit34ByCode.get(f.province_code)?.name : ds.provinceByCode.get(f.province_code)?.name;
	return name ?? f.province_code;
}

/** "2013–2023", or "không nêu giai đoạn" when the article states no period. */
export function periodText(f: Pick<Fact, 'period_start' | 'period_end'>, lang: Lang): string {
	const p = factPeriod(f as Fact);
	return p ? periodLabel(p) : t(lang, 'fact.noPeriod');
}

/**
 * The recorder's notes on a figure, labelled: how the article words its period (when it says more than the period)
 * and the note. Empty when there is neither.
 */
export function factNotes(f: Pick<Fact, 'period_start' | 'period_end' | 'period_label' | 'note'>, lang: Lang): string {
	const out: string[] = [];
	const label = f.period_label.trim();
	const p = factPeriod(f as Fact);
	// "2013-2023" as recorded is the period itself; only other wording is worth a note.
	if (label && (!p || label.replace(/\s*[-–]\s*/, '–') !== periodLabel(p))) out.push(t(lang, 'fact.recordedPeriod', { label }));
	if (f.note.trim()) out.push(t(lang, 'fact.note', { note: f.note.trim() }));
	return out.join(' · ');
}
