/**
 * The boundaries of the view's units and the archipelago labels, for the SVG maps of the embeds: loaded when
 * the units change, never labelling one geometry with the other's figures (`units` says which is in).
 */
import { loadArchipelagos, loadGeometry, type ArchipelagoLabels, type GeoCollection } from '$lib/data/bundled';
import type { AppState } from '$lib/state/app.svelte';

export class EmbedGeometry {
	geometry = $state.raw<{ units: string; collection: GeoCollection } | null>(null);
	archipelagos = $state.raw<ArchipelagoLabels | null>(null);

	/** Call while a component initialises (it sets up an effect); a failed download is the app's load error. */
	constructor(getApp: () => AppState) {
		$effect(() => {
			const app = getApp();
			const units = app.view?.units ?? '63';
			let current = true;
			Promise.all([loadGeometry(units), loadArchipelagos()]).then(
				([collection, labels]) => {
					if (!current) return;
					this.geometry = { units, collection };
					this.archipelagos = labels;
				},
				(e) => (app.loadError = e instanceof Error ? e.message : String(e))
			);
			return () => (current = false);
		});
	}
}
