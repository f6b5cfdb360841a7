/**
 * Messages of exports, print and the toolbar's embed and presentation buttons. The dialogs' and the
 * embedded view's own texts load with them: present-dialogs.ts, embed-view.ts.
 */
import { defineMessages } from '../define';

export const present = defineMessages(
	{
		'present.source': 'Nguồn: {publishers}',
		'present.sourceNone': 'chưa có số liệu nào được thể hiện',
		'present.sourceMore': '{list} và {n} nguồn khác',
		'present.boundaries': 'ranh giới: Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam qua Open Development Mekong, CC BY-SA 4.0',
		'present.date': 'Xuất ngày {date}',
		'present.chartTitle': '{indicator} — {chart}',
		'present.compareNote': 'Chấm đặc: {a}; chấm rỗng: {b}. Thanh tím: tăng; thanh cam: giảm.',
		'present.insufficientNote': '{n} tỉnh không đủ số liệu để so sánh (không vẽ).',
		'present.regionsPartialNote': 'Viền đứt: vùng chỉ một phần tỉnh có số liệu; tổng là cận dưới (≥).',
		'present.regionsNoData': 'Vùng chưa có số liệu: {names}.',
		'present.chosenNote': 'Tỉnh đang chọn tô màu nhấn.',
		'present.noDataNote': '{n} tỉnh chưa có số liệu: không vẽ, không tính là 0.',

		'export.menu': 'Xuất ảnh',
		'export.menuLabel': 'Xuất ảnh: {what}',
		'export.pngSlide': 'PNG trình chiếu 1920×1080',
		'export.pngScreen': 'PNG gấp đôi cỡ trên màn hình ({width}×{height})',
		'export.pngScreenSizing': 'PNG gấp đôi cỡ trên màn hình (đang tính kích thước…)',
		'export.svg': 'SVG (phóng to không vỡ, sửa được)',
		'export.copy': 'Sao chép ảnh',
		'export.copyUnavailable': 'Trình duyệt này không cho trang web chép ảnh (cần HTTPS hoặc trình duyệt mới hơn); hãy tải PNG.',
		'export.working': 'Đang tạo ảnh…',
		'export.done': 'Đã tải ảnh xuống.',
		'export.copied': 'Đã chép ảnh, có thể dán vào trang chiếu.',
		'export.nothing': 'Chưa có gì để vẽ trong biểu đồ này.',
		'export.error': 'Không tạo được ảnh: {message}',
		'export.what.map': 'bản đồ',
		'export.what.ranking': 'biểu đồ xếp hạng',
		'export.what.compare': 'biểu đồ so sánh',
		'export.what.regions': 'biểu đồ theo vùng',
		'export.what.periods': 'bản đồ từng giai đoạn',
		'embed.chart.map': 'Bản đồ',
		'embed.chart.ranking': 'Biểu đồ xếp hạng',
		'embed.chart.compare': 'Biểu đồ so sánh hai giai đoạn',
		'embed.chart.regions': 'Biểu đồ theo vùng',
		'embed.chart.table': 'Bảng số liệu',
		'embed.chart.periods': 'Bản đồ từng giai đoạn (khi so sánh)',

		'tools.embed': 'Nhúng',
		'tools.embedLabel': 'Nhúng góc nhìn này vào trang web khác',
		'tools.present': 'Trình chiếu',
		'tools.presentLabel': 'Chế độ trình chiếu và bộ trang chiếu',
		'tools.loadError': 'Không mở được: {message}',

		'print.view': 'Góc nhìn: {url}',
		'print.printed': 'In ngày {date}'
	},
	{
		'present.source': 'Sources: {publishers}',
		'present.sourceNone': 'no figure shown',
		'present.sourceMore': '{list} and {n} more',
		'present.boundaries':
			'boundaries: Vietnam Department of Survey, Mapping and Geographic Information via Open Development Mekong, CC BY-SA 4.0',
		'present.date': 'Exported {date}',
		'present.chartTitle': '{indicator} — {chart}',
		'present.compareNote': 'Filled dot: {a}; hollow dot: {b}. Purple bar: increase; orange bar: decrease.',
		'present.insufficientNote': '{n} provinces lack data to compare (not drawn).',
		'present.regionsPartialNote': 'Dashed outline: only some of the region’s provinces have figures; the total is a lower bound (≥).',
		'present.regionsNoData': 'Regions without data: {names}.',
		'present.chosenNote': 'Chosen provinces are highlighted.',
		'present.noDataNote': '{n} provinces without data: not drawn, never counted as 0.',

		'export.menu': 'Export image',
		'export.menuLabel': 'Export image: {what}',
		'export.pngSlide': 'PNG for slides, 1920×1080',
		'export.pngScreen': 'PNG at twice the on-screen size ({width}×{height})',
		'export.pngScreenSizing': 'PNG at twice the on-screen size (working out its size…)',
		'export.svg': 'SVG (scales cleanly, editable)',
		'export.copy': 'Copy image',
		'export.copyUnavailable':
			'This browser does not let web pages copy images (it needs HTTPS or a newer browser); download the PNG instead.',
		'export.working': 'Making the image…',
		'export.done': 'Image downloaded.',
		'export.copied': 'Image copied: paste it into your slides.',
		'export.nothing': 'This chart has nothing to draw yet.',
		'export.error': 'Could not make the image: {message}',
		'export.what.map': 'map',
		'export.what.ranking': 'ranking chart',
		'export.what.compare': 'comparison chart',
		'export.what.regions': 'regions chart',
		'export.what.periods': 'maps of each period',
		'embed.chart.map': 'Map',
		'embed.chart.ranking': 'Ranking chart',
		'embed.chart.compare': 'Two-period comparison chart',
		'embed.chart.regions': 'Regions chart',
		'embed.chart.table': 'Data table',
		'embed.chart.periods': 'Maps of each period (in a comparison)',

		'tools.embed': 'Embed',
		'tools.embedLabel': 'Embed this view in another web page',
		'tools.present': 'Present',
		'tools.presentLabel': 'Presentation mode and slide deck',
		'tools.loadError': 'Could not open: {message}',

		'print.view': 'View: {url}',
		'print.printed': 'Printed {date}'
	}
);
