/** Message lookup for the UI: `t(lang, key, params)`. Pure, so the core's tests can use it too. */
import type { Lang } from '../core/types';
import { en } from './en';
import { vi, type MessageKey } from './vi';

export type { MessageKey };
export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { vi, en };

export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
	return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (m, name: string) =>
		name in params ? String(params[name]) : m
	);
}
