import { describe, expect, it } from 'vitest';
import { indexDataset } from './dataset';
import { readLinkEarly } from './link-early';
import { linkTables } from './test-fixtures';
import { viewContext } from './view-context';
import { parseViewState } from './view-state';

const ctx = viewContext(indexDataset(linkTables()));

describe('readLinkEarly: what a link says before the data are in', () => {
	it.each([
		{ q: '', expected: { lang: 'vi', view: 'map', chart: 'map', units: null } },
		{ q: 'lang=en&view=table&units=34', expected: { lang: 'en', view: 'table', chart: 'map', units: '34' } },
		{ q: 'chart=ranking&units=63', expected: { lang: 'vi', view: 'map', chart: 'ranking', units: '63' } },
		// Read as the view state reads them: trimmed, an empty or unknown value is the default.
		{ q: 'lang=%20en%20&view=&chart=pie&units=35', expected: { lang: 'en', view: 'map', chart: 'map', units: null } },
		{ q: 'lang=EN&view=<script>', expected: { lang: 'vi', view: 'map', chart: 'map', units: null } }
	] as const)('?$q', ({ q, expected }) => {
		expect(readLinkEarly(new URLSearchParams(q))).toEqual(expected);
	});

	it.each(['', 'lang=en', 'lang= en ', 'lang=fr&view=chart', 'view=table&chart=periods', 'chart=x&lang=', 'lang=vi&view=map'])(
		'agrees with the view state once the data are in: ?%s',
		(q) => {
			const params = new URLSearchParams(q);
			const { state } = parseViewState(params, ctx);
			const early = readLinkEarly(params);
			expect([early.lang, early.view, early.chart]).toEqual([state.lang, state.view, state.chart]);
		}
	);
});
