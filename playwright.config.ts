import { defineConfig, devices } from '@playwright/test';
import { CHROME, CHROME_FLAGS } from './scripts/chromium.mjs';

// E2E_PORT lets several checkouts on one machine run their end-to-end suites at once.
const PORT = Number(process.env.E2E_PORT) || 4173;

/** End-to-end tests in Debian's Chromium (Playwright cannot download browsers here) against the built site. */
export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: 2,
	// CI has two cores for Chromium, the server and the runner: a test starved there gets one more try,
	// and the report still lists it as flaky. A test that fails twice fails the run.
	retries: process.env.CI ? 1 : 0,
	expect: { timeout: 10_000 },
	reporter: process.env.PW_JSON_OUTPUT ? [['list'], ['json', { outputFile: process.env.PW_JSON_OUTPUT }]] : 'list',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		...devices['Desktop Chrome'],
		launchOptions: { executablePath: CHROME, args: CHROME_FLAGS }
	},
	webServer: {
		command: `node scripts/serve.mjs --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 30_000
	}
});
