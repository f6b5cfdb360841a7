// Lighthouse 12 in Debian's Chromium. Installed on first use into bench/.lighthouse (a scratch folder,
// not a project dependency: Lighthouse 13 needs Node 22, and the app does not depend on it).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME, CHROME_FLAGS } from './browser.mjs';

const DIR = join(import.meta.dirname, '.lighthouse');
const BIN = join(DIR, 'node_modules', '.bin', 'lighthouse');

export function ensureLighthouse() {
	if (existsSync(BIN)) return;
	mkdirSync(DIR, { recursive: true });
	console.log('Installing Lighthouse 12 into bench/.lighthouse …');
	execFileSync('npm', ['install', '--prefix', DIR, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', 'lighthouse@12'], {
		stdio: ['ignore', 'ignore', 'inherit']
	});
}

/**
 * One Lighthouse performance run; `preset` is 'mobile' (default: a phone simulated from an unthrottled load),
 * 'mobile-applied' (the same phone with the network and CPU really slowed while the page loads,
 * `--throttling-method=devtools`: slower and noisier, but its paints are the page's, not a replay of localhost's
 * timings) or 'desktop'.
 */
export function lighthouse(url, preset) {
	const args = [
		url,
		'--quiet',
		'--only-categories=performance',
		'--output=json',
		'--output-path=stdout',
		`--chrome-flags=--headless=new ${CHROME_FLAGS.join(' ')}`
	];
	if (preset === 'desktop') args.push('--preset=desktop');
	if (preset === 'mobile-applied') args.push('--throttling-method=devtools');
	const r = spawnSync(BIN, args, { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`lighthouse failed: ${r.stderr.slice(-500)}`);
	const report = JSON.parse(r.stdout);
	if (report.runtimeError) throw new Error(`lighthouse: ${report.runtimeError.message}`);
	const a = report.audits;
	return {
		score: report.categories.performance.score,
		fcpMs: a['first-contentful-paint'].numericValue,
		lcpMs: a['largest-contentful-paint'].numericValue,
		tbtMs: a['total-blocking-time'].numericValue,
		cls: a['cumulative-layout-shift'].numericValue,
		lcpElement: lcpElement(a['largest-contentful-paint-element'])
	};
}

/** What Lighthouse saw as the largest contentful paint: the element's selector and the start of its text. */
function lcpElement(audit) {
	const node = audit?.details?.items?.[0]?.items?.[0]?.node;
	if (!node) return 'n/a';
	const text = (node.nodeLabel ?? '').replace(/\s+/g, ' ').slice(0, 40);
	return `${node.selector ?? node.snippet ?? '?'} “${text}”`;
}
