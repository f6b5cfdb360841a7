/** Bytes of text as the files people import carry them, for the decoding tests (tests only). */

export const utf8 = (s: string) => new TextEncoder().encode(s);

/** The parts one after the other (a BOM, then the text). */
export const cat = (...parts: ArrayLike<number>[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

/** UTF-16 code units, little- or big-endian, without a BOM. */
export function utf16(s: string, le: boolean): Uint8Array {
	const out: number[] = [];
	for (let i = 0; i < s.length; i++) {
		const u = s.charCodeAt(i);
		out.push(...(le ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]));
	}
	return Uint8Array.from(out);
}
