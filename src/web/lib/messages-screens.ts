/** Words of the screens that were written in place: dates, counts, the entry grid's marks,
 * errors the browser itself reports. */
export const viScreens = {
  serverError: 'Máy chủ trả lỗi {status}.',
  networkError: 'Không kết nối được với máy chủ. Kiểm tra mạng rồi thử lại; số liệu đã nhập vẫn được giữ.',
  issueRow: 'dòng {n}',
  issueColumn: 'cột {name}',
  validTo: ', đến {date}',
  validFrom: ', từ {date}',
  invalidDate: 'Ngày dạng dd/mm/yyyy, ví dụ 15/08/2025.',
  targetCount: '{n} chỉ tiêu',
};

export const enScreens: Record<keyof typeof viScreens, string> = {
  serverError: 'The server answered with error {status}.',
  networkError: 'Cannot reach the server. Check the network and try again; what you typed is kept.',
  issueRow: 'row {n}',
  issueColumn: 'column {name}',
  validTo: ', until {date}',
  validFrom: ', from {date}',
  invalidDate: 'A date as dd/mm/yyyy, e.g. 15/08/2025.',
  targetCount: '{n} targets',
};
