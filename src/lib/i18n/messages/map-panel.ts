/** Messages of the province panel and of a figure's wording (scope, period, note): loaded with the panel and the evidence (they register themselves). */
import { defineMessages } from '../define';
import { addMessages } from '../index';

export const mapPanel = defineMessages(
	{
		'panel.close': 'Đóng',
		'panel.current': '{indicator}, {period}',
		'panel.afterMerger': 'Sau sáp nhập (từ 1/7/2025), là một phần của {name}',
		'panel.afterSame': 'Từ 1/7/2025 (cùng địa giới)',
		'panel.ownSection': 'Số liệu của tỉnh mới (từ 1/7/2025)',
		'panel.ownFigure': 'số liệu của tỉnh mới',
		'panel.ownLikely': 'có thể là số liệu của tỉnh mới',
		'panel.partsSum': 'Tổng các tỉnh cũ: {value} ({parts})',
		'panel.ownDiffers': 'Các nguồn khác nhau: số của tỉnh mới được vẽ, không cộng với tổng các tỉnh cũ.',
		'panel.constituents': 'Gồm các tỉnh cũ',
		'panel.noFacts': 'Chưa có số liệu nào có nguồn.',
		'panel.onMap': 'đang trên bản đồ',
		'panel.sourcesDiffer': 'Các nguồn khác nhau',
		'panel.parts': 'Cùng một bài, {n} phần cộng lại: {value}',
		'panel.open': 'Xem bài gốc',
		'scope.province': 'Toàn tỉnh',
		'scope.national': 'Toàn quốc',
		'scope.district': 'Cấp huyện: {name}',
		'scope.block': 'Khối, ngành: {name}',
		'scope.region': 'Vùng: {name}',
		'scope.commune': 'Cấp xã (từ 1/7/2025): {name}',
		'scope.merged': 'Tỉnh mới sau sáp nhập, gồm {names}',
		'scope.mergedLikely': 'Có thể là tỉnh mới sau sáp nhập (gồm {names}): bài đăng sau 1/7/2025 không nói rõ địa bàn',
		'scope.other': 'Phạm vi: {name}',
		'fact.noPeriod': 'không nêu giai đoạn',
		'fact.recordedPeriod': 'Giai đoạn ghi nhận: {label}',
		'fact.note': 'Ghi chú: {note}'
	},
	{
		'panel.close': 'Close',
		'panel.current': '{indicator}, {period}',
		'panel.afterMerger': 'After the merger (from 1 July 2025), as part of {name}',
		'panel.afterSame': 'From 1 July 2025 (same territory)',
		'panel.ownSection': 'The new province’s own figures (from 1 July 2025)',
		'panel.ownFigure': 'the new province’s own figure',
		'panel.ownLikely': 'probably the new province’s own figure',
		'panel.partsSum': 'Sum of the former provinces: {value} ({parts})',
		'panel.ownDiffers': 'Sources differ: the new province’s own figure is drawn, never added to the former provinces’ sum.',
		'panel.constituents': 'Former provinces',
		'panel.noFacts': 'No sourced figures yet.',
		'panel.onMap': 'on the map',
		'panel.sourcesDiffer': 'Sources differ',
		'panel.parts': 'One article, {n} parts added up: {value}',
		'panel.open': 'Open the article',
		'scope.province': 'Whole province',
		'scope.national': 'National',
		'scope.district': 'District: {name}',
		'scope.block': 'Sector: {name}',
		'scope.region': 'Region: {name}',
		'scope.commune': 'Commune or ward (from 1 July 2025): {name}',
		'scope.merged': 'New province after the merger, comprising {names}',
		'scope.mergedLikely':
			'Probably the new province after the merger (comprising {names}): an article after 1 July 2025 that does not say which territory',
		'scope.other': 'Scope: {name}',
		'fact.noPeriod': 'period not stated',
		'fact.recordedPeriod': 'Period as recorded: {label}',
		'fact.note': 'Note: {note}'
	}
);
addMessages(mapPanel);
