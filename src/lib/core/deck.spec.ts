import { describe, expect, it } from 'vitest';
import { indexDataset } from './dataset';
import { addToDeck, deckEntry, deckTitle, moveInDeck, removeFromDeck, slideChart, slideQuery } from './deck';
import { linkTables } from './test-fixtures';
import { viewContext } from './view-context';
import { MAX_DECK, MAX_DECK_ENTRY, parseViewState, viewStateSearch } from './view-state';

const ds = indexDataset(linkTables());
const ctx = viewContext(ds);
const parse = (q: string) => parseViewState(new URLSearchParams(q), ctx);

describe('the deck parameter', () => {
	it('keeps the entries in order and writes them back after the other parameters', () => {
		const q = 'indicator=tips&period=2015-2020&deck=indicator%3Dtips%26chart%3Dranking&deck=chart%3Dmap';
		const { state, problems } = parse(q);
		expect(state.deck).toEqual(['indicator=tips&chart=ranking', 'chart=map']);
		expect(problems).toEqual([]);
		// tips is the fixture's default indicator: not written.
		expect(viewStateSearch(state, ctx)).toBe('?period=2015-2020&deck=indicator%3Dtips%26chart%3Dranking&deck=chart%3Dmap');
		expect(parse(viewStateSearch(state, ctx).slice(1)).state).toEqual(state);
	});

	it('is absent without entries (empty ones are skipped)', () => {
		expect(parse('deck=&deck=%20').state.deck).toBeUndefined();
		expect(viewStateSearch({ ...parse('').state, deck: [] }, ctx)).toBe('');
	});

	it('refuses entries that are too long or too many, and says so', () => {
		const long = 'x'.repeat(MAX_DECK_ENTRY + 1);
		const many = Array.from({ length: MAX_DECK + 2 }, (_, i) => `deck=chart%3Dmap%26n%3D${i}`).join('&');
		const a = parse(`deck=${long}&deck=chart%3Dmap`);
		expect(a.state.deck).toEqual(['chart=map']);
		expect(a.problems).toEqual([{ param: 'deck', value: 'x'.repeat(40) }]);
		const b = parse(many);
		expect(b.state.deck).toHaveLength(MAX_DECK);
		expect(b.problems).toHaveLength(2);
	});
});

describe('deck entries', () => {
	it.each([
		{
			q: 'indicator=tips&period=2015-2020&view=table&sort=-value&panel=01&lang=en',
			chart: 'ranking',
			out: 'period=2015-2020&chart=ranking'
		},
		// The default view is the comparison: it is not written, and turning it off is.
		{ q: 'indicator=tips&compare=2015-2020&units=34', chart: 'map', out: 'units=34&chart=map' },
		{ q: 'indicator=tips&compare=none&units=34', chart: 'map', out: 'compare=none&units=34&chart=map' },
		{ q: 'deck=chart%3Dmap&mode=coverage-all', chart: 'map', out: 'mode=coverage-all&chart=map' }
	] as const)("$q as $chart → $out (language, tab, sort and panel are not the slide's)", ({ q, chart, out }) => {
		expect(deckEntry(parse(q).state, chart, ctx)).toBe(out);
	});

	it.each([
		{ entry: 'indicator=tips&chart=ranking', lang: 'vi', out: 'indicator=tips&chart=ranking' },
		{ entry: 'indicator=tips&chart=ranking&lang=vi', lang: 'en', out: 'indicator=tips&chart=ranking&lang=en' },
		{ entry: 'chart=map&lang=en&deck=x', lang: 'vi', out: 'chart=map' }
	] as const)('a slide of $entry is read in $lang', ({ entry, lang, out }) => {
		expect(slideQuery(entry, lang).toString()).toBe(out);
	});

	it('shows a table entry as a map (a slide holds the map or a chart)', () => {
		expect(slideChart(parse('chart=table').state)).toBe('map');
		expect(slideChart(parse('chart=regions').state)).toBe('regions');
		expect(slideChart(parse('indicator=tips&compare=2015-2020&chart=periods').state)).toBe('periods');
	});

	it.each([
		{ entry: 'indicator=tips&period=2015-2020&chart=ranking', lang: 'vi', out: 'tips · 2015–2020 · Xếp hạng' },
		{
			entry: 'indicator=tips&period=2013-2023&compare=2015-2020&chart=compare',
			lang: 'en',
			out: 'tips · 2013–2023 / 2015–2020 · Two periods compared'
		},
		{ entry: 'chart=map', lang: 'vi', out: 'tips · 2013–2023 / 2015–2020 · Bản đồ' },
		{ entry: 'indicator=models_total&chart=map', lang: 'vi', out: 'models_total · 2024 · Bản đồ' },
		{
			entry: 'indicator=tips&period=2013-2023&compare=2015-2020&chart=periods',
			lang: 'vi',
			out: 'tips · 2013–2023 / 2015–2020 · Bản đồ từng giai đoạn'
		}
	] as const)('title of $entry', ({ entry, lang, out }) => {
		// The fixture's indicators are labelled by their ids.
		expect(deckTitle(entry, ds, ctx, lang)).toBe(out);
	});
});

describe('editing the deck', () => {
	const deck = ['a', 'b', 'c'];
	it.each([
		{ name: 'add at the end', got: addToDeck(deck, 'd'), out: ['a', 'b', 'c', 'd'] },
		{ name: 'remove the second', got: removeFromDeck(deck, 1), out: ['a', 'c'] },
		{ name: 'move the second up', got: moveInDeck(deck, 1, -1), out: ['b', 'a', 'c'] },
		{ name: 'move the second down', got: moveInDeck(deck, 1, 1), out: ['a', 'c', 'b'] },
		{ name: 'the first cannot go up', got: moveInDeck(deck, 0, -1), out: ['a', 'b', 'c'] },
		{ name: 'the last cannot go down', got: moveInDeck(deck, 2, 1), out: ['a', 'b', 'c'] }
	])('$name', ({ got, out }) => {
		expect(got).toEqual(out);
		expect(deck).toEqual(['a', 'b', 'c']);
	});
});
