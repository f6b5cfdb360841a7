// Debian's Chromium (Playwright cannot download browsers here), with the flags this network needs: no sandbox
// as root, no GPU, no QUIC, no background requests. Shared by the end-to-end tests and the benchmark.
export const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
export const CHROME_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
