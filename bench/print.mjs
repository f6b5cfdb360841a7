// The benchmark's printing: sections, aligned tables, KiB and budget marks.

export function section(title) {
	console.log(`\n== ${title}`);
}

export function table(rows) {
	const cols = Object.keys(rows[0]);
	const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
	const line = (cells) => cells.map((c, i) => String(c).padStart(width[i])).join('  ');
	console.log(line(cols));
	for (const r of rows) console.log(line(cols.map((c) => r[c])));
}

export const kib = (b) => b / 1024;
export const fmt1 = (x) => (x === null || x === undefined ? 'n/a' : x.toFixed(1));
export const mark = (ok) => (ok ? 'ok' : 'OVER');
