/** Vietnamese UI messages (the default language). `{name}` marks a parameter. */
export const vi = {
	'app.title': 'ANTQ Atlas',
	'app.tagline': 'Bản đồ số liệu phong trào Toàn dân bảo vệ an ninh Tổ quốc theo tỉnh, thành phố',
	'app.loading': 'Đang tải số liệu…',
	'app.loadError': 'Không tải được số liệu: {message}',
	'app.retry': 'Thử lại',
	'lang.switch': 'English',
	'lang.switchLabel': 'Chuyển sang tiếng Anh',

	'controls.label': 'Chọn số liệu',
	'controls.indicator': 'Chỉ tiêu',
	'controls.period': 'Giai đoạn',
	'controls.periodOption': '{period} ({n}/{total} tỉnh)',
	'controls.periodNational': '{period} (số liệu toàn quốc)',
	'controls.norm': 'Cách tính',
	'controls.units': 'Đơn vị hành chính',
	'controls.classes': 'Phân lớp',

	'family.models': 'Mô hình, điển hình',
	'family.tips': 'Nguồn tin, tin báo',
	'family.awards': 'Khen thưởng',
	'family.outreach': 'Tuyên truyền, vận động',
	'family.other': 'Khác',

	'norm.total': 'Tổng số',
	'norm.per_year': 'Mỗi năm',
	'norm.per_100k': 'Trên 100.000 dân',
	'units.63': '63 tỉnh (trước 1/7/2025)',
	'units.34': '34 tỉnh (từ 1/7/2025)',
	'classes.quantile': 'Phân vị',
	'classes.equal': 'Khoảng đều',
	'classes.jenks': 'Ngắt tự nhiên (Jenks)',

	'legend.title': 'Chú giải',
	'legend.noData': 'Chưa có số liệu ({n}/{total})',
	'legend.partial': 'Một phần tỉnh cũ có số liệu ({n})',
	'legend.atLeast': '≥ trên (cận dưới): số liệu nguồn ghi "trên", "hơn"',
	'legend.approx': '≈ khoảng: số liệu nguồn ghi "gần", "khoảng"',
	'legend.unitTotal': '{unit}, {period}',
	'legend.unitPerYear': '{unit} mỗi năm, {period}',
	'legend.unitPer100k': '{unit} trên 100.000 dân (dân số {year}), {period}',

	'map.label': 'Bản đồ {indicator}, {period}',
	'map.attribution': 'Ranh giới tỉnh: Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam, qua Open Development Mekong (CC BY-SA 4.0); đã đơn giản hoá.',
	'map.hoangSa': 'QĐ. Hoàng Sa (Đà Nẵng)',
	'map.truongSa': 'QĐ. Trường Sa (Khánh Hòa)',
	'map.reset': 'Xem toàn quốc',
	'map.noData': 'Chưa có số liệu',
	'map.areaLabel': '{name}: {value} {unit}, {period}',
	'map.areaNoData': '{name}: chưa có số liệu, {period}',

	'coverage.count': '{n}/{total} tỉnh có số liệu',

	'url.problem': 'Tham số “{param}={value}” trong đường dẫn không hợp lệ; đang dùng giá trị mặc định.',
	'url.dismiss': 'Đóng'
} as const;

export type MessageKey = keyof typeof vi;
