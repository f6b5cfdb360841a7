import type { MessageKey } from './vi';

/** English UI messages; every Vietnamese key must exist here (checked by the type and by a test). */
export const en: Record<MessageKey, string> = {
	'app.title': 'ANTQ Atlas',
	'app.tagline': 'Province figures of the movement "All people protect national security"',
	'app.loading': 'Loading data…',
	'app.loadError': 'Could not load the data: {message}',
	'app.retry': 'Retry',
	'lang.switch': 'Tiếng Việt',
	'lang.switchLabel': 'Switch to Vietnamese',

	'controls.label': 'Choose figures',
	'controls.indicator': 'Indicator',
	'controls.period': 'Period',
	'controls.periodOption': '{period} ({n}/{total} provinces)',
	'controls.periodNational': '{period} (national figure)',
	'controls.norm': 'Measure',
	'controls.units': 'Administrative units',
	'controls.classes': 'Classes',

	'family.models': 'Models and exemplars',
	'family.tips': 'Tips and reports',
	'family.awards': 'Awards',
	'family.outreach': 'Outreach',
	'family.other': 'Other',

	'norm.total': 'Total',
	'norm.per_year': 'Per year',
	'norm.per_100k': 'Per 100,000 people',
	'units.63': '63 provinces (before 1 July 2025)',
	'units.34': '34 provinces (from 1 July 2025)',
	'classes.quantile': 'Quantiles',
	'classes.equal': 'Equal intervals',
	'classes.jenks': 'Natural breaks (Jenks)',

	'legend.title': 'Legend',
	'legend.noData': 'No data ({n}/{total})',
	'legend.partial': 'Some former provinces reported ({n})',
	'legend.atLeast': '≥ at least (lower bound): the source says "over", "more than"',
	'legend.approx': '≈ about: the source says "nearly", "about"',
	'legend.unitTotal': '{unit}, {period}',
	'legend.unitPerYear': '{unit} per year, {period}',
	'legend.unitPer100k': '{unit} per 100,000 people ({year} population), {period}',

	'map.label': 'Map of {indicator}, {period}',
	'map.attribution': 'Boundaries: Vietnam Department of Survey, Mapping and Geographic Information via Open Development Mekong, CC BY-SA 4.0, simplified.',
	'map.hoangSa': 'Hoang Sa Is. (Da Nang)',
	'map.truongSa': 'Truong Sa Is. (Khanh Hoa)',
	'map.reset': 'Whole country',
	'map.noData': 'No data',
	'map.areaLabel': '{name}: {value} {unit}, {period}',
	'map.areaNoData': '{name}: no data, {period}',

	'coverage.count': '{n}/{total} provinces with data',

	'url.problem': 'The link parameter “{param}={value}” is not valid; the default is used.',
	'url.dismiss': 'Dismiss'
};
