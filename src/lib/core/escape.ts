/**
 * Making data text safe where a library takes HTML (ECharts tooltips) or a link (evidence tables):
 * every string that comes from data, files or the URL goes through here.
 */

const HTML_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Text → HTML that shows exactly that text: `<b>` stays visible as `<b>`, never becomes markup. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/** The URL when it is an absolute http(s) link, else null (no `javascript:`, `data:` or relative links). */
export function safeHttpUrl(url: string): string | null {
	const trimmed = url.trim();
	if (!/^https?:\/\//i.test(trimmed)) return null;
	try {
		const u = new URL(trimmed);
		return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
	} catch {
		return null;
	}
}
