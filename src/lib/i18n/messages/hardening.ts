/** Messages of error page, safety and accessibility texts. */
import { defineMessages } from '../define';

export const hardening = defineMessages(
	{
		'error.title': 'Đã xảy ra lỗi',
		'error.unexpected': 'Trang gặp một lỗi không lường trước và không hiển thị tiếp được.',
		'error.notFound': 'Không có trang nào ở địa chỉ này.',
		'error.detail': 'Chi tiết kỹ thuật: {message}',
		'error.hint':
			'Bạn có thể đặt lại chế độ xem (bỏ các tham số trên đường dẫn) hoặc quay về số liệu có sẵn (xoá số liệu đã nhập trên trình duyệt này).',
		'error.resetView': 'Đặt lại chế độ xem',
		'error.bundled': 'Quay về số liệu có sẵn',
		'error.clearFailed': 'Không xoá được số liệu đã nhập: {message}',
		'a11y.skipToContent': 'Bỏ qua, tới nội dung chính'
	},
	{
		'error.title': 'Something went wrong',
		'error.unexpected': 'The page hit an unexpected error and cannot go on showing it.',
		'error.notFound': 'There is no page at this address.',
		'error.detail': 'Technical detail: {message}',
		'error.hint':
			'You can reset the view (drop the parameters from the link) or return to the bundled data (removes data imported in this browser).',
		'error.resetView': 'Reset view',
		'error.bundled': 'Return to bundled data',
		'error.clearFailed': 'Could not remove the imported data: {message}',
		'a11y.skipToContent': 'Skip to main content'
	}
);
