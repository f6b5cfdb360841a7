/** The data check's issues said in Vietnamese or English: what is wrong, and how to fix it. */
import type { Lang } from './types';
import type { DataIssue, IssueCode } from './validate-collect';

type Text = { message: string; hint: string };
type Template = (p: Record<string, string>) => Text;

const CODE_EXAMPLE_VI = 'Dùng mã 2 chữ số của Tổng cục Thống kê, ví dụ 01 (Hà Nội), 87 (Đồng Tháp)';
const CODE_EXAMPLE_EN = 'Use the 2-digit statistics-office (GSO) code, e.g. 01 (Hà Nội), 87 (Đồng Tháp)';

/** Which era a code was read in, for messages. */
const ERA_VI: Record<string, string> = { '63': 'trong 63 tỉnh trước 1/7/2025', '34': 'trong 34 tỉnh từ 1/7/2025' };
const ERA_EN: Record<string, string> = { '63': 'among the 63 provinces before 1 July 2025', '34': 'among the 34 provinces from 1 July 2025' };

const MESSAGES: Record<IssueCode, Record<Lang, Template>> = {
	empty_file: {
		vi: () => ({ message: 'Tệp trống hoặc không tìm thấy', hint: 'Đặt tệp vào thư mục dữ liệu, bắt đầu bằng dòng tiêu đề cột' }),
		en: () => ({ message: 'The file is empty or missing', hint: 'Put the file in the data directory, starting with the header line' })
	},
	csv_syntax: {
		vi: (p) => ({
			message: `Lỗi cú pháp CSV: ${p.message}`,
			hint: 'Ô có dấu phẩy, xuống dòng hoặc dấu " phải đặt trong ngoặc kép, và " bên trong viết thành ""'
		}),
		en: (p) => ({
			message: `CSV syntax error: ${p.message}`,
			hint: 'Cells with commas, line breaks or " must be quoted, with inner " doubled ("")'
		})
	},
	missing_column: {
		vi: (p) => ({ message: `Thiếu cột \`${p.column}\``, hint: `Dòng tiêu đề phải có đúng các cột: ${p.expected}` }),
		en: (p) => ({ message: `Column \`${p.column}\` is missing`, hint: `The header must have exactly these columns: ${p.expected}` })
	},
	extra_column: {
		vi: (p) => ({ message: `Cột thừa \`${p.column}\``, hint: `Xóa cột này hoặc sửa tên; các cột hợp lệ: ${p.expected}` }),
		en: (p) => ({ message: `Unexpected column \`${p.column}\``, hint: `Remove or rename it; valid columns: ${p.expected}` })
	},
	duplicate_column: {
		vi: (p) => ({ message: `Cột \`${p.column}\` xuất hiện hai lần`, hint: 'Giữ lại một cột, xóa cột trùng' }),
		en: (p) => ({ message: `Column \`${p.column}\` appears twice`, hint: 'Keep one of them and delete the other' })
	},
	cell_count: {
		vi: (p) => ({
			message: `Dòng có ${p.found} ô, tiêu đề có ${p.expected} cột`,
			hint: 'Kiểm tra dấu phẩy trong ô chưa được đặt trong ngoặc kép, hoặc ô bị thiếu'
		}),
		en: (p) => ({
			message: `The row has ${p.found} cells, the header ${p.expected} columns`,
			hint: 'Look for an unquoted comma inside a cell, or a missing cell'
		})
	},
	not_nfc: {
		vi: (p) => ({
			message: `Văn bản ở cột \`${p.column}\` không ở dạng Unicode dựng sẵn (NFC): “${p.value}”`,
			hint: 'Chuyển sang Unicode dựng sẵn (NFC), ví dụ lưu lại bằng trình soạn thảo hỗ trợ NFC hoặc gõ lại bằng bộ gõ Unicode dựng sẵn'
		}),
		en: (p) => ({
			message: `Text in column \`${p.column}\` is not in Unicode NFC form: “${p.value}”`,
			hint: 'Convert to precomposed Unicode (NFC), e.g. `text.normalize("NFC")` or re-type it with a precomposed-Unicode keyboard'
		})
	},
	required: {
		vi: (p) => ({ message: `Ô \`${p.column}\` đang trống`, hint: 'Điền giá trị; cột này bắt buộc' }),
		en: (p) => ({ message: `Cell \`${p.column}\` is empty`, hint: 'Fill it in; this column is required' })
	},
	bad_id: {
		vi: (p) => ({
			message: `Mã chỉ tiêu \`${p.value}\` không hợp lệ`,
			hint: 'Chỉ dùng chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ, ví dụ models_total'
		}),
		en: (p) => ({
			message: `Indicator id \`${p.value}\` is not valid`,
			hint: 'Use lower-case ASCII letters, digits and underscores, starting with a letter, e.g. models_total'
		})
	},
	duplicate_id: {
		vi: (p) => ({ message: `Mã \`${p.value}\` bị trùng với dòng ${p.first}`, hint: 'Mỗi mã chỉ xuất hiện một lần; xóa dòng trùng hoặc đổi mã' }),
		en: (p) => ({ message: `Id \`${p.value}\` duplicates line ${p.first}`, hint: 'Each id must appear once; delete the duplicate or change the id' })
	},
	bad_code_format: {
		vi: (p) => ({ message: `Mã tỉnh \`${p.value}\` không đúng dạng 2 chữ số`, hint: `${CODE_EXAMPLE_VI}; giữ số 0 ở đầu (định dạng ô là Văn bản)` }),
		en: (p) => ({ message: `Province code \`${p.value}\` is not 2 digits`, hint: `${CODE_EXAMPLE_EN}; keep the leading zero (format the cell as Text)` })
	},
	unknown_province: {
		vi: (p) => ({
			message: `Mã tỉnh \`${p.code}\` không có trong provinces.csv`,
			hint: p.suggestion ? `Tên tỉnh ở dòng này ứng với mã ${p.suggestion} (${p.suggestion_name})` : CODE_EXAMPLE_VI
		}),
		en: (p) => ({
			message: `Province code \`${p.code}\` is not in provinces.csv`,
			hint: p.suggestion ? `The province name on this row has code ${p.suggestion} (${p.suggestion_name})` : CODE_EXAMPLE_EN
		})
	},
	unknown_province_2025: {
		vi: (p) => ({
			message: `Mã \`${p.code}\` không phải mã tỉnh mới (sau 1/7/2025) nào trong cột code_2025 của provinces.csv`,
			hint: 'Với phạm vi merged_province:<tên> hoặc commune:<tên>, dùng mã của tỉnh mới, ví dụ 82 (Đồng Tháp mới), 91 (An Giang mới)'
		}),
		en: (p) => ({
			message: `\`${p.code}\` is not a post-1/7/2025 province code (code_2025 column of provinces.csv)`,
			hint: 'For scope merged_province:<name> or commune:<name> use the new province code, e.g. 82 (new Đồng Tháp), 91 (new An Giang)'
		})
	},
	province_name_mismatch: {
		vi: (p) =>
			p.code === ''
				? {
						message: `Dòng không có mã tỉnh nhưng tên là “${p.value}”`,
						hint: `Ghi “${p.expected}” cho số liệu toàn quốc/vùng, hoặc điền mã tỉnh nếu số liệu thuộc một tỉnh`
					}
				: {
						message: `Tên “${p.value}” không khớp với mã tỉnh \`${p.code}\` (${p.expected}) ${ERA_VI[p.era ?? '63']}`,
						hint:
							p.other_era === '34'
								? `Trong 34 tỉnh từ 1/7/2025, mã ${p.code} là ${p.value}: số liệu sau sáp nhập ghi phạm vi merged_province:<tên tỉnh mới> (cả tỉnh) hoặc commune:<tên xã, phường>`
								: p.other_era === '63'
									? `Trong 63 tỉnh trước 1/7/2025, mã ${p.code} là ${p.value}: số liệu của tỉnh cũ ghi phạm vi province hoặc district:<tên>`
									: `Sửa tên thành “${p.expected}” (hoặc một tên gọi khác trong province-aliases.csv), hoặc sửa mã tỉnh`
					},
		en: (p) =>
			p.code === ''
				? {
						message: `The row has no province code but its name is “${p.value}”`,
						hint: `Write “${p.expected}” for national/regional figures, or fill in the province code`
					}
				: {
						message: `Name “${p.value}” does not match province code \`${p.code}\` (${p.expected}) ${ERA_EN[p.era ?? '63']}`,
						hint:
							p.other_era === '34'
								? `Among the 34 provinces from 1 July 2025, code ${p.code} is ${p.value}: a figure after the merger takes scope merged_province:<new province> (whole province) or commune:<commune or ward>`
								: p.other_era === '63'
									? `Among the 63 provinces before 1 July 2025, code ${p.code} is ${p.value}: an old province's figure takes scope province or district:<name>`
									: `Write “${p.expected}” (or a spelling listed in province-aliases.csv), or fix the code`
					}
	},
	province_count: {
		vi: (p) => ({ message: `Có ${p.found} mã tỉnh khác nhau, cần đúng ${p.expected}`, hint: 'provinces.csv liệt kê đủ 63 tỉnh, thành phố trước 1/7/2025, mỗi tỉnh một dòng' }),
		en: (p) => ({ message: `${p.found} distinct province codes, exactly ${p.expected} needed`, hint: 'provinces.csv lists the 63 pre-1/7/2025 provinces, one row each' })
	},
	inconsistent_2025: {
		vi: (p) => ({
			message: `Tỉnh mới \`${p.code}\` có tên “${p.value}”, khác với “${p.expected}” ở dòng ${p.first}`,
			hint: 'Mọi tỉnh cũ gộp vào cùng một tỉnh mới phải ghi cùng code_2025 và name_2025'
		}),
		en: (p) => ({
			message: `New province \`${p.code}\` is named “${p.value}”, but “${p.expected}” on line ${p.first}`,
			hint: 'All old provinces merged into one new province must share code_2025 and name_2025'
		})
	},
	bad_number: {
		vi: (p) => ({ message: `Số “${p.value}” ở cột \`${p.column}\` không hợp lệ`, hint: 'Ghi số dương dạng máy đọc: không dấu phân cách hàng nghìn, dấu chấm cho phần thập phân (ví dụ 8053663, 3358.9)' }),
		en: (p) => ({ message: `“${p.value}” in column \`${p.column}\` is not a valid number`, hint: 'Write a positive machine number: no thousands separators, `.` as the decimal mark (e.g. 8053663, 3358.9)' })
	},
	bad_scope: {
		vi: (p) => ({
			message: `Phạm vi “${p.value}” không hợp lệ`,
			hint: 'Dùng province, national, district:<tên>, block:<tên>, region:<tên>, merged_province:<tên> hoặc commune:<tên> (tên không để trống)'
		}),
		en: (p) => ({
			message: `Scope “${p.value}” is not valid`,
			hint: 'Use province, national, district:<name>, block:<name>, region:<name>, merged_province:<name> or commune:<name> (non-empty name)'
		})
	},
	code_required: {
		vi: (p) => ({ message: `Phạm vi \`${p.scope}\` cần mã tỉnh`, hint: `${CODE_EXAMPLE_VI}; với merged_province và commune dùng mã tỉnh mới (code_2025)` }),
		en: (p) => ({ message: `Scope \`${p.scope}\` needs a province code`, hint: `${CODE_EXAMPLE_EN}; for merged_province and commune use the new code (code_2025)` })
	},
	code_not_allowed: {
		vi: (p) => ({
			message: `Phạm vi \`${p.scope}\` không được có mã tỉnh (đang là \`${p.code}\`)`,
			hint: 'Để trống mã tỉnh cho số liệu toàn quốc hoặc vùng; nếu số liệu thuộc một tỉnh, dùng phạm vi province, district:<tên> hoặc block:<tên>'
		}),
		en: (p) => ({
			message: `Scope \`${p.scope}\` must not have a province code (found \`${p.code}\`)`,
			hint: 'Leave the code empty for national or regional figures; if the figure is for one province use scope province, district:<name> or block:<name>'
		})
	},
	unknown_source: {
		vi: (p) => ({ message: `Mã nguồn \`${p.value}\` không có trong sources.csv`, hint: 'Thêm nguồn vào sources.csv (source_id, publisher, title, date, url) hoặc sửa mã nguồn' }),
		en: (p) => ({ message: `Source id \`${p.value}\` is not in sources.csv`, hint: 'Add the source to sources.csv (source_id, publisher, title, date, url) or fix the id' })
	},
	unknown_indicator: {
		vi: (p) => ({ message: `Chỉ tiêu \`${p.value}\` không có trong indicators.csv`, hint: 'Dùng một mã có trong indicators.csv hoặc thêm chỉ tiêu mới vào đó (kèm nhóm, loại đo, nhãn, đơn vị, định nghĩa)' }),
		en: (p) => ({ message: `Indicator \`${p.value}\` is not in indicators.csv`, hint: 'Use an id from indicators.csv or add the indicator there (family, measure, labels, units, definitions)' })
	},
	measure_mismatch: {
		vi: (p) => ({
			message: `Loại đo \`${p.value}\` khác với chỉ tiêu \`${p.indicator}\` (\`${p.expected}\`)`,
			hint: 'flow = đếm trong kỳ (xây mới, nhân rộng, tin báo, khen thưởng); stock = số hiện có tại cuối kỳ. Sửa loại đo, hoặc dùng chỉ tiêu khác có đúng loại đo'
		}),
		en: (p) => ({
			message: `Measure \`${p.value}\` differs from indicator \`${p.indicator}\` (\`${p.expected}\`)`,
			hint: 'flow = counted over the period (built, replicated, tips, awards); stock = standing count at the period end. Fix the measure or use an indicator with that measure'
		})
	},
	bad_enum: {
		vi: (p) => ({ message: `Giá trị “${p.value}” ở cột \`${p.column}\` không hợp lệ`, hint: `Chỉ dùng một trong: ${p.allowed}` }),
		en: (p) => ({ message: `“${p.value}” is not allowed in column \`${p.column}\``, hint: `Use one of: ${p.allowed}` })
	},
	bad_year: {
		vi: (p) => ({ message: `Năm “${p.value}” ở cột \`${p.column}\` không hợp lệ`, hint: 'Ghi năm 4 chữ số, ví dụ 2013; để trống cả hai cột năm nếu bài báo không nêu giai đoạn' }),
		en: (p) => ({ message: `Year “${p.value}” in column \`${p.column}\` is not valid`, hint: 'Write a 4-digit year, e.g. 2013; leave both year columns empty when the article states no period' })
	},
	year_pair: {
		vi: () => ({ message: 'Chỉ có một trong hai năm period_start, period_end', hint: 'Điền cả hai (bằng nhau nếu chỉ một năm), hoặc để trống cả hai nếu bài báo không nêu giai đoạn' }),
		en: () => ({ message: 'Only one of period_start, period_end is set', hint: 'Fill in both (equal for a single year), or leave both empty when the article states no period' })
	},
	start_after_end: {
		vi: (p) => ({ message: `Năm bắt đầu ${p.start} sau năm kết thúc ${p.end}`, hint: 'Đổi chỗ hai năm hoặc sửa năm bị gõ nhầm' }),
		en: (p) => ({ message: `Start year ${p.start} is after end year ${p.end}`, hint: 'Swap the years or fix the mistyped one' })
	},
	bad_value: {
		vi: (p) => ({
			message: `Giá trị “${p.value}” không phải số không âm hợp lệ`,
			hint: 'Ghi số dạng máy đọc, không dấu phân cách hàng nghìn: 44.000 → 44000; thập phân dùng dấu chấm: 1,5 → 1.5; chữ “trên/gần” đưa vào cột qualifier'
		}),
		en: (p) => ({
			message: `Value “${p.value}” is not a valid non-negative number`,
			hint: 'Write a machine number without thousands separators: 44.000 → 44000; `.` for decimals: 1,5 → 1.5; words like “over/about” go in the qualifier column'
		})
	},
	duplicate_row: {
		vi: (p) => ({
			message: `Dòng trùng với dòng ${p.first} (cùng mã tỉnh, phạm vi, giai đoạn, chỉ tiêu, giá trị, nguồn và câu trích dẫn)`,
			hint: 'Xóa dòng trùng; nếu là hai số liệu khác nhau thì phân biệt bằng chỉ tiêu, phạm vi hoặc giai đoạn'
		}),
		en: (p) => ({
			message: `Duplicate of line ${p.first} (same province code, scope, period, indicator, value, source and quote)`,
			hint: 'Delete the duplicate; if they are two different figures, tell them apart by indicator, scope or period'
		})
	},
	quote_missing_value: {
		vi: (p) => ({
			message: `Trích dẫn không chứa giá trị ${p.value}`,
			hint: 'Trích đúng câu có con số như bài báo in (44.000, 44000, 44,000, 44 000 hoặc “3 triệu”), hoặc sửa giá trị cho khớp với trích dẫn'
		}),
		en: (p) => ({
			message: `The quote does not contain the value ${p.value}`,
			hint: 'Quote the sentence that prints the figure (44.000, 44000, 44,000, 44 000 or “3 triệu”), or fix the value to match the quote'
		})
	},
	bad_date: {
		vi: (p) => ({ message: `Ngày “${p.value}” không đúng dạng`, hint: 'Ghi YYYY, YYYY-MM hoặc YYYY-MM-DD (ví dụ 2023-05 hoặc 2020-11-20), hoặc để trống' }),
		en: (p) => ({ message: `Date “${p.value}” is not valid`, hint: 'Write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2023-05 or 2020-11-20), or leave it empty' })
	},
	bad_url: {
		vi: (p) => ({ message: `Địa chỉ “${p.value}” không phải URL http(s) hợp lệ`, hint: 'Dán đầy đủ địa chỉ bắt đầu bằng http:// hoặc https://, không có khoảng trắng; để trống nếu không có' }),
		en: (p) => ({ message: `“${p.value}” is not a valid http(s) URL`, hint: 'Paste the full address starting with http:// or https://, without spaces; leave empty if there is none' })
	},
	alias_conflict: {
		vi: (p) => ({
			message: `Tên gọi “${p.alias}” (mã ${p.code}) trùng với tên của mã ${p.other} (${p.first}) khi bỏ dấu và viết thường`,
			hint: 'Mỗi tên gọi chỉ trỏ tới một tỉnh; xóa dòng này hoặc sửa mã'
		}),
		en: (p) => ({
			message: `Alias “${p.alias}” (code ${p.code}) folds to the same text as a name of code ${p.other} (${p.first})`,
			hint: 'Each alias must point to one province; delete the row or fix the code'
		})
	},
	geo_syntax: {
		vi: (p) => ({ message: `GeoJSON không đọc được: ${p.message}`, hint: 'Tệp phải là một FeatureCollection JSON hợp lệ' }),
		en: (p) => ({ message: `Unreadable GeoJSON: ${p.message}`, hint: 'The file must be a valid JSON FeatureCollection' })
	},
	geo_missing_feature: {
		vi: (p) => ({ message: `Không có vùng nào mang mã \`${p.code}\``, hint: 'Mỗi mã tỉnh cần đúng một feature với thuộc tính code tương ứng' }),
		en: (p) => ({ message: `No feature has code \`${p.code}\``, hint: 'Every province code needs exactly one feature with that `code` property' })
	},
	geo_duplicate_feature: {
		vi: (p) => ({ message: `Mã \`${p.code}\` đã có feature ở dòng ${p.first}`, hint: 'Gộp các phần thành một MultiPolygon trong một feature' }),
		en: (p) => ({ message: `Code \`${p.code}\` already has a feature on line ${p.first}`, hint: 'Merge the parts into one MultiPolygon feature' })
	},
	geo_unknown_code: {
		vi: (p) => ({ message: `Feature có mã \`${p.value}\` không có trong ${p.against}`, hint: 'Sửa thuộc tính code của feature cho khớp với provinces.csv' }),
		en: (p) => ({ message: `Feature code \`${p.value}\` is not in ${p.against}`, hint: 'Fix the feature’s `code` property to match provinces.csv' })
	},
	geo_mismatch: {
		vi: (p) => ({ message: `Thuộc tính \`${p.column}\` của mã ${p.code} là “${p.value}”, provinces.csv ghi “${p.expected}”`, hint: 'Sửa cho hai tệp khớp nhau' }),
		en: (p) => ({ message: `Property \`${p.column}\` of code ${p.code} is “${p.value}”, provinces.csv has “${p.expected}”`, hint: 'Make the two files agree' })
	}
};

/** A message saying what is wrong and a hint saying how to fix it, in Vietnamese or English. */
export function formatIssue(issue: DataIssue, lang: Lang): { message: string; hint: string } {
	return MESSAGES[issue.code][lang]({ column: issue.column, ...issue.params });
}
