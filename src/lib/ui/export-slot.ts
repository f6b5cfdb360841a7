/**
 * The page's image export menu (present/ExportMenu.svelte), handed by the page to the views that offer one, so
 * that no feature imports another: what to export, and the drawing's element on the page.
 */
import type { Snippet } from 'svelte';
import type { ExportTarget } from '$lib/core/slide-text';

export type ExportSlot = Snippet<[target: ExportTarget, element: () => HTMLElement | null | undefined]>;
