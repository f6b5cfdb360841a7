/**
 * Leaflet, imported once and only in the browser (importing it on the server or at a module's top level fails:
 * it reads `window`), and only when the map needs it: the reader zooms or pans, or the build sets base tiles
 * (ProvinceMap.svelte). The first view draws the map as SVG without it.
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
