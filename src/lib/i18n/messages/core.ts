/** Messages of the shell and the shared vocabulary (families, normalisations, units, class methods). */
import { defineMessages } from '../define';

export const core = defineMessages(
	{
		'app.title': 'ANTQ Atlas',
		'app.tagline': 'Bản đồ số liệu phong trào Toàn dân bảo vệ an ninh Tổ quốc theo tỉnh, thành phố',
		'app.loading': 'Đang tải số liệu…',
		'app.loadError': 'Không tải được số liệu: {message}',
		'app.retry': 'Thử lại',
		'app.partError': 'Chưa tải được số liệu cho lựa chọn này ({message}); đang hiển thị lựa chọn trước.',
		'lang.switch': 'English',
		'lang.switchLabel': 'Chuyển sang tiếng Anh',
		'tools.menu': 'Công cụ',

		'views.label': 'Chế độ xem',
		'views.map': 'Bản đồ',
		'views.chart': 'Biểu đồ',
		'views.table': 'Bảng',

		'family.models': 'Mô hình, điển hình',
		'family.tips': 'Nguồn tin, tin báo',
		'family.awards': 'Khen thưởng',
		'family.outreach': 'Tuyên truyền, vận động',
		'family.other': 'Khác',

		'norm.total': 'Tổng số',
		'norm.per_year': 'Mỗi năm',
		'norm.per_100k': 'Trên 100.000 dân',
		'norm.per_100k_year': 'Trên 100.000 dân mỗi năm',
		'units.63': '63 tỉnh (trước 1/7/2025)',
		'units.34': '34 tỉnh (từ 1/7/2025)',
		'classes.quantile': 'Phân vị',
		'classes.equal': 'Khoảng đều',
		'classes.jenks': 'Ngắt tự nhiên (Jenks)',

		'url.problem': 'Tham số “{param}={value}” trong đường dẫn không hợp lệ; đang dùng giá trị mặc định.',
		'url.dismiss': 'Đóng',
		'period.noFigures': '{indicator}: không có số liệu cho {asked}; đang xem {shown}. Các kỳ có số liệu: {has}.',
		'period.noFiguresCompare': '{indicator}: không có số liệu cho {asked} để so sánh. Các kỳ có số liệu: {has}.',
		'period.stockEnd':
			'{indicator} là số hiện có tại một thời điểm: với {asked}, đang xem số cuối giai đoạn ({shown}). Các kỳ có số liệu: {has}.'
	},
	{
		'app.title': 'ANTQ Atlas',
		'app.tagline': 'Province figures of the movement "All people protect national security"',
		'app.loading': 'Loading data…',
		'app.loadError': 'Could not load the data: {message}',
		'app.retry': 'Retry',
		'app.partError': 'Could not load the figures for this choice ({message}); the previous view is still shown.',
		'lang.switch': 'Tiếng Việt',
		'lang.switchLabel': 'Switch to Vietnamese',
		'tools.menu': 'Tools',

		'views.label': 'View',
		'views.map': 'Map',
		'views.chart': 'Charts',
		'views.table': 'Table',

		'family.models': 'Models and exemplars',
		'family.tips': 'Tips and reports',
		'family.awards': 'Awards',
		'family.outreach': 'Outreach',
		'family.other': 'Other',

		'norm.total': 'Total',
		'norm.per_year': 'Per year',
		'norm.per_100k': 'Per 100,000 people',
		'norm.per_100k_year': 'Per 100,000 people per year',
		'units.63': '63 provinces (before 1 July 2025)',
		'units.34': '34 provinces (from 1 July 2025)',
		'classes.quantile': 'Quantiles',
		'classes.equal': 'Equal intervals',
		'classes.jenks': 'Natural breaks (Jenks)',

		'url.problem': 'The link parameter “{param}={value}” is not valid; the default is used.',
		'url.dismiss': 'Dismiss',
		'period.noFigures': '{indicator}: no figures for {asked}; showing {shown}. Periods with figures: {has}.',
		'period.noFiguresCompare': '{indicator}: no figures for {asked} to compare with. Periods with figures: {has}.',
		'period.stockEnd':
			'{indicator} counts what is in place at one moment: for {asked}, showing the end of the period ({shown}). Periods with figures: {has}.'
	}
);
