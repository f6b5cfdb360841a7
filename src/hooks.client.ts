/**
 * Unexpected errors while SvelteKit loads a page or navigates (errors inside the dashboard are caught by its
 * own error boundary in +page.svelte): logged for whoever investigates, and handed to +error.svelte, which
 * tells the reader what happened and offers the ways out. A link to a page that does not exist is not a bug
 * of ours, so a 404 is not logged.
 */
import type { HandleClientError } from '@sveltejs/kit';

export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status === 404) return { message };
	console.error(error);
	return { message: error instanceof Error ? error.message : message };
};
