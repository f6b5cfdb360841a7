import { describe, expect, it } from 'vitest';
import { layoutLabels, labelItems, mapLabels, type LabelItem } from './map-labels';
import type { AreaPaint } from './map-paint';
import { svgString } from './svg-tree';

const map = { x: 0, y: 0, width: 400, height: 400 };
const column = { x: 410, y: 0, width: 150, height: 400 };
const size = 10;

function item(code: string, x: number, y: number, text = `Tỉnh ${code} ≥ 1.000`): LabelItem {
	return { code, text, anchor: [x, y] };
}

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutLabels', () => {
	it('puts a lone label right beside its area, without a line', () => {
		const { placed, list } = layoutLabels({ items: [item('01', 100, 100)], map, column, avoid: [], size });
		expect(list).toBe(false);
		expect(placed).toHaveLength(1);
		expect(placed[0]!.leader).toBeNull();
		expect(placed[0]!.box.x).toBeGreaterThan(100);
	});

	it('keeps clear of the boxes to avoid (the archipelago labels)', () => {
		const avoid = [{ x: 100, y: 0, width: 300, height: 400 }];
		const { placed } = layoutLabels({ items: [item('01', 95, 100)], map, column, avoid, size });
		expect(overlap(placed[0]!.box, avoid[0]!)).toBe(false);
	});

	it('sends labels of a crowded cluster to the column with leader lines, north to south, none overlapping', () => {
		// Twelve areas within a few pixels of each other.
		const items = Array.from({ length: 12 }, (_, i) => item(String(i + 10), 200 + (i % 3) * 3, 300 + i * 2));
		const { placed, list } = layoutLabels({ items, map, column, avoid: [], size });
		expect(list).toBe(false);
		expect(placed).toHaveLength(12);
		for (const [i, a] of placed.entries())
			for (const b of placed.slice(i + 1)) expect(overlap(a.box, b.box), `${a.code} / ${b.code}`).toBe(false);
		const inColumn = placed.filter((p) => p.box.x >= column.x);
		expect(inColumn.length).toBeGreaterThan(0);
		expect(inColumn.every((p) => p.leader !== null && p.elbow)).toBe(true);
		// In the column, in the order of their areas from north to south.
		const ys = inColumn.map((p) => p.box.y);
		expect(ys).toEqual([...ys].sort((a, b) => a - b));
		expect(inColumn.map((p) => p.anchor[1])).toEqual(inColumn.map((p) => p.anchor[1]).sort((a, b) => a - b));
		expect(inColumn.every((p) => p.box.y >= column.y && p.box.y + p.box.height <= column.y + column.height)).toBe(true);
	});

	it('lists every label in the column, without lines, when there are more than its height holds', () => {
		// 400 px at 14 px a line holds 29 labels; 40 crowded ones cannot all go beside their areas.
		const items = Array.from({ length: 40 }, (_, i) => item(String(i + 10), 200, 200 + i));
		const { placed, list } = layoutLabels({ items, map, column, avoid: [], size });
		expect(list).toBe(true);
		expect(placed).toHaveLength(40);
		expect(placed.every((p) => p.leader === null && p.box.x >= column.x)).toBe(true);
		for (const [i, a] of placed.entries()) for (const b of placed.slice(i + 1)) expect(overlap(a.box, b.box)).toBe(false);
	});
});

describe('labelItems and mapLabels', () => {
	const paint = (code: string, kind: AreaPaint['kind'], valueText: string): AreaPaint => ({
		code,
		name: `P${code}`,
		kind,
		fill: kind === 'value' ? '#123456' : null,
		classIndex: kind === 'value' ? 1 : null,
		valueText,
		label: '',
		details: []
	});
	const paints = new Map([
		['01', paint('01', 'value', '≥\u00a044.000')],
		['02', paint('02', 'missing', 'Chưa có số liệu')]
	]);
	const square = (code: string, x: number) => ({
		properties: { code },
		geometry: {
			type: 'Polygon' as const,
			coordinates: [
				[
					[x, 10],
					[x + 1, 10],
					[x + 1, 11],
					[x, 11],
					[x, 10]
				]
			]
		}
	});

	it('names only the areas drawn with a value, with the value as drawn (≥, ≈ kept)', () => {
		const items = labelItems(
			paints,
			new Map([
				['01', [5, 5]],
				['02', [9, 9]]
			])
		);
		expect(items).toEqual([{ code: '01', text: 'P01 ≥\u00a044.000', anchor: [5, 5] }]);
	});

	it('draws the labels as text a test (or a reader of the SVG) can find', () => {
		const node = mapLabels({
			features: [square('01', 105), square('02', 107)],
			paints,
			archipelagos: [],
			map: { width: 300, height: 300, padding: 8 },
			columnWidth: 120,
			size: 12,
			archipelagoSize: 12
		});
		const svg = svgString(node!);
		expect(svg).toContain('P01 ≥\u00a044.000');
		expect(svg).not.toContain('P02');
	});
});
