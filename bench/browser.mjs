// Debian's Chromium driven by Playwright, with the flags this network needs (no background requests).
import { chromium } from '@playwright/test';

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

export function launch() {
	return chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });
}
