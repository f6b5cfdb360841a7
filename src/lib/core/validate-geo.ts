/**
 * The data check of the boundaries: each GeoJSON file a FeatureCollection with one feature per province (of the
 * 63, or of the 34 with the old codes it is made of), named as provinces.csv names it.
 */
import { DATA_FILE_NAMES, type DataFiles } from './data-contract';
import type { Collector, RawRow } from './validate-collect';

interface GeoFeature {
	line: number;
	props: Record<string, unknown>;
}

/** Parse a FeatureCollection; each feature gets the line it starts on (files are one feature per line). */
function readGeo(file: string, text: string, c: Collector): GeoFeature[] | null {
	if (text.trim() === '') {
		c.add(file, 1, '', 'empty_file');
		return null;
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (e) {
		c.add(file, 1, '', 'geo_syntax', { message: e instanceof Error ? e.message : String(e) });
		return null;
	}
	const features = (json as { type?: unknown; features?: unknown }).features;
	if ((json as { type?: unknown }).type !== 'FeatureCollection' || !Array.isArray(features)) {
		c.add(file, 1, '', 'geo_syntax', { message: 'not a FeatureCollection' });
		return null;
	}
	const starts: number[] = [];
	for (const m of text.matchAll(/\{\s*"type"\s*:\s*"Feature"\s*[,}]/g)) {
		let line = 1;
		const end = m.index ?? 0;
		for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
		starts.push(line);
	}
	const out: GeoFeature[] = [];
	features.forEach((f: unknown, i: number) => {
		const line = starts.length === features.length ? (starts[i] ?? 1) : 1;
		const props = (f as { properties?: unknown })?.properties;
		const p = props && typeof props === 'object' ? (props as Record<string, unknown>) : {};
		for (const [k, v] of Object.entries(p))
			if (typeof v === 'string' && v.normalize('NFC') !== v) c.add(file, line, k, 'not_nfc', { value: v });
		out.push({ line, props: p });
	});
	return out;
}

export function checkGeo(files: DataFiles, provinces: RawRow[], c: Collector): void {
	const codes = new Map<string, RawRow>();
	for (const p of provinces) if (p.get('code') !== '' && !codes.has(p.get('code'))) codes.set(p.get('code'), p);
	if (files.geo63 !== undefined) {
		const file = DATA_FILE_NAMES.geo63;
		const features = readGeo(file, files.geo63, c);
		if (features) {
			const first = new Map<string, number>();
			for (const f of features) {
				const code = typeof f.props.code === 'string' ? f.props.code : '';
				const row = codes.get(code);
				if (!row) {
					c.add(file, f.line, 'code', 'geo_unknown_code', { value: code, against: DATA_FILE_NAMES.provinces });
					continue;
				}
				const prev = first.get(code);
				if (prev !== undefined) c.add(file, f.line, 'code', 'geo_duplicate_feature', { code, first: String(prev) });
				else first.set(code, f.line);
				for (const key of ['name', 'code_2025'] as const)
					if (f.props[key] !== undefined && String(f.props[key]).normalize('NFC') !== row.get(key).normalize('NFC'))
						c.add(file, f.line, key, 'geo_mismatch', { code, value: String(f.props[key]), expected: row.get(key) });
			}
			for (const code of codes.keys()) if (!first.has(code)) c.add(file, 1, 'code', 'geo_missing_feature', { code });
		}
	}
	if (files.geo34 !== undefined) {
		const file = DATA_FILE_NAMES.geo34;
		const features = readGeo(file, files.geo34, c);
		if (features) {
			const expected = new Map<string, string[]>();
			for (const [code, row] of codes) {
				const c25 = row.get('code_2025');
				if (c25 === '') continue;
				expected.set(c25, [...(expected.get(c25) ?? []), code]);
			}
			const first = new Map<string, number>();
			for (const f of features) {
				const code = typeof f.props.code === 'string' ? f.props.code : '';
				const parts = expected.get(code);
				if (!parts) {
					c.add(file, f.line, 'code', 'geo_unknown_code', { value: code, against: `${DATA_FILE_NAMES.provinces} code_2025` });
					continue;
				}
				const prev = first.get(code);
				if (prev !== undefined) c.add(file, f.line, 'code', 'geo_duplicate_feature', { code, first: String(prev) });
				else first.set(code, f.line);
				if (f.props.old_codes !== undefined) {
					const got = String(f.props.old_codes)
						.split(',')
						.map((s) => s.trim())
						.sort()
						.join(',');
					const want = [...parts].sort().join(',');
					if (got !== want) c.add(file, f.line, 'old_codes', 'geo_mismatch', { code, value: got, expected: want });
				}
			}
			for (const code of expected.keys()) if (!first.has(code)) c.add(file, 1, 'code', 'geo_missing_feature', { code });
		}
	}
}
