/**
 * The province panel's code (its component and its model), loaded when a panel is first wanted — opened, or the
 * pointer or keyboard focus comes to the map — not with the map itself (MapView.svelte). The province's figures and
 * texts come with the view (app.panelReady).
 */
import type { Attachment } from 'svelte/attachments';

export interface PanelCode {
	Panel: typeof import('./ProvincePanel.svelte').default;
	provincePanel: typeof import('./province-panel').provincePanel;
}

export class PanelCodeLoader {
	/** The code, once in. */
	code = $state.raw<PanelCode | null>(null);
	#loading: Promise<void> | null = null;

	/** Loads the code once; a failed load may be tried again. */
	load(): Promise<void> {
		this.#loading ??= Promise.all([import('./ProvincePanel.svelte'), import('./province-panel')]).then(
			([component, model]) => void (this.code = { Panel: component.default, provincePanel: model.provincePanel }),
			(e) => {
				this.#loading = null;
				throw e;
			}
		);
		return this.#loading;
	}

	/** On a map's box: the code is fetched ahead the first time the pointer enters it or focus comes into it. */
	readonly warmOn: Attachment<HTMLElement> = (el) => {
		const warm = () => void this.load().catch(() => undefined);
		el.addEventListener('pointerenter', warm, { once: true });
		el.addEventListener('focusin', warm, { once: true });
		return () => {
			el.removeEventListener('pointerenter', warm);
			el.removeEventListener('focusin', warm);
		};
	};
}
