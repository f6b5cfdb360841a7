// Debian's Chromium driven by Playwright, as the end-to-end tests drive it.
import { chromium } from '@playwright/test';
import { CHROME, CHROME_FLAGS } from '../scripts/chromium.mjs';

export { CHROME, CHROME_FLAGS };

export function launch() {
	return chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });
}
