/** An indicator's name in the language shown: every place that names an indicator goes through here. */
import type { Indicator, Lang } from './types';

/** The indicator's label in `lang`; `fallback` (e.g. its id) when it is unknown. */
export function indicatorLabel(ind: Indicator | undefined, lang: Lang, fallback = ''): string {
	return ind ? (lang === 'vi' ? ind.label_vi : ind.label_en) : fallback;
}
