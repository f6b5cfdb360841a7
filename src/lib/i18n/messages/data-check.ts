/**
 * Messages of the data check (`npm run data:check`, the build's data plugin): for each issue code, what is wrong
 * (`check.<code>.message`) and how to fix it (`check.<code>.hint`), with the variants an issue's parameters call
 * for. Never in the page: the check runs on the data files, at build time and from the command line
 * (`core/validate-messages.ts` imports this bundle and puts the parameters in).
 */
import { defineMessages } from '../define';
import { addMessages } from '../index';

export const dataCheck = defineMessages(
	{
		'check.codeExample': 'Dùng mã 2 chữ số của Tổng cục Thống kê, ví dụ 01 (Hà Nội), 87 (Đồng Tháp)',
		// Which era a code was read in.
		'check.era.63': 'trong 63 tỉnh trước 1/7/2025',
		'check.era.34': 'trong 34 tỉnh từ 1/7/2025',

		'check.empty_file.message': 'Tệp trống hoặc không tìm thấy',
		'check.empty_file.hint': 'Đặt tệp vào thư mục dữ liệu, bắt đầu bằng dòng tiêu đề cột',
		'check.csv_syntax.message': 'Lỗi cú pháp CSV: {message}',
		'check.csv_syntax.hint': 'Ô có dấu phẩy, xuống dòng hoặc dấu " phải đặt trong ngoặc kép, và " bên trong viết thành ""',
		'check.missing_column.message': 'Thiếu cột `{column}`',
		'check.missing_column.hint': 'Dòng tiêu đề phải có đúng các cột: {expected}',
		'check.extra_column.message': 'Cột thừa `{column}`',
		'check.extra_column.hint': 'Xóa cột này hoặc sửa tên; các cột hợp lệ: {expected}',
		'check.duplicate_column.message': 'Cột `{column}` xuất hiện hai lần',
		'check.duplicate_column.hint': 'Giữ lại một cột, xóa cột trùng',
		'check.cell_count.message': 'Dòng có {found} ô, tiêu đề có {expected} cột',
		'check.cell_count.hint': 'Kiểm tra dấu phẩy trong ô chưa được đặt trong ngoặc kép, hoặc ô bị thiếu',
		'check.not_nfc.message': 'Văn bản ở cột `{column}` không ở dạng Unicode dựng sẵn (NFC): “{value}”',
		'check.not_nfc.hint':
			'Chuyển sang Unicode dựng sẵn (NFC), ví dụ lưu lại bằng trình soạn thảo hỗ trợ NFC hoặc gõ lại bằng bộ gõ Unicode dựng sẵn',
		'check.required.message': 'Ô `{column}` đang trống',
		'check.required.hint': 'Điền giá trị; cột này bắt buộc',
		'check.bad_id.message': 'Mã chỉ tiêu `{value}` không hợp lệ',
		'check.bad_id.hint': 'Chỉ dùng chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ, ví dụ models_total',
		'check.duplicate_id.message': 'Mã `{value}` bị trùng với dòng {first}',
		'check.duplicate_id.hint': 'Mỗi mã chỉ xuất hiện một lần; xóa dòng trùng hoặc đổi mã',
		'check.bad_code_format.message': 'Mã tỉnh `{value}` không đúng dạng 2 chữ số',
		'check.bad_code_format.hint': '{example}; giữ số 0 ở đầu (định dạng ô là Văn bản)',
		'check.unknown_province.message': 'Mã tỉnh `{code}` không có trong provinces.csv',
		// Without a suggestion, the hint is check.codeExample.
		'check.unknown_province.hintSuggest': 'Tên tỉnh ở dòng này ứng với mã {suggestion} ({suggestion_name})',
		'check.unknown_province_2025.message': 'Mã `{code}` không phải mã tỉnh mới (sau 1/7/2025) nào trong cột code_2025 của provinces.csv',
		'check.unknown_province_2025.hint':
			'Với phạm vi merged_province:<tên> hoặc commune:<tên>, dùng mã của tỉnh mới, ví dụ 82 (Đồng Tháp mới), 91 (An Giang mới)',
		'check.province_name_mismatch.noCode.message': 'Dòng không có mã tỉnh nhưng tên là “{value}”',
		'check.province_name_mismatch.noCode.hint': 'Ghi “{expected}” cho số liệu toàn quốc/vùng, hoặc điền mã tỉnh nếu số liệu thuộc một tỉnh',
		'check.province_name_mismatch.message': 'Tên “{value}” không khớp với mã tỉnh `{code}` ({expected}) {eraName}',
		'check.province_name_mismatch.hint': 'Sửa tên thành “{expected}” (hoặc một tên gọi khác trong province-aliases.csv), hoặc sửa mã tỉnh',
		// The code and name agree in the other era.
		'check.province_name_mismatch.hint34':
			'Trong 34 tỉnh từ 1/7/2025, mã {code} là {value}: số liệu sau sáp nhập ghi phạm vi merged_province:<tên tỉnh mới> (cả tỉnh) hoặc commune:<tên xã, phường>',
		'check.province_name_mismatch.hint63':
			'Trong 63 tỉnh trước 1/7/2025, mã {code} là {value}: số liệu của tỉnh cũ ghi phạm vi province hoặc district:<tên>',
		'check.province_count.message': 'Có {found} mã tỉnh khác nhau, cần đúng {expected}',
		'check.province_count.hint': 'provinces.csv liệt kê đủ 63 tỉnh, thành phố trước 1/7/2025, mỗi tỉnh một dòng',
		'check.inconsistent_2025.message': 'Tỉnh mới `{code}` có tên “{value}”, khác với “{expected}” ở dòng {first}',
		'check.inconsistent_2025.hint': 'Mọi tỉnh cũ gộp vào cùng một tỉnh mới phải ghi cùng code_2025 và name_2025',
		'check.bad_number.message': 'Số “{value}” ở cột `{column}` không hợp lệ',
		'check.bad_number.hint':
			'Ghi số dương dạng máy đọc: không dấu phân cách hàng nghìn, dấu chấm cho phần thập phân (ví dụ 8053663, 3358.9)',
		'check.bad_scope.message': 'Phạm vi “{value}” không hợp lệ',
		'check.bad_scope.hint':
			'Dùng province, national, district:<tên>, block:<tên>, region:<tên>, merged_province:<tên> hoặc commune:<tên> (tên không để trống)',
		'check.code_required.message': 'Phạm vi `{scope}` cần mã tỉnh',
		'check.code_required.hint': '{example}; với merged_province và commune dùng mã tỉnh mới (code_2025)',
		'check.code_not_allowed.message': 'Phạm vi `{scope}` không được có mã tỉnh (đang là `{code}`)',
		'check.code_not_allowed.hint':
			'Để trống mã tỉnh cho số liệu toàn quốc hoặc vùng; nếu số liệu thuộc một tỉnh, dùng phạm vi province, district:<tên> hoặc block:<tên>',
		'check.unknown_source.message': 'Mã nguồn `{value}` không có trong sources.csv',
		'check.unknown_source.hint': 'Thêm nguồn vào sources.csv (source_id, publisher, title, date, url) hoặc sửa mã nguồn',
		'check.unknown_indicator.message': 'Chỉ tiêu `{value}` không có trong indicators.csv',
		'check.unknown_indicator.hint':
			'Dùng một mã có trong indicators.csv hoặc thêm chỉ tiêu mới vào đó (kèm nhóm, loại đo, nhãn, đơn vị, định nghĩa)',
		'check.measure_mismatch.message': 'Loại đo `{value}` khác với chỉ tiêu `{indicator}` (`{expected}`)',
		'check.measure_mismatch.hint':
			'flow = đếm trong kỳ (xây mới, nhân rộng, tin báo, khen thưởng); stock = số hiện có tại cuối kỳ. Sửa loại đo, hoặc dùng chỉ tiêu khác có đúng loại đo',
		'check.bad_enum.message': 'Giá trị “{value}” ở cột `{column}` không hợp lệ',
		'check.bad_enum.hint': 'Chỉ dùng một trong: {allowed}',
		'check.bad_year.message': 'Năm “{value}” ở cột `{column}` không hợp lệ',
		'check.bad_year.hint': 'Ghi năm 4 chữ số, ví dụ 2013; để trống cả hai cột năm nếu bài báo không nêu giai đoạn',
		'check.year_pair.message': 'Chỉ có một trong hai năm period_start, period_end',
		'check.year_pair.hint': 'Điền cả hai (bằng nhau nếu chỉ một năm), hoặc để trống cả hai nếu bài báo không nêu giai đoạn',
		'check.start_after_end.message': 'Năm bắt đầu {start} sau năm kết thúc {end}',
		'check.start_after_end.hint': 'Đổi chỗ hai năm hoặc sửa năm bị gõ nhầm',
		'check.bad_value.message': 'Giá trị “{value}” không phải số không âm hợp lệ',
		'check.bad_value.hint':
			'Ghi số dạng máy đọc, không dấu phân cách hàng nghìn: 44.000 → 44000; thập phân dùng dấu chấm: 1,5 → 1.5; chữ “trên/gần” đưa vào cột qualifier',
		'check.duplicate_row.message':
			'Dòng trùng với dòng {first} (cùng mã tỉnh, phạm vi, giai đoạn, chỉ tiêu, giá trị, nguồn và câu trích dẫn)',
		'check.duplicate_row.hint': 'Xóa dòng trùng; nếu là hai số liệu khác nhau thì phân biệt bằng chỉ tiêu, phạm vi hoặc giai đoạn',
		'check.quote_missing_value.message': 'Trích dẫn không chứa giá trị {value}',
		'check.quote_missing_value.hint':
			'Trích đúng câu có con số như bài báo in (44.000, 44000, 44,000, 44 000 hoặc “3 triệu”), hoặc sửa giá trị cho khớp với trích dẫn',
		'check.bad_date.message': 'Ngày “{value}” không đúng dạng',
		'check.bad_date.hint': 'Ghi YYYY, YYYY-MM hoặc YYYY-MM-DD (ví dụ 2023-05 hoặc 2020-11-20), hoặc để trống',
		'check.bad_url.message': 'Địa chỉ “{value}” không phải URL http(s) hợp lệ',
		'check.bad_url.hint': 'Dán đầy đủ địa chỉ bắt đầu bằng http:// hoặc https://, không có khoảng trắng; để trống nếu không có',
		'check.alias_conflict.message': 'Tên gọi “{alias}” (mã {code}) trùng với tên của mã {other} ({first}) khi bỏ dấu và viết thường',
		'check.alias_conflict.hint': 'Mỗi tên gọi chỉ trỏ tới một tỉnh; xóa dòng này hoặc sửa mã',
		'check.geo_syntax.message': 'GeoJSON không đọc được: {message}',
		'check.geo_syntax.hint': 'Tệp phải là một FeatureCollection JSON hợp lệ',
		'check.geo_missing_feature.message': 'Không có vùng nào mang mã `{code}`',
		'check.geo_missing_feature.hint': 'Mỗi mã tỉnh cần đúng một feature với thuộc tính code tương ứng',
		'check.geo_duplicate_feature.message': 'Mã `{code}` đã có feature ở dòng {first}',
		'check.geo_duplicate_feature.hint': 'Gộp các phần thành một MultiPolygon trong một feature',
		'check.geo_unknown_code.message': 'Feature có mã `{value}` không có trong {against}',
		'check.geo_unknown_code.hint': 'Sửa thuộc tính code của feature cho khớp với provinces.csv',
		'check.geo_mismatch.message': 'Thuộc tính `{column}` của mã {code} là “{value}”, provinces.csv ghi “{expected}”',
		'check.geo_mismatch.hint': 'Sửa cho hai tệp khớp nhau'
	},
	{
		'check.codeExample': 'Use the 2-digit statistics-office (GSO) code, e.g. 01 (Hà Nội), 87 (Đồng Tháp)',
		'check.era.63': 'among the 63 provinces before 1 July 2025',
		'check.era.34': 'among the 34 provinces from 1 July 2025',

		'check.empty_file.message': 'The file is empty or missing',
		'check.empty_file.hint': 'Put the file in the data directory, starting with the header line',
		'check.csv_syntax.message': 'CSV syntax error: {message}',
		'check.csv_syntax.hint': 'Cells with commas, line breaks or " must be quoted, with inner " doubled ("")',
		'check.missing_column.message': 'Column `{column}` is missing',
		'check.missing_column.hint': 'The header must have exactly these columns: {expected}',
		'check.extra_column.message': 'Unexpected column `{column}`',
		'check.extra_column.hint': 'Remove or rename it; valid columns: {expected}',
		'check.duplicate_column.message': 'Column `{column}` appears twice',
		'check.duplicate_column.hint': 'Keep one of them and delete the other',
		'check.cell_count.message': 'The row has {found} cells, the header {expected} columns',
		'check.cell_count.hint': 'Look for an unquoted comma inside a cell, or a missing cell',
		'check.not_nfc.message': 'Text in column `{column}` is not in Unicode NFC form: “{value}”',
		'check.not_nfc.hint':
			'Convert to precomposed Unicode (NFC), e.g. `text.normalize("NFC")` or re-type it with a precomposed-Unicode keyboard',
		'check.required.message': 'Cell `{column}` is empty',
		'check.required.hint': 'Fill it in; this column is required',
		'check.bad_id.message': 'Indicator id `{value}` is not valid',
		'check.bad_id.hint': 'Use lower-case ASCII letters, digits and underscores, starting with a letter, e.g. models_total',
		'check.duplicate_id.message': 'Id `{value}` duplicates line {first}',
		'check.duplicate_id.hint': 'Each id must appear once; delete the duplicate or change the id',
		'check.bad_code_format.message': 'Province code `{value}` is not 2 digits',
		'check.bad_code_format.hint': '{example}; keep the leading zero (format the cell as Text)',
		'check.unknown_province.message': 'Province code `{code}` is not in provinces.csv',
		'check.unknown_province.hintSuggest': 'The province name on this row has code {suggestion} ({suggestion_name})',
		'check.unknown_province_2025.message': '`{code}` is not a post-1/7/2025 province code (code_2025 column of provinces.csv)',
		'check.unknown_province_2025.hint':
			'For scope merged_province:<name> or commune:<name> use the new province code, e.g. 82 (new Đồng Tháp), 91 (new An Giang)',
		'check.province_name_mismatch.noCode.message': 'The row has no province code but its name is “{value}”',
		'check.province_name_mismatch.noCode.hint': 'Write “{expected}” for national/regional figures, or fill in the province code',
		'check.province_name_mismatch.message': 'Name “{value}” does not match province code `{code}` ({expected}) {eraName}',
		'check.province_name_mismatch.hint': 'Write “{expected}” (or a spelling listed in province-aliases.csv), or fix the code',
		'check.province_name_mismatch.hint34':
			'Among the 34 provinces from 1 July 2025, code {code} is {value}: a figure after the merger takes scope merged_province:<new province> (whole province) or commune:<commune or ward>',
		'check.province_name_mismatch.hint63':
			"Among the 63 provinces before 1 July 2025, code {code} is {value}: an old province's figure takes scope province or district:<name>",
		'check.province_count.message': '{found} distinct province codes, exactly {expected} needed',
		'check.province_count.hint': 'provinces.csv lists the 63 pre-1/7/2025 provinces, one row each',
		'check.inconsistent_2025.message': 'New province `{code}` is named “{value}”, but “{expected}” on line {first}',
		'check.inconsistent_2025.hint': 'All old provinces merged into one new province must share code_2025 and name_2025',
		'check.bad_number.message': '“{value}” in column `{column}` is not a valid number',
		'check.bad_number.hint': 'Write a positive machine number: no thousands separators, `.` as the decimal mark (e.g. 8053663, 3358.9)',
		'check.bad_scope.message': 'Scope “{value}” is not valid',
		'check.bad_scope.hint':
			'Use province, national, district:<name>, block:<name>, region:<name>, merged_province:<name> or commune:<name> (non-empty name)',
		'check.code_required.message': 'Scope `{scope}` needs a province code',
		'check.code_required.hint': '{example}; for merged_province and commune use the new code (code_2025)',
		'check.code_not_allowed.message': 'Scope `{scope}` must not have a province code (found `{code}`)',
		'check.code_not_allowed.hint':
			'Leave the code empty for national or regional figures; if the figure is for one province use scope province, district:<name> or block:<name>',
		'check.unknown_source.message': 'Source id `{value}` is not in sources.csv',
		'check.unknown_source.hint': 'Add the source to sources.csv (source_id, publisher, title, date, url) or fix the id',
		'check.unknown_indicator.message': 'Indicator `{value}` is not in indicators.csv',
		'check.unknown_indicator.hint':
			'Use an id from indicators.csv or add the indicator there (family, measure, labels, units, definitions)',
		'check.measure_mismatch.message': 'Measure `{value}` differs from indicator `{indicator}` (`{expected}`)',
		'check.measure_mismatch.hint':
			'flow = counted over the period (built, replicated, tips, awards); stock = standing count at the period end. Fix the measure or use an indicator with that measure',
		'check.bad_enum.message': '“{value}” is not allowed in column `{column}`',
		'check.bad_enum.hint': 'Use one of: {allowed}',
		'check.bad_year.message': 'Year “{value}” in column `{column}` is not valid',
		'check.bad_year.hint': 'Write a 4-digit year, e.g. 2013; leave both year columns empty when the article states no period',
		'check.year_pair.message': 'Only one of period_start, period_end is set',
		'check.year_pair.hint': 'Fill in both (equal for a single year), or leave both empty when the article states no period',
		'check.start_after_end.message': 'Start year {start} is after end year {end}',
		'check.start_after_end.hint': 'Swap the years or fix the mistyped one',
		'check.bad_value.message': 'Value “{value}” is not a valid non-negative number',
		'check.bad_value.hint':
			'Write a machine number without thousands separators: 44.000 → 44000; `.` for decimals: 1,5 → 1.5; words like “over/about” go in the qualifier column',
		'check.duplicate_row.message': 'Duplicate of line {first} (same province code, scope, period, indicator, value, source and quote)',
		'check.duplicate_row.hint': 'Delete the duplicate; if they are two different figures, tell them apart by indicator, scope or period',
		'check.quote_missing_value.message': 'The quote does not contain the value {value}',
		'check.quote_missing_value.hint':
			'Quote the sentence that prints the figure (44.000, 44000, 44,000, 44 000 or “3 triệu”), or fix the value to match the quote',
		'check.bad_date.message': 'Date “{value}” is not valid',
		'check.bad_date.hint': 'Write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2023-05 or 2020-11-20), or leave it empty',
		'check.bad_url.message': '“{value}” is not a valid http(s) URL',
		'check.bad_url.hint': 'Paste the full address starting with http:// or https://, without spaces; leave empty if there is none',
		'check.alias_conflict.message': 'Alias “{alias}” (code {code}) folds to the same text as a name of code {other} ({first})',
		'check.alias_conflict.hint': 'Each alias must point to one province; delete the row or fix the code',
		'check.geo_syntax.message': 'Unreadable GeoJSON: {message}',
		'check.geo_syntax.hint': 'The file must be a valid JSON FeatureCollection',
		'check.geo_missing_feature.message': 'No feature has code `{code}`',
		'check.geo_missing_feature.hint': 'Every province code needs exactly one feature with that `code` property',
		'check.geo_duplicate_feature.message': 'Code `{code}` already has a feature on line {first}',
		'check.geo_duplicate_feature.hint': 'Merge the parts into one MultiPolygon feature',
		'check.geo_unknown_code.message': 'Feature code `{value}` is not in {against}',
		'check.geo_unknown_code.hint': 'Fix the feature’s `code` property to match provinces.csv',
		'check.geo_mismatch.message': 'Property `{column}` of code {code} is “{value}”, provinces.csv has “{expected}”',
		'check.geo_mismatch.hint': 'Make the two files agree'
	}
);

addMessages(dataCheck);
