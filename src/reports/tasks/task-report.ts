/**
 * The report on the implementation of assigned tasks for a period, in the document layouts of
 * the review reports (Nghị định 30 for state bodies, Hướng dẫn 36 for Party committees): the
 * counts with their denominators and shares adding up to 100, a paragraph per directive, the
 * overdue list with each request for explanation and its answer (or that none came), the tasks
 * completed late, and the appendix table of every task. Pure: the task views are given, as of
 * the last day of the period.
 */
import {
  countTasks,
  deadlineTextVi,
  formatDateVi,
  formatShortDateVi,
  sortRedFirstTasks,
  taskCountLinesVi,
  type Issuer,
  type TaskStatus,
} from '../../core';
import { dateLine, documentNumberLine, layoutFor } from '../layout-spec';
import type { AppendixRow, Cell, NarrativeSection, ReportDocument } from '../report-types';
import { upperVi } from '../vi';
import type { ExplanationRecord as Explanation } from '../../services/tasks/explanation.service';
import type { TaskView } from '../../services/tasks/task-view.service';

/** What the report covers. */
export interface TaskReportInput {
  unitName: string;
  issuer: Issuer;
  /** First and last day of the period (ISO); statuses are as of `to`. */
  from: string;
  to: string;
  tasks: TaskView[];
  /** Only one directive (its number in the title), if given. */
  directive?: { number: string; issuedOn: string; issuer: string } | null;
  date?: string;
  number?: string;
  /** Requests for explanation on the unit's targets (red ones), with their answers. */
  targetExplanations?: { target: string; explanation: Explanation }[];
}

const BUCKET_VI: Record<TaskStatus['bucket'], string> = {
  'done-on-time': 'Hoàn thành đúng hạn',
  'done-late': 'Hoàn thành quá hạn',
  'open-within': 'Đang thực hiện, trong hạn',
  'open-overdue': 'Chưa hoàn thành, quá hạn',
  'no-deadline': 'Không có thời hạn',
};

/** The status as a table prints it: "Chưa hoàn thành, quá hạn 12 ngày (đã gia hạn)". */
export function statusTextVi(s: TaskStatus): string {
  let text = BUCKET_VI[s.bucket];
  if (s.bucket === 'open-overdue' || s.bucket === 'done-late') text += ` ${s.daysLate} ngày`;
  if (s.bucket === 'open-within' && s.dueSoon) text = `Sắp đến hạn (còn ${s.daysLeft} ngày)`;
  if (s.awaitingConfirmation) text += '; chờ xác nhận hoàn thành';
  if (s.returned) text += '; đã trả lại để thực hiện tiếp';
  if (s.extended) text += ' (đã gia hạn)';
  return text;
}

const t = (text: string): Cell => ({ kind: 'text', text });

function deadlineCell(task: TaskView): string {
  const last = task.extensions[task.extensions.length - 1];
  const original = deadlineTextVi(task.deadline);
  return last
    ? `${original}; gia hạn đến ${formatShortDateVi(last.newDeadline)} (${last.decision})`
    : original;
}

function explanationText(task: Pick<TaskView, 'explanations'>): string {
  if (!task.explanations.length) return '';
  return task.explanations
    .map((e) => {
      const answer = e.answers[e.answers.length - 1];
      const asked = `Yêu cầu ngày ${formatShortDateVi(e.requestedAt.slice(0, 10))}`;
      return answer
        ? `${asked}: "${answer.text}" (giải trình ngày ${formatShortDateVi(answer.answeredAt.slice(0, 10))})`
        : `${asked}: chưa giải trình (hạn ${formatShortDateVi(e.dueOn)})`;
    })
    .join('; ');
}

function overdueParagraph(task: TaskView, n: number): string {
  const who = task.ownerDisplayName ?? task.ownerName;
  const progress = task.lastReport
    ? ` Tiến độ báo cáo ngày ${formatShortDateVi(task.lastReport.reportedOn)}: ${task.lastReport.text}${task.lastReport.percent != null ? ` (${String(task.lastReport.percent).replace('.', ',')}%)` : ''}.`
    : ' Chưa có báo cáo tiến độ.';
  const explained = task.explanations.length
    ? ` Giải trình: ${explanationText(task)}.`
    : ' Chưa có yêu cầu giải trình.';
  return (
    `${n}. Nhiệm vụ ${task.number} theo văn bản số ${task.directive.number}: ${task.content}. ` +
    `Đơn vị chủ trì: ${task.leadUnit}${who ? ` (người chịu trách nhiệm: ${who})` : ''}; thời hạn ${deadlineCell(task)}; ` +
    `quá hạn ${task.status.daysLate} ngày.${progress}${explained}`
  );
}

/** Builds the report as data, for the Word and Excel renderers of the review reports. */
export function buildTaskReport(input: TaskReportInput): ReportDocument {
  const { issuer } = input;
  const layout = layoutFor(issuer);
  const year = Number((input.date ?? input.to).slice(0, 4));
  const tasks = sortRedFirstTasks(input.tasks);
  const counts = countTasks(tasks.map((x) => x.status));
  const span = `từ ${formatDateVi(input.from)} đến ${formatDateVi(input.to)}`;
  const subject = input.directive
    ? `Kết quả thực hiện nhiệm vụ theo văn bản số ${input.directive.number} ngày ${formatShortDateVi(input.directive.issuedOn)} của ${input.directive.issuer} (${span})`
    : `Kết quả thực hiện nhiệm vụ được giao theo các văn bản chỉ đạo (${span})`;
  const byDirective = new Map<string, TaskView[]>();
  for (const task of input.tasks)
    byDirective.set(task.directiveId, [...(byDirective.get(task.directiveId) ?? []), task]);
  const directiveLines = [...byDirective.values()].map((list) => {
    const d = list[0]!.directive;
    const c = countTasks(list.map((x) => x.status));
    return (
      `Văn bản số ${d.number} ngày ${formatShortDateVi(d.issuedOn)} của ${d.issuer} (${d.title}): ${c.total} nhiệm vụ; ` +
      `hoàn thành đúng hạn ${c.doneOnTime}/${c.total}, hoàn thành quá hạn ${c.doneLate}/${c.total}, ` +
      `đang thực hiện trong hạn ${c.openWithin}/${c.total}, quá hạn ${c.openOverdue}/${c.total}, không có thời hạn ${c.noDeadline}/${c.total}.`
    );
  });
  const overdue = tasks.filter((x) => x.status.bucket === 'open-overdue');
  const late = tasks.filter((x) => x.status.bucket === 'done-late');
  const sections: NarrativeSection[] = [
    {
      level: 1,
      heading: 'I. TÌNH HÌNH GIAO VÀ THỰC HIỆN NHIỆM VỤ',
      paragraphs: [
        `Tính đến ${formatDateVi(input.to)}, ${input.unitName} theo dõi ${counts.total} nhiệm vụ được giao (số liệu ${span}; hoàn thành là nhiệm vụ đã được cơ quan giao xác nhận).`,
        ...taskCountLinesVi(counts).map((l) => l.text),
        ...(counts.awaitingConfirmation
          ? [
              `Có ${counts.awaitingConfirmation}/${counts.total} nhiệm vụ đã báo cáo hoàn thành, đang chờ xác nhận.`,
            ]
          : []),
        ...(counts.extended
          ? [
              `Có ${counts.extended}/${counts.total} nhiệm vụ được gia hạn theo quyết định; thời hạn gốc vẫn được ghi nhận.`,
            ]
          : []),
      ],
    },
    { level: 2, heading: '1. Theo từng văn bản', paragraphs: directiveLines },
    {
      level: 1,
      heading: 'II. NHIỆM VỤ QUÁ HẠN VÀ GIẢI TRÌNH',
      paragraphs: overdue.length
        ? [
            `Có ${overdue.length}/${counts.total} nhiệm vụ chưa hoàn thành, quá hạn:`,
            ...overdue.map((x, i) => overdueParagraph(x, i + 1)),
          ]
        : ['Không có nhiệm vụ quá hạn.'],
    },
    {
      level: 1,
      heading: 'III. NHIỆM VỤ HOÀN THÀNH QUÁ HẠN',
      paragraphs: late.length
        ? late.map(
            (x, i) =>
              `${i + 1}. Nhiệm vụ ${x.number} theo văn bản số ${x.directive.number}: ${x.content}; hoàn thành ngày ${formatShortDateVi(x.completedOn as string)}, quá hạn ${x.status.daysLate} ngày so với thời hạn ${deadlineCell(x)}.${x.explanations.length ? ` Giải trình: ${explanationText(x)}.` : ''}`,
          )
        : ['Không có nhiệm vụ hoàn thành quá hạn.'],
    },
  ];
  const onTargets = input.targetExplanations ?? [];
  if (onTargets.length)
    sections.push({
      level: 1,
      heading: 'IV. GIẢI TRÌNH VỀ CHỈ TIÊU CHƯA ĐẠT TIẾN ĐỘ',
      paragraphs: onTargets.map(
        (x, i) =>
          `${i + 1}. ${x.target}. ${x.explanation.question} ${explanationText({ explanations: [x.explanation] })}.`,
      ),
    });
  const rows: AppendixRow[] = [];
  let n = 0;
  for (const list of byDirective.values()) {
    const d = list[0]!.directive;
    rows.push({
      kind: 'group',
      cells: [
        t(''),
        t(`Văn bản số ${d.number} ngày ${formatShortDateVi(d.issuedOn)}: ${d.title}`),
        t(''),
        t(''),
        t(''),
        t(''),
        t(''),
        t(''),
        t(''),
      ],
    });
    for (const x of sortRedFirstTasks(list)) {
      n += 1;
      rows.push({
        kind: 'target',
        targetId: x.id,
        cells: [
          { kind: 'number', value: n, decimals: 0 },
          t(`${x.number}. ${x.content}`),
          t(
            [
              x.leadUnit,
              ...(x.cooperatingUnits.length ? [`Phối hợp: ${x.cooperatingUnits.join(', ')}`] : []),
            ].join('\n'),
          ),
          t(x.ownerDisplayName ?? x.ownerName ?? ''),
          t(deadlineCell(x)),
          t(statusTextVi(x.status)),
          t(x.completedOn && x.completion === 'confirmed' ? formatShortDateVi(x.completedOn) : ''),
          t(x.lastReport ? `${formatShortDateVi(x.lastReport.reportedOn)}: ${x.lastReport.text}` : ''),
          t(explanationText(x)),
        ],
      });
    }
  }
  const numberText = input.number ? ` số ${input.number}` : '';
  return {
    // The renderers read neither; the model's fields are those of a periodic report.
    type: 'year',
    asOf: String(year),
    layout,
    header: {
      ...(issuer.superior ? { superior: upperVi(issuer.superior) } : {}),
      issuer: upperVi(issuer.name),
      issuerMark: layout.issuerMark,
      numberLine: documentNumberLine(layout, issuer.symbol, input.number),
      mottoLines: layout.mottoLines,
      dateLine: dateLine(issuer.place, input.date, year),
    },
    title: { kind: 'BÁO CÁO', subject: [layout.titleSubjectCase === 'upper' ? upperVi(subject) : subject] },
    sections,
    appendix: {
      heading: 'PHỤ LỤC',
      title: 'DANH MỤC NHIỆM VỤ VÀ TÌNH HÌNH THỰC HIỆN',
      subtitle: `(Kèm theo Báo cáo${numberText} của ${issuer.name}; tình trạng tính đến ${formatDateVi(input.to)})`,
      columns: [
        { key: 'stt', header: 'STT', width: 4, align: 'center' },
        { key: 'content', header: 'Nội dung nhiệm vụ', width: 30, align: 'left' },
        { key: 'lead', header: 'Đơn vị chủ trì, phối hợp', width: 14, align: 'left' },
        { key: 'owner', header: 'Người chịu trách nhiệm', width: 10, align: 'left' },
        { key: 'deadline', header: 'Thời hạn', width: 12, align: 'center' },
        { key: 'status', header: 'Tình trạng', width: 12, align: 'left' },
        { key: 'done', header: 'Ngày hoàn thành', width: 8, align: 'center' },
        { key: 'progress', header: 'Tiến độ, kết quả', width: 18, align: 'left' },
        { key: 'explanation', header: 'Giải trình', width: 18, align: 'left' },
      ],
      rows,
      notes: [
        'Hoàn thành: nhiệm vụ đã được cơ quan giao xác nhận. Quá hạn tính theo thời hạn đang áp dụng (sau gia hạn); thời hạn gốc ghi trước.',
        'Tỷ lệ phần trăm: các tỷ lệ lấy đến 2 chữ số thập phân bỏ phần sau, tỷ lệ cuối bằng 100% trừ các tỷ lệ trước.',
      ],
      landscape: true,
    },
    signature: { capacity: layout.signatureCapacity, title: layout.signatureTitle, name: '' },
    recipients:
      layout.kind === 'party'
        ? [
            `- ${issuer.superior ?? 'Cấp ủy cấp trên'} (để báo cáo),`,
            '- Các đơn vị được giao nhiệm vụ,',
            '- Lưu Văn phòng.',
          ]
        : [
            `- ${issuer.superior ?? 'Cơ quan cấp trên'} (để báo cáo),`,
            '- Các đơn vị được giao nhiệm vụ,',
            '- Lưu: VT.',
          ],
    fileStem: `Báo cáo thực hiện nhiệm vụ ${input.to}`,
  };
}
