/**
 * The two ways out of an unexpected error, offered by the error page and the dashboard's error boundary:
 * the page's default view, and the bundled data. Both load the page afresh, so nothing of the state that
 * failed survives.
 */
import type { Lang } from '$lib/core/types';
import { clearImport } from '$lib/state/import-store';

/**
 * A link to `path` without URL parameters, i.e. its default view — except the language, which cannot
 * break anything and which the reader chose.
 */
export function resetViewHref(path: string, lang: Lang): string {
	return lang === 'vi' ? path : `${path}?lang=${lang}`;
}

/** Forget the data imported in this browser (IndexedDB), then load the same page on the bundled data. */
export async function returnToBundledData(): Promise<void> {
	// Without IndexedDB nothing can have been kept.
	if (typeof indexedDB !== 'undefined') await clearImport();
	location.reload();
}
