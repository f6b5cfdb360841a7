import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-paint';

describe('afterNextPaint', () => {
	beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] }));
	afterEach(() => vi.useRealTimers());

	it('runs nothing before the next frame, then each step in a task of its own, in order', () => {
		const ran: string[] = [];
		afterNextPaint(
			() => ran.push('a'),
			() => ran.push('b'),
			() => ran.push('c')
		);
		expect(ran).toEqual([]);
		vi.advanceTimersToNextFrame();
		vi.runOnlyPendingTimers();
		expect(ran).toEqual(['a']);
		vi.runOnlyPendingTimers();
		expect(ran).toEqual(['a', 'b']);
		vi.runOnlyPendingTimers();
		expect(ran).toEqual(['a', 'b', 'c']);
	});

	it('cancelled between two steps, runs none of the rest', () => {
		const ran: string[] = [];
		const cancel = afterNextPaint(
			() => ran.push('a'),
			() => ran.push('b')
		);
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
