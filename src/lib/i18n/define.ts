/**
 * A message bundle: Vietnamese (the default, whose keys define the bundle) and English, which must have
 * every key — a missing English key is a type error, and the i18n spec checks parameters match.
 * `{name}` marks a parameter.
 */
export interface Bundle<K extends string> {
	vi: Record<K, string>;
	en: Record<K, string>;
}

export function defineMessages<K extends string>(vi: Record<K, string>, en: Record<NoInfer<K>, string>): Bundle<K> {
	return { vi, en };
}
