import { describe, expect, it } from 'vitest';
import { decodeBytes, NFC_STABLE_RANGES } from './decode';
import { parseCsv } from './csv';
import { cat, utf16, utf8 } from './test-bytes';

const SAMPLE = 'Đồng Tháp;4.378';
const LONG = 'ma_tinh;ten_tinh;models_total\n87;Đồng Tháp;4.378\n46;Thừa Thiên Huế;1.234\n77;Bà Rịa – Vũng Tàu;44.000\n';

/**
 * windows-1258 bytes of the non-ASCII letters used here. Tone marks are separate combining bytes
 * (0xCC grave, 0xEC acute, 0xD2 hook, 0xDE tilde, 0xF2 dot below) unless Latin-1 has the precomposed letter.
 */
const CP1258: Record<string, number[]> = {
	Đ: [0xd0],
	ồ: [0xf4, 0xcc],
	á: [0xe1],
	à: [0xe0],
	ừ: [0xfd, 0xcc],
	ê: [0xea],
	ế: [0xea, 0xec],
	ị: [0x69, 0xf2],
	ũ: [0x75, 0xde],
	ả: [0x61, 0xd2],
	'–': [0x96]
};

function cp1258(s: string): Uint8Array {
	const out: number[] = [];
	for (const ch of s) {
		const code = ch.charCodeAt(0);
		if (code < 0x80) out.push(code);
		else if (CP1258[ch]) out.push(...CP1258[ch]);
		else throw new Error(`no windows-1258 bytes for ${ch} in the test table`);
	}
	return Uint8Array.from(out);
}

describe('the windows-1258 test table', () => {
	it.each(Object.entries(CP1258))('%s matches Node’s TextDecoder', (ch, bytes) => {
		expect(new TextDecoder('windows-1258').decode(Uint8Array.from(bytes)).normalize('NFC')).toBe(ch);
	});
});

describe('decodeBytes', () => {
	// The text of a file made only of these characters is not normalised: it must already be NFC.
	it('the characters whose text is not normalised are NFC alone and in every pair', () => {
		const chars: string[] = [];
		for (const [from, to] of NFC_STABLE_RANGES) for (let c = from; c <= to; c++) chars.push(String.fromCharCode(c));
		const changed: string[] = [];
		for (const a of chars) {
			if (a.normalize('NFC') !== a) changed.push(a);
			for (const b of chars) if ((a + b).normalize('NFC') !== a + b) changed.push(a + b);
		}
		expect(changed).toEqual([]);
	});

	it.each([
		{ name: 'UTF-8 without BOM', bytes: utf8(SAMPLE), text: SAMPLE, encoding: 'utf-8' },
		{ name: 'UTF-8 with BOM', bytes: cat([0xef, 0xbb, 0xbf], utf8(SAMPLE)), text: SAMPLE, encoding: 'utf-8-bom' },
		{ name: 'UTF-16LE with BOM', bytes: cat([0xff, 0xfe], utf16(SAMPLE, true)), text: SAMPLE, encoding: 'utf-16le' },
		{ name: 'UTF-16BE with BOM', bytes: cat([0xfe, 0xff], utf16(SAMPLE, false)), text: SAMPLE, encoding: 'utf-16be' },
		{ name: 'UTF-16LE without BOM', bytes: utf16(LONG, true), text: LONG, encoding: 'utf-16le' },
		{ name: 'UTF-16BE without BOM', bytes: utf16(LONG, false), text: LONG, encoding: 'utf-16be' },
		{ name: 'windows-1258 (short)', bytes: cp1258(SAMPLE), text: SAMPLE, encoding: 'windows-1258' },
		{ name: 'windows-1258 (file)', bytes: cp1258(LONG), text: LONG, encoding: 'windows-1258' },
		{ name: 'multi-line UTF-8 with BOM', bytes: cat([0xef, 0xbb, 0xbf], utf8(LONG)), text: LONG, encoding: 'utf-8-bom' },
		{ name: 'decomposed UTF-8 comes back NFC', bytes: utf8(SAMPLE.normalize('NFD')), text: SAMPLE, encoding: 'utf-8' },
		{
			name: 'decomposed letters among symbols come back NFC',
			bytes: utf8(`≥ ${SAMPLE.normalize('NFD')} › ≈`),
			text: `≥ ${SAMPLE} › ≈`,
			encoding: 'utf-8'
		},
		{ name: 'a singleton (the Ohm sign) comes back NFC', bytes: utf8('R = 5 \u2126'), text: 'R = 5 \u03a9', encoding: 'utf-8' },
		{ name: 'plain ASCII', bytes: utf8('a,b\n1,2\n'), text: 'a,b\n1,2\n', encoding: 'utf-8' },
		{ name: 'empty file', bytes: new Uint8Array(0), text: '', encoding: 'utf-8' },
		{ name: 'only a UTF-8 BOM', bytes: Uint8Array.of(0xef, 0xbb, 0xbf), text: '', encoding: 'utf-8-bom' }
	])('$name', ({ bytes, text, encoding }) => {
		const out = decodeBytes(bytes);
		expect(out.encoding).toBe(encoding);
		expect(out.text).toBe(text);
		expect(out.text.charCodeAt(0)).not.toBe(0xfeff);
		expect(out.text).toBe(out.text.normalize('NFC'));
	});

	it('feeds parseCsv: Excel "Unicode Text" (UTF-16LE, BOM, tabs)', () => {
		const text = 'ma_tinh\tten_tinh\tmodels_total\n87\tĐồng Tháp\t4.378\n';
		const { text: decoded } = decodeBytes(cat([0xff, 0xfe], utf16(text, true)));
		const table = parseCsv(decoded);
		expect(table.delimiter).toBe('\t');
		expect(table.header).toEqual(['ma_tinh', 'ten_tinh', 'models_total']);
		expect(table.rows[0]?.cells).toEqual(['87', 'Đồng Tháp', '4.378']);
	});
});
