/**
 * Leaflet, imported once and only in the browser (importing it on the server or at a module's top level fails:
 * it reads `window`). `loadLeaflet` may be called early — the layout does, for a link that opens on the map —
 * so that the library downloads alongside the data instead of after them; the map awaits the same promise.
 */
let leaflet: Promise<typeof import('leaflet')> | null = null;

export function loadLeaflet(): Promise<typeof import('leaflet')> {
	if (!leaflet) {
		leaflet = import('leaflet').then((m) => m.default);
		// A failed download is not kept: the next caller tries again.
		leaflet.catch(() => (leaflet = null));
	}
	return leaflet;
}
