/**
 * The task routes' cases for the wrong-user test (access.test.ts): a directive of Chí Linh (290)
 * with tasks, a programme, an explanation request and an attachment, and a valid request of
 * every task route on them. Hải Dương's admin (30) gets a 2xx for each, in this order.
 */
import type { InjectOptions } from 'fastify';
import { TEST_ACTOR } from '../../../test/factories';
import { createDirective } from '../../services/tasks/directive.service';
import { requestExplanation } from '../../services/tasks/explanation.service';
import { createProgramme } from '../../services/tasks/programme.service';
import { reportProgress, submitCompletion } from '../../services/tasks/task-progress.service';
import { addTasks } from '../../services/tasks/task.service';
import type { TestApp } from '../testing';

type Req = Omit<InjectOptions, 'url'> & { url: string; method: NonNullable<InjectOptions['method']> };

/** Ids of the Chí Linh task data. */
export interface TaskWorld {
  directiveId: string;
  taskIds: string[];
  programmeId: string;
  explanationId: string;
  attachmentId: string;
  ownerUserId: string;
  /** Chí Linh's admin: never disabled by the other cases. */
  colleagueUserId: string;
  targetId: string;
}

/** Seeds Chí Linh's directive, tasks, programme, explanation and attachment. */
export async function seedTaskWorld(t: TestApp, targetId: string): Promise<TaskWorld> {
  const db = t.database.db;
  const [owner] = await db.query<{ id: string }>(
    "select id::text as id from users where username = 'chilinh.editor'",
  );
  const ownerUserId = owner?.id as string;
  const [colleague] = await db.query<{ id: string }>(
    "select id::text as id from users where username = 'chilinh.admin'",
  );
  const directive = await createDirective(db, TEST_ACTOR, '290', {
    kind: 'ket-luan',
    number: '45-KL/TU',
    issuedOn: '2025-05-01',
    issuer: 'Ban Thường vụ Thành ủy Chí Linh',
    title: 'Kết luận thử quyền',
  });
  const base = { leadUnit: 'UBND thành phố Chí Linh', cooperatingUnits: [], links: [], ownerUserId };
  const tasks = await addTasks(
    db,
    TEST_ACTOR,
    directive.id,
    [
      {
        ...base,
        number: '1',
        content: 'Nhiệm vụ thử quyền một',
        deadline: { kind: 'date', date: '2025-05-20' },
      },
      {
        ...base,
        number: '2',
        content: 'Nhiệm vụ thử quyền hai',
        deadline: { kind: 'date', date: '2025-07-20' },
      },
      {
        ...base,
        number: '3',
        content: 'Nhiệm vụ thử quyền ba',
        deadline: { kind: 'date', date: '2025-08-20' },
      },
    ],
    '2025-05-02',
  );
  const ids = tasks.map((x) => x.id);
  const owned = { ...TEST_ACTOR, userId: ownerUserId };
  await reportProgress(
    db,
    owned,
    ids[0] as string,
    {
      text: 'Đã làm',
      attachments: [{ fileName: 'a.txt', mediaType: 'text/plain', content: Buffer.from('a') }],
    },
    '2025-05-10',
  );
  await submitCompletion(db, owned, ids[2] as string, { completedOn: '2025-05-30' }, '2025-05-30');
  const [attachment] = await db.query<{ id: string }>('select id from report_attachments limit 1');
  const programme = await createProgramme(db, TEST_ACTOR, '290', null, {
    kind: 'cong-trinh-du-an',
    name: 'Dự án thử quyền',
    milestones: [],
  });
  const explanation = await requestExplanation(
    db,
    TEST_ACTOR,
    { taskId: ids[0] as string },
    { question: 'Vì sao chậm?', dueOn: '2025-06-30' },
    '2025-06-01',
  );
  return {
    directiveId: directive.id,
    taskIds: ids,
    programmeId: programme.id,
    explanationId: explanation.id,
    attachmentId: attachment?.id as string,
    ownerUserId,
    colleagueUserId: colleague?.id as string,
    targetId,
  };
}

/** A valid request on Chí Linh's task data for every task route. */
export function taskAccessRequests(w: TaskWorld): Record<string, Req> {
  const [t1, t2, t3] = w.taskIds as [string, string, string];
  return {
    'GET /api/units/:code/directives': { method: 'GET', url: '/api/units/290/directives' },
    'POST /api/units/:code/directives': {
      method: 'POST',
      url: '/api/units/290/directives',
      payload: {
        kind: 'chi-thi',
        number: '01-CT/TU',
        issuedOn: '2025-05-03',
        issuer: 'Thành ủy',
        title: 'Chỉ thị thử quyền',
      },
    },
    'GET /api/directives/:id': { method: 'GET', url: `/api/directives/${w.directiveId}` },
    'PATCH /api/directives/:id': {
      method: 'PATCH',
      url: `/api/directives/${w.directiveId}`,
      payload: { note: 'ghi chú', expectedRevision: 1 },
    },
    'POST /api/directives/:id/tasks': {
      method: 'POST',
      url: `/api/directives/${w.directiveId}/tasks`,
      payload: {
        tasks: [{ number: '4', content: 'Thêm', leadUnit: 'Phòng Tài chính', deadline: { kind: 'none' } }],
      },
    },
    'POST /api/directives/:id/task-drafts': {
      method: 'POST',
      url: `/api/directives/${w.directiveId}/task-drafts`,
      payload: { text: '1. Phòng Tài chính chủ trì rà soát, hoàn thành trước ngày 30/6/2025.' },
    },
    'GET /api/tasks/:id': { method: 'GET', url: `/api/tasks/${t1}` },
    'PATCH /api/tasks/:id': {
      method: 'PATCH',
      url: `/api/tasks/${t2}`,
      payload: { content: 'Sửa', expectedRevision: 1 },
    },
    'POST /api/tasks/:id/reports': {
      method: 'POST',
      url: `/api/tasks/${t1}/reports`,
      payload: { text: 'Tiến độ', percent: 50 },
    },
    'POST /api/tasks/:id/submissions': {
      method: 'POST',
      url: `/api/tasks/${t1}/submissions`,
      payload: { completedOn: '2025-05-25' },
    },
    'POST /api/tasks/:id/reviews': {
      method: 'POST',
      url: `/api/tasks/${t3}/reviews`,
      payload: { decision: 'confirmed' },
    },
    'POST /api/tasks/:id/extensions': {
      method: 'POST',
      url: `/api/tasks/${t2}/extensions`,
      payload: { newDeadline: '2025-09-30', decision: 'Công văn 12', decidedOn: '2025-06-01' },
    },
    'POST /api/tasks/:id/explanations': {
      method: 'POST',
      url: `/api/tasks/${t2}/explanations`,
      payload: { question: 'Vì sao?', dueOn: '2025-12-31' },
    },
    'POST /api/targets/:id/explanations': {
      method: 'POST',
      url: `/api/targets/${w.targetId}/explanations`,
      payload: { question: 'Vì sao chỉ tiêu đỏ?', dueOn: '2025-12-31', addresseeUserId: w.ownerUserId },
    },
    'POST /api/explanations/:id/answers': {
      method: 'POST',
      url: `/api/explanations/${w.explanationId}/answers`,
      payload: { text: 'Giải trình' },
    },
    'GET /api/units/:code/task-board': { method: 'GET', url: '/api/units/290/task-board' },
    'GET /api/units/:code/reminder-schedule': { method: 'GET', url: '/api/units/290/reminder-schedule' },
    'PUT /api/units/:code/reminder-schedule': {
      method: 'PUT',
      url: '/api/units/290/reminder-schedule',
      payload: {
        beforeDays: [5, 1],
        onTheDay: true,
        overdueEveryDays: 2,
        escalateAfterDays: 4,
        dueSoonDays: 2,
        channels: ['in-app'],
      },
    },
    'GET /api/units/:code/people': { method: 'GET', url: '/api/units/290/people' },
    'PUT /api/units/:code/people/:userId/contact': {
      method: 'PUT',
      url: `/api/units/290/people/${w.colleagueUserId}/contact`,
      payload: { email: 'chuyenvien@chilinh.gov.vn' },
    },
    'POST /api/units/:code/reminders': { method: 'POST', url: '/api/units/290/reminders', payload: {} },
    'GET /api/units/:code/messages': { method: 'GET', url: '/api/units/290/messages' },
    'GET /api/units/:code/programmes': { method: 'GET', url: '/api/units/290/programmes' },
    'POST /api/units/:code/programmes': {
      method: 'POST',
      url: '/api/units/290/programmes',
      payload: { kind: 'chuong-trinh', name: 'Chương trình thử quyền' },
    },
    'GET /api/programmes/:id': { method: 'GET', url: `/api/programmes/${w.programmeId}` },
    'POST /api/programmes/:id/decisions': {
      method: 'POST',
      url: `/api/programmes/${w.programmeId}/decisions`,
      payload: {
        change: 'rename',
        name: 'Dự án mới',
        decision: 'NQ 9',
        decidedOn: '2025-06-01',
        reason: 'Đổi tên',
      },
    },
    'POST /api/programmes/:id/reports': {
      method: 'POST',
      url: `/api/programmes/${w.programmeId}/reports`,
      payload: { text: 'Đã giải ngân', disbursed: 12.5 },
    },
    'GET /api/units/:code/task-report': {
      method: 'GET',
      url: '/api/units/290/task-report?to=2025-06-30&format=xlsx',
    },
    'GET /api/attachments/:id': { method: 'GET', url: `/api/attachments/${w.attachmentId}` },
  };
}
