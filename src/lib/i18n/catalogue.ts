/**
 * Every message of every feature, those the app loads on demand included: for the tests and tools that check
 * or quote texts. The app itself looks texts up with `t` from ./index, which has a feature's texts once the
 * feature is loaded.
 */
import type { Lang } from '../core/types';
import { t, type MessageKey } from './index';
import { core } from './messages/core';
import { dataCheck } from './messages/data-check';
import { embedView } from './messages/embed-view';
import { hardening } from './messages/hardening';
import { importer } from './messages/importer';
import { importerRound } from './messages/importer-round';
import { importerToolbar } from './messages/importer-toolbar';
import { map } from './messages/map';
import { mapPanel } from './messages/map-panel';
import { present } from './messages/present';
import { presentDialogs } from './messages/present-dialogs';
import { provinceFilter } from './messages/province-filter';
import { reporting } from './messages/reporting';
import { workspace } from './messages/workspace';
import { workspaceViews } from './messages/workspace-views';

export const BUNDLES = {
	core,
	map,
	mapPanel,
	workspace,
	present,
	importerToolbar,
	reporting,
	hardening,
	importer,
	importerRound,
	presentDialogs,
	provinceFilter,
	embedView,
	workspaceViews,
	dataCheck
} as const;

function merge(lang: Lang): Record<MessageKey, string> {
	const out: Record<string, string> = {};
	for (const b of Object.values(BUNDLES)) {
		for (const [k, v] of Object.entries<string>(b[lang])) {
			if (k in out) throw new Error(`i18n: message key "${k}" is defined twice`);
			out[k] = v;
		}
	}
	return out as Record<MessageKey, string>;
}

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { vi: merge('vi'), en: merge('en') };

export { t, type MessageKey };
