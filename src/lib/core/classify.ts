/**
 * Choropleth classes: quantile, equal interval and Jenks natural breaks for one-sided values, and
 * symmetric diverging classes around 0 (differences) or 1 (ratios). Thresholds are rounded to
 * readable numbers for the legend, but never so that a value changes class.
 */

export type ClassMethod = 'quantile' | 'equal' | 'jenks';

export interface ClassBound {
	lo: number;
	hi: number;
}

export interface Classes {
	/** Ascending, length count − 1; a value v is in class i = number of thresholds <= v. */
	thresholds: number[];
	/** Per class, for the legend: first lo = min, last hi = max, inner edges = thresholds. */
	bounds: ClassBound[];
	count: number;
}

export interface ClassifyOptions {
	method: ClassMethod;
	/** Wanted number of classes (default 5); fewer when there are fewer distinct values. */
	classes?: number;
}

export interface DivergingOptions {
	/** 0 for differences (linear symmetry), 1 for ratios (symmetry in log space: 2 mirrors 0.5). */
	center: 0 | 1;
	/** Classes on each side of the centre class (default 3): 2 × classesPerSide + 1 in all. */
	classesPerSide?: number;
}

export type DivergingClasses = Classes & { centerClass: number };

const DEFAULT_CLASSES = 5;
const DEFAULT_CLASSES_PER_SIDE = 3;
/** Significant digits a legend threshold starts from (4378 → 4400, 0.0734 → 0.073). */
const NICE_DIGITS = 2;
/** Raw thresholds are snapped to this many digits first, so float noise (2.0000000000000004) never shows. */
const SNAP_DIGITS = 12;

const EMPTY: Classes = { thresholds: [], bounds: [], count: 0 };

function at(a: ArrayLike<number>, i: number): number {
	const v = a[i];
	if (v === undefined) throw new RangeError(`index ${i} out of range`);
	return v;
}

function roundSig(x: number, digits: number): number {
	return x === 0 ? 0 : Number(x.toPrecision(digits));
}

function wholeCount(n: number): number {
	return Number.isFinite(n) ? Math.max(1, Math.floor(n)) : 1;
}

function sortedFinite(values: number[]): number[] {
	return values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
}

/** Distinct values of a sorted array with how often each occurs. */
function distinctWithCounts(sorted: number[]): { values: number[]; counts: number[] } {
	const values: number[] = [];
	const counts: number[] = [];
	for (const v of sorted) {
		if (values.at(-1) === v) counts[counts.length - 1] = (counts.at(-1) ?? 0) + 1;
		else {
			values.push(v);
			counts.push(1);
		}
	}
	return { values, counts };
}

/** True when `r` puts every value in the same class as `t` does (no value in [min(r,t), max(r,t))). */
function keepsClasses(sorted: number[], t: number, r: number): boolean {
	const lo = Math.min(r, t);
	const hi = Math.max(r, t);
	return !sorted.some((v) => v >= lo && v < hi);
}

/** The shortest rounding of `t` (from NICE_DIGITS significant digits up) that `ok` accepts; `t` itself otherwise. */
function nicest(t: number, ok: (r: number) => boolean): number {
	for (let d = NICE_DIGITS; d <= 17; d++) {
		const r = roundSig(t, d);
		if (ok(r)) return r;
	}
	return t;
}

/**
 * Readable thresholds: each raw threshold is rounded as coarsely as it can be while the thresholds stay
 * strictly increasing, strictly inside (min, max], and no value moves to another class.
 */
function niceThresholds(raw: number[], sorted: number[]): number[] {
	const min = at(sorted, 0);
	const max = at(sorted, sorted.length - 1);
	const out: number[] = [];
	raw.forEach((t, i) => {
		const above = out[i - 1] ?? min;
		const below = raw[i + 1] ?? Infinity;
		out.push(nicest(t, (r) => r > above && r < below && r <= max && keepsClasses(sorted, t, r)));
	});
	return out;
}

function boundsOf(thresholds: number[], lo: number, hi: number): ClassBound[] {
	const edges = [lo, ...thresholds, hi];
	return edges.slice(0, -1).map((e, i) => ({ lo: e, hi: at(edges, i + 1) }));
}

/** Equal-width intervals between min and max. */
function equalBreaks(min: number, max: number, k: number): number[] {
	return Array.from({ length: k - 1 }, (_, i) => min + ((max - min) * (i + 1)) / k);
}

/**
 * Quantile breaks: cut the sorted values into k groups of (nearly) equal size. A cut may not split tied
 * values, so each cut moves to the nearest position between two different values (upwards on a tie),
 * after the previous cut; cuts that find no room are dropped (fewer classes).
 */
function quantileBreaks(sorted: number[], k: number): number[] {
	const n = sorted.length;
	const cuts: number[] = [];
	for (let i = 1; i < k; i++) {
		const cut = nearestCut(sorted, Math.round((i * n) / k), cuts.at(-1) ?? 0);
		if (cut !== undefined) cuts.push(cut);
	}
	return cuts.map((j) => (at(sorted, j - 1) + at(sorted, j)) / 2);
}

/** The index j > after, nearest to target, with sorted[j − 1] < sorted[j]. */
function nearestCut(sorted: number[], target: number, after: number): number | undefined {
	const isCut = (j: number) => j > after && j < sorted.length && at(sorted, j - 1) < at(sorted, j);
	for (let d = 0; d < sorted.length; d++) {
		if (isCut(target + d)) return target + d;
		if (d > 0 && target - d >= 1 && isCut(target - d)) return target - d;
	}
	return undefined;
}

/**
 * Jenks natural breaks by Fisher's exact dynamic programme: the k contiguous classes of the sorted
 * distinct values (weighted by how often each occurs) with the least total within-class sum of squared
 * deviations. Tied values are never split, since one distinct value is one item. O(k · m²) for m values.
 */
function jenksBreaks(values: number[], counts: number[], k: number): number[] {
	const m = values.length;
	const total = counts.reduce((s, c) => s + c, 0);
	const mean = values.reduce((s, v, i) => s + v * at(counts, i), 0) / total;
	// Prefix sums of weight, w·x and w·x² over values centred on the mean (limits cancellation).
	const W = new Float64Array(m + 1);
	const S = new Float64Array(m + 1);
	const Q = new Float64Array(m + 1);
	for (let i = 0; i < m; i++) {
		const w = at(counts, i);
		const x = at(values, i) - mean;
		W[i + 1] = at(W, i) + w;
		S[i + 1] = at(S, i) + w * x;
		Q[i + 1] = at(Q, i) + w * x * x;
	}
	/** Sum of squared deviations of values[a..b). */
	const ssd = (a: number, b: number): number => {
		const s = at(S, b) - at(S, a);
		return at(Q, b) - at(Q, a) - (s * s) / (at(W, b) - at(W, a));
	};
	// cost[j]: least SSD of values[0..j) in c + 1 classes; starts[c][j]: where the last of them begins.
	let cost = Float64Array.from({ length: m + 1 }, (_, j) => (j === 0 ? 0 : ssd(0, j)));
	const starts: Int32Array[] = [];
	for (let c = 1; c < k; c++) {
		const next = new Float64Array(m + 1).fill(Infinity);
		const start = new Int32Array(m + 1);
		for (let j = c + 1; j <= m; j++) {
			for (let i = c; i < j; i++) {
				const v = at(cost, i) + ssd(i, j);
				if (v < at(next, j)) {
					next[j] = v;
					start[j] = i;
				}
			}
		}
		starts.push(start);
		cost = next;
	}
	const cuts: number[] = [];
	for (let c = k - 1, j = m; c >= 1; c--) {
		const table = starts[c - 1];
		if (!table) break;
		j = at(table, j);
		cuts.unshift(j);
	}
	return cuts.map((i) => (at(values, i - 1) + at(values, i)) / 2);
}

/**
 * Classes for a choropleth. Non-finite values are ignored; there are never more classes than distinct
 * values (one value → one class, none → zero). Quantile and Jenks thresholds start midway between the
 * last value of a class and the first of the next, which leaves room to round them.
 */
export function classify(values: number[], opts: ClassifyOptions): Classes {
	const sorted = sortedFinite(values);
	if (sorted.length === 0) return EMPTY;
	const min = at(sorted, 0);
	const max = at(sorted, sorted.length - 1);
	const distinct = distinctWithCounts(sorted);
	const k = Math.min(wholeCount(opts.classes ?? DEFAULT_CLASSES), distinct.values.length);
	let raw: number[] = [];
	if (k > 1) {
		if (opts.method === 'equal') raw = equalBreaks(min, max, k);
		else if (opts.method === 'quantile') raw = quantileBreaks(sorted, k);
		else raw = jenksBreaks(distinct.values, distinct.counts, k);
	}
	const thresholds = niceThresholds(
		raw.map((t) => roundSig(t, SNAP_DIGITS)),
		sorted
	);
	return { thresholds, bounds: boundsOf(thresholds, min, max), count: thresholds.length + 1 };
}

/** The class of a value (number of thresholds <= value); −1 for a non-finite value or no classes. */
export function classOf(value: number, c: Classes): number {
	if (!Number.isFinite(value) || c.count === 0) return -1;
	let i = 0;
	while (i < c.thresholds.length && at(c.thresholds, i) <= value) i++;
	return i;
}

/**
 * Symmetric classes around `center`: 2p + 1 equal-width classes over [−m, m] in linear space
 * (differences) or log space (ratios; non-positive values are ignored), m the largest |value| there,
 * with the middle one (index p) containing the centre. p is classesPerSide, reduced to the number of
 * distinct non-central magnitudes when there are fewer.
 */
export function divergingClasses(values: number[], opts: DivergingOptions): DivergingClasses {
	const { center } = opts;
	const ratio = center === 1;
	const toX = ratio ? Math.log : (v: number) => v;
	const fromX = ratio ? Math.exp : (x: number) => x;
	const sorted = sortedFinite(values).filter((v) => !ratio || v > 0);
	if (sorted.length === 0) return { ...EMPTY, centerClass: -1 };
	const xs = sorted.map(toX);
	const extent = Math.max(...xs.map(Math.abs));
	if (extent === 0) return { thresholds: [], bounds: [{ lo: center, hi: center }], count: 1, centerClass: 0 };
	// The outer bounds from the most extreme value itself, not exp(log(v)), which drifts (8 → 7.999999999999998).
	const extreme = at(
		sorted,
		xs.findIndex((x) => Math.abs(x) === extent)
	);
	const top = ratio ? Math.max(extreme, 1 / extreme) : Math.abs(extreme);
	const bottom = ratio ? 1 / top : -top;
	// Magnitudes compared at 12 digits: ln(1/8) and −ln(8) may differ in the last bit.
	const magnitudes = new Set(xs.filter((x) => x !== 0).map((x) => Math.abs(x).toPrecision(SNAP_DIGITS))).size;
	const p = Math.min(wholeCount(opts.classesPerSide ?? DEFAULT_CLASSES_PER_SIDE), magnitudes);
	const width = (2 * extent) / (2 * p + 1);
	const edges = Array.from({ length: p }, (_, i) => width / 2 + i * width);
	const snap = (x: number) => roundSig(fromX(x), SNAP_DIGITS);
	const upper: number[] = [];
	const lower: number[] = [];
	edges.forEach((e, i) => {
		const next = edges[i + 1];
		const rawUp = snap(e);
		const rawDown = snap(-e);
		// Inner edges stay below the next raw edge; the outermost inside the extent, like (min, max].
		const upLimit = next === undefined ? top : snap(next);
		const downLimit = next === undefined ? bottom : snap(-next);
		const ok = (up: number, down: number) =>
			up > (upper[i - 1] ?? center) &&
			(next === undefined ? up <= upLimit : up < upLimit) &&
			down < (lower[i - 1] ?? center) &&
			down > downLimit &&
			keepsClasses(sorted, rawUp, up) &&
			keepsClasses(sorted, rawDown, down);
		const pair = nicePair(rawUp, ratio, ok) ?? [rawUp, rawDown];
		upper.push(pair[0]);
		lower.push(pair[1]);
	});
	const thresholds = [...lower.reverse(), ...upper];
	return {
		thresholds,
		bounds: boundsOf(thresholds, bottom, top),
		count: thresholds.length + 1,
		centerClass: p
	};
}

/**
 * A readable upper threshold and its mirror: −up for differences; 1/up for ratios, kept exact when it is
 * short (1/8 = 0.125), else rounded to as many digits as `up` (1/1.3 → 0.77).
 */
function nicePair(rawUp: number, ratio: boolean, ok: (up: number, down: number) => boolean): [number, number] | undefined {
	for (let d = NICE_DIGITS; d <= 17; d++) {
		const up = roundSig(rawUp, d);
		const reciprocal = 1 / up;
		const down = !ratio ? -up : roundSig(reciprocal, 3) === reciprocal ? reciprocal : roundSig(reciprocal, d);
		if (ok(up, down)) return [up, down];
	}
	return undefined;
}
