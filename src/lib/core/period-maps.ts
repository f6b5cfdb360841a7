/**
 * The two periods of a comparison as small maps side by side (issue 3): period A and period B, each a value map
 * of its own figures on the comparison's basis (per-year rates when the lengths differ), with one colour scale for
 * both so that equal colours mean equal values. Shown with the comparison map: where few provinces have both
 * periods, the difference map is mostly "not enough data", and these maps still show what each period has.
 */
import { t } from '../i18n';
import { classify, type ClassMethod } from './classify';
import type { Comparison } from './compare';
import { paintSelection, unitText, type LegendModel, type MapPaint } from './map-model';
import { periodLabel } from './period';
import type { Indicator, Lang, Source } from './types';

export interface PeriodMap {
	/** "2013–2023". */
	period: string;
	paint: MapPaint;
	/** "12/63 tỉnh có số liệu". */
	coverage: string;
}

export interface PeriodMaps {
	/** "Từng giai đoạn: 2013–2023 và 2015–2020, cùng thang màu". */
	heading: string;
	a: PeriodMap;
	b: PeriodMap;
	/** The shared scale: the classes, no data, and the notes of both maps. */
	legend: LegendModel;
}

/** Null when neither period has a figure (there is nothing to draw). */
export function paintPeriods(opts: {
	comparison: Comparison;
	method: ClassMethod;
	indicator: Indicator | undefined;
	sources: Map<string, Source>;
	lang: Lang;
}): PeriodMaps | null {
	const { comparison: cmp, indicator, sources, lang } = opts;
	const values = [...cmp.a.areas, ...cmp.b.areas].flatMap((area) => (area.value === null ? [] : [area.value]));
	if (values.length === 0) return null;
	const classes = classify(values, { method: opts.method });
	const side = (selection: Comparison['a']): PeriodMap => {
		const paint = paintSelection({ selection, classes, indicator, sources, lang });
		return { period: periodLabel(selection.period), paint, coverage: paint.legend.coverage };
	};
	const a = side(cmp.a);
	const b = side(cmp.b);
	const footnotes = [...new Set([...a.paint.legend.footnotes, ...b.paint.legend.footnotes])];
	if (cmp.perYearForced) footnotes.push(t(lang, 'periods.perYear'));
	// In the 34 view: a new province where only some former provinces reported, in either map (counts differ).
	const partial = [a, b].flatMap((m) => m.paint.legend.items).find((item) => item.kind === 'partial');
	const partialItem = partial ? [{ ...partial, label: t(lang, 'periods.partial') }] : [];
	return {
		heading: t(lang, 'periods.title', { a: a.period, b: b.period }),
		a,
		b,
		legend: {
			kind: 'sequential',
			title: a.paint.legend.title,
			subtitle: unitText(indicator, cmp.norm, lang),
			items: [
				...a.paint.legend.items.filter((item) => item.kind === 'value'),
				...partialItem,
				{ kind: 'missing', color: null, label: t(lang, 'map.noData') }
			],
			footnotes,
			coverage: ''
		}
	};
}
