/**
 * What the export menu does: compose the slide of the map or a chart, then download it as PNG (1920×1080, or
 * twice the on-screen size) or SVG, or hand the PNG to the clipboard. Loaded on first use only.
 */
import { exportFileName, type ImageSize } from '$lib/core/export-names';
import { svgString } from '$lib/core/svg-tree';
import type { AppState } from '$lib/state/app.svelte';
import type { ExportTarget } from '$lib/core/slide-text';
import { buildSlide } from './compose';
import { downloadBlob } from '$lib/ui/download';
import { pngPixels, svgToPng } from './rasterise';

export interface ExportRequest {
	app: AppState;
	target: ExportTarget;
	size: ImageSize;
	/** On-screen size of the drawing, CSS px (for `size: 'screen'`). */
	screen: { width: number; height: number } | null;
}

async function slideFor(req: ExportRequest, fonts = true) {
	const size = req.size === 'screen' && req.screen ? { kind: 'screen' as const, ...req.screen } : { kind: 'slide' as const };
	return { slide: await buildSlide({ app: req.app, target: req.target, size, fonts }), scale: size.kind === 'screen' ? 2 : 1 };
}

/**
 * The PNG's size in pixels, for the menu to say before anything is made: the composed image (heading, drawing,
 * legend, sources) at its scale — not the drawing's on-screen box, which the image is larger than.
 */
export async function pngSize(req: ExportRequest): Promise<{ width: number; height: number }> {
	const { slide, scale } = await slideFor(req, false);
	return pngPixels(slide.width, slide.height, scale);
}

function fileName(req: ExportRequest, ext: 'png' | 'svg'): string {
	if (!req.app.view) throw new Error('no view');
	return exportFileName({ view: req.app.view, chart: req.target, ext, size: req.size });
}

/** The PNG (slide size, or 2× the on-screen size). */
export async function exportPng(req: ExportRequest): Promise<Blob> {
	const { slide, scale } = await slideFor(req);
	return svgToPng({ svg: svgString(slide.node), width: slide.width, height: slide.height, scale });
}

export async function downloadPng(req: ExportRequest): Promise<void> {
	downloadBlob(await exportPng(req), fileName(req, 'png'));
}

/** The SVG document, fonts embedded: opens in a browser, Inkscape or PowerPoint and stays editable. */
export async function downloadSvg(req: ExportRequest): Promise<void> {
	const { slide } = await slideFor(req);
	const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${svgString(slide.node)}`;
	downloadBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), fileName(req, 'svg'));
}
