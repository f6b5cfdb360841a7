import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-paint';

/** The page's clock, moved only by the steps. */
let clock = 0;
/** A step that keeps the clock busy for `ms`, then notes its name. */
const step = (ran: string[], name: string, ms: number) => () => {
	clock += ms;
	ran.push(name);
};

describe('afterNextPaint', () => {
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
		vi.spyOn(performance, 'now').mockImplementation(() => clock);
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.restoreAllMocks();
	});

	it('runs nothing before the next frame, then after each long step yields: the next runs in a task of its own', () => {
		const ran: string[] = [];
		afterNextPaint(step(ran, 'a', 20), step(ran, 'b', 20), step(ran, 'c', 20));
		expect(ran).toEqual([]);
		vi.advanceTimersToNextFrame();
		vi.runOnlyPendingTimers();
		expect(ran).toEqual(['a']);
		vi.runOnlyPendingTimers();
		expect(ran).toEqual(['a', 'b']);
		vi.runOnlyPendingTimers();
		expect(ran).toEqual(['a', 'b', 'c']);
	});

	it('after a quick step, runs the next in the same task', () => {
		const ran: string[] = [];
		afterNextPaint(step(ran, 'a', 0), step(ran, 'b', 20), step(ran, 'c', 0));
		vi.advanceTimersToNextFrame();
		vi.runOnlyPendingTimers();
		expect(ran).toEqual(['a', 'b']);
		vi.runOnlyPendingTimers();
		expect(ran).toEqual(['a', 'b', 'c']);
	});

	it('cancelled between two steps, runs none of the rest', () => {
		const ran: string[] = [];
		const cancel = afterNextPaint(step(ran, 'a', 20), step(ran, 'b', 0));
		vi.advanceTimersToNextFrame();
		vi.runOnlyPendingTimers();
		cancel();
		vi.runAllTimers();
		expect(ran).toEqual(['a']);
	});

	it('cancelled before the frame, runs nothing', () => {
		const first = vi.fn();
		afterNextPaint(first)();
		vi.advanceTimersToNextFrame();
		vi.runAllTimers();
		expect(first).not.toHaveBeenCalled();
	});
});
