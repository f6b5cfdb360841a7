/**
 * SVG document → PNG in the browser: the markup as a Blob URL (the CSP allows blob: images), decoded as an
 * image, drawn on a canvas at `scale` once its embedded fonts have loaded (`drawSettled`), encoded as PNG.
 * Nothing is requested from the network.
 */

/** Browsers refuse canvases much beyond this many pixels (Safari's limit is the lowest). */
const MAX_PIXELS = 16_777_216;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A cheap fingerprint of the canvas: every 7th pixel. */
function fingerprint(ctx: CanvasRenderingContext2D, w: number, h: number): number {
	const px = new Uint32Array(ctx.getImageData(0, 0, w, h).data.buffer);
	let hash = 0;
	for (let i = 0; i < px.length; i += 7) hash = (Math.imul(hash, 31) + px[i]!) | 0;
	return hash;
}

/**
 * Draw until the picture stops changing. An SVG image loads the fonts embedded in it only once it is first
 * laid out, after `decode()` has resolved (Chromium draws the bold face's text invisible on the first
 * draw, then right a frame later), so one draw may miss text: the image is drawn again every 40 ms until three
 * draws in a row agree and at least 160 ms have passed (3 s at most).
 */
async function drawSettled(ctx: CanvasRenderingContext2D, img: HTMLImageElement, w: number, h: number): Promise<void> {
	const start = performance.now();
	let last = NaN;
	let same = 0;
	for (;;) {
		ctx.clearRect(0, 0, w, h);
		ctx.drawImage(img, 0, 0, w, h);
		const now = performance.now();
		const print = fingerprint(ctx, w, h);
		same = print === last ? same + 1 : 0;
		last = print;
		if ((same >= 2 && now - start >= 160) || now - start > 3000) return;
		await sleep(40);
	}
}

/** The PNG's size in pixels for an SVG of `width`×`height` drawn at `scale` (what the export menu promises). */
export function pngPixels(width: number, height: number, scale: number): { width: number; height: number } {
	const s = Math.min(scale, Math.sqrt(MAX_PIXELS / (width * height)));
	return { width: Math.round(width * s), height: Math.round(height * s) };
}

export async function svgToPng(opts: { svg: string; width: number; height: number; scale: number }): Promise<Blob> {
	const { svg, width, height } = opts;
	const px = pngPixels(width, height, opts.scale);
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const img = new Image(width, height);
		img.src = url;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = px.width;
		canvas.height = px.height;
		const ctx = canvas.getContext('2d', { willReadFrequently: true });
		if (!ctx) throw new Error('canvas 2d context unavailable');
		await drawSettled(ctx, img, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
