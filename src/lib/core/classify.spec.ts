import { describe, expect, it } from 'vitest';
import { classify, classOf, divergingClasses, type ClassMethod, type Classes } from './classify';

/** The class of each value, for checking classifications against hand-drawn groups. */
const classesOf = (values: number[], c: Classes) => values.map((v) => classOf(v, c));

describe('classify', () => {
	it.each<{ name: string; values: number[]; method: ClassMethod; classes?: number; thresholds: number[] }>([
		{
			// simple-statistics' ckmeans example (same objective as Jenks): groups {−1×4}, {2×3}, {4,5,6}.
			// SSD 0 + 0 + 2 = 2; the runner-up {−1×4}, {2,2,2,4}, {5,6} costs 0 + 3 + 0.5 = 3.5.
			// Thresholds midway: (−1+2)/2 = 0.5, (2+4)/2 = 3.
			name: 'jenks: textbook example with ties',
			values: [-1, 2, -1, 2, 4, 5, 6, -1, 2, -1],
			method: 'jenks',
			classes: 3,
			thresholds: [0.5, 3]
		},
		{
			// {1,2,3}, {7,8,9}, {20}: SSD 2 + 2 + 0 = 4; any other split puts 20 with 9 (≥ 60.5) or
			// 3 with 7 (≥ 10.75). Midpoints 5 and 14.5; 14.5 → 15 at 2 digits (no value in [14.5, 15)).
			name: 'jenks: three clusters, a midpoint rounded',
			values: [20, 9, 8, 7, 3, 2, 1],
			method: 'jenks',
			classes: 3,
			thresholds: [5, 15]
		},
		{
			// The outlier is a class on its own: {1..4} SSD 5 vs {1..3},{4,100} SSD 2 + 4608. (4+100)/2 = 52.
			name: 'jenks: isolates an outlier',
			values: [1, 2, 3, 4, 100],
			method: 'jenks',
			classes: 2,
			thresholds: [52]
		},
		{
			// {2×4} SSD 0 and {8,8,9} SSD 2/3; the tie of 2s is never split. (2+8)/2 = 5.
			name: 'jenks: tied values stay together',
			values: [2, 8, 2, 9, 2, 8, 2],
			method: 'jenks',
			classes: 2,
			thresholds: [5]
		},
		{
			// Three distinct values → three classes even though five were asked for: (1+2)/2, (2+5)/2.
			name: 'jenks: no more classes than distinct values',
			values: [1, 1, 2, 5],
			method: 'jenks',
			thresholds: [1.5, 3.5]
		},
		{
			// n = 10, k = 5: cuts at round(10·i/5) = 2, 4, 6, 8 → between 2|3, 4|5, 6|7, 8|9.
			name: 'quantile: ten values in fives',
			values: [10, 9, 8, 7, 6, 5, 4, 3, 2, 1],
			method: 'quantile',
			thresholds: [2.5, 4.5, 6.5, 8.5]
		},
		{
			// n = 6, k = 2: target cut 3 lies inside the 2s (1,2,2|2,3,4); the nearest cut between different
			// values is 4 (1,2,2,2|3,4; 1 away) rather than 1 (1|2,2,2,3,4; 2 away). (2+3)/2 = 2.5.
			name: 'quantile: a cut never splits ties',
			values: [1, 2, 2, 2, 3, 4],
			method: 'quantile',
			classes: 2,
			thresholds: [2.5]
		},
		{
			// Two distinct values → k = 2; the only possible cut is 5|9 → 7.
			name: 'quantile: ties reduce the classes',
			values: [5, 5, 5, 5, 9],
			method: 'quantile',
			classes: 3,
			thresholds: [7]
		},
		{
			// n = 8, k = 3, targets 3 and 5; possible cuts 6 (1|2) and 7 (2|3): first → 6, second → 7.
			name: 'quantile: later cuts move past earlier ones',
			values: [1, 1, 1, 1, 1, 1, 2, 3],
			method: 'quantile',
			classes: 3,
			thresholds: [1.5, 2.5]
		},
		{
			// Non-finite values are dropped: [1,2,3] in 3 classes → cuts 1 and 2 → 1.5, 2.5.
			name: 'quantile: ignores NaN and infinities',
			values: [Number.NaN, 3, Infinity, 1, -Infinity, 2],
			method: 'quantile',
			thresholds: [1.5, 2.5]
		},
		{
			// step 21890/5 = 4378 → 4378, 8756, 13134, 17512 → 2 digits: 4400, 8800, 13000, 18000.
			name: 'equal: thresholds at 2 significant digits',
			values: [0, 1000, 6000, 10000, 15000, 21890],
			method: 'equal',
			thresholds: [4400, 8800, 13000, 18000]
		},
		{
			// As above, but 4400 would move 4390 (≥ 4378) down a class, so 3 digits: 4380.
			name: 'equal: rounding never moves a value to another class',
			values: [0, 4390, 10000, 15000, 21890],
			method: 'equal',
			thresholds: [4380, 8800, 13000, 18000]
		},
		{
			// 0.1468 / 2 = 0.0734 → 0.073.
			name: 'equal: small numbers',
			values: [0, 0.01, 0.1, 0.1468],
			method: 'equal',
			classes: 2,
			thresholds: [0.073]
		},
		{
			// range −30…10 in 5 steps of 8: −22, −14, −6, 2 (already readable).
			name: 'equal: negative values',
			values: [-30, -20, -10, 0, 10],
			method: 'equal',
			thresholds: [-22, -14, -6, 2]
		},
		{
			// Four distinct values → 4 classes of width 10/4: 2.5, 5, 7.5.
			name: 'equal: no more classes than distinct values',
			values: [0, 3, 7, 10, 10],
			method: 'equal',
			thresholds: [2.5, 5, 7.5]
		}
	])('$name', ({ values, method, classes, thresholds }) => {
		const c = classify(values, { method, classes });
		expect(c.thresholds).toEqual(thresholds);
		expect(c.count).toBe(thresholds.length + 1);
	});

	it.each<{ values: number[]; method: ClassMethod; bounds: { lo: number; hi: number }[] }>([
		// one value → one class, whatever the method
		{ values: [7], method: 'jenks', bounds: [{ lo: 7, hi: 7 }] },
		{ values: [7], method: 'quantile', bounds: [{ lo: 7, hi: 7 }] },
		// all equal → one class
		{ values: [3, 3, 3], method: 'equal', bounds: [{ lo: 3, hi: 3 }] },
		// min, the thresholds, max
		{
			values: [-1, 2, -1, 2, 4, 5, 6, -1, 2, -1],
			method: 'jenks',
			bounds: [
				{ lo: -1, hi: 0.5 },
				{ lo: 0.5, hi: 3 },
				{ lo: 3, hi: 6 }
			]
		}
	])('bounds of $values by $method', ({ values, method, bounds }) => {
		const c = classify(values, { method, classes: 3 });
		expect(c.bounds).toEqual(bounds);
		expect(c.count).toBe(bounds.length);
	});

	it.each<ClassMethod>(['quantile', 'equal', 'jenks'])('%s gives no classes for no finite values', (method) => {
		expect(classify([], { method })).toEqual({ thresholds: [], bounds: [], count: 0 });
		expect(classify([Number.NaN, Infinity], { method })).toEqual({ thresholds: [], bounds: [], count: 0 });
	});

	it('puts the values in the hand-drawn groups', () => {
		const values = [-1, 2, -1, 2, 4, 5, 6, -1, 2, -1];
		expect(classesOf(values, classify(values, { method: 'jenks', classes: 3 }))).toEqual([0, 1, 0, 1, 2, 2, 2, 0, 1, 0]);
		const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
		expect(classesOf(ten, classify(ten, { method: 'quantile' }))).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
	});

	it('keeps thresholds strictly increasing and inside (min, max] on awkward data', () => {
		const data = [0.1, 0.11, 0.111, 0.1111, 5, 5.01, 5.001, 1e6, 1e6 + 1, 123456.789];
		for (const method of ['quantile', 'equal', 'jenks'] as const) {
			for (let k = 1; k <= 8; k++) {
				const { thresholds } = classify(data, { method, classes: k });
				thresholds.forEach((t, i) => {
					expect(t).toBeGreaterThan(i === 0 ? 0.1 : (thresholds[i - 1] ?? -Infinity));
					expect(t).toBeLessThanOrEqual(1e6 + 1);
				});
			}
		}
	});

	it('jenks is exact: it matches a brute-force search over every contiguous split', () => {
		// A fixed pseudo-random sample (LCG) so the test is deterministic.
		let seed = 42;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		for (let round = 0; round < 20; round++) {
			const values = Array.from({ length: 9 }, () => Math.round(next() * 1000) / 10);
			for (let k = 2; k <= 4; k++) {
				const c = classify(values, { method: 'jenks', classes: k });
				expect(groupSsd(values, classesOf(values, c))).toBeCloseTo(bruteForceSsd(values, c.count), 9);
			}
		}
	});
});

describe('classOf', () => {
	const c = classify([0, 1000, 6000, 10000, 15000, 21890], { method: 'equal' }); // 4400, 8800, 13000, 18000
	it.each([
		[0, 0],
		[4399, 0],
		[4400, 1], // a threshold belongs to the class above
		[8800, 2],
		[21890, 4],
		[-5, 0], // below min: first class
		[1e9, 4], // above max: last class
		[Number.NaN, -1]
	])('%d → class %i', (value, cls) => {
		expect(classOf(value, c)).toBe(cls);
	});

	it('is −1 when there are no classes', () => {
		expect(classOf(1, classify([], { method: 'equal' }))).toBe(-1);
	});
});

describe('divergingClasses', () => {
	it.each<{ name: string; values: number[]; center: 0 | 1; perSide?: number; thresholds: number[]; classes: number[] }>([
		{
			// m = 7, 7 classes of width 2 over [−7, 7]: edges ±1, ±3, ±5.
			name: 'differences: symmetric around 0 from the largest |v|',
			values: [-7, 1, 3.5],
			center: 0,
			thresholds: [-5, -3, -1, 1, 3, 5],
			classes: [0, 4, 5]
		},
		{
			// m = 21, width 6: ±3, ±9, ±15. The short (negative) side keeps its empty classes.
			name: 'differences: negative values and a value on a threshold',
			values: [-10, -2, 0, 3, 21],
			center: 0,
			thresholds: [-15, -9, -3, 3, 9, 15],
			classes: [1, 3, 3, 4, 6]
		},
		{
			// m = 10, width 20/7: ±1.428…, ±4.285…, ±7.142… → 2 digits ±1.4, ±4.3, ±7.1.
			name: 'differences: thresholds rounded, mirrored exactly',
			values: [-10, -5, 0.5, 2, 10],
			center: 0,
			thresholds: [-7.1, -4.3, -1.4, 1.4, 4.3, 7.1],
			classes: [0, 1, 3, 4, 6]
		},
		{
			// As above, but ±1.4 would move 1.41 and 1.42 (< 1.428…) to the class above: 3 digits, ±1.43.
			name: 'differences: rounding never moves a value',
			values: [-10, 1.41, 1.42, 10],
			center: 0,
			thresholds: [-7.1, -4.3, -1.43, 1.43, 4.3, 7.1],
			classes: [0, 3, 3, 6]
		},
		{
			// One magnitude (4) → one class per side: width 8/3, edges ±4/3 → ±1.3.
			name: 'differences: a single value',
			values: [4],
			center: 0,
			thresholds: [-1.3, 1.3],
			classes: [2]
		},
		{
			// |ln| = ln 8 for both → one class per side; in log space width 2·ln8/3, edge ln8/3 = ln 2:
			// thresholds 2 and its mirror 1/2.
			name: 'ratios: 2 mirrors 0.5',
			values: [0.125, 8],
			center: 1,
			thresholds: [0.5, 2],
			classes: [0, 2]
		},
		{
			// m = ln 128 = 7 ln2, width 2 ln2: edges ln2, 3 ln2, 5 ln2 → 2, 8, 32; mirrors 0.5 and 0.125
			// (exact, short) and 1/32 = 0.03125 → 0.031.
			name: 'ratios: symmetric in log space',
			values: [1 / 128, 0.2, 1, 3, 128],
			center: 1,
			thresholds: [0.031, 0.125, 0.5, 2, 8, 32],
			classes: [0, 2, 3, 4, 6]
		},
		{
			// Magnitudes ln4, ln2 → 2 per side; width 4 ln2/5, edges 2^0.4 = 1.3195 and 2^1.2 = 2.2974
			// → 1.3 and 2.3; mirrors 1/1.3 = 0.769… → 0.77 and 1/2.3 = 0.4347… → 0.43.
			name: 'ratios: rounded mirrors',
			values: [0.25, 1, 2, 4],
			center: 1,
			thresholds: [0.43, 0.77, 1.3, 2.3],
			classes: [0, 2, 3, 4]
		},
		{
			// Zero, negative and infinite ratios cannot be placed in log space and are ignored: as [0.125, 8].
			name: 'ratios: ignores non-positive and non-finite values',
			values: [0, -2, Infinity, Number.NaN, 0.125, 8],
			center: 1,
			thresholds: [0.5, 2],
			classes: [-1, -1, -1, -1, 0, 2]
		},
		{
			// classesPerSide 1 for m = 9: width 6, edges ±3.
			name: 'differences: fewer classes per side on request',
			values: [-9, 1, 2, 9],
			center: 0,
			perSide: 1,
			thresholds: [-3, 3],
			classes: [0, 1, 1, 2]
		}
	])('$name', ({ values, center, perSide, thresholds, classes }) => {
		const c = divergingClasses(values, { center, classesPerSide: perSide });
		expect(c.thresholds).toEqual(thresholds);
		expect(c.count).toBe(thresholds.length + 1);
		expect(c.centerClass).toBe(thresholds.length / 2);
		expect(classOf(center, c)).toBe(c.centerClass);
		expect(values.map((v) => (Number.isFinite(v) && (center === 0 || v > 0) ? classOf(v, c) : -1))).toEqual(classes);
	});

	it.each([
		// differences: lo/hi = ∓ the largest |v|
		{ values: [-7, 1, 3.5], center: 0 as const, lo: -7, hi: 7 },
		{ values: [-1, 2], center: 0 as const, lo: -2, hi: 2 },
		// ratios: the extreme ratio and its reciprocal
		{ values: [0.125, 8], center: 1 as const, lo: 0.125, hi: 8 },
		{ values: [0.5, 4], center: 1 as const, lo: 0.25, hi: 4 }
	])('outer bounds of $values are symmetric: $lo … $hi', ({ values, center, lo, hi }) => {
		const c = divergingClasses(values, { center });
		expect(c.bounds[0]?.lo).toBe(lo);
		expect(c.bounds.at(-1)?.hi).toBe(hi);
		expect(c.bounds.slice(1).map((b) => b.lo)).toEqual(c.thresholds);
	});

	it.each([
		{ values: [0, 0], center: 0 as const },
		{ values: [1, 1, 1], center: 1 as const }
	])('all values at the centre → one centre class', ({ values, center }) => {
		expect(divergingClasses(values, { center })).toEqual({
			thresholds: [],
			bounds: [{ lo: center, hi: center }],
			count: 1,
			centerClass: 0
		});
	});

	it('no usable values → no classes', () => {
		expect(divergingClasses([], { center: 0 })).toMatchObject({ count: 0, centerClass: -1 });
		expect(divergingClasses([0, -1], { center: 1 })).toMatchObject({ count: 0, centerClass: -1 });
	});
});

/** Total within-class sum of squared deviations of a classification. */
function groupSsd(values: number[], classes: number[]): number {
	const groups = new Map<number, number[]>();
	values.forEach((v, i) => groups.set(classes[i] ?? -1, [...(groups.get(classes[i] ?? -1) ?? []), v]));
	let total = 0;
	for (const g of groups.values()) {
		const mean = g.reduce((s, v) => s + v, 0) / g.length;
		total += g.reduce((s, v) => s + (v - mean) ** 2, 0);
	}
	return total;
}

/** Least SSD over every way to cut the sorted distinct values into k contiguous groups (ties kept together). */
function bruteForceSsd(values: number[], k: number): number {
	const distinct = [...new Set(values)].sort((a, b) => a - b);
	let best = Infinity;
	const cutSets = (from: number, left: number): number[][] =>
		left === 0
			? [[]]
			: Array.from({ length: distinct.length - from }, (_, i) => from + i)
					.filter((c) => c > 0)
					.flatMap((c) => cutSets(c + 1, left - 1).map((rest) => [c, ...rest]));
	for (const cuts of cutSets(1, k - 1)) {
		const classOfValue = (v: number) => cuts.filter((c) => (distinct[c] ?? Infinity) <= v).length;
		best = Math.min(best, groupSsd(values, values.map(classOfValue)));
	}
	return best;
}
