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
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'bench/.lighthouse/', 'test-results/', 'playwright-report/'] }
);
