/** The words of the task screens, Vietnamese and English (counts and sentences come from the server). */
import { getLang } from '../../lib/i18n';

const vi = {
  tasks: 'Nhiệm vụ',
  board: 'Bảng theo dõi',
  directives: 'Văn bản chỉ đạo',
  myTasks: 'Việc của tôi',
  redFirst: 'Đỏ trước: quá hạn, sắp đến hạn, trong hạn',
  remindNow: 'Nhắc ngay',
  reminded: 'Đã gửi {digests} tin nhắc ({tasks} nhiệm vụ).',
  byUnit: 'Theo đơn vị chủ trì',
  byDirective: 'Theo văn bản',
  number: 'Số',
  content: 'Nội dung nhiệm vụ',
  directive: 'Văn bản',
  leadUnit: 'Đơn vị chủ trì',
  cooperating: 'Đơn vị phối hợp',
  owner: 'Người chịu trách nhiệm',
  deadline: 'Thời hạn',
  status: 'Tình trạng',
  progress: 'Tiến độ',
  open: 'Xem',
  askExplanation: 'Yêu cầu giải trình',
  explanationSent: 'Đã gửi yêu cầu giải trình.',
  defaultQuestion: 'Đề nghị giải trình lý do chậm tiến độ và giải pháp, thời gian hoàn thành.',
  newDirective: 'Ghi văn bản mới',
  kind: 'Loại văn bản',
  docNumber: 'Số, ký hiệu',
  issuedOn: 'Ngày ban hành',
  issuer: 'Cơ quan ban hành',
  title: 'Trích yếu',
  save: 'Lưu',
  assign: 'Giao nhiệm vụ',
  assignTask: 'Giao một nhiệm vụ',
  importTasks: 'Nhập nhiệm vụ từ văn bản Word hoặc bảng Excel',
  pasteText: 'Dán nội dung văn bản (các nhiệm vụ đánh số 1., 2., a) …)',
  orFile: 'hoặc chọn tệp .docx, .xlsx',
  readDrafts: 'Đọc thành bản nháp',
  confirmDrafts: 'Xác nhận giao {n} nhiệm vụ',
  draftsHint: 'Kiểm tra, sửa từng dòng rồi xác nhận; chưa có gì được lưu.',
  remove: 'Bỏ',
  deadlineKind: 'Loại thời hạn',
  kindDate: 'Ngày cụ thể',
  kindQuarter: 'Hằng quý',
  kindMonth: 'Hằng tháng',
  kindContinuous: 'Thường xuyên',
  kindNone: 'Không có thời hạn',
  nobody: '— chưa chọn —',
  back: '← Danh sách văn bản',
  history: 'Lịch sử',
  extensions: 'Gia hạn',
  reports: 'Báo cáo tiến độ',
  reportProgress: 'Báo cáo tiến độ',
  percent: 'Tỷ lệ hoàn thành (%)',
  milestone: 'Mốc đạt được',
  attachment: 'Tệp đính kèm',
  send: 'Gửi',
  submitDone: 'Báo cáo hoàn thành',
  completedOn: 'Ngày hoàn thành',
  confirm: 'Xác nhận hoàn thành',
  returnIt: 'Trả lại',
  reason: 'Lý do',
  extend: 'Gia hạn',
  newDeadline: 'Thời hạn mới',
  decision: 'Văn bản quyết định',
  decidedOn: 'Ngày quyết định',
  question: 'Nội dung yêu cầu',
  dueOn: 'Hạn trả lời',
  explanations: 'Giải trình',
  answer: 'Trả lời',
  answerHere: 'Nội dung giải trình',
  noAnswer: 'Chưa giải trình (hạn {date})',
  messages: 'Tin nhắn',
  noTasks: 'Không có nhiệm vụ nào.',
  noDirectives: 'Chưa có văn bản nào.',
  noMessages: 'Chưa có tin nhắn.',
  report: 'Báo cáo thực hiện nhiệm vụ',
  from: 'Từ ngày',
  to: 'Đến ngày',
  download: 'Tải {format}',
  saved: 'Đã lưu.',
  waiting: 'Chờ xác nhận hoàn thành',
  returned: 'Đã trả lại',
  extendedTo: 'gia hạn đến {date}',
  original: 'thời hạn gốc {date}',
  askedOfMe: 'Yêu cầu giải trình gửi tôi',
  inbox: 'Tin nhắc việc',
  close: 'Đóng',
  status_sent: 'đã gửi',
  status_queued: 'đang chờ gửi',
  status_failed: 'không gửi được',
  milestones: 'Các mốc',
  messageLog: 'Nhật ký tin nhắn ({n} tin gần nhất)',
  sentAt: 'Thời gian',
  channel: 'Kênh',
  address: 'Địa chỉ',
  subject: 'Tiêu đề',
  newProgramme: 'Thêm chương trình, khâu đột phá, công trình, dự án',
  disbursed: 'Vốn đã giải ngân',
  correct: 'Sửa nhiệm vụ, lịch sử sửa đổi',
  withdraw: 'Thu hồi nhiệm vụ',
  serves: 'Phục vụ chỉ tiêu, chương trình (giữ Ctrl để chọn nhiều)',
  links: 'Phục vụ',
  reportDirective: 'Báo cáo theo văn bản này',
  showAll: 'Xem tất cả',
  programmes: 'Chương trình, dự án',
  programme: 'Chương trình, khâu đột phá, công trình, dự án',
  investment: 'Vốn đầu tư',
  newName: 'Tên mới',
  noProgrammes: 'Chưa có chương trình, dự án nào.',
  settings: 'Thiết lập nhắc việc',
  schedule: 'Lịch nhắc việc',
  scheduleInherited: 'Đang dùng lịch của đơn vị {from}; lưu để đặt lịch riêng cho đơn vị này.',
  scheduleDefault: 'Đang dùng lịch mặc định; lưu để đặt lịch riêng cho đơn vị này.',
  kindShort: 'Loại',
  beforeDays: 'Nhắc trước hạn (ngày, cách nhau bởi dấu phẩy)',
  onTheDay: 'Nhắc đúng ngày đến hạn',
  overdueEvery: 'Khi quá hạn, nhắc mỗi (ngày; 0 = không)',
  escalateAfter: 'Báo cấp trên sau khi quá hạn (ngày; trống = không)',
  dueSoonDays: 'Sắp đến hạn: còn (ngày)',
  byEmail: 'Gửi cả e-mail',
  contacts: 'Cán bộ: e-mail và cấp trên (nhận báo cáo quá hạn)',
  superior: 'Cấp trên',
  redTargets: 'Chỉ tiêu đỏ: {n}/{of} chỉ tiêu của nghị quyết',
  defaultTargetQuestion:
    'Đề nghị giải trình nguyên nhân chỉ tiêu chưa đạt tiến độ, giải pháp và lộ trình thực hiện đến cuối nhiệm kỳ.',
  total: 'Tổng số',
  overdue: 'Quá hạn',
  dueSoon: 'Sắp đến hạn',
  done: 'Đã hoàn thành',
};

const en: typeof vi = {
  tasks: 'Tasks',
  board: 'Board',
  directives: 'Directives',
  myTasks: 'My tasks',
  redFirst: 'Red first: overdue, due soon, within deadline',
  remindNow: 'Remind now',
  reminded: '{digests} reminders sent ({tasks} tasks).',
  byUnit: 'By lead unit',
  byDirective: 'By directive',
  number: 'No.',
  content: 'Task',
  directive: 'Directive',
  leadUnit: 'Lead unit',
  cooperating: 'Cooperating units',
  owner: 'Person responsible',
  deadline: 'Deadline',
  status: 'Status',
  progress: 'Progress',
  open: 'Open',
  askExplanation: 'Ask for an explanation',
  explanationSent: 'Request for explanation sent.',
  defaultQuestion: 'Please explain the delay, the measures taken and when the task will be done.',
  newDirective: 'Record a directive',
  kind: 'Kind',
  docNumber: 'Number',
  issuedOn: 'Issued on',
  issuer: 'Issued by',
  title: 'Subject',
  save: 'Save',
  assign: 'Assign',
  assignTask: 'Assign a task',
  importTasks: 'Import tasks from a Word text or an Excel table',
  pasteText: 'Paste the text (tasks numbered 1., 2., a) …)',
  orFile: 'or choose a .docx or .xlsx file',
  readDrafts: 'Read as drafts',
  confirmDrafts: 'Assign {n} tasks',
  draftsHint: 'Check and correct each row, then confirm; nothing is saved yet.',
  remove: 'Remove',
  deadlineKind: 'Deadline kind',
  kindDate: 'A date',
  kindQuarter: 'Quarterly',
  kindMonth: 'Monthly',
  kindContinuous: 'Ongoing',
  kindNone: 'No deadline',
  nobody: '— none —',
  back: '← Directives',
  history: 'History',
  extensions: 'Extensions',
  reports: 'Progress reports',
  reportProgress: 'Report progress',
  percent: 'Percent done',
  milestone: 'Milestone reached',
  attachment: 'Attachment',
  send: 'Send',
  submitDone: 'Report completion',
  completedOn: 'Completed on',
  confirm: 'Confirm completion',
  returnIt: 'Return',
  reason: 'Reason',
  extend: 'Extend',
  newDeadline: 'New deadline',
  decision: 'Deciding document',
  decidedOn: 'Decided on',
  question: 'Request',
  dueOn: 'Answer by',
  explanations: 'Explanations',
  answer: 'Answer',
  answerHere: 'Explanation',
  noAnswer: 'Not answered yet (due {date})',
  messages: 'Messages',
  noTasks: 'No tasks.',
  noDirectives: 'No directives yet.',
  noMessages: 'No messages yet.',
  report: 'Report on task implementation',
  from: 'From',
  to: 'To',
  download: 'Download {format}',
  saved: 'Saved.',
  waiting: 'Waiting for confirmation',
  returned: 'Returned',
  extendedTo: 'extended to {date}',
  original: 'original deadline {date}',
  askedOfMe: 'Explanations asked of me',
  inbox: 'Reminders',
  close: 'Close',
  status_sent: 'sent',
  status_queued: 'queued',
  status_failed: 'not sent',
  milestones: 'Milestones',
  messageLog: 'Message log ({n} latest)',
  sentAt: 'Time',
  channel: 'Channel',
  address: 'Address',
  subject: 'Subject',
  newProgramme: 'Add a programme, breakthrough, work or project',
  disbursed: 'Funds disbursed',
  correct: 'Correct the task, its revisions',
  withdraw: 'Withdraw the task',
  serves: 'Serves targets or programmes (Ctrl to choose several)',
  links: 'Serves',
  reportDirective: 'Report on this directive',
  showAll: 'Show all',
  programmes: 'Programmes and projects',
  programme: 'Programme, breakthrough, work or project',
  investment: 'Investment',
  newName: 'New name',
  noProgrammes: 'No programmes or projects yet.',
  settings: 'Reminder settings',
  schedule: 'Reminder schedule',
  scheduleInherited: 'Using the schedule of unit {from}; save to give this unit its own.',
  scheduleDefault: 'Using the default schedule; save to give this unit its own.',
  kindShort: 'Kind',
  beforeDays: 'Remind before the deadline (days, comma separated)',
  onTheDay: 'Remind on the deadline day',
  overdueEvery: 'When overdue, remind every (days; 0 = never)',
  escalateAfter: 'Tell the superior after (days overdue; empty = never)',
  dueSoonDays: 'Due soon: days left',
  byEmail: 'Also by e-mail',
  contacts: 'People: e-mail and superior (hears of overdue tasks)',
  superior: 'Superior',
  redTargets: 'Red targets: {n} of {of} targets of the resolution',
  defaultTargetQuestion:
    'Please explain why the target is behind, the measures and the path to the end of the term.',
  total: 'Total',
  overdue: 'Overdue',
  dueSoon: 'Due soon',
  done: 'Done',
};

export type TaskWord = keyof typeof vi;

/** A word in the current language, `{name}` filled in. */
export function w(key: TaskWord, vars: Record<string, string | number> = {}): string {
  const text = (getLang() === 'en' ? en : vi)[key];
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** "30/09/2023" from an ISO date. */
export function shortDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** How a deadline reads. */
export function deadlineWords(deadline: { kind: string; date?: string; every?: string }): string {
  if (deadline.kind === 'date') return shortDate(deadline.date);
  if (deadline.kind === 'recurring')
    return deadline.every === 'month'
      ? w('kindMonth')
      : deadline.every === 'year'
        ? 'Hằng năm'
        : w('kindQuarter');
  return deadline.kind === 'continuous' ? w('kindContinuous') : w('kindNone');
}

const STATUS_VI: Record<string, string> = {
  'done-on-time': 'Hoàn thành đúng hạn',
  'done-late': 'Hoàn thành quá hạn',
  'open-within': 'Trong hạn',
  'open-overdue': 'Quá hạn',
  'no-deadline': 'Không có thời hạn',
};
const STATUS_EN: Record<string, string> = {
  'done-on-time': 'Done on time',
  'done-late': 'Done late',
  'open-within': 'Within deadline',
  'open-overdue': 'Overdue',
  'no-deadline': 'No deadline',
};

/** "Quá hạn 7 ngày", "Sắp đến hạn (còn 2 ngày)", "Trong hạn". */
export function statusWords(s: {
  bucket: string;
  dueSoon: boolean;
  daysLate: number;
  daysLeft: number | null;
}): string {
  const en = getLang() === 'en';
  if (s.bucket === 'open-within' && s.dueSoon)
    return en ? `Due soon (${s.daysLeft} days left)` : `Sắp đến hạn (còn ${s.daysLeft} ngày)`;
  const base = (en ? STATUS_EN : STATUS_VI)[s.bucket] ?? s.bucket;
  if (s.bucket === 'open-overdue' || s.bucket === 'done-late')
    return en ? `${base} by ${s.daysLate} days` : `${base} ${s.daysLate} ngày`;
  return base;
}

/** A channel's name in words. */
export function channelWords(channel: string): string {
  const en = getLang() === 'en';
  if (channel === 'in-app') return en ? 'in the app' : 'trong ứng dụng';
  if (channel === 'email') return 'e-mail';
  return channel === 'sms' ? 'SMS' : channel === 'zalo' ? 'Zalo' : channel;
}
