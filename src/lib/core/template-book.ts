/**
 * The template as a workbook (written by ./xlsx-write.ts): an instructions sheet in Vietnamese (and English
 * when the page is in English), the data sheet — header frozen and styled, codes as text, the same rows as
 * the CSV template (./template.ts) — and a hidden sheet recording what the template asks for
 * (./template-meta.ts), so that its import never has to guess the era, the indicators or the province.
 * The instructions are file content, kept here rather than in the page's messages.
 */
import type { Indicator } from './types';
import { templateHeader, templateRows, TEMPLATE_PERIODS, templateUnits, type TemplateSpec } from './template';
import { META_SHEET, metaRows, TEMPLATE_VERSION, type TemplateMeta } from './template-meta';
import type { BookCell, BookSheet } from './xlsx-write';

export const DATA_SHEET = { vi: 'Số liệu', en: 'Data' } as const;
const GUIDE_SHEET = { vi: 'Hướng dẫn', en: 'Instructions' } as const;

const ERA_TEXT = {
	'63': { vi: '63 tỉnh, thành phố (trước 1/7/2025)', en: '63 provinces (before 1 July 2025)' },
	'34': { vi: '34 tỉnh, thành phố (từ 1/7/2025)', en: '34 provinces (from 1 July 2025)' }
} as const;

const GUIDE_VI = (data: string) => [
	`Điền số liệu ở trang “${data}”: mỗi dòng là một tỉnh trong một giai đoạn, mỗi cột là một chỉ tiêu (danh sách bên dưới).`,
	'Giữ nguyên dòng tiêu đề, mã tỉnh, tên tỉnh và giai đoạn đã điền sẵn; không đổi tên hay xóa các trang của tệp.',
	'Ô để trống nghĩa là chưa có số liệu, không phải 0. Chỉ ghi 0 khi số liệu thật sự bằng 0.',
	'Ghi số như trong báo cáo: 4.378 hoặc 4378; số thập phân 1,5. Số ước lượng ghi “trên 44.000” (≥) hoặc “gần 7.000” (≈).',
	'Cột Nguồn: văn bản có số liệu (ví dụ “Báo cáo số 12/BC-CAT ngày 05/01/2024”). Cột Ghi chú: giải thích thêm nếu cần.',
	'Không cần dòng tổng cộng; dòng “Tổng cộng”, “Cộng” hay “Toàn tỉnh” không được nhập như một tỉnh.',
	'Ô công thức được đọc theo giá trị đã tính; ô báo lỗi (#REF!, #DIV/0!, #N/A) được báo lại từng ô, không bao giờ tính là 0.',
	'Lưu tệp (.xlsx; .xls, .ods hoặc CSV cũng được) rồi gửi lại hoặc nhập ở mục “Nhập số liệu” của trang bản đồ.'
];

const GUIDE_EN = (data: string) => [
	`Fill in the “${data}” sheet: each row is one province in one period, each column one indicator (listed below).`,
	'Keep the header row and the pre-filled codes, names and periods; do not rename or delete the sheets.',
	'A blank cell means no data, never 0. Write 0 only when the figure really is 0.',
	'Write numbers as in the report: 4,378 or 4378; decimals 1.5. Estimates as “over 44,000” (≥) or “about 7,000” (≈).',
	'Source column: the document holding the figure; Note column: anything worth explaining.',
	'No total row is needed; rows such as “Tổng cộng”, “Cộng” or “Toàn tỉnh” are never imported as a province.',
	'Formulas are read by their computed value; error cells (#REF!, #DIV/0!, #N/A) are reported cell by cell, never read as 0.',
	'Save the file (.xlsx; .xls, .ods or CSV also work) and send it back, or import it with “Import data” on the map page.'
];

function indicatorRows(indicators: Indicator[], lang: 'vi' | 'en'): BookCell[][] {
	const head =
		lang === 'vi' ? ['Mã', 'Chỉ tiêu', 'Đơn vị', 'Cách đếm', 'Định nghĩa'] : ['Id', 'Indicator', 'Unit', 'Counted', 'Definition'];
	const measure = (m: string) =>
		lang === 'vi'
			? m === 'flow'
				? 'trong giai đoạn'
				: 'số hiện có cuối giai đoạn'
			: m === 'flow'
				? 'over the period'
				: 'standing at the period end';
	return [
		head.map((text) => ({ text, style: 'header' as const })),
		...indicators.map((i) =>
			lang === 'vi'
				? [i.id, i.label_vi, i.unit_vi, measure(i.measure), { text: i.definition_vi, style: 'plain' as const }]
				: [i.id, i.label_en, i.unit_en, measure(i.measure), { text: i.definition_en, style: 'plain' as const }]
		)
	];
}

/** The template's meta record. */
export function templateMeta(spec: TemplateSpec): TemplateMeta {
	return {
		version: TEMPLATE_VERSION,
		era: spec.era ?? '63',
		indicators: spec.indicators.map((i) => i.id),
		periods: [...(spec.periods ?? TEMPLATE_PERIODS[spec.era ?? '63'])],
		province: spec.only ?? null
	};
}

/** The template's sheets: instructions, data, meta (hidden). */
export function templateBook(spec: TemplateSpec): BookSheet[] {
	const { indicators, lang } = spec;
	const era = spec.era ?? '63';
	const data = DATA_SHEET[lang];
	const unit = spec.only === undefined ? null : templateUnits(spec.provinces, era).find((u) => u.code === spec.only);
	const title = (l: 'vi' | 'en') =>
		l === 'vi'
			? `Mẫu số liệu phong trào Toàn dân bảo vệ an ninh Tổ quốc — ${unit ? `${unit.code} ${unit.name}` : ERA_TEXT[era].vi}`
			: `ANTQ Atlas data template — ${unit ? `${unit.code} ${unit.name}` : ERA_TEXT[era].en}`;
	const guide: BookCell[][] = [
		[{ text: title('vi'), style: 'title' }],
		...GUIDE_VI(data).map((line, i) => [`${i + 1}. ${line}`]),
		[
			`Mẫu phiên bản ${TEMPLATE_VERSION}; mã tỉnh theo ${ERA_TEXT[era].vi}; giai đoạn: ${(spec.periods ?? TEMPLATE_PERIODS[era]).join(', ')}.`
		],
		[],
		...indicatorRows(indicators, 'vi')
	];
	if (lang === 'en')
		guide.push(
			[],
			[{ text: title('en'), style: 'title' }],
			...GUIDE_EN(data).map((line, i) => [`${i + 1}. ${line}`]),
			[],
			...indicatorRows(indicators, 'en')
		);
	const header = templateHeader(indicators, lang, era).map((text) => ({ text, style: 'header' as const }));
	const blanks = indicators.map(() => null);
	const rows: BookCell[][] = templateRows(spec).map(({ unit: u, period }) => [{ code: u.code }, u.name, period, ...blanks, null, null]);
	return [
		{ name: GUIDE_SHEET[lang], rows: guide, widths: [18, 34, 18, 24, 80] },
		{
			name: data,
			rows: [header, ...rows],
			widths: [9, 22, 12, ...indicators.map(() => 16), 36, 28],
			frozenRows: 1
		},
		{ name: META_SHEET, rows: metaRows(templateMeta(spec)).map(([k, v]) => [k, v]), hidden: true }
	];
}
