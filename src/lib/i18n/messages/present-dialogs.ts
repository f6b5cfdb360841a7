/** Messages of the embed and deck dialogs and of presentation mode: loaded with them (each registers itself). */
import { defineMessages } from '../define';
import { addMessages } from '../index';

export const presentDialogs = defineMessages(
	{
		'embed.title': 'Nhúng vào trang web',
		'embed.intro':
			'Dán đoạn mã này vào trang web (chế độ HTML). Khung nhúng hiện góc nhìn hiện tại, không có nút điều khiển, với nguồn số liệu và liên kết về bản đầy đủ.',
		'embed.chart': 'Nội dung',
		'embed.compareOff': 'cần chọn giai đoạn so sánh',
		'embed.size': 'Kích thước',
		'embed.sizeRatio': 'Co giãn theo bề ngang trang, tỉ lệ khung',
		'embed.sizeFixed': 'Cố định (điểm ảnh)',
		'embed.width': 'Rộng',
		'embed.height': 'Cao',
		'embed.code': 'Mã nhúng',
		'embed.copy': 'Sao chép mã',
		'embed.copied': 'Đã sao chép mã nhúng.',
		'embed.copyFailed': 'Trình duyệt không cho chép: hãy chọn mã và chép bằng Ctrl+C.',
		'embed.preview': 'Xem trước',
		'embed.close': 'Đóng',
		'embed.frameTitle': 'ANTQ Atlas: {title}',
		'deck.title': 'Trình chiếu',
		'deck.intro':
			'Gom các góc nhìn thành bộ trang chiếu. Bộ trang chiếu nằm trong đường dẫn (tham số deck): sao chép liên kết là chia sẻ được cả bộ.',
		'deck.addAs': 'Thêm góc nhìn hiện tại dưới dạng',
		'deck.add': 'Thêm vào bộ trang chiếu',
		'deck.empty': 'Chưa có trang nào: bấm “Trình chiếu ngay” để chiếu góc nhìn hiện tại.',
		'deck.list': 'Các trang chiếu',
		'deck.up': 'Lên',
		'deck.down': 'Xuống',
		'deck.remove': 'Bỏ',
		'deck.itemLabel': 'Trang {n}: {title}',
		'deck.clear': 'Bỏ hết',
		'deck.start': 'Trình chiếu ngay',
		'deck.keys': 'Khi trình chiếu: ← → (hoặc PageUp, PageDown, phím cách) để chuyển trang, Esc để thoát.',
		'deck.close': 'Đóng',
		'show.label': 'Trình chiếu: trang {n}/{total}',
		'show.roledescription': 'trình chiếu',
		'show.loading': 'Đang dựng trang chiếu…',
		'show.error': 'Không dựng được trang này: {message}',
		'show.nothing': 'Trang này chưa có gì để vẽ: {title}',
		'show.hint': '← → chuyển trang · Esc thoát'
	},
	{
		'embed.title': 'Embed in a web page',
		'embed.intro':
			'Paste this code into a web page (HTML mode). The frame shows the current view without controls, with its sources and a link to the full view.',
		'embed.chart': 'Content',
		'embed.compareOff': 'choose a period to compare with first',
		'embed.size': 'Size',
		'embed.sizeRatio': 'Follows the page’s width, frame ratio',
		'embed.sizeFixed': 'Fixed (pixels)',
		'embed.width': 'Width',
		'embed.height': 'Height',
		'embed.code': 'Embed code',
		'embed.copy': 'Copy code',
		'embed.copied': 'Embed code copied.',
		'embed.copyFailed': 'The browser refused to copy: select the code and press Ctrl+C.',
		'embed.preview': 'Preview',
		'embed.close': 'Close',
		'embed.frameTitle': 'ANTQ Atlas: {title}',
		'deck.title': 'Present',
		'deck.intro': 'Collect views into a slide deck. The deck is kept in the link (parameter deck): copy the link to share the whole deck.',
		'deck.addAs': 'Add the current view as',
		'deck.add': 'Add to the deck',
		'deck.empty': 'No slides yet: “Present now” shows the current view.',
		'deck.list': 'Slides',
		'deck.up': 'Up',
		'deck.down': 'Down',
		'deck.remove': 'Remove',
		'deck.itemLabel': 'Slide {n}: {title}',
		'deck.clear': 'Remove all',
		'deck.start': 'Present now',
		'deck.keys': 'While presenting: ← → (or PageUp, PageDown, Space) to change slides, Esc to leave.',
		'deck.close': 'Close',
		'show.label': 'Presentation: slide {n}/{total}',
		'show.roledescription': 'slide show',
		'show.loading': 'Preparing the slide…',
		'show.error': 'Could not prepare this slide: {message}',
		'show.nothing': 'This slide has nothing to draw yet: {title}',
		'show.hint': '← → change slides · Esc leaves'
	}
);

// Registered when first imported: the texts come with the code that shows them.
addMessages(presentDialogs);
