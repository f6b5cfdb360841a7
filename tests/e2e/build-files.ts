/** The built site's files, read from Vite's manifest (written by `npm run build`, which the end-to-end tests run after). */
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')) as Record<
	string,
	{ file: string; css?: string[] }
>;

/** The files (each chunk and its stylesheets) of the modules whose source path passes `test`. */
export function builtFiles(test: (src: string) => boolean): string[] {
	return Object.entries(manifest)
		.filter(([src]) => test(src))
		.flatMap(([, chunk]) => [chunk.file, ...(chunk.css ?? [])]);
}
