/** Words of reading a year's plan list on the set-up screen. */
export const viPlans = {
  plansTitle: 'Kế hoạch năm từ văn bản',
  plansHelp:
    'Dán danh sách chỉ tiêu kế hoạch của một năm (như "Năm 2024 phấn đấu: tổng giá trị sản xuất tăng 12%; thu ngân sách đạt 1.250 tỷ đồng; …") hoặc chọn tệp .docx. Mỗi dòng được gắn với chỉ tiêu của nghị quyết; kiểm tra bảng rồi lưu.',
  plansLabel: 'Danh sách chỉ tiêu kế hoạch',
  plansYear: 'Năm kế hoạch (khi văn bản không ghi)',
  plansRecognise: 'Nhận dạng kế hoạch',
  plansRecognised:
    'Nhận dạng được {n} dòng, {m} dòng đã gắn với chỉ tiêu. Các ô tô vàng là phần máy đoán, hãy kiểm tra.',
  plansNone: 'Không tìm thấy chỉ tiêu kế hoạch nào: mỗi dòng cần có tên chỉ tiêu và con số.',
  planTarget: 'Chỉ tiêu',
  planSkip: '— Bỏ qua dòng này —',
  planValue: 'Giá trị kế hoạch',
  planYear: 'Năm',
  planKind: 'Loại',
  planChange: 'Văn bản ghi mức thay đổi {change}: nhập giá trị kế hoạch.',
  planValueRequired: 'Nhập giá trị kế hoạch (đơn vị của chỉ tiêu).',
  planValueNotNumber: 'Giá trị phải là số, viết 9.710,8.',
  planYearFormat: 'Năm dạng 2024.',
  plansFix: 'Còn {n} dòng có lỗi, đã đánh dấu đỏ trong bảng.',
  plansSave: 'Lưu {n} kế hoạch',
  plansSaving: 'Đang lưu…',
  plansSaved: 'Đã lưu {n} kế hoạch của {m} chỉ tiêu.',
  plansNotSavedAt:
    'Chưa lưu kế hoạch nào (lưu tất cả hoặc không): máy chủ không nhận kế hoạch của chỉ tiêu {codes}, lý do ở dưới. Bảng vẫn giữ nguyên: sửa rồi lưu lại.',
  plansNotSaved: 'Chưa lưu kế hoạch nào (lưu tất cả hoặc không). Bảng vẫn giữ nguyên: sửa rồi lưu lại.',
};

export const enPlans: Record<keyof typeof viPlans, string> = {
  plansTitle: "A year's plan from its text",
  plansHelp:
    'Paste the list of a year\'s planned figures (as in "Năm 2024 phấn đấu: tổng giá trị sản xuất tăng 12%; …") or choose its .docx. Each line is matched to a target of the resolution; check the table, then save.',
  plansLabel: 'List of planned figures',
  plansYear: 'Year of the plan (when the text does not say)',
  plansRecognise: 'Recognise the plan',
  plansRecognised:
    '{n} lines recognised, {m} matched to a target. Yellow cells were guessed: please check them.',
  plansNone: 'No planned figure found: each line needs a target name and a figure.',
  planTarget: 'Target',
  planSkip: '— Skip this line —',
  planValue: 'Planned value',
  planYear: 'Year',
  planKind: 'Kind',
  planChange: 'The text states a change of {change}: enter the planned value.',
  planValueRequired: "Enter the planned value (in the target's unit).",
  planValueNotNumber: 'The value must be a number, written 9.710,8.',
  planYearFormat: 'A year such as 2024.',
  plansFix: '{n} lines have errors, marked in red in the table.',
  plansSave: 'Save {n} plans',
  plansSaving: 'Saving…',
  plansSaved: 'Saved {n} plans of {m} targets.',
  plansNotSavedAt:
    'No plan was saved (all are saved or none): the server refused the plans of target {codes}, see why below. The table is kept: correct it and save again.',
  plansNotSaved: 'No plan was saved (all are saved or none). The table is kept: correct it and save again.',
};
