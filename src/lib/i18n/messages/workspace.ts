/**
 * Messages of the analysts' workspace that the page shows from the start: downloads, sharing. The chart and table
 * views bring their own (workspace-views.ts), the province filter its own (province-filter.ts).
 */
import { defineMessages } from '../define';

export const workspace = defineMessages(
	{
		'ws.chart.loadError': 'Không vẽ được biểu đồ: {message}',

		'ws.share.copy': 'Sao chép liên kết',
		'ws.share.copied': 'Đã sao chép liên kết',
		'ws.share.fallback': 'Không sao chép tự động được; hãy chọn và sao chép liên kết này:',
		'ws.share.close': 'Đóng',
		'ws.download.menu': 'Tải số liệu',
		'ws.download.table': 'Bảng hiện tại (CSV, mở bằng Excel)',
		'ws.download.all': 'Toàn bộ số liệu gốc (CSV, UTF-8):',
		'ws.download.facts': 'số liệu có nguồn (facts.csv)',
		'ws.download.sources': 'nguồn (sources.csv)',
		'ws.download.provinces': 'tỉnh, thành phố (provinces.csv)',
		'ws.download.indicators': 'chỉ tiêu (indicators.csv)',
		'ws.download.fileName': 'antq-{indicator}-{period}'
	},
	{
		'ws.chart.loadError': 'Could not draw the chart: {message}',

		'ws.share.copy': 'Copy link',
		'ws.share.copied': 'Link copied',
		'ws.share.fallback': 'Could not copy automatically; select and copy this link:',
		'ws.share.close': 'Close',
		'ws.download.menu': 'Download data',
		'ws.download.table': 'Current table (CSV for Excel)',
		'ws.download.all': 'All source data (CSV, UTF-8):',
		'ws.download.facts': 'sourced figures (facts.csv)',
		'ws.download.sources': 'sources (sources.csv)',
		'ws.download.provinces': 'provinces (provinces.csv)',
		'ws.download.indicators': 'indicators (indicators.csv)',
		'ws.download.fileName': 'antq-{indicator}-{period}'
	}
);
