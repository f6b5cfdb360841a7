/** Periods of whole years and their text forms ("2013-2023", "2024"). */
import type { Period } from './types';

/** URL/key form: "2013-2023", or "2024" for a single year. */
export function periodKey(p: Period): string {
	return p.start === p.end ? String(p.start) : `${p.start}-${p.end}`;
}

/** Display form with an en dash: "2013–2023". */
export function periodLabel(p: Period): string {
	return p.start === p.end ? String(p.start) : `${p.start}–${p.end}`;
}

/**
 * Parse a period as people write it: "2013-2023", "2013–2023", "2013 - 2023", "GĐ 2013-2023",
 * "giai đoạn 2013 – 2023", "2024", "2024-2024". Returns null when it is not a valid period
 * (not years 1900–2100, or start after end).
 */
export function parsePeriod(text: string): Period | null {
	const t = text
		.normalize('NFC')
		.trim()
		.replace(/^(gđ|gd|giai đoạn|giai doan|period)\.?\s*/i, '');
	const m = /^(\d{4})(?:\s*[-–—/]\s*(\d{4}))?$/.exec(t);
	if (!m) return null;
	const start = Number(m[1]);
	const end = m[2] === undefined ? start : Number(m[2]);
	if (start < 1900 || end > 2100 || start > end) return null;
	return { start, end };
}

/** Years a flow is divided by for a per-year rate: end − start for a range (as the reviews count), 1 for one year. */
export function periodYears(p: Period): number {
	return p.end === p.start ? 1 : p.end - p.start;
}

/** Order periods by end year, then start year (latest last). */
export function comparePeriods(a: Period, b: Period): number {
	return a.end - b.end || a.start - b.start;
}
