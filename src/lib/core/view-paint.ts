/**
 * What the map of a view paints, decided once for every place that draws it (the Leaflet map, exports,
 * slides, embeds, print): the coverage and reporting modes first (by core/coverage-view.ts, which the caller passes
 * once its code is in), then a comparison when `compare` is set, else the values. Also the archipelago labels in
 * the view's language.
 */
import type { Classes, DivergingClasses } from './classify';
import type { Comparison } from './compare';
import type { Dataset } from './dataset';
import type { CoveragePainter } from './coverage-view';
import type { MapPaint } from './map-paint';
import { paintComparison, paintSelection } from './value-paint';
import type { Selection } from './select';
import type { MapLabelPoint } from './svg-map';
import type { Lang } from './types';
import type { ViewState } from './view-state';
import { t } from '../i18n';

export function paintView(opts: {
	ds: Dataset;
	view: ViewState;
	selection: Selection | null;
	comparison: Comparison | null;
	classes: Classes | DivergingClasses | null;
	lang: Lang;
	/** The indicators an imported round asked for (reporting mode); else those with figures. */
	round?: string[];
	/** How the coverage and reporting modes are painted (core/coverage-view.ts); until it is given, they paint nothing. */
	coverage?: CoveragePainter | null;
}): MapPaint | null {
	const { ds, view: v, selection, comparison, classes, lang, round, coverage } = opts;
	const indicator = ds.indicatorById.get(v.indicator);
	if (v.mode !== 'value') return coverage ? coverage({ ds, view: v, lang, round }) : null;
	if (!classes) return null;
	if (comparison && 'centerClass' in classes) return paintComparison({ comparison, classes, change: v.change, indicator, lang });
	return selection && paintSelection({ selection, classes, indicator, sources: ds.sourceById, lang });
}

/** The shipped label points (`archipelagos.json`). */
export interface ArchipelagoFeatures {
	features: { properties: { name: string; name_en: string; province_code: string }; geometry: { coordinates: [number, number] } }[];
}

/** "QĐ. Hoàng Sa" / "(Đà Nẵng)": the archipelago's name and the province it belongs to, in the view's language. */
export function archipelagoLabels(opts: { archipelagos: ArchipelagoFeatures; ds: Dataset; lang: Lang }): MapLabelPoint[] {
	const { archipelagos, ds, lang } = opts;
	const names: Record<string, string> = { '48': t(lang, 'map.hoangSa'), '56': t(lang, 'map.truongSa') };
	return archipelagos.features.map((f) => {
		const code = f.properties.province_code;
		const p = ds.provinceByCode.get(code);
		const province = p ? (lang === 'vi' ? p.name : p.name_en) : code;
		return {
			lng: f.geometry.coordinates[0],
			lat: f.geometry.coordinates[1],
			lines: [names[code] ?? (lang === 'vi' ? f.properties.name : f.properties.name_en), t(lang, 'map.archipelagoOf', { province })]
		};
	});
}
