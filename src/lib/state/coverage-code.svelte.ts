/**
 * How the coverage and reporting modes are painted (core/coverage-view.ts), loaded once for the whole page when a
 * view first needs it — the map's first view paints values — and shared by every view of the page: the
 * dashboard's, an embed's and a presentation's slides.
 */
import type { CoveragePainter } from '$lib/core/coverage-view';

let painter = $state.raw<CoveragePainter | null>(null);
let loading: Promise<CoveragePainter> | null = null;

/** The painter once its code is in, else null (read reactively: a view's paint follows when it arrives). */
export function coveragePainter(): CoveragePainter | null {
	return painter;
}

/** Loads the painter once; a failed load may be tried again. */
export function loadCoveragePainter(): Promise<CoveragePainter> {
	loading ??= import('$lib/core/coverage-view').then(
		(m) => (painter = m.paintCoverageView),
		(e) => {
			loading = null;
			throw e;
		}
	);
	return loading;
}
