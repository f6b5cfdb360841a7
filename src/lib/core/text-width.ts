/**
 * How wide a text is drawn, estimated without a browser: exports, prints and the map's labels must lay out text
 * the same way wherever they are drawn. A module of its own so that the map's labels (first view) do not bring in
 * the slides' composition (./slide.ts, loaded with the exports).
 */

/** Widest advance of Noto Sans, as a share of the font size (regular / bold), rounded up. */
export const CHAR_WIDTH = { regular: 0.56, bold: 0.61 } as const;

/** Estimated width of `text` at `size` px. */
export function textWidth(text: string, size: number, bold = false): number {
	return [...text].length * size * (bold ? CHAR_WIDTH.bold : CHAR_WIDTH.regular);
}
