/**
 * Labels for an exported map: every area with a figure named with its value ("Đồng Tháp ≥ 44.000"), so that a
 * picture pasted into a slide says what it shows without the reader hovering anything. Labels never overlap:
 * each is put beside its area when there is room (clear of the other labels and the archipelago labels),
 * else in a column beside the map, joined to its area by a leader line, in the order of the areas from north
 * to south; when even the column is too short, the column is a plain list. Text is never measured: widths use
 * text-width.ts' generous estimate of Noto Sans.
 */
import type { Position } from 'geojson';
import type { AreaPaint } from './map-paint';
import { textWidth } from './text-width';
import { fitFrame, projectedBounds, toBox, type Frame, type MapFeature, type MapLabelPoint } from './svg-map';
import { el, type SvgNode } from './svg-tree';

export interface LabelItem {
	code: string;
	/** "Đồng Tháp ≥ 44.000". */
	text: string;
	/** Where the area is, in the drawing's box (px). */
	anchor: [number, number];
}

interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface PlacedLabel {
	code: string;
	text: string;
	/** Text box (the text's baseline is `y + size`). */
	box: Rect;
	anchor: [number, number];
	/** Where its leader line meets the label; null: right beside its area, no line. */
	leader: [number, number] | null;
	/** The line runs out level, then to the label (the column); else straight (a label a little way off). */
	elbow?: boolean;
}

export interface LabelLayout {
	placed: PlacedLabel[];
	/** Labels laid out as a plain list in the column (too many for leader lines). */
	list: boolean;
}

/** Areas a label goes with: those drawn with a value (a colour), each at its label text. */
export function labelItems(paints: ReadonlyMap<string, AreaPaint>, anchors: ReadonlyMap<string, [number, number]>): LabelItem[] {
	const out: LabelItem[] = [];
	for (const p of paints.values()) {
		const anchor = anchors.get(p.code);
		if ((p.kind === 'value' || p.kind === 'partial') && anchor) out.push({ code: p.code, text: `${p.name} ${p.valueText}`, anchor });
	}
	return out;
}

/** Twice the signed area and the centroid of a ring, in box coordinates. */
function ringCentroid(ring: readonly Position[], frame: Frame): { area: number; x: number; y: number } {
	let area = 0;
	let cx = 0;
	let cy = 0;
	const pts = ring.map((p) => toBox(frame, [p[0]!, p[1]!]));
	for (let i = 0; i < pts.length; i++) {
		const [x0, y0] = pts[i]!;
		const [x1, y1] = pts[(i + 1) % pts.length]!;
		const cross = x0 * y1 - x1 * y0;
		area += cross;
		cx += (x0 + x1) * cross;
		cy += (y0 + y1) * cross;
	}
	if (Math.abs(area) < 1e-9) return { area: 0, x: pts[0]?.[0] ?? 0, y: pts[0]?.[1] ?? 0 };
	return { area, x: cx / (3 * area), y: cy / (3 * area) };
}

/**
 * Each area's anchor in a drawing fitted by `frame`: the centroid of its largest polygon, so that Đà Nẵng and
 * Khánh Hòa are labelled on the mainland, not on their archipelagos.
 */
export function areaAnchors(features: readonly MapFeature[], frame: Frame): Map<string, [number, number]> {
	const out = new Map<string, [number, number]>();
	for (const f of features) {
		const g = f.geometry;
		const polys = !g ? [] : g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
		let best: { area: number; x: number; y: number } | null = null;
		for (const poly of polys) {
			const outer = poly[0];
			if (!outer) continue;
			const c = ringCentroid(outer, frame);
			if (!best || Math.abs(c.area) > Math.abs(best.area)) best = c;
		}
		if (best) out.set(String(f.properties.code), [best.x, best.y]);
	}
	return out;
}

function overlaps(a: Rect, b: Rect, gap: number): boolean {
	return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/**
 * Where the labels go. `map`: the map's box (labels beside their areas stay inside it); `column`: the strip
 * beside the map for the others; `avoid`: boxes no label may cover (the archipelago labels); `size`: font size.
 */
export function layoutLabels(opts: {
	items: readonly LabelItem[];
	map: Rect;
	column: Rect;
	avoid: readonly Rect[];
	size: number;
}): LabelLayout {
	const { items, map, column, size } = opts;
	const line = Math.round(size * 1.35);
	const gap = size * 0.3;
	const taken: Rect[] = [...opts.avoid];
	// No label covers another labelled area's anchor.
	const dot = size * 0.3;
	const dots = items.map((it) => ({
		code: it.code,
		rect: { x: it.anchor[0] - dot, y: it.anchor[1] - dot, width: 2 * dot, height: 2 * dot }
	}));
	const placed: PlacedLabel[] = [];
	const left: LabelItem[] = [];
	// Beside the area, first place that fits.
	for (const it of items) {
		const w = textWidth(it.text, size);
		const [ax, ay] = it.anchor;
		// Near first, then a little further out; straight beside, above and below, then at the corners.
		const near = 8;
		const candidates: Rect[] = [size * 0.5, size * 1.4].flatMap((d) => [
			{ x: ax + d, y: ay - line / 2, width: w, height: line },
			{ x: ax - d - w, y: ay - line / 2, width: w, height: line },
			{ x: ax - w / 2, y: ay - d - line, width: w, height: line },
			{ x: ax - w / 2, y: ay + d, width: w, height: line },
			{ x: ax + d, y: ay - d - line, width: w, height: line },
			{ x: ax + d, y: ay + d, width: w, height: line },
			{ x: ax - d - w, y: ay - d - line, width: w, height: line },
			{ x: ax - d - w, y: ay + d, width: w, height: line }
		]);
		const inside = (r: Rect) => r.x >= map.x && r.y >= map.y && r.x + r.width <= map.x + map.width && r.y + r.height <= map.y + map.height;
		const free = (r: Rect) => !taken.some((t) => overlaps(r, t, gap)) && !dots.some((d) => d.code !== it.code && overlaps(r, d.rect, 0));
		const i = candidates.findIndex((r) => inside(r) && free(r));
		const spot = candidates[i];
		if (spot) {
			taken.push(spot);
			// A label a little way off gets a short line to its area.
			const leader: [number, number] | null =
				i < near ? null : [Math.max(spot.x, Math.min(ax, spot.x + spot.width)), Math.max(spot.y, Math.min(ay, spot.y + spot.height))];
			placed.push({ code: it.code, text: it.text, box: spot, anchor: it.anchor, leader });
		} else left.push(it);
	}
	if (left.length === 0) return { placed, list: false };
	// The rest in the column, north to south, each as near its area's height as the others let it be.
	const fits = left.length * line <= column.height;
	const order = [...left].sort((a, b) => a.anchor[1] - b.anchor[1]);
	if (!fits) return columnList(items, column, line);
	placed.push(...inColumn(order, column, line, size));
	return { placed, list: false };
}

/** Too many for leader lines: every label in the column as a list (none beside the map), north to south. */
function columnList(items: readonly LabelItem[], column: Rect, line: number): LabelLayout {
	const all = [...items].sort((a, b) => a.anchor[1] - b.anchor[1]);
	const perColumn = Math.max(1, Math.floor(column.height / line));
	const columns = Math.ceil(all.length / perColumn);
	const width = column.width / columns;
	return {
		list: true,
		placed: all.map((it, i) => ({
			code: it.code,
			text: it.text,
			box: { x: column.x + Math.floor(i / perColumn) * width, y: column.y + (i % perColumn) * line, width, height: line },
			anchor: it.anchor,
			leader: null
		}))
	};
}

/**
 * Labels in the column (`order`: north to south), each at its area's height where it can be; a run of labels
 * closer than a line apart is spread around the run's own middle, so that their leader lines stay as level as they can.
 */
function inColumn(order: readonly LabelItem[], column: Rect, line: number, size: number): PlacedLabel[] {
	const ys = order.map((it) => Math.max(column.y, Math.min(column.y + column.height - line, it.anchor[1] - line / 2)));
	for (let i = 1; i < ys.length; i++) ys[i] = Math.max(ys[i]!, ys[i - 1]! + line);
	const wanted = order.map((it) => it.anchor[1] - line / 2);
	const shift = (wanted.reduce((a, b) => a + b, 0) - ys.reduce((a, b) => a + b, 0)) / ys.length;
	if (shift < 0) for (let i = 0; i < ys.length; i++) ys[i] = Math.max(column.y + i * line, ys[i]! + shift);
	const bottom = column.y + column.height - line;
	if (ys[ys.length - 1]! > bottom) {
		ys[ys.length - 1] = bottom;
		for (let i = ys.length - 2; i >= 0; i--) ys[i] = Math.min(ys[i]!, ys[i + 1]! - line);
	}
	return order.map((it, i) => {
		const y = ys[i]!;
		return {
			code: it.code,
			text: it.text,
			box: { x: column.x, y, width: column.width, height: line },
			anchor: it.anchor,
			leader: [column.x - size * 0.3, y + line / 2],
			elbow: true
		};
	});
}

/** The archipelago labels' boxes (as `mapDrawing` writes them, centred on their point), for labels to avoid. */
export function archipelagoBoxes(labels: readonly MapLabelPoint[], frame: Frame, size: number): Rect[] {
	return labels.map((l) => {
		const [x, y] = toBox(frame, [l.lng, l.lat]);
		const w = Math.max(...l.lines.map((line) => textWidth(line, size)));
		const h = l.lines.length * size * 1.15;
		return { x: x - w / 2, y: y - h / 2 - size * 0.6, width: w, height: h + size * 0.6 };
	});
}

/** Colours of the labels: the slide's text on a white halo, leader lines in a muted grey. */
const LABEL_COLORS = { text: '#1b1f24', halo: '#ffffff', line: '#4a5360', dot: '#1b1f24' } as const;

/** The labels as SVG: text with a halo, a dot on each area that has a leader line, and the line. */
export function labelNodes(layout: LabelLayout, size: number): SvgNode {
	const nodes: SvgNode[] = [];
	for (const p of layout.placed) {
		if (p.leader) {
			const [ax, ay] = p.anchor;
			const [lx, ly] = p.leader;
			// Into the column: straight to just before the label, then level into it.
			const points = p.elbow
				? [
						[ax, ay],
						[lx - size, ly],
						[lx, ly]
					]
				: [
						[ax, ay],
						[lx, ly]
					];
			nodes.push(
				el('polyline', {
					points: points.map(([x, y]) => `${r1(x!)},${r1(y!)}`).join(' '),
					fill: 'none',
					stroke: LABEL_COLORS.line,
					'stroke-width': Math.max(0.6, size / 16),
					'data-leader': p.code
				}),
				el('circle', { cx: r1(ax), cy: r1(ay), r: Math.max(1.2, size / 8), fill: LABEL_COLORS.dot })
			);
		}
		nodes.push(
			el(
				'text',
				{
					x: r1(p.box.x),
					y: r1(p.box.y + p.box.height / 2),
					'dominant-baseline': 'middle',
					'font-size': size,
					fill: LABEL_COLORS.text,
					stroke: LABEL_COLORS.halo,
					'stroke-width': size / 5,
					'paint-order': 'stroke',
					'data-area-label': p.code
				},
				p.text
			)
		);
	}
	return el('g', { 'data-labels': layout.list ? 'list' : 'map' }, nodes);
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The labels of a map drawn `mapDrawing`-style in `map` (its padding), with a column of `columnWidth` on its
 * right for those that find no room beside their area. Null when no area has a figure.
 */
export function mapLabels(opts: {
	features: readonly MapFeature[];
	paints: ReadonlyMap<string, AreaPaint>;
	archipelagos: readonly MapLabelPoint[];
	map: { width: number; height: number; padding: number };
	columnWidth: number;
	/** Label size, px (smaller when the longest label would not fit the column). */
	size: number;
	/** Size of the archipelago labels, px. */
	archipelagoSize: number;
}): SvgNode | null {
	const bounds = projectedBounds(opts.features);
	if (!bounds) return null;
	const frame = fitFrame(bounds, opts.map);
	const items = labelItems(opts.paints, areaAnchors(opts.features, frame));
	if (items.length === 0) return null;
	const longest = Math.max(...items.map((it) => textWidth(it.text, 1)));
	const size = Math.max(6, Math.min(opts.size, (opts.columnWidth - 4) / longest));
	// Largest first: the most telling figures get the places beside their areas.
	const rank = (code: string) => opts.paints.get(code)?.classIndex ?? -1;
	const ranked = [...items].sort((a, b) => rank(b.code) - rank(a.code));
	const layout = layoutLabels({
		items: ranked,
		map: { x: 0, y: 0, width: opts.map.width, height: opts.map.height },
		column: { x: opts.map.width + size * 0.8, y: 0, width: opts.columnWidth - size * 0.8, height: opts.map.height },
		avoid: archipelagoBoxes(opts.archipelagos, frame, opts.archipelagoSize),
		size
	});
	return labelNodes(layout, size);
}
