// The benchmark's builds and static servers: a build (timed), a free port, a served copy of build/.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function freePort() {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

/** Waits until `url` answers (the server has started). */
export async function waitForServer(url) {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`the server at ${url} did not start`);
}

/** `npm run build` in `root` (with `env` added), timed in ms; throws with its output if it fails. */
export function build(root, env = {}) {
	const t0 = Date.now();
	const b = spawnSync('npm', ['run', '--silent', 'build'], {
		cwd: root,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...env }
	});
	if (b.status !== 0) throw new Error(`build failed:\n${b.stdout}\n${b.stderr}`);
	return Date.now() - t0;
}

/** Serves a private copy of `root`/build on `port`; `stop()` ends the server and removes the copy. */
export async function serveCopy(root, port) {
	const scratch = mkdtempSync(join(tmpdir(), 'antq-bench-'));
	cpSync(join(root, 'build'), join(scratch, 'build'), { recursive: true });
	const server = spawn(process.execPath, [join(root, 'scripts', 'serve.mjs'), '--port', String(port)], { cwd: scratch, stdio: 'ignore' });
	await waitForServer(`http://127.0.0.1:${port}/`);
	return {
		base: `http://127.0.0.1:${port}`,
		stop: () => {
			server.kill();
			rmSync(scratch, { recursive: true, force: true });
		}
	};
}
