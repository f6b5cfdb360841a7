/**
 * Build-time data: reads the CSV/GeoJSON in `DATA_DIR` (default `data/`), runs the same validation as
 * `npm run data:check` (any issue stops the build), and ships what the browser needs as static files
 * under `/data/`: the typed tables as JSON (the long texts in a file of their own), the boundaries as quantised
 * TopoJSON, and the original CSVs for download.
 * In `vite dev` the same files are served from memory.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import type { Plugin } from 'vite';
import { PART_FILES, splitParts, type Catalogue } from '../src/lib/core/dataset-parts';
import { splitTables } from '../src/lib/core/dataset-split';
import { readTables } from '../src/lib/core/validate';
import { formatIssue } from '../src/lib/core/validate-messages';
import { firstViewFiles } from '../src/lib/core/view-data';
import { AREAS_OBJECT } from '../src/lib/data/topology';
import { loadDataFiles } from './load-data-files';
import { FIRST_VIEW_DATA } from './preload-first-view.js';

/** CSVs published verbatim for "download all data". */
const RAW_FILES = ['facts.csv', 'sources.csv', 'provinces.csv', 'indicators.csv'];

/**
 * Steps per axis of the shipped boundaries: over Vietnam's extent with both archipelagos (≈ 15° × 16.5°) a step
 * is ≈ 0.0016° (≈ 180 m), about a pixel at the map's maximum zoom and far finer than the boundaries' own
 * simplification (median segment ≈ 0.034°, ≈ 3.8 km). Every island of Hoàng Sa and Trường Sa keeps its area
 * (src/lib/data/topology.spec.ts).
 */
export const QUANTIZATION = 10_000;

/**
 * GeoJSON boundaries → quantised TopoJSON with only what the map joins on (`code`; names come from
 * provinces.csv). The browser decodes it with `decodeAreas` (src/lib/data/topology.ts).
 */
export function encodeAreas(text: string): Topology {
	const fc = JSON.parse(text) as FeatureCollection;
	const areas: FeatureCollection = {
		type: 'FeatureCollection',
		features: fc.features.map((f) => ({ type: 'Feature', properties: { code: String(f.properties?.code) }, geometry: f.geometry }))
	};
	return topology({ [AREAS_OBJECT]: areas }, QUANTIZATION);
}

export function buildDataFiles(dir: string): Map<string, string> {
	const files = loadDataFiles(dir);
	const { tables, aliases, issues } = readTables(files);
	if (issues.length > 0) {
		const lines = issues.map((i) => {
			const { message, hint } = formatIssue(i, 'en');
			return `  ${i.file}:${i.line} [${i.column}] ${message} — ${hint}`;
		});
		throw new Error(
			`The data in ${dir} has ${issues.length} problem(s); run \`npm run data:check\` for details:\n${lines.slice(0, 20).join('\n')}`
		);
	}
	const out = new Map<string, string>();
	// The tables in two files: what the map's first view needs, and the long texts (src/lib/core/dataset-split.ts).
	const { lean, texts } = splitTables(tables);
	out.set('dataset.json', JSON.stringify(lean));
	out.set('dataset-details.json', JSON.stringify(texts));
	// The same tables by view: catalogue + coverage, one file per indicator, one per province (core/dataset-parts.ts).
	const parts = splitParts(tables);
	out.set(PART_FILES.catalogue, JSON.stringify(parts.catalogue));
	for (const [id, part] of parts.indicators) out.set(PART_FILES.indicator(id), JSON.stringify(part));
	for (const [key, part] of parts.areas) out.set(PART_FILES.area(key), JSON.stringify(part));
	// Spellings for the province filter, fetched only when the filter is first used.
	out.set('aliases.json', JSON.stringify(aliases));
	out.set('geo-63.json', JSON.stringify(encodeAreas(files.geo63 || '{"features":[]}')));
	out.set('geo-34.json', JSON.stringify(encodeAreas(files.geo34 || '{"features":[]}')));
	out.set('archipelagos.json', readFileSync(join(dir, 'geo', 'vn-archipelago-labels.geojson'), 'utf8'));
	for (const name of RAW_FILES) out.set(name, readFileSync(join(dir, name), 'utf8'));
	return out;
}

export function antqData(): Plugin {
	const dir = resolve(process.env.DATA_DIR || 'data');
	let files: Map<string, string> | null = null;
	const get = () => (files ??= buildDataFiles(dir));
	let ssrBuild = false;
	let clientOutDir = '';
	return {
		name: 'antq-data',
		configResolved(config) {
			ssrBuild = Boolean(config.build.ssr);
			clientOutDir = config.build.outDir;
		},
		buildStart() {
			files = null;
			get();
		},
		generateBundle() {
			if (ssrBuild) return;
			for (const [name, source] of get()) {
				this.emitFile({ type: 'asset', fileName: `data/${name}`, source });
			}
			// For the page's preloads (not shipped): Kit's client output is <kit outDir>/output/client.
			const catalogue = JSON.parse(get().get(PART_FILES.catalogue)!) as Catalogue;
			writeFileSync(join(clientOutDir, '..', '..', FIRST_VIEW_DATA), JSON.stringify(firstViewFiles(catalogue)));
		},
		configureServer(server) {
			server.watcher.add(dir);
			server.watcher.on('change', (path) => {
				if (path.startsWith(dir)) files = null;
			});
			server.middlewares.use((req, res, next) => {
				const m = /^\/data\/([\w.-]+)$/.exec((req.url ?? '').split('?')[0] ?? '');
				const body = m?.[1] ? get().get(m[1]) : undefined;
				if (body === undefined) return next();
				res.setHeader('Content-Type', m![1]!.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json');
				res.end(body);
			});
		}
	};
}
