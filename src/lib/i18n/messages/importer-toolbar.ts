/** What the page shows of the importer before it is opened: the toolbar's button and the imported data's badge (loaded with the page; the importer's own texts come with it, importer.ts). */
import { defineMessages } from '../define';

export const importerToolbar = defineMessages(
	{
		'importer.open': 'Nhập số liệu',
		'importer.openLabel': 'Nhập số liệu của đơn vị bạn từ tệp Excel hoặc CSV',
		'importer.badge': 'Số liệu nhập từ {file}, {time}',
		'importer.badgeMerged': 'Số liệu gốc và số liệu nhập từ {file}, {time}',
		'importer.returnToBundled': 'Quay về số liệu gốc'
	},
	{
		'importer.open': 'Import data',
		'importer.openLabel': 'Import your office’s figures from an Excel or CSV file',
		'importer.badge': 'Data imported from {file}, {time}',
		'importer.badgeMerged': 'Bundled data and data imported from {file}, {time}',
		'importer.returnToBundled': 'Return to bundled data'
	}
);
