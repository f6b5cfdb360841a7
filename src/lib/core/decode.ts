/**
 * Bytes of an uploaded CSV → text. Excel on Vietnamese Windows writes UTF-8 with a BOM ("CSV UTF-8"),
 * UTF-16LE with a BOM ("Unicode Text") or, for plain "CSV", the ANSI code page windows-1258.
 * The returned text never starts with a BOM and is always NFC.
 */

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export interface DecodedText {
	text: string;
	encoding: TextEncodingName;
}

/**
 * Characters NFC leaves as they are, alone and beside one another: Latin with Vietnamese's precomposed letters
 * (U+1E00–U+1EFF), punctuation and symbols such as – › ≥ ≈ (decode.spec.ts checks them, pair by pair).
 */
export const NFC_STABLE_RANGES: readonly (readonly [number, number])[] = [
	[0x0000, 0x02ff],
	[0x1e00, 0x1eff],
	[0x2002, 0x20cf],
	[0x2100, 0x2125],
	[0x212c, 0x2328],
	[0x232b, 0x2adb],
	[0x2add, 0x2bff]
];
const hex = (n: number) => `\\u${n.toString(16).padStart(4, '0')}`;
const NFC_UNSTABLE = new RegExp(`[^${NFC_STABLE_RANGES.map(([a, b]) => `${hex(a)}-${hex(b)}`).join('')}]`);

/** NFC, skipped when nothing could change: a 10 MB file of precomposed text takes ≈ 100 ms to normalise. */
function nfc(text: string): string {
	return NFC_UNSTABLE.test(text) ? text.normalize('NFC') : text;
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
	const [b0, b1, b2] = bytes;
	if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return decode(bytes.subarray(3), 'utf-8', 'utf-8-bom');
	if (b0 === 0xff && b1 === 0xfe) return decode(bytes.subarray(2), 'utf-16le', 'utf-16le');
	if (b0 === 0xfe && b1 === 0xff) return decode(bytes.subarray(2), 'utf-16be', 'utf-16be');

	const utf16 = sniffUtf16(bytes);
	if (utf16) return decode(bytes, utf16, utf16);

	try {
		const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
		return { text: nfc(text), encoding: 'utf-8' };
	} catch {
		// Not valid UTF-8: the Vietnamese ANSI code page. Its decoder emits base letter + combining
		// tone mark (ồ = ô U+00F4 + U+0300), hence the NFC in `decode`.
		return decode(bytes, 'windows-1258', 'windows-1258');
	}
}

function decode(bytes: Uint8Array, label: string, encoding: TextEncodingName): DecodedText {
	// ignoreBOM: the BOM (if any) was already cut off; a second one would be data.
	const text = new TextDecoder(label, { ignoreBOM: true }).decode(bytes);
	return { text: nfc(text), encoding };
}

/**
 * BOM-less UTF-16: CSV is mostly ASCII (digits, delimiters, Latin letters), so every other byte is NUL.
 * UTF-8 and windows-1258 text never contains NUL bytes. Looks at the first 1 KiB only.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	const n = Math.min(bytes.length, 1024) & ~1;
	if (n < 4) return null;
	let evenNul = 0;
	let oddNul = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenNul++;
		if (bytes[i + 1] === 0) oddNul++;
	}
	const units = n / 2;
	// Vietnamese letters (U+1EA0–U+1EF9, U+01A0…) have non-zero bytes on both sides, so require only a
	// quarter of the code units to be ASCII, and the NULs to sit overwhelmingly on one side.
	if (oddNul >= units / 4 && evenNul * 8 <= oddNul) return 'utf-16le';
	if (evenNul >= units / 4 && oddNul * 8 <= evenNul) return 'utf-16be';
	return null;
}
