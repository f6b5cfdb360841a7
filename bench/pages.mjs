// When a view is shown, read off the page: the map's paint mark, the chart's data-ready attribute.

export async function mapReady(page) {
	await page.waitForSelector('path[data-code]', { timeout: 20_000 });
	await page.waitForFunction(() => performance.getEntriesByName('antq:map-painted').length > 0, null, { timeout: 20_000 });
}

/** The map is shown: the page time of its first `antq:map-painted` mark. */
export async function mapShown(page) {
	await mapReady(page);
	return page.evaluate(() => performance.getEntriesByName('antq:map-painted')[0].startTime);
}

/** A chart is shown: the page time when ECharts said it had finished (`data-ready`). */
export async function chartShown(page) {
	await page.waitForSelector('[data-ready="true"]', { timeout: 20_000 });
	return page.evaluate(() => performance.now());
}
