// Runs every test the project has, in order — type-check, lint, format check, data check, unit tests, build, end-to-end in
// Chromium — and ends with one line "N passed, N failed". Type-check, lint, format check, data check and build count as one
// test each; Vitest and Playwright report their own counts. Exits non-zero on any failure or if no test ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tmp = mkdtempSync(join(tmpdir(), 'antq-test-'));
let passed = 0;
let failed = 0;

function run(title, cmd, args, env = {}) {
	console.log(`\n▶ ${title}: ${cmd} ${args.join(' ')}`);
	const r = spawnSync(cmd, args, {
		stdio: 'inherit',
		env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...env }
	});
	return r.status === 0;
}

function step(title, cmd, args) {
	const ok = run(title, cmd, args);
	if (ok) passed++;
	else failed++;
	return ok;
}

/** Adds the counts of a JSON report; a missing report after a failed run counts as one failure. */
function countReport(file, ok, count) {
	if (!existsSync(file)) {
		failed++;
		return;
	}
	const [p, f] = count(JSON.parse(readFileSync(file, 'utf8')));
	passed += p;
	failed += f;
	if (!ok && f === 0) failed++;
}

const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(chrome)) run('install Chromium', 'bash', ['scripts/ensure-chromium.sh']);

step('type-check', 'npm', ['run', '--silent', 'check']);
step('lint', 'npm', ['run', '--silent', 'lint']);
step('format check', 'npm', ['run', '--silent', 'format:check']);
step('data check', 'npm', ['run', '--silent', 'data:check']);

const unitReport = join(tmp, 'vitest.json');
const unitOk = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);
countReport(unitReport, unitOk, (r) => [r.numPassedTests, r.numFailedTests]);

if (step('build', 'npm', ['run', '--silent', 'build'])) {
	const e2eReport = join(tmp, 'playwright.json');
	const e2eOk = run('end-to-end (Chromium)', 'npx', ['playwright', 'test'], { PW_JSON_OUTPUT: e2eReport, CI: '1' });
	countReport(e2eReport, e2eOk, (r) => [r.stats.expected + r.stats.flaky, r.stats.unexpected]);
} else {
	failed++;
	console.log('end-to-end tests not run: the build failed');
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
