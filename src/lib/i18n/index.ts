/**
 * Message lookup for the UI: `t(lang, key, params)`. Pure, so the core's tests can use it too.
 * Each feature keeps its messages in its own bundle under ./messages; they are merged here.
 */
import type { Lang } from '../core/types';
import { core } from './messages/core';
import { hardening } from './messages/hardening';
import { importer } from './messages/importer';
import { map } from './messages/map';
import { present } from './messages/present';
import { importerRound } from './messages/importer-round';
import { reporting } from './messages/reporting';
import { workspace } from './messages/workspace';

const bundles = [core, map, workspace, present, reporting, importer, importerRound, hardening] as const;

type KeysOf<B> = B extends { vi: Record<infer K, string> } ? K : never;
export type MessageKey = KeysOf<(typeof bundles)[number]>;

function merge(lang: Lang): Record<MessageKey, string> {
	const out: Record<string, string> = {};
	for (const b of bundles) {
		for (const [k, v] of Object.entries(b[lang])) {
			if (k in out) throw new Error(`i18n: message key "${k}" is defined twice`);
			out[k] = v;
		}
	}
	return out as Record<MessageKey, string>;
}

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { vi: merge('vi'), en: merge('en') };

export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
	return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (m, name: string) =>
		name in params ? String(params[name]) : m
	);
}
