/** Offering generated files (CSV, PNG, SVG) as downloads — the one browser helper every feature uses. */

/** Offer a Blob as a file download (its URL released once the click has been handled). */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Offer text as a file download. */
export function downloadText(fileName: string, text: string, type: string): void {
	downloadBlob(new Blob([text], { type }), fileName);
}
