/**
 * Shared by the property-based specs (`*.fuzz.spec.ts`, fast-check): a fixed seed and a bounded number
 * of runs so that CI is deterministic and fast, a per-call time budget ("never hangs"), and the real data
 * files read through the same checked reader as the build.
 */
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { loadDataFiles } from '../../../scripts/load-data-files';
import { readTables, type ReadResult } from './validate';

/** Change it to explore new inputs locally; CI always runs this one. A failure prints its own seed and path. */
export const SEED = 20250701;

/** `fc.assert` with the fixed seed and a bounded number of runs. */
export function check<T extends [unknown, ...unknown[]]>(property: fc.IProperty<T>, numRuns = 200): void {
	fc.assert(property, { seed: SEED, numRuns });
}

/**
 * Calls `fn` and fails if it uses more than `ms` of CPU time: a parser that backtracks exponentially or
 * loops shows up as a slow call here, long before the test runner's timeout. CPU time of this process (Vitest
 * runs each spec file in its own), not wall time, so that a busy machine does not make the test flaky. The
 * slowest calls measured take about 10 ms.
 */
export function fast<T>(fn: () => T, ms = 100): T {
	const start = process.cpuUsage();
	const out = fn();
	const { user, system } = process.cpuUsage(start);
	const took = (user + system) / 1000;
	expect(took, `took ${took.toFixed(1)} ms of CPU`).toBeLessThan(ms);
	return out;
}

let real: ReadResult | null = null;

/** The bundled data files (data/), read and checked once per spec file. */
export function realData(): ReadResult {
	real ??= readTables(loadDataFiles(fileURLToPath(new URL('../../../data', import.meta.url))));
	return real;
}

/** Any text, weighted towards what breaks parsers: separators, quotes, line ends, digits and Vietnamese letters. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 200 }),
	// UTF-16 code units, lone surrogates included.
	fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), maxLength: 100 }),
	fc.string({
		unit: fc.constantFrom(...'0123456789.,;\t "\'\r\n-−+–—/≥≈~ \u00a0\u202f\u2009\ufeffĐđồếẫưởạaAbZ<>&%'.split('')),
		maxLength: 60
	}),
	// Long runs, to catch super-linear behaviour.
	fc.string({ unit: fc.constantFrom('1', ' ', 'a', '.', ',', '"', '\n'), minLength: 500, maxLength: 3000 })
);
