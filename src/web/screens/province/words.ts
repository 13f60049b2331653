/** The province view's words, Vietnamese and English (numbers and rule texts come from the server). */
import type { ApprovalState } from '../../../core';
import { APPROVAL_STATE_VI } from '../../lib/core';
import { getLang } from '../../lib/i18n';

const vi = {
  title: 'Toàn tỉnh',
  viewTable: 'Bảng đơn vị',
  viewGrid: 'Lưới nhiệt',
  viewRank: 'Xếp hạng',
  asOf: 'Tính đến',
  period: 'Kỳ phê duyệt',
  level: 'Đơn vị',
  levelChildren: 'Trực thuộc',
  levelDistrict: 'Mọi huyện',
  levelCommune: 'Mọi xã',
  approvedOnly: 'Chỉ số liệu đã phê duyệt',
  units: 'đơn vị',
  submitted: 'chờ phê duyệt',
  approved: 'đã phê duyệt',
  late: 'chậm',
  deadline: 'Hạn nhập số liệu',
  noDeadline: 'Chưa đặt hạn',
  setDeadline: 'Đặt hạn',
  unit: 'Đơn vị',
  met: 'Chỉ tiêu đạt',
  lights: 'Đỏ / cam / xanh',
  approval: 'Phê duyệt',
  completeness: 'Nhập số liệu',
  actions: 'Thao tác',
  approve: 'Phê duyệt',
  accept: 'Tiếp nhận',
  returnIt: 'Trả lại',
  reopen: 'Mở lại',
  reason: 'Lý do',
  send: 'Gửi',
  bulkApprove: 'Phê duyệt các đơn vị đã chọn',
  selectUnit: 'Chọn',
  lateUnits: 'Đơn vị chậm nộp số liệu',
  noLate: 'Không có đơn vị nào chậm.',
  remind: 'Nhắc nộp',
  reminded: 'Đã gửi đề nghị',
  open: 'Mở',
  noResolution: 'chưa có nghị quyết nhiệm kỳ này',
  rollup: 'Toàn tỉnh',
  rules: 'Cách cộng dồn từng chỉ tiêu',
  approvedMark: 'đã phê duyệt',
  indicator: 'Chỉ số',
  empty: 'Chưa có đơn vị cấp dưới nào có nghị quyết của nhiệm kỳ này.',
  sortHint: 'Bấm tiêu đề cột để sắp xếp; mặc định đỏ trước.',
  returnedBy: 'Cấp trên trả lại',
  requestFrom: 'Đề nghị của cấp trên',
  changed: 'Đã sửa sau phê duyệt',
  submit: 'Gửi phê duyệt',
};

const en: typeof vi = {
  title: 'Province',
  viewTable: 'Units',
  viewGrid: 'Heat grid',
  viewRank: 'Ranking',
  asOf: 'As of',
  period: 'Approval period',
  level: 'Units',
  levelChildren: 'Directly below',
  levelDistrict: 'All districts',
  levelCommune: 'All communes',
  approvedOnly: 'Approved figures only',
  units: 'units',
  submitted: 'awaiting approval',
  approved: 'approved',
  late: 'late',
  deadline: 'Deadline for figures',
  noDeadline: 'No deadline set',
  setDeadline: 'Set deadline',
  unit: 'Unit',
  met: 'Targets met',
  lights: 'Red / orange / green',
  approval: 'Approval',
  completeness: 'Figures entered',
  actions: 'Actions',
  approve: 'Approve',
  accept: 'Accept',
  returnIt: 'Return',
  reopen: 'Reopen',
  reason: 'Reason',
  send: 'Send',
  bulkApprove: 'Approve the selected units',
  selectUnit: 'Select',
  lateUnits: 'Units late with their figures',
  noLate: 'No unit is late.',
  remind: 'Remind',
  reminded: 'Request sent',
  open: 'Open',
  noResolution: 'no resolution for this term',
  rollup: 'Province',
  rules: 'How each target is rolled up',
  approvedMark: 'approved',
  indicator: 'Indicator',
  empty: 'No unit below has a resolution for this term yet.',
  sortHint: 'Click a column header to sort; red first by default.',
  returnedBy: 'Returned by the level above',
  requestFrom: 'Request from the level above',
  changed: 'Changed after approval',
  submit: 'Submit for approval',
};

const EN_STATES: Record<ApprovalState, string> = {
  open: 'not submitted',
  submitted: 'submitted, awaiting approval',
  approved: 'approved',
  accepted: 'approved and accepted',
  returned: 'returned',
  reopened: 'reopened for corrections',
};

/** A word of the province view in the current language. */
export function w(key: keyof typeof vi): string {
  return (getLang() === 'en' ? en : vi)[key];
}

/** The name of an approval state. */
export function stateWord(state: ApprovalState): string {
  return getLang() === 'en' ? EN_STATES[state] : APPROVAL_STATE_VI[state];
}

const HISTORY_VI = {
  title: 'Số liệu của các đơn vị trước sắp xếp (theo tỷ lệ hợp thành)',
  indicator: 'Chỉ số',
  from: 'Hợp thành từ:',
  merge: 'sáp nhập',
  split: 'chia tách',
  rename: 'đổi tên',
  retype: 'đổi loại đơn vị',
  continue: 'giữ nguyên',
  'thu-ngan-sach': 'Thu ngân sách',
  'tang-truong-gia-tri-san-xuat': 'Tăng trưởng giá trị sản xuất',
  'thu-nhap-binh-quan-dau-nguoi': 'Thu nhập bình quân đầu người',
  'ty-le-ho-ngheo': 'Tỷ lệ hộ nghèo',
  'dan-so': 'Dân số',
};
export type HistoryKey = keyof typeof HISTORY_VI;
const HISTORY_EN: Record<HistoryKey, string> = {
  title: 'Figures of the units before the reorganisation (by the share each gave)',
  indicator: 'Indicator',
  from: 'Made of:',
  merge: 'merged',
  split: 'split',
  rename: 'renamed',
  retype: 'type changed',
  continue: 'unchanged',
  'thu-ngan-sach': 'Budget revenue',
  'tang-truong-gia-tri-san-xuat': 'Production value growth',
  'thu-nhap-binh-quan-dau-nguoi': 'Income per head',
  'ty-le-ho-ngheo': 'Poverty rate',
  'dan-so': 'Population',
};

/** A word of the lineage history panel. */
export function historyWord(key: HistoryKey): string {
  return (getLang() === 'en' ? HISTORY_EN : HISTORY_VI)[key];
}
