/**
 * The gestures on the map's SVG drawing before Leaflet takes over: a drag (one pointer) pans it, a pinch (two)
 * zooms it at the fingers' midpoint, the wheel zooms it at the pointer — with the core's frame arithmetic
 * (core/map-view.ts) and Leaflet's zoom limits, so that Leaflet can come in at the same view.
 */
import { limitZoom, panFrame, wheelZoom, zoomFrame, ZOOMS } from '$lib/core/map-view';
import type { Frame } from '$lib/core/svg-map';

/** How far a pointer moves before a press becomes a drag (as Leaflet's click tolerance). */
const DRAG_THRESHOLD = 3;

interface Host {
	/** The box the drawing fills (pointer positions are relative to it). */
	box: () => HTMLElement;
	/** The view shown now (the home view or where the reader moved it); null: nothing drawn yet. */
	view: () => Frame | null;
	/** False once Leaflet has taken over: its own handlers move the map. */
	active: () => boolean;
	/** Shows the drawing at a new view. */
	move: (frame: Frame) => void;
	/** A drag or pinch began (the tooltip goes, and Leaflet is wanted). */
	started: () => void;
	/** The wheel zoomed the drawing (Leaflet is wanted). */
	wheeled: () => void;
}

type Point = { x: number; y: number };

export class DrawingGestures {
	dragging = $state(false);
	/** The press that ended a drag: not a click on the area under it. */
	dragged = false;
	#pointers = new Map<number, Point>();
	#downAt: Point = { x: 0, y: 0 };
	#host: Host;

	constructor(host: Host) {
		this.#host = host;
	}

	#at(e: MouseEvent): Point {
		const r = this.#host.box().getBoundingClientRect();
		return { x: e.clientX - r.left, y: e.clientY - r.top };
	}

	down(e: PointerEvent) {
		const onDrawing = e.target instanceof Element && e.target.closest('svg.drawing');
		if (!this.#host.active() || !onDrawing || (e.pointerType === 'mouse' && e.button !== 0)) return;
		if (this.#pointers.size === 0) {
			this.#downAt = this.#at(e);
			this.dragged = false;
		}
		this.#pointers.set(e.pointerId, this.#at(e));
	}

	/** Moves the drawing with a pressed pointer; false when no press is followed (the pointer only hovers). */
	move(e: PointerEvent): boolean {
		const last = this.#pointers.get(e.pointerId);
		const view = this.#host.view();
		if (!last || !view) return false;
		const now = this.#at(e);
		if (!this.dragging) {
			if (this.#pointers.size < 2 && Math.hypot(now.x - this.#downAt.x, now.y - this.#downAt.y) < DRAG_THRESHOLD) return true;
			this.dragging = true;
			this.dragged = true;
			const box = this.#host.box();
			for (const id of this.#pointers.keys()) if (box.hasPointerCapture?.(id) === false) box.setPointerCapture(id);
			this.#host.started();
		}
		const other = [...this.#pointers].find(([id]) => id !== e.pointerId)?.[1];
		if (!other) this.#host.move(panFrame(view, now.x - last.x, now.y - last.y));
		else {
			// Pinch: the zoom follows the fingers' distance, the map their midpoint.
			const before = Math.hypot(last.x - other.x, last.y - other.y);
			const factor = limitZoom(view, before > 0 ? Math.hypot(now.x - other.x, now.y - other.y) / before : 1, ZOOMS);
			const mid = (p: Point) => [(p.x + other.x) / 2, (p.y + other.y) / 2] as const;
			const [x0, y0] = mid(last);
			const [x1, y1] = mid(now);
			this.#host.move(panFrame(zoomFrame(view, [x0, y0], factor), x1 - x0, y1 - y0));
		}
		this.#pointers.set(e.pointerId, now);
		return true;
	}

	up(e: PointerEvent) {
		if (this.#pointers.delete(e.pointerId) && this.#pointers.size === 0) this.dragging = false;
	}

	wheel(e: WheelEvent) {
		const view = this.#host.view();
		if (!this.#host.active() || !view) return;
		e.preventDefault();
		const pixels = e.deltaMode === 1 ? e.deltaY * 20 : e.deltaMode === 2 ? e.deltaY * 60 : e.deltaY;
		const p = this.#at(e);
		this.#host.move(zoomFrame(view, [p.x, p.y], limitZoom(view, 2 ** wheelZoom(pixels), ZOOMS)));
		this.#host.wheeled();
	}
}
