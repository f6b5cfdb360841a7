/**
 * Language completeness: every word a view shows comes from the vi/en message tables. Scans every
 * src/**\/*.svelte template (with Svelte's own parser) for literal text that a reader sees or hears:
 * text nodes, user-facing attributes (aria-label, title, placeholder, alt, optgroup label…) and string
 * literals printed by `{…}` tags (`{x ? 'Có' : 'Không'}`). Anything with a letter in it fails with file:line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

/** Attributes whose value is read or shown to people. */
const USER_FACING = new Set([
	'aria-label',
	'aria-description',
	'aria-roledescription',
	'aria-valuetext',
	'aria-placeholder',
	'title',
	'placeholder',
	'alt',
	'label'
]);

const HAS_LETTER = /\p{L}/u;

interface Finding {
	line: number;
	what: string;
	text: string;
}

interface Node {
	type: string;
	start: number;
	[key: string]: unknown;
}

function isNode(v: unknown): v is Node {
	return typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';
}

/** String literals an expression can evaluate to directly (through ?:, ||, ?? and template literals). */
function printedLiterals(e: unknown): { start: number; text: string }[] {
	if (!isNode(e)) return [];
	switch (e.type) {
		case 'Literal':
			return typeof e.value === 'string' ? [{ start: e.start, text: e.value }] : [];
		case 'TemplateLiteral':
			return (e.quasis as Node[]).map((q) => ({ start: q.start, text: String((q.value as { cooked?: string }).cooked ?? '') }));
		case 'ConditionalExpression':
			return [...printedLiterals(e.consequent), ...printedLiterals(e.alternate)];
		case 'LogicalExpression':
			return [...printedLiterals(e.left), ...printedLiterals(e.right)];
		default:
			return [];
	}
}

/** Literal user-visible text in one component's template. */
function findHardcoded(source: string): Finding[] {
	const ast = parse(source, { modern: true });
	const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
	const out: Finding[] = [];
	const report = (start: number, what: string, text: string) => {
		if (HAS_LETTER.test(text)) out.push({ line: lineOf(start), what, text: text.trim() });
	};
	const visit = (v: unknown): void => {
		if (Array.isArray(v)) return v.forEach(visit);
		if (!isNode(v)) return;
		if (v.type === 'Text') return report(v.start, 'text', String(v.data));
		if (v.type === 'ExpressionTag') {
			for (const l of printedLiterals(v.expression)) report(l.start, 'expression', l.text);
			return;
		}
		if (v.type === 'Attribute') {
			if (!USER_FACING.has(String(v.name)) || (!isNode(v.value) && !Array.isArray(v.value))) return;
			for (const part of [v.value].flat() as Node[]) {
				if (part.type === 'Text') report(part.start, String(v.name), String(part.data));
				else if (part.type === 'ExpressionTag') for (const l of printedLiterals(part.expression)) report(l.start, String(v.name), l.text);
			}
			return;
		}
		// Comments, and directives (bind:, on:, class:, style:…), which hold no words for people.
		if (v.type === 'Comment' || v.type.endsWith('Directive')) return;
		// Template structure only: attributes, child fragments and block branches (never script or style).
		for (const [key, child] of Object.entries(v)) {
			if (key === 'expression' || key === 'test' || key === 'context' || key === 'key' || key === 'metadata') continue;
			if (typeof child === 'object') visit(child);
		}
	};
	visit(ast.fragment);
	return out;
}

function svelteFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return svelteFiles(path);
		return e.name.endsWith('.svelte') ? [path] : [];
	});
}

describe('the scanner', () => {
	it.each([
		['<p>Xin chào</p>', [{ line: 1, what: 'text', text: 'Xin chào' }]],
		['<button aria-label="Close">×</button>', [{ line: 1, what: 'aria-label', text: 'Close' }]],
		['<input\n  placeholder="Tìm {x}" />', [{ line: 2, what: 'placeholder', text: 'Tìm' }]],
		['{#if a}<b>{a}</b>{:else}\n<i>none</i>{/if}', [{ line: 2, what: 'text', text: 'none' }]],
		['<span>{ok ? \'Có\' : t("no")}</span>', [{ line: 1, what: 'expression', text: 'Có' }]],
		['<img alt={`Bản đồ ${n}`} src="x.png" />', [{ line: 1, what: 'alt', text: 'Bản đồ' }]]
	])('finds literal text in %s', (source, expected) => {
		expect(findHardcoded(source)).toEqual(expected);
	});

	it.each([
		'<p>{t("hello")}</p>',
		'<button type="button" class="close" aria-label={t("close")}>×</button>',
		'<span aria-hidden="true">▲ ↕ · — “{q}”</span>',
		'<div style:height="{h}px" data-testid="ranking-nodata"></div>',
		'<!-- a comment with words -->',
		'<script lang="ts">const s: string = "Một câu";</script><p>{s}</p><style>p::after { content: "x"; }</style>'
	])('accepts %s', (source) => {
		expect(findHardcoded(source)).toEqual([]);
	});
});

describe('every component takes its words from the message tables', () => {
	const root = join(import.meta.dirname, '..', '..');
	const files = svelteFiles(root).map((f) => relative(join(root, '..'), f));

	it('finds the components', () => {
		expect(files.length).toBeGreaterThan(10);
	});

	it.each(files)('%s has no hard-coded text', (file) => {
		const found = findHardcoded(readFileSync(join(root, '..', file), 'utf8')).map((f) => `${file}:${f.line} ${f.what} “${f.text}”`);
		expect(found).toEqual([]);
	});
});
