/**
 * Message lookup for the UI: `t(lang, key, params)`. Pure, so the core's tests can use it too.
 * Each feature keeps its messages in its own bundle under ./messages. The page's own (map, controls, toolbar,
 * exports, errors) are here from the start; a feature loaded on demand brings its texts with it: its bundle
 * calls `addMessages` when first imported, and the feature's modules import it (importer, embed and deck
 * dialogs, presentation, the province panel, the embedded view, the chart and table views, the province filter; the data check's, which only the build and
 * `npm run data:check` show). `catalogue.ts` holds every bundle, for tests and tools.
 */
import type { Lang } from '../core/types';
import type { Bundle } from './define';
import { core } from './messages/core';
import type { dataCheck } from './messages/data-check';
import type { embedView } from './messages/embed-view';
import { hardening } from './messages/hardening';
import type { importer } from './messages/importer';
import { importerToolbar } from './messages/importer-toolbar';
import { map } from './messages/map';
import type { mapPanel } from './messages/map-panel';
import { present } from './messages/present';
import type { importerRound } from './messages/importer-round';
import type { presentDialogs } from './messages/present-dialogs';
import type { provinceFilter } from './messages/province-filter';
import { reporting } from './messages/reporting';
import { workspace } from './messages/workspace';
import type { workspaceViews } from './messages/workspace-views';

/** Every bundle, those loaded on demand included: what a key may be. */
type AnyBundle =
	| typeof core
	| typeof map
	| typeof mapPanel
	| typeof workspace
	| typeof present
	| typeof importerToolbar
	| typeof hardening
	| typeof reporting
	| typeof importer
	| typeof importerRound
	| typeof presentDialogs
	| typeof provinceFilter
	| typeof embedView
	| typeof workspaceViews
	| typeof dataCheck;

type KeysOf<B> = B extends { vi: Record<infer K, string> } ? K : never;
export type MessageKey = KeysOf<AnyBundle>;

/** The messages loaded so far, per language. */
const loaded: Record<Lang, Partial<Record<string, string>>> = { vi: {}, en: {} };
const added = new Set<Bundle<string>>();

/** Adds a bundle's messages (once; a key defined by two bundles is an error). Returns the bundle. */
export function addMessages<K extends string>(bundle: Bundle<K>): Bundle<K> {
	if (added.has(bundle)) return bundle;
	for (const lang of ['vi', 'en'] as const) {
		for (const [k, v] of Object.entries<string>(bundle[lang])) {
			if (k in loaded[lang]) throw new Error(`i18n: message key "${k}" is defined twice`);
			loaded[lang][k] = v;
		}
	}
	added.add(bundle);
	return bundle;
}

for (const bundle of [core, map, workspace, present, importerToolbar, reporting, hardening]) addMessages<string>(bundle);

export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
	const text = loaded[lang][key];
	if (text === undefined) {
		// A feature showed a text before importing its bundle: said loudly (the end-to-end tests fail on it), and
		// the key stands in rather than a blank.
		console.error(`i18n: "${key}" is not loaded; import its bundle where it is used`);
		return key;
	}
	// Most texts have no parameter: returned as they are, with no regular expression run over them.
	if (!text.includes('{')) return text;
	return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
