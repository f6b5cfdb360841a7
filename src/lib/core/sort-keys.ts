/**
 * The keys a link's `sort` can name (core/view-state.ts reads them): the sortable columns of the province table
 * (core/province-columns.ts, whose spec checks the two agree), kept apart so that the first view, which reads
 * links, does not load the table's texts.
 */

/** Table columns that can be sorted on; `-` in front sorts descending. */
export const SORT_KEYS = [
	'name',
	'code',
	'region',
	'value',
	'rank',
	'a',
	'b',
	'diff',
	'ratio',
	'source',
	'qualifier',
	'period',
	'coverage'
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
