/** Vietnamese-aware text helpers shared by the resolver, the data check and the import. */

/** NFC-normalise; data and user input are compared and stored in NFC. */
export function nfc(s: string): string {
	return s.normalize('NFC');
}

/**
 * Fold a string for matching: NFC, lower case, diacritics removed (đ → d),
 * punctuation turned into spaces, whitespace collapsed. "Thừa Thiên - Huế" → "thua thien hue".
 */
export function fold(s: string): string {
	return s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** ASCII slug: "Đồng bằng sông Hồng" → "dong-bang-song-hong". */
export function slugify(s: string): string {
	return fold(s).replace(/ /g, '-');
}

/** ASCII form with the original spacing and case: "Đồng Tháp" → "Dong Thap". */
export function asciiFold(s: string): string {
	return s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D');
}
