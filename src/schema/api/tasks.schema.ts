/** Answers about directives, tasks, programmes, explanations, reminders and messages. */
import { z } from 'zod';

export const taskDeadlineOut = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), date: z.string() }),
  z.object({ kind: z.literal('recurring'), every: z.enum(['month', 'quarter', 'year']) }),
  z.object({ kind: z.literal('continuous') }),
  z.object({ kind: z.literal('none') }),
]);

export const taskStatusOut = z.object({
  bucket: z.enum(['done-on-time', 'done-late', 'open-within', 'open-overdue', 'no-deadline']),
  dueSoon: z.boolean(),
  awaitingConfirmation: z.boolean(),
  returned: z.boolean(),
  originalDeadline: z.string().nullable(),
  deadline: z.string().nullable().describe('Thời hạn đang áp dụng (sau gia hạn)'),
  extended: z.boolean(),
  daysLeft: z.number().nullable(),
  daysLate: z.number(),
  light: z.enum(['red', 'orange', 'green', 'grey']),
});

export const taskCountsOut = z.object({
  total: z.number(),
  doneOnTime: z.number(),
  doneLate: z.number(),
  openWithin: z.number(),
  dueSoon: z.number(),
  openOverdue: z.number(),
  noDeadline: z.number(),
  awaitingConfirmation: z.number(),
  extended: z.number(),
  due: z.number().describe('Nhiệm vụ đã đến hạn (thời hạn đang áp dụng là hôm nay hoặc trước)'),
  dueDone: z.number().describe('Trong số đã đến hạn: đã hoàn thành'),
});

export const countLineOut = z.object({ key: z.enum(['buckets', 'done', 'due']), text: z.string() });

export const directiveOut = z.object({
  id: z.string(),
  unitCode: z.string(),
  revision: z.number(),
  kind: z.enum(['nghi-quyet', 'ket-luan', 'chi-thi', 'thong-bao-ket-luan', 'ke-hoach']),
  number: z.string(),
  issuedOn: z.string(),
  issuer: z.string(),
  title: z.string(),
  resolutionId: z.string().nullable().optional(),
  note: z.string().nullable().optional(),
  illustrative: z.boolean().optional(),
  recordedAt: z.string(),
  recordedByName: z.string().nullable(),
});

const taskLinkOut = z.object({ type: z.enum(['target', 'programme']), id: z.string() });

export const taskRecordOut = z.object({
  id: z.string(),
  directiveId: z.string(),
  unitCode: z.string(),
  revision: z.number(),
  number: z.string(),
  content: z.string(),
  leadUnit: z.string(),
  leadUnitCode: z.string().nullable().optional(),
  cooperatingUnits: z.array(z.string()),
  ownerUserId: z.string().nullable().optional(),
  ownerName: z.string().nullable().optional(),
  ownerUsername: z.string().nullable(),
  ownerDisplayName: z.string().nullable(),
  deadline: taskDeadlineOut,
  expectedProduct: z.string().nullable().optional(),
  links: z.array(taskLinkOut),
  assignedOn: z.string(),
  withdrawn: z.boolean().optional(),
  recordedAt: z.string(),
  recordedByName: z.string().nullable(),
});

export const extensionOut = z.object({
  id: z.string(),
  taskId: z.string(),
  previousDeadline: z.string().nullable(),
  newDeadline: z.string(),
  decision: z.string(),
  decidedOn: z.string(),
  reason: z.string().nullable(),
  recordedAt: z.string(),
  recordedByName: z.string().nullable(),
});

export const submissionOut = z.object({
  id: z.string(),
  taskId: z.string(),
  completedOn: z.string(),
  note: z.string().nullable(),
  submittedAt: z.string(),
  submittedByName: z.string().nullable(),
  review: z
    .object({
      decision: z.enum(['confirmed', 'returned']),
      reason: z.string().nullable(),
      decidedAt: z.string(),
      decidedByName: z.string().nullable(),
    })
    .nullable(),
});

export const progressReportOut = z.object({
  id: z.string(),
  taskId: z.string().nullable(),
  programmeId: z.string().nullable(),
  reportedOn: z.string(),
  text: z.string(),
  percent: z.number().nullable(),
  milestone: z.string().nullable(),
  disbursed: z.number().nullable(),
  recordedAt: z.string(),
  recordedByName: z.string().nullable(),
  attachments: z.array(
    z.object({ id: z.string(), fileName: z.string(), mediaType: z.string(), size: z.number() }),
  ),
});

export const explanationOut = z.object({
  id: z.string(),
  unitCode: z.string(),
  taskId: z.string().nullable(),
  targetId: z.string().nullable(),
  addresseeUserId: z.string().nullable(),
  addresseeName: z.string().nullable(),
  question: z.string(),
  dueOn: z.string(),
  requestedAt: z.string(),
  requestedByName: z.string().nullable(),
  answers: z.array(
    z.object({
      revision: z.number(),
      text: z.string(),
      answeredAt: z.string(),
      answeredByName: z.string().nullable(),
    }),
  ),
});

export const taskViewOut = taskRecordOut.extend({
  directive: directiveOut.pick({
    id: true,
    kind: true,
    number: true,
    issuedOn: true,
    issuer: true,
    title: true,
  }),
  extensions: z.array(extensionOut),
  completion: z.enum(['open', 'submitted', 'confirmed', 'returned']),
  completedOn: z.string().nullable(),
  submission: submissionOut.nullable(),
  lastReport: progressReportOut.nullable(),
  reportCount: z.number(),
  explanations: z.array(explanationOut),
  status: taskStatusOut,
});

export const messageOut = z.object({
  id: z.string(),
  recipientUserId: z.string().nullable(),
  channel: z.string(),
  address: z.string().nullable(),
  kind: z.enum([
    'reminder',
    'escalation',
    'explanation-request',
    'explanation-answer',
    'returned',
    'assigned',
  ]),
  subject: z.string(),
  body: z.string(),
  taskIds: z.array(z.string()),
  unitCode: z.string().nullable(),
  status: z.enum(['queued', 'sent', 'failed']),
  error: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});

export const directiveListAnswer = z.object({
  directives: z.array(directiveOut.extend({ counts: taskCountsOut })),
});
export const directiveAnswer = z.object({ directive: directiveOut });
export const directivePageAnswer = z.object({
  today: z.string(),
  directive: directiveOut,
  history: z.array(directiveOut),
  tasks: z.array(taskViewOut),
  counts: taskCountsOut,
  countLines: z.array(countLineOut),
});
export const tasksCreatedAnswer = z.object({ tasks: z.array(taskRecordOut) });
export const taskRecordAnswer = z.object({ task: taskRecordOut });
export const taskDetailAnswer = z.object({
  today: z.string(),
  task: taskViewOut,
  history: z.array(taskRecordOut),
  reports: z.array(progressReportOut),
  submissions: z.array(submissionOut),
  messages: z.array(messageOut),
  links: z
    .array(z.object({ type: z.enum(['target', 'programme']), id: z.string(), label: z.string() }))
    .describe('Chỉ tiêu, chương trình mà nhiệm vụ phục vụ'),
  canManage: z.boolean().describe('Người hỏi là cơ quan giao (xác nhận, gia hạn, yêu cầu giải trình)'),
  canReport: z.boolean(),
});
export const taskActionAnswer = z.object({ today: z.string(), task: taskViewOut });
export const explanationAnswer = z.object({ explanation: explanationOut });

export const taskDraftOut = z.object({
  number: z.string(),
  content: z.string(),
  leadUnit: z.string().nullable(),
  leadUnitCode: z.string().nullable(),
  cooperatingUnits: z.array(z.string()),
  ownerName: z.string().nullable(),
  deadline: taskDeadlineOut,
  deadlineSource: z.string(),
  expectedProduct: z.string().nullable(),
  section: z.string().nullable(),
  warnings: z.array(z.string()),
});
export const taskDraftsAnswer = z.object({
  source: z.enum(['text', 'docx', 'xlsx']),
  drafts: z.array(taskDraftOut),
});

const groupOut = z.object({ key: z.string(), label: z.string(), counts: taskCountsOut });
export const taskBoardAnswer = z.object({
  unitCode: z.string(),
  today: z.string(),
  counts: taskCountsOut,
  countLines: z.array(countLineOut),
  tasks: z.array(taskViewOut).describe('Đỏ trước: quá hạn, sắp đến hạn, trong hạn…'),
  byUnit: z.array(groupOut),
  byDirective: z.array(groupOut),
  explanations: z.array(explanationOut),
});
export const myTasksAnswer = z.object({
  today: z.string(),
  tasks: z.array(taskViewOut),
  counts: taskCountsOut,
  explanations: z.array(explanationOut.extend({ about: z.string() })),
  messages: z.array(messageOut),
});

export const scheduleAnswer = z.object({
  schedule: z.object({
    beforeDays: z.array(z.number()),
    onTheDay: z.boolean(),
    overdueEveryDays: z.number(),
    escalateAfterDays: z.number().nullable(),
    dueSoonDays: z.number(),
    channels: z.array(z.enum(['in-app', 'email', 'sms', 'zalo'])),
    fromUnitCode: z.string().nullable(),
    revision: z.number(),
  }),
});
export const contactOut = z.object({
  userId: z.string(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  title: z.string().nullable(),
  superiorUserId: z.string().nullable(),
  revision: z.number(),
});
export const peopleAnswer = z.object({ people: z.array(contactOut) });
export const contactAnswer = z.object({ contact: contactOut });
export const messagesAnswer = z.object({ messages: z.array(messageOut) });
export const remindersRunAnswer = z.object({
  today: z.string(),
  digests: z.number().describe('Số người nhận tin nhắc (mỗi người một tin gộp)'),
  tasks: z.number(),
  escalations: z.number(),
  explanationReminders: z.number().describe('Số người được nhắc trả lời giải trình đến hạn'),
});

const milestoneOut = z.object({
  name: z.string(),
  dueOn: z.string().nullable().optional(),
  reachedOn: z.string().nullable().optional(),
});
export const programmeOut = z.object({
  id: z.string(),
  unitCode: z.string(),
  resolutionId: z.string().nullable(),
  revision: z.number(),
  kind: z.enum(['chuong-trinh', 'dot-pha', 'cong-trinh-du-an', 'de-an', 'ke-hoach']),
  code: z.string().nullable().optional(),
  name: z.string(),
  description: z.string().nullable().optional(),
  leadUnit: z.string().nullable().optional(),
  investment: z.number().nullable().optional(),
  investmentUnit: z.string().nullable().optional(),
  startYear: z.number().nullable().optional(),
  endYear: z.number().nullable().optional(),
  milestones: z.array(milestoneOut),
  status: z.enum(['active', 'dropped']),
  change: z.enum(['create', 'rename', 'change', 'drop']),
  decision: z.string().nullable().optional(),
  decidedOn: z.string().nullable().optional(),
  reason: z.string().nullable().optional(),
  illustrative: z.boolean().optional(),
  recordedAt: z.string(),
  recordedByName: z.string().nullable(),
});
export const programmesAnswer = z.object({ programmes: z.array(programmeOut) });
export const programmeAnswer = z.object({ programme: programmeOut });
export const programmeDetailAnswer = z.object({
  programme: programmeOut,
  history: z.array(programmeOut),
  reports: z.array(progressReportOut),
});
export const reportCreatedAnswer = z.object({ id: z.string() });
