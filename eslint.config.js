// ESLint: the recommended rules of JavaScript, typescript-eslint and eslint-plugin-svelte, no warning allowed
// (`npm run lint`, part of `npm test`). Where a rule is turned off or narrowed, the reason is beside it.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } }
	},
	{
		rules: {
			// TypeScript checks names itself (svelte-check); ESLint's own rule does not know type-only globals such as GeoJSON.
			'no-undef': 'off',
			// A leading underscore names what a destructuring leaves out on purpose ({ quote: _quote, ...lean }).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }
			],
			// The Sets, Maps, URLs and Dates it flags are local to one call or replaced whole in a $state.raw, never
			// mutated where a view reads them: Svelte's reactive versions would only cost.
			'svelte/prefer-svelte-reactivity': 'off',
			// The site is served at any folder with no base path: its links are query strings of the page, article
			// addresses or downloads, which resolve() would not change.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		// Small files with one job: no source file over 400 lines, no function over 80 without the reason written
		// above it (an eslint-disable comment with its `--` description). Message tables and specs are lists of cases.
		files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.svelte'],
		ignores: ['**/*.spec.ts', 'src/lib/i18n/messages/**', 'tests/**'],
		rules: {
			'max-lines': ['error', { max: 400 }],
			'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }]
		}
	},
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'bench/.lighthouse/', 'test-results/', 'playwright-report/'] }
);
