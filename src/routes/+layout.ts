// A static SPA: everything renders in the browser (Leaflet needs `window`).
export const ssr = false;
export const prerender = false;
