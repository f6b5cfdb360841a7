/**
 * The Content-Security-Policy of the built site (svelte.config.js `kit.csp`): present in the HTML every URL
 * is served (build/200.html, the SPA fallback — there is no separate index.html), allowing only the site's
 * own scripts, and enforced by the browser: eval, new Function and injected inline scripts do not run.
 */
import { readFileSync } from 'node:fs';
import { expect, mapReady, test } from './fixtures';

/** The policy of an HTML page, as directive → sources. */
function policyOf(html: string): Map<string, string[]> {
	const m = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
	expect(m, 'CSP meta tag').not.toBeNull();
	return new Map(
		(m?.[1] ?? '')
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name = '', ...sources]) => [name, sources])
	);
}

function expectStrictPolicy(html: string): void {
	const policy = policyOf(html);
	const scripts = policy.get('script-src') ?? [];
	expect(scripts).toContain("'self'");
	// Only our own files and the hash of Kit's one inline bootstrap script; no eval, no inline code, no other origin.
	for (const s of scripts) expect(s).toMatch(/^('self'|'sha256-[A-Za-z0-9+/=]+')$/);
	expect(policy.get('default-src')).toEqual(["'self'"]);
	expect(policy.get('object-src')).toEqual(["'none'"]);
	expect(policy.get('base-uri')).toEqual(["'self'"]);
	expect(policy.get('connect-src')).toEqual(["'self'"]);
	// No directive names another origin (http:, https: or a host).
	for (const [name, sources] of policy) {
		for (const s of sources) expect(s, name).toMatch(/^('[a-z0-9-]+'|'sha256-[A-Za-z0-9+/=]+'|data:|blob:)$/);
	}
}

test('the built fallback page carries a strict CSP, and so does every URL served', async ({ request }) => {
	expectStrictPolicy(readFileSync('build/200.html', 'utf8'));
	for (const path of ['/', '/?lang=en&view=table', '/embed']) {
		const res = await request.get(path);
		expect(res.ok()).toBe(true);
		expectStrictPolicy(await res.text());
	}
});

/**
 * A script of our own origin that tries eval and new Function and reports what happened. It has to be a real
 * script: code that Playwright's `page.evaluate` runs comes from DevTools, which CSP does not restrict.
 */
const PROBE = `
	const out = {};
	for (const [name, run] of [['eval', () => eval('1 + 1')], ['function', () => new Function('return 2')()]]) {
		try { out[name] = String(run()); } catch (e) { out[name] = e instanceof EvalError ? 'EvalError' : String(e); }
	}
	window.__probe = out;
`;

test('the site runs under its policy, which refuses eval and injected scripts', async ({ page, watch }) => {
	await page.route('**/csp-probe.js', (route) => route.fulfill({ contentType: 'text/javascript', body: PROBE }));
	await page.goto('/');
	await mapReady(page);
	await page.evaluate(() => {
		const w = window as { __violations?: string[] };
		w.__violations = [];
		document.addEventListener('securitypolicyviolation', (e) => w.__violations?.push(`${e.effectiveDirective} ${e.blockedURI}`));
	});

	// A script file of our own origin may run ('self'), but it cannot turn strings into code.
	await page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const s = document.createElement('script');
				s.src = '/csp-probe.js';
				s.onload = resolve;
				s.onerror = reject;
				document.body.append(s);
			})
	);
	expect(await page.evaluate(() => (window as { __probe?: unknown }).__probe)).toEqual({ eval: 'EvalError', function: 'EvalError' });

	// An inline script put into the page (as injected HTML would) does not run.
	await page.evaluate(() => {
		const s = document.createElement('script');
		s.textContent = 'window.__injected = true';
		document.body.append(s);
	});
	expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();

	await expect
		.poll(() => page.evaluate(() => (window as { __violations?: string[] }).__violations))
		.toEqual(['script-src eval', 'script-src eval', 'script-src-elem inline']);
	// Chromium logs refusals as console errors (the inline script's always, caught evals not always): provoked
	// here on purpose, so taken out of the watch once the last one has arrived. Any other error still fails.
	await expect.poll(() => watch.errors.some((e) => /^Executing inline script violates .*Content Security Policy/.test(e))).toBe(true);
	for (let i = watch.errors.length - 1; i >= 0; i--) {
		if (/violates the following Content Security Policy/.test(watch.errors[i] ?? '')) watch.errors.splice(i, 1);
	}
});
