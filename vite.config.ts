import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { antqData } from './scripts/vite-plugin-data';

export default defineConfig({
	plugins: [antqData(), sveltekit()],
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node'
	}
});
