/**
 * Writes workbooks and zips off the main thread: the template (all provinces), one template per province zipped
 * together, and the data package. `write-excel-file` and `fflate` load only here. In a worker the page's
 * Content-Security-Policy does not apply, so fflate may compress a large sheet in workers of its own.
 * Created by books.ts for one job and terminated when it is done.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { dataPackage } from '$lib/core/data-package';
import { templateUnits } from '$lib/core/template';
import { templateBook } from '$lib/core/template-book';
import { writeBook } from '$lib/core/xlsx-write';
import type { BookJob, BookReply } from './book-protocol';

const scope = self as unknown as {
	postMessage(msg: BookReply, transfer?: Transferable[]): void;
	onmessage: ((e: MessageEvent<BookJob>) => void) | null;
};

/** Already-compressed entries (.xlsx) are stored, not deflated again. */
const STORED = { level: 0 } as const;

async function run(job: BookJob): Promise<Uint8Array> {
	if (job.type === 'template') return writeBook(templateBook(job.spec));
	if (job.type === 'templates') {
		const units = templateUnits(job.spec.provinces, job.spec.era ?? '63');
		const files: Zippable = {};
		for (const [i, u] of units.entries()) {
			files[`${job.name}-${u.code}-${u.slug}.xlsx`] = [await writeBook(templateBook({ ...job.spec, only: u.code })), STORED];
			scope.postMessage({ type: 'progress', done: i + 1, total: units.length });
		}
		return zipSync(files);
	}
	const pkg = dataPackage(job.tables);
	return zipSync({
		'facts.csv': strToU8(pkg.facts),
		'sources.csv': strToU8(pkg.sources),
		[`${job.name}.xlsx`]: [await writeBook(pkg.book), STORED],
		'README.txt': strToU8(job.readme)
	});
}

scope.onmessage = (e: MessageEvent<BookJob>) => {
	run(e.data).then(
		(bytes) => scope.postMessage({ type: 'done', bytes }, [bytes.buffer]),
		(err: unknown) => scope.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) })
	);
};
