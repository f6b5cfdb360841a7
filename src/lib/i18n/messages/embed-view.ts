/** Messages of the /embed page (its frame, footer and fallbacks): loaded with the embedded view. */
import { defineMessages } from '../define';
import { addMessages } from '../index';

export const embedView = defineMessages(
	{
		'embedView.full': 'Xem đầy đủ trên ANTQ Atlas',
		'embedView.fullLabel': '(mở trong thẻ mới)',
		'embedView.compareOff': 'Góc nhìn này chưa chọn giai đoạn so sánh, nên chưa có biểu đồ so sánh.',
		'embedView.nothing': 'Chưa có số liệu để vẽ biểu đồ này.',
		'embedView.periodsOff': 'Góc nhìn này chưa chọn giai đoạn so sánh, nên chưa có bản đồ từng giai đoạn.',
		'embedView.tableTitle': 'Bảng số liệu'
	},
	{
		'embedView.full': 'Full view on ANTQ Atlas',
		'embedView.fullLabel': '(opens in a new tab)',
		'embedView.compareOff': 'This view has no period to compare with, so there is no comparison chart.',
		'embedView.nothing': 'There are no figures to draw this chart yet.',
		'embedView.periodsOff': 'This view has no second period to compare, so there are no maps of each period.',
		'embedView.tableTitle': 'Data table'
	}
);

// Registered when first imported: the texts come with the code that shows them.
addMessages(embedView);
