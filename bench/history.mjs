// A synthetic full reporting history for the benchmark, written to a temporary folder (never shipped, never
// committed): every province × `indicators` indicators × `periods` single years, each figure with its own source and
// a quote that contains its value (so that the data check accepts it). Provinces, indicators and boundaries are
// copied from data/. The figures are made up: they measure the site's growth, nothing else.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Rows of a simple CSV (quoted fields may hold commas and doubled quotes, no line breaks). */
function parseCsv(text) {
	return text
		.trim()
		.split(/\r?\n/)
		.map((line) =>
			[...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"'))
		);
}

const cell = (v) => (/[",]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
const csv = (rows) => rows.map((r) => r.map(cell).join(',')).join('\n') + '\n';

/** @returns {{ dir: string; facts: number; indicators: string[] }} */
export function writeHistory(root, { indicators = 12, periods = 15, lastYear = 2024 } = {}) {
	const dir = mkdtempSync(join(tmpdir(), 'antq-history-'));
	cpSync(join(root, 'data'), dir, { recursive: true });
	const [, ...provinces] = parseCsv(readFileSync(join(dir, 'provinces.csv'), 'utf8'));
	const [, ...catalogue] = parseCsv(readFileSync(join(dir, 'indicators.csv'), 'utf8'));
	const chosen = catalogue.slice(0, indicators);
	const sources = [['source_id', 'publisher', 'title', 'date', 'url']];
	const facts = [
		[
			'province_code',
			'province',
			'scope',
			'period_start',
			'period_end',
			'period_label',
			'measure',
			'indicator',
			'value',
			'qualifier',
			'note',
			'source_id',
			'quote'
		]
	];
	let seed = 17;
	// A small deterministic generator: the same history on every run.
	const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
	for (const [code, name] of provinces) {
		for (let year = lastYear - periods + 1; year <= lastYear; year++) {
			const id = `syn-${code}-${year}`;
			sources.push([
				id,
				`Báo cáo tổng kết ${name}`,
				`Kết quả phong trào Toàn dân bảo vệ ANTQ năm ${year} tại ${name}`,
				`${year + 1}-01-15`,
				''
			]);
			for (const [indicator, , measure, label] of chosen) {
				const value = 1 + (next() % 900);
				facts.push([
					code,
					name,
					'province',
					year,
					year,
					String(year),
					measure,
					indicator,
					value,
					'exact',
					'',
					id,
					`Năm ${year}, ${name} có ${value} (${label.toLowerCase()})`
				]);
			}
		}
	}
	writeFileSync(join(dir, 'sources.csv'), csv(sources));
	writeFileSync(join(dir, 'facts.csv'), csv(facts));
	return { dir, facts: facts.length - 1, indicators: chosen.map((r) => r[0]) };
}
