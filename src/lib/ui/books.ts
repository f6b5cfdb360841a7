/**
 * Workbooks and zips offered as downloads (templates, the data package), made by book.worker.ts so that the
 * page never runs the writers and stays responsive while 63 templates are written.
 */
import { downloadBlob } from './download';
import type { BookJob, BookReply } from './book-protocol';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Run one job in a fresh worker; `onProgress` hears about each template of a zip. */
export function makeBook(job: BookJob, onProgress?: (done: number, total: number) => void): Promise<Uint8Array> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./book.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (e: MessageEvent<BookReply>) => {
			const msg = e.data;
			if (msg.type === 'progress') {
				onProgress?.(msg.done, msg.total);
				return;
			}
			worker.terminate();
			if (msg.type === 'done') resolve(msg.bytes);
			else reject(new Error(msg.message));
		};
		worker.onerror = (e) => {
			worker.terminate();
			reject(new Error(e.message || 'worker'));
		};
		worker.postMessage(job);
	});
}

/** Make the file and offer it as a download (`.xlsx` or `.zip` by its name). */
export async function downloadBook(job: BookJob, fileName: string, onProgress?: (done: number, total: number) => void): Promise<void> {
	const bytes = await makeBook(job, onProgress);
	const type = fileName.endsWith('.zip') ? 'application/zip' : XLSX_TYPE;
	downloadBlob(new Blob([bytes as BlobPart], { type }), fileName);
}
