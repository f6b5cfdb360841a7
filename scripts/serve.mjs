// Serves the built site (build/) on 127.0.0.1 as a static host would: precompressed brotli/gzip files,
// SPA fallback to 200.html. Usage: node scripts/serve.mjs [--port 4173]. Without --port, a taken port is said
// plainly and the next free one is used; with --port (the end-to-end tests), a taken port is an error.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import sirv from 'sirv';

const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const fixedPort = portArg >= 0;
const firstPort = Number(fixedPort ? args[portArg + 1] : process.env.PORT || 4173);
/** How many ports after the first are tried when it is taken. */
const TRIES = 20;
const host = process.env.HOST || '127.0.0.1';

if (!existsSync('build/200.html')) {
	console.error('build/ is missing: run `npm run build` first.');
	process.exit(1);
}

const assets = sirv('build', {
	single: '200.html',
	brotli: true,
	gzip: true,
	etag: true,
	setHeaders(res, pathname) {
		// Hashed bundles never change; everything else (HTML, data) is revalidated.
		res.setHeader('Cache-Control', pathname.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache');
	}
});

function listen(port) {
	const server = createServer((req, res) => assets(req, res));
	server.once('error', (e) => {
		if (e.code !== 'EADDRINUSE') throw e;
		if (fixedPort || port - firstPort >= TRIES) {
			console.error(
				`Port ${port} is already in use${fixedPort ? '' : ` (and the ${TRIES} after ${firstPort})`}: stop what uses it, or set PORT=<another port>.`
			);
			process.exit(1);
		}
		console.log(`Port ${port} is already in use; trying ${port + 1}.`);
		listen(port + 1);
	});
	server.listen(port, host, () => console.log(`ANTQ Atlas: http://${host}:${port}/`));
}

listen(firstPort);
