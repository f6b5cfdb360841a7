/**
 * The font of exported images: Noto Sans (SIL Open Font License 1.1, from @fontsource/noto-sans), regular and
 * bold, its Latin and Vietnamese subsets — every letter of Vietnamese. The files ship with the site and are
 * fetched from it only when an image is first exported (never with the page); they are embedded in the SVG as
 * data: URLs, since an SVG drawn as an image may load nothing from outside itself, and loaded into the page
 * too, so ECharts measures its labels with the font they are drawn in.
 */
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url&no-inline';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url&no-inline';
import viet400 from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?url&no-inline';
import viet700 from '@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff2?url&no-inline';
import ranges from '@fontsource/noto-sans/unicode.json';

/** The family name inside exports (distinct from any installed "Noto Sans", whose version may differ). */
export const EXPORT_FONT = 'ANTQ Noto Sans';
/** Every text of an export: the embedded font; system fonts only for a sign it lacks (≥ and ≈ among them). */
export const EXPORT_FONT_STACK = `'${EXPORT_FONT}', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif`;

const FILES = [
	{ url: latin400, weight: 400, range: ranges.latin },
	{ url: latin700, weight: 700, range: ranges.latin },
	{ url: viet400, weight: 400, range: ranges.vietnamese },
	{ url: viet700, weight: 700, range: ranges.vietnamese }
];

function dataUrl(blob: Blob): Promise<string> {
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => resolve(String(reader.result));
		reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
		reader.readAsDataURL(blob);
	});
}

let loading: Promise<string> | null = null;

/**
 * The `@font-face` rules with the font embedded, once the font is also loaded in the page. Fetched once;
 * a failure is not kept, so the next export tries again.
 */
export function exportFontCss(): Promise<string> {
	loading ??= (async () => {
		const faces = await Promise.all(
			FILES.map(async (f) => {
				const res = await fetch(f.url);
				if (!res.ok) throw new Error(`${f.url}: HTTP ${res.status}`);
				const bytes = await res.arrayBuffer();
				const face = new FontFace(EXPORT_FONT, bytes, { weight: String(f.weight), unicodeRange: f.range });
				document.fonts.add(await face.load());
				const url = await dataUrl(new Blob([bytes], { type: 'font/woff2' }));
				return `@font-face{font-family:'${EXPORT_FONT}';font-weight:${f.weight};font-style:normal;unicode-range:${f.range};src:url(${url}) format('woff2')}`;
			})
		);
		return faces.join('\n');
	})();
	loading.catch(() => (loading = null));
	return loading;
}
