/** Words of a figure typed in a cell of the grid: why a text is not a figure of its target. */
export const viFigures = {
  cellEmpty: 'Ô trống: nhập số liệu hoặc nhấn Delete để bỏ thay đổi.',
  cellNumberHint:
    'Viết số kiểu Việt Nam: dấu chấm ngăn hàng nghìn, dấu phẩy thập phân, ví dụ 9.710,8; có thể ghi "trên", "gần" hoặc "khoảng" trước số.',
  cellBadGrouping: '"{text}": dấu chấm ngăn hàng nghìn đặt sai chỗ. {hint}',
  cellNotNumber: '"{text}" không phải là số. {hint}',
  cellUnexpectedPercent: '"{text}": chỉ tiêu này tính bằng {unit}, không phải %.',
  cellHedgeNotAllowed: '"{text}": chỉ được ghi "trên", "gần", "khoảng" trước số liệu là số.',
  cellNotInScale: '"{text}" không có trong thang xếp loại: {scale}.',
  cellShareCount: 'Cần {n} tỷ trọng ({names}), cách nhau bằng dấu /.',
};

export const enFigures: Record<keyof typeof viFigures, string> = {
  cellEmpty: 'Empty cell: enter a figure or press Delete to drop the change.',
  cellNumberHint:
    'Write numbers the Vietnamese way: a dot groups thousands, a comma marks decimals, e.g. 9.710,8; "trên" (over), "gần" (nearly) or "khoảng" (about) may come before the number.',
  cellBadGrouping: '"{text}": the thousands dots are in the wrong place. {hint}',
  cellNotNumber: '"{text}" is not a number. {hint}',
  cellUnexpectedPercent: '"{text}": this target is measured in {unit}, not in %.',
  cellHedgeNotAllowed: '"{text}": "trên", "gần", "khoảng" may only come before a number.',
  cellNotInScale: '"{text}" is not in the grading scale: {scale}.',
  cellShareCount: '{n} shares are needed ({names}), separated by /.',
};
