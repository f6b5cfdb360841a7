import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { buildUnits34 } from './era';
import { buildRegions, createProvinceIndex, editDistance } from './provinces';
import { slugify } from './text';
import type { Province } from './types';

/** A CSV under data/ as objects keyed by header. */
function readCsv(name: string): Record<string, string>[] {
	const table = parseCsv(readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8'));
	return table.rows.map((r) => Object.fromEntries(table.header.map((h, i) => [h, r.cells[i] ?? ''])));
}

const provinces: Province[] = readCsv('provinces.csv').map((r) => ({
	code: r.code ?? '',
	name: r.name ?? '',
	name_en: r.name_en ?? '',
	slug: r.slug ?? '',
	region: r.region ?? '',
	population: Number(r.population),
	population_year: Number(r.population_year),
	area_km2: Number(r.area_km2),
	code_2025: r.code_2025 ?? '',
	name_2025: r.name_2025 ?? ''
}));
const aliases = readCsv('province-aliases.csv').map((r) => ({ alias: r.alias ?? '', code: r.code ?? '' }));
const index = createProvinceIndex(provinces, aliases);
const codesOf = (ps: Province[]) => ps.map((p) => p.code);

describe('the reference data', () => {
	it('has 63 provinces and every alias names one of them', () => {
		expect(provinces).toHaveLength(63);
		const codes = new Set(codesOf(provinces));
		expect(aliases.filter((a) => !codes.has(a.code))).toEqual([]);
	});
});

describe('resolve', () => {
	it.each([
		['01', '01', 'code'],
		['1', '01', 'code'],
		['87', '87', 'code'],
		[' 087 ', '87', 'code'],
		['Hà Nội', '01', 'name'],
		['HÀ NỘI', '01', 'name'],
		['ha noi', '01', 'name'],
		['Ha Noi', '01', 'name'],
		['Đồng Tháp', '87', 'name'],
		['dong-thap', '87', 'name'],
		['  Đồng   Tháp!! ', '87', 'name'],
		['Hòa Bình', '17', 'name'],
		['Hoà Bình', '17', 'name'],
		['Thừa Thiên - Huế', '46', 'name'],
		['Bà Rịa – Vũng Tàu', '77', 'name'],
		['Daklak', '66', 'name'],
		['DAK LAK', '66', 'name'],
		['hue', '46', 'name'],
		['Huế', '46', 'name'],
		['TP.HCM', '79', 'alias'],
		['tp hcm', '79', 'alias'],
		['TPHCM', '79', 'alias'],
		['Sài Gòn', '79', 'alias'],
		['saigon', '79', 'alias'],
		['BR-VT', '77', 'alias'],
		['br vt', '77', 'alias'],
		['Đắc Lắc', '66', 'alias'],
		['Hà Tây', '01', 'alias'],
		['Tỉnh Đồng Tháp', '87', 'alias'],
		['Tinh Dong Thap', '87', 'alias'],
		['Tỉnh Gia Lai', '64', 'alias'],
		['TP Cần Thơ', '92', 'alias'],
		['TP. Cần Thơ', '92', 'alias'],
		['Tp.Cần Thơ', '92', 'alias'],
		['T.P Cần Thơ', '92', 'alias'],
		['Thành phố Cần Thơ', '92', 'alias'],
		['Thanh pho Can Tho', '92', 'alias'],
		// Prefixes that are not in the alias list are stripped before matching.
		['Tỉnh An Giang', '89', 'alias'],
		['Tinh Lam Dong', '68', 'alias'],
		['TP Vũng Tàu', '77', 'alias'],
		['T.P Huế', '46', 'alias'],
		['Tp.Huế', '46', 'alias'],
		['TP. Sài Gòn', '79', 'alias'],
		['Thanh pho Hue', '46', 'alias'],
		['Tỉnh Thừa Thiên - Huế', '46', 'alias'],
		['Tp.Hải Dương', '30', 'name'],
		['T.P Hải Dương', '30', 'name'],
		['Thành phố Thái Nguyên', '19', 'name'],
		['Thủ đô Hà Nội', '01', 'alias']
	])('%j → %s via %s', (text, code, via) => {
		const r = index.resolve(text);
		expect(r.ok && { code: r.province.code, via: r.via }).toEqual({ code, via });
	});

	it('resolves every province by code, name, English name and slug', () => {
		for (const p of provinces) {
			for (const text of [p.code, String(Number(p.code)), p.name, p.name_en, p.slug, p.name.toUpperCase()]) {
				const r = index.resolve(text);
				expect(r.ok && r.province.code, text).toBe(p.code);
			}
		}
	});

	it('resolves every alias in the alias file to its own code', () => {
		const wrong = aliases.filter((a) => {
			const r = index.resolve(a.alias);
			return !r.ok || r.province.code !== a.code;
		});
		expect(wrong).toEqual([]);
	});

	it.each([
		['Dong Thapp', ['87']],
		['Ha Noii', ['01']],
		['Tinh Dong Thapp', ['87']],
		['Hanoii', ['01']],
		// "nagi" → "ngai" is one transposition; "nagi" → "nam" two edits, still close for 10 letters.
		['Quảng Nagi', ['51', '49']],
		['Kontum City', ['62']],
		// The pre-1997 province "Quảng Nam - Đà Nẵng" names both of its successors.
		['Quang Nam Da Nang', ['48', '49']],
		// A part of a name suggests the provinces having it ("Bà Rịa" alone is not an alias).
		['Ba Ria', ['77']],
		['Đồng', ['68', '75', '87']]
	])('%j is unknown but suggests %j', (text, codes) => {
		const r = index.resolve(text);
		expect(r.ok).toBe(false);
		expect(!r.ok && codesOf(r.suggestions)).toEqual(codes);
	});

	it.each(['xyz', 'Paris', 'qwerty', 'London', 'abc', '', '   ', '!!', '00', '100', '9999'])(
		'%j is unknown and suggests nothing',
		(text) => {
			expect(index.resolve(text)).toEqual({ ok: false, suggestions: [] });
		}
	);

	it('never suggests more than three provinces', () => {
		const r = index.resolve('giang');
		expect(!r.ok && r.suggestions.length).toBe(3);
	});
});

describe('search', () => {
	it.each([
		['dong thap', '87'],
		['Đồng Tháp', '87'],
		['dien bien', '11'],
		['hue', '46'],
		['87', '87'],
		['sai gon', '79'],
		['tp hcm', '79'],
		['thanh', '38'],
		['ho', '79'],
		['hochi', '79'],
		['dak', '66'],
		['ba ria', '77'],
		['dong thapp', '87']
	])('%j ranks %s first', (text, code) => {
		expect(index.search(text)[0]?.code).toBe(code);
	});

	it.each([
		// word-starts: names that begin with the word before names that merely contain it
		['dong', ['75', '87', '68']],
		['nam', ['36', '35', '49']],
		['bac', ['06', '24', '27', '95']],
		['dak', ['66', '67']],
		// a code prefix lists the codes beginning with it, the exact code first
		['8', ['08', '80', '82', '83', '84', '86', '87', '89']]
	])('%j gives %j', (text, codes) => {
		expect(codesOf(index.search(text))).toEqual(codes);
	});

	it('puts prefix matches before substring matches before fuzzy ones', () => {
		// "an": An Giang (starts with it), then Nghệ An and Long An (a later word), then names merely
		// containing "an" (Hà Giang), in code order within each tier.
		const hits = codesOf(index.search('an'));
		expect(hits.slice(0, 4)).toEqual(['89', '40', '80', '01']); // Hà Nội via the alias "Hanoi"
		expect(hits).toContain('02');
		expect(codesOf(index.search('dong thapp'))).toEqual(['87']);
		// "giang" is a whole word of six names and a fuzzy neighbour of none better placed.
		expect(codesOf(index.search('giang')).slice(0, 6).sort()).toEqual(['02', '24', '82', '89', '91', '93']);
	});

	it('returns all provinces in code order for an empty query, honouring the limit', () => {
		expect(codesOf(index.search(''))).toEqual(codesOf(provinces).sort());
		expect(codesOf(index.search('  ', 3))).toEqual(['01', '02', '04']);
		expect(index.search('ha', 2)).toHaveLength(2);
	});

	it('finds nothing for garbage', () => {
		expect(index.search('xyzzy')).toEqual([]);
		expect(index.search('9999')).toEqual([]);
	});
});

describe('editDistance (optimal string alignment)', () => {
	it.each([
		['', '', 0],
		['abc', '', 3],
		['ha noi', 'ha noi', 0],
		['ha noii', 'ha noi', 1], // one deletion
		['ha nio', 'ha noi', 1], // one transposition
		['dong thap', 'dong nai', 3], // "thap" → "nai": delete t, h→n, keep a, p→i
		['kitten', 'sitting', 3] // classic: k→s, e→i, insert g
	])('%j ↔ %j = %i', (a, b, d) => {
		expect(editDistance(a, b)).toBe(d);
	});

	it('stops early above a limit', () => {
		expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
		expect(editDistance('a', 'abcd', 1)).toBe(2);
	});
});

describe('buildUnits34', () => {
	const units = buildUnits34(provinces);

	it('gives 34 units sorted by code, named from name_2025', () => {
		expect(units).toHaveLength(34);
		const codes = units.map((u) => u.code);
		expect(codes).toEqual([...codes].sort());
		expect(units.find((u) => u.code === '82')).toMatchObject({ name: 'Đồng Tháp', name_en: 'Dong Thap', old_codes: ['82', '87'] });
		expect(units.find((u) => u.code === '46')).toMatchObject({ name: 'Huế', name_en: 'Hue', old_codes: ['46'] });
		expect(units.find((u) => u.code === '79')?.old_codes).toEqual(['74', '77', '79']);
	});

	it('puts every old code in exactly one unit, sorted', () => {
		const all = units.flatMap((u) => u.old_codes);
		expect([...all].sort()).toEqual(codesOf(provinces).sort());
		for (const u of units) expect(u.old_codes).toEqual([...u.old_codes].sort());
	});

	it('sums populations of the old provinces', () => {
		const total = provinces.reduce((s, p) => s + p.population, 0);
		expect(units.reduce((s, u) => s + u.population, 0)).toBe(total);
		for (const u of units) {
			const expected = provinces.filter((p) => p.code_2025 === u.code).reduce((s, p) => s + p.population, 0);
			expect(u.population).toBe(expected);
		}
	});
});

describe('buildRegions', () => {
	const regions = buildRegions(provinces);

	it('gives the six regions in order of first appearance', () => {
		expect(regions.map((r) => r.name)).toEqual([
			'Đồng bằng sông Hồng',
			'Trung du và miền núi phía Bắc',
			'Bắc Trung Bộ và Duyên hải miền Trung',
			'Tây Nguyên',
			'Đông Nam Bộ',
			'Đồng bằng sông Cửu Long'
		]);
		expect(regions.map((r) => r.id)).toEqual(regions.map((r) => slugify(r.name)));
		expect(regions[0]?.id).toBe('dong-bang-song-hong');
	});

	it('covers the 63 codes once, each under its own region', () => {
		expect(regions.flatMap((r) => r.codes).sort()).toEqual(codesOf(provinces).sort());
		for (const r of regions) {
			expect(r.codes).toEqual(
				provinces
					.filter((p) => p.region === r.name)
					.map((p) => p.code)
					.sort()
			);
		}
	});
});
