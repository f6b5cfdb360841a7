/**
 * The layering of src/lib (README.md beside this file): a feature folder that draws (map, workspace, present,
 * import) leans on the core, the state, the data loaders, i18n and the shared pieces of ui/, never on another
 * feature; ui/ leans on nothing drawn; the state on the core, the data loaders and i18n only. The crossings
 * that exist today are listed below, each with what it takes; the test fails on any new one, and on a listed one
 * that is gone (so the list only shrinks).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = 'src/lib';
const FEATURES = ['map', 'workspace', 'present', 'import', 'ui'];
/** What a folder may import besides itself: the layers under it (ui/ holds the pieces every feature shares). */
function allowed(from: string): string[] {
	if (from === 'state') return ['core', 'i18n', 'data'];
	return from === 'ui' ? ['core', 'i18n', 'data', 'state'] : ['core', 'i18n', 'data', 'state', 'ui'];
}

/** Crossings still to move down (to ui/, state/ or the core): `from -> to`, both relative to src/lib. None left. */
const KNOWN: Record<string, string> = {};

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Every static import from one folder of src/lib into another that is not a base layer for it. */
function crossings(): string[] {
	const out = new Set<string>();
	for (const file of files(LIB).filter((f) => /\.(ts|svelte)$/.test(f) && !f.endsWith('.spec.ts'))) {
		const from = relative(LIB, file).split('/')[0]!;
		if (!FEATURES.includes(from) && from !== 'state') continue;
		// Static imports and dynamic ones (`import('$lib/…')`, which load a feature's code on demand) alike.
		for (const m of readFileSync(file, 'utf8').matchAll(/(?:from\s+|import\()'\$lib\/([\w-]+)\/([^']+)'/g)) {
			const to = m[1]!;
			if (to === from || allowed(from).includes(to)) continue;
			out.add(`${relative(LIB, file)} -> ${to}/${m[2]}`);
		}
	}
	return [...out].sort();
}

describe('layering of src/lib', () => {
	const found = crossings();
	it('no feature folder imports another beyond the known crossings', () => {
		expect(found.filter((c) => !(c in KNOWN))).toEqual([]);
	});
	it('every known crossing still exists (remove it from the list once it is moved down)', () => {
		expect(Object.keys(KNOWN).filter((c) => !found.includes(c))).toEqual([]);
	});
});
