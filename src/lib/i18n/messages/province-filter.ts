/** Messages of the province filter: loaded with it (it registers itself), the first time the options open. */
import { defineMessages } from '../define';
import { addMessages } from '../index';

export const provinceFilter = defineMessages(
	{
		'ws.filter.label': 'Lọc tỉnh, thành phố',
		'ws.filter.placeholder': 'Gõ tên, mã hoặc tên viết tắt (vd. tp hcm, 87)…',
		'ws.filter.options': 'Tỉnh, thành phố phù hợp',
		'ws.filter.none': 'Không tìm thấy tỉnh nào khớp “{text}”',
		'ws.filter.remove': 'Bỏ {name}',
		'ws.filter.chosen': 'Đã chọn',
		'ws.filter.regions': 'Chọn nhanh theo vùng',
		'ws.filter.clear': 'Bỏ chọn tất cả',
		'ws.filter.status': '{n} tỉnh đang được chọn',
		'ws.filter.help': 'Mũi tên lên/xuống để duyệt, Enter để chọn, Backspace để bỏ tỉnh cuối, Esc để đóng.'
	},
	{
		'ws.filter.label': 'Filter provinces',
		'ws.filter.placeholder': 'Type a name, code or abbreviation (e.g. tp hcm, 87)…',
		'ws.filter.options': 'Matching provinces',
		'ws.filter.none': 'No province matches “{text}”',
		'ws.filter.remove': 'Remove {name}',
		'ws.filter.chosen': 'Chosen',
		'ws.filter.regions': 'Quick choice by region',
		'ws.filter.clear': 'Clear all',
		'ws.filter.status': '{n} provinces chosen',
		'ws.filter.help': 'Up/down arrows to browse, Enter to choose, Backspace removes the last province, Esc closes.'
	}
);

// Registered when first imported: the texts come with the code that shows them.
addMessages(provinceFilter);
