import { chromium } from '@playwright/test';
import { CHROME, CHROME_FLAGS } from '/work/wt/eras/scripts/chromium.mjs';
const [,, path, w, h, out, click] = process.argv;
const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
const errors = [];
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
page.on('pageerror', (e) => errors.push(e.message));
await page.goto(`http://127.0.0.1:4201${path}`);
await page.waitForSelector('path[data-code]', { timeout: 15000 });
await page.waitForTimeout(1500);
if (click) { await page.locator(click).first().click(); await page.waitForTimeout(1500); }
await page.screenshot({ path: out, fullPage: false });
console.log('url', page.url());
console.log('errors', JSON.stringify(errors));
const labels = await page.locator('path[data-code]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')).filter((l) => l && !/chưa có/.test(l)));
console.log(labels.join('\n'));
await browser.close();
