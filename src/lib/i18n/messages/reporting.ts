/**
 * Messages of who has reported and of publishing that the map's page shows: the reporting-status
 * mode, its legend and table, the data package button, the import badge's link and a round's file count.
 */
import { defineMessages } from '../define';

export const reporting = defineMessages(
	{
		'round.files': '{n} tệp',
		'round.showStatus': 'Xem bản đồ tình trạng gửi số liệu',
		'mode.reporting': 'Tình trạng gửi số liệu',
		'reporting.title': 'Tình trạng gửi số liệu',
		'reporting.subtitleRound': '{period}; {n} chỉ tiêu của mẫu trong đợt nhập',
		'reporting.subtitleData': '{period}; {n} chỉ tiêu có số liệu ở ít nhất một tỉnh',
		'reporting.count': '{n}/{total} tỉnh đã gửi số liệu',
		'reporting.reported': 'Đã gửi đủ ({n})',
		'reporting.partial': 'Gửi một phần chỉ tiêu ({n})',
		'reporting.none': 'Chưa gửi số liệu ({n})',
		'reporting.blank': 'Chưa gửi là ô trống, không phải 0.',
		'reporting.areaFull': '{name}: đã gửi, {k}/{n} chỉ tiêu, {period}',
		'reporting.areaPartial': '{name}: gửi một phần, {k}/{n} chỉ tiêu, {period}',
		'reporting.areaNone': '{name}: chưa gửi số liệu, {period}',
		'reporting.indicators': '{k}/{n} chỉ tiêu có số liệu',
		'reporting.missing': 'Còn thiếu: {list}',
		'reporting.table.caption': 'Tình trạng gửi số liệu theo tỉnh, {period}',
		'reporting.table.province': 'Tỉnh',
		'reporting.table.status': 'Tình trạng',
		'reporting.table.missing': 'Còn thiếu',
		'reporting.status.full': 'Đã gửi',
		'reporting.status.partial': 'Một phần',
		'reporting.status.none': 'Chưa gửi',
		'package.download': 'Tải gói số liệu',
		'package.label': 'Tải gói số liệu đang xem để đưa lên trang cho mọi người (facts.csv, sources.csv và bản Excel)',
		'package.file': 'goi-so-lieu-antq',
		'package.failed': 'Không tạo được gói số liệu: {message}'
	},
	{
		'round.files': '{n} files',
		'round.showStatus': 'Show the reporting-status map',
		'mode.reporting': 'Reporting status',
		'reporting.title': 'Reporting status',
		'reporting.subtitleRound': '{period}; the {n} indicators of the imported template',
		'reporting.subtitleData': '{period}; the {n} indicators with figures for at least one province',
		'reporting.count': '{n}/{total} provinces have reported',
		'reporting.reported': 'Reported in full ({n})',
		'reporting.partial': 'Some indicators reported ({n})',
		'reporting.none': 'Not reported ({n})',
		'reporting.blank': 'Not reported is blank, never zero.',
		'reporting.areaFull': '{name}: reported, {k}/{n} indicators, {period}',
		'reporting.areaPartial': '{name}: partly reported, {k}/{n} indicators, {period}',
		'reporting.areaNone': '{name}: not reported, {period}',
		'reporting.indicators': '{k}/{n} indicators with figures',
		'reporting.missing': 'Missing: {list}',
		'reporting.table.caption': 'Reporting status by province, {period}',
		'reporting.table.province': 'Province',
		'reporting.table.status': 'Status',
		'reporting.table.missing': 'Missing',
		'reporting.status.full': 'Reported',
		'reporting.status.partial': 'Partly',
		'reporting.status.none': 'Not reported',
		'package.download': 'Download data package',
		'package.label': 'Download the data in view as a package to publish for everyone (facts.csv, sources.csv and an Excel copy)',
		'package.file': 'antq-data-package',
		'package.failed': 'Could not make the data package: {message}'
	}
);
