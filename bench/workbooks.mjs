// Workbooks for the import benchmark, written with SheetJS from the shipped tables (build/data/dataset.json):
// - a round of 34 provincial returns, one sheet each of 63 rows × 40 columns (STT, code, name, period, every
//   indicator, source, note and a column the importer does not read), every indicator cell filled — typed
//   numbers and Vietnamese text numbers ("1.234") alternating — so each file gives 63 × indicators figures;
// - one long-form workbook (facts.csv columns) of `rows` rows.
import { utils, write } from '@e965/xlsx';

const viNumber = new Intl.NumberFormat('vi-VN');

function xlsx(rows, sheet) {
	const wb = utils.book_new();
	utils.book_append_sheet(wb, utils.aoa_to_sheet(rows), sheet);
	// Compressed as Excel saves it (SheetJS stores entries uncompressed by default: 100,000 rows would pass 50 MB).
	return new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx', compression: true }));
}

/** The 34 new provinces' returns: each reports for its first old province, 63 years (1962–2024). */
export function provincialReturns(tables, years = 63) {
	const { provinces, indicators } = tables;
	const units = [...new Map(provinces.map((p) => [p.code_2025, p])).values()].slice(0, 34);
	const header = [
		'STT',
		'Mã tỉnh',
		'Tên tỉnh',
		'Giai đoạn',
		...indicators.map((i) => `${i.label_vi} (${i.id})`),
		'Nguồn',
		'Ghi chú',
		'Người lập biểu'
	];
	return units.map((p, k) => {
		const rows = [header];
		for (let y = 0; y < years; y++) {
			const values = indicators.map((_, i) => {
				const v = 1 + ((k * 7919 + y * 104729 + i * 131) % 9000);
				return (y + i) % 2 === 0 ? v : viNumber.format(v);
			});
			rows.push([y + 1, p.code, p.name, String(2024 - y), ...values, `Báo cáo năm ${2024 - y}`, '', '']);
		}
		return { name: `tinh-${p.code}.xlsx`, bytes: xlsx(rows, 'Số liệu'), facts: years * indicators.length };
	});
}

/** Columns of the long form a spreadsheet holds as numbers: period_start, period_end, value. */
const NUMERIC = new Set([3, 4, 8]);

/** The long form (facts.csv columns) as a workbook: the CSV benchmark's rows, with years and values as numbers. */
export function longFormWorkbook(rows) {
	return xlsx(
		rows.map((r, i) => (i === 0 ? r : r.map((c, j) => (NUMERIC.has(j) ? Number(c) : c)))),
		'facts'
	);
}
