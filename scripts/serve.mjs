// Serves the built site (build/) on 127.0.0.1 as a static host would: precompressed brotli/gzip files,
// SPA fallback to 200.html. Usage: node scripts/serve.mjs [--port 4173]
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import sirv from 'sirv';

const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = Number(portArg >= 0 ? args[portArg + 1] : process.env.PORT || 4173);
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

createServer((req, res) => assets(req, res)).listen(port, host, () => {
	console.log(`ANTQ Atlas: http://${host}:${port}/`);
});
