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
	// Field by field, in TEXTS order (a loop over the names would look each up by name: several times slower).
	for (let i = 0, t = 0, v = 0; i < facts.length; i++, t += TEXTS.length, v += 4) {
		const f = facts[i]!;
		texts[t] = at(f.province_code);
		texts[t + 1] = at(f.province);
		texts[t + 2] = at(f.scope);
		texts[t + 3] = at(f.period_label);
		texts[t + 4] = at(f.measure);
		texts[t + 5] = at(f.indicator);
		texts[t + 6] = at(f.qualifier);
		texts[t + 7] = at(f.note);
		texts[t + 8] = at(f.source_id);
		// The quote is the one text that seldom repeats (an import's quote is its file and cell): not looked up.
		texts[t + 9] = strings.push(f.quote) - 1;
		numbers[v] = f.line;
		numbers[v + 1] = f.period_start ?? NaN;
		numbers[v + 2] = f.period_end ?? NaN;
		numbers[v + 3] = f.value;
	}
	return { strings, texts, numbers };
}

export function unpackFacts({ strings, texts, numbers }: PackedFacts): Fact[] {
	const n = numbers.length / 4;
	const facts: Fact[] = new Array<Fact>(n);
	const W = TEXTS.length;
	for (let i = 0, t = 0, v = 0; i < n; i++, t += W, v += 4) {
		const start = numbers[v + 1]!;
		const end = numbers[v + 2]!;
		facts[i] = {
			line: numbers[v]!,
			province_code: strings[texts[t]!]!,
			province: strings[texts[t + 1]!]!,
			scope: strings[texts[t + 2]!]!,
			period_start: Number.isNaN(start) ? null : start,
			period_end: Number.isNaN(end) ? null : end,
			period_label: strings[texts[t + 3]!]!,
			measure: strings[texts[t + 4]!] as Fact['measure'],
			indicator: strings[texts[t + 5]!]!,
			value: numbers[v + 3]!,
			qualifier: strings[texts[t + 6]!] as Fact['qualifier'],
			note: strings[texts[t + 7]!]!,
			source_id: strings[texts[t + 8]!]!,
			quote: strings[texts[t + 9]!]!
		};
	}
	return facts;
}
