/** Helpers of the tests that export images: the menu, the file, its text and its size. */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { MESSAGES } from '../../src/lib/i18n/catalogue';
import { expect } from './fixtures';

const vi = MESSAGES.vi;

/** Opens the export menu of `what` (its accessible name) and downloads what `item` names. */
export async function exportFrom(page: Page, what: string, item: string | RegExp): Promise<Download> {
	await page.getByLabel(vi['export.menuLabel'].replace('{what}', what)).click();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: item }).click()]);
	return download;
}

export const bytesOf = async (d: Download) => readFileSync((await d.path())!);

/** The visible text of an exported SVG's lines marked `data-role` (a wrapped line joined again). */
export function roleText(svg: string, role: string): string {
	const lines = [...svg.matchAll(new RegExp(`<text [^>]*data-role="${role}"[^>]*>([^<]*)</text>`, 'g'))].map((m) => m[1]!);
	const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
	return lines.join(' ').replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e]!);
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): [number, number] {
	expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
	return [png.readUInt32BE(16), png.readUInt32BE(20)];
}
