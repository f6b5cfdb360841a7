// Small statistics for the benchmark: every figure printed is a median (or a percentile) of several runs.
export function median(xs) {
	return percentile(xs, 50);
}

export function percentile(xs, p) {
	const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
	if (s.length === 0) return null;
	const i = (p / 100) * (s.length - 1);
	const lo = Math.floor(i);
	const hi = Math.ceil(i);
	return s[lo] + (s[hi] - s[lo]) * (i - lo);
}

/** Median of each numeric field across runs of the same shape. */
export function medianOf(runs) {
	const out = {};
	for (const key of Object.keys(runs[0] ?? {})) {
		const vals = runs.map((r) => r[key]);
		out[key] = typeof vals[0] === 'number' ? median(vals) : vals[0];
	}
	return out;
}
