/**
 * Figures packed for a trip between threads and for the browser's storage: a chunk of facts as its distinct texts
 * and two typed arrays, instead of a thousand objects each carrying its own copies of the same few texts (province,
 * scope, indicator, source…). Copying objects field by field made the page allocate ten strings per figure on
 * receipt — 100,000 figures meant a million short-lived strings and garbage-collection pauses of 40–50 ms while an
 * import was put in (PERFORMANCE.md). Unpacking gives back facts equal to those packed.
 */
import type { Fact } from './types';

/** The text fields of a fact, in the order each fact's string indices are stored. */
const TEXTS = [
	'province_code',
	'province',
	'scope',
	'period_label',
	'measure',
	'indicator',
	'qualifier',
	'note',
	'source_id',
	'quote'
] as const;

const QUOTE = TEXTS.indexOf('quote');

export interface PackedFacts {
	/** The texts of the chunk: each distinct one once, and every quote. */
	strings: string[];
	/** For each fact, the index in `strings` of each of its texts (TEXTS order). */
	texts: Uint32Array;
	/** For each fact: line, period start, period end, value (NaN for a period the source did not state). */
	numbers: Float64Array;
}

export function packFacts(facts: readonly Fact[]): PackedFacts {
	const index = new Map<string, number>();
	const strings: string[] = [];
	const at = (s: string): number => {
		let i = index.get(s);
		if (i === undefined) {
			i = strings.push(s) - 1;
			index.set(s, i);
		}
		return i;
	};
	const texts = new Uint32Array(facts.length * TEXTS.length);
	const numbers = new Float64Array(facts.length * 4);
	for (let i = 0; i < facts.length; i++) {
		const f = facts[i]!;
		// The quote is the one text that seldom repeats (an import's quote is its file and cell): not looked up.
		for (let k = 0; k < QUOTE; k++) texts[i * TEXTS.length + k] = at(f[TEXTS[k]!]);
		texts[i * TEXTS.length + QUOTE] = strings.push(f.quote) - 1;
		numbers[i * 4] = f.line;
		numbers[i * 4 + 1] = f.period_start ?? NaN;
		numbers[i * 4 + 2] = f.period_end ?? NaN;
		numbers[i * 4 + 3] = f.value;
	}
	return { strings, texts, numbers };
}

export function unpackFacts({ strings, texts, numbers }: PackedFacts): Fact[] {
	const n = numbers.length / 4;
	const facts: Fact[] = new Array<Fact>(n);
	const year = (v: number) => (Number.isNaN(v) ? null : v);
	for (let i = 0; i < n; i++) {
		const t = (k: number) => strings[texts[i * TEXTS.length + k]!]!;
		facts[i] = {
			line: numbers[i * 4]!,
			province_code: t(0),
			province: t(1),
			scope: t(2),
			period_start: year(numbers[i * 4 + 1]!),
			period_end: year(numbers[i * 4 + 2]!),
			period_label: t(3),
			measure: t(4) as Fact['measure'],
			indicator: t(5),
			value: numbers[i * 4 + 3]!,
			qualifier: t(6) as Fact['qualifier'],
			note: t(7),
			source_id: t(8),
			quote: t(9)
		};
	}
	return facts;
}
