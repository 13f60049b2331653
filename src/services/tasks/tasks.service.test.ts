/**
 * Directives, tasks, extensions, completion, explanations and programmes stored on both
 * databases: revisions instead of overwrites, an audit row with every write, statuses computed
 * from what the office confirmed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../../test/databases';
import { openTestDatabase, type TestDatabase } from '../../../test/databases';
import { seedUnitTree, TEST_ACTOR } from '../../../test/factories';
import { createUser } from '../../server/accounts/users.service';
import { SYSTEM_ACTOR } from '../app-error';
import { backupDatabase, restoreDatabase } from '../backup.service';
import { createDirective, directiveHistory, updateDirective } from './directive.service';
import { answerExplanation, requestExplanation } from './explanation.service';
import { createProgramme, decideProgramme, programmeDetail } from './programme.service';
import { setContact } from './schedule.service';
import { extendDeadline, reportProgress, reviewCompletion, submitCompletion } from './task-progress.service';
import { addTasks, updateTask } from './task.service';
import { loadTaskView, loadTaskViews } from './task-view.service';

const PASSWORD = 'mat-khau-thu-nghiem';

describe.each(BACKENDS)('tasks from directives (%s)', (backend) => {
  let t: TestDatabase;
  let owner: string;
  let leader: string;
  beforeAll(async () => {
    t = await openTestDatabase(backend);
    await seedUnitTree(t.db);
    owner = (
      await createUser(t.db, SYSTEM_ACTOR, {
        username: 'tp.chuyenvien',
        password: PASSWORD,
        roles: [{ unitCode: '380', role: 'editor' }],
      })
    ).id;
    leader = (
      await createUser(t.db, SYSTEM_ACTOR, {
        username: 'tinh.lanhdao',
        password: PASSWORD,
        roles: [{ unitCode: '38', role: 'approver' }],
      })
    ).id;
  });
  afterAll(async () => t.close());

  const audit = async (action: string) =>
    (
      await t.db.query<{ n: number }>('select count(*)::int as n from audit_log where action = $1', [action])
    )[0]?.n;

  it('keeps a directive as revisions and refuses a stale correction', async () => {
    const d = await createDirective(t.db, TEST_ACTOR, '38', {
      kind: 'nghi-quyet',
      number: '12-NQ/TU',
      issuedOn: '2022-12-07',
      issuer: 'Ban Thường vụ Tỉnh ủy',
      title: 'Nghị quyết về nhiệm vụ trọng tâm năm 2023',
    });
    const fixed = await updateDirective(
      t.db,
      TEST_ACTOR,
      d.id,
      { title: 'Nghị quyết số 12 về nhiệm vụ năm 2023' },
      1,
    );
    expect(fixed.revision).toBe(2);
    await expect(updateDirective(t.db, TEST_ACTOR, d.id, { note: 'x' }, 1)).rejects.toMatchObject({
      code: 'revision_conflict',
    });
    expect((await directiveHistory(t.db, d.id)).map((r) => r.title)).toEqual([
      'Nghị quyết về nhiệm vụ trọng tâm năm 2023',
      'Nghị quyết số 12 về nhiệm vụ năm 2023',
    ]);
    expect(await audit('directive.update')).toBe(1);
  });

  it('assigns, extends, reports late, confirms late, and counts it both extended and late', async () => {
    const d = await createDirective(t.db, TEST_ACTOR, '38', {
      kind: 'ket-luan',
      number: '2402-KL/TU',
      issuedOn: '2023-06-30',
      issuer: 'Ban Thường vụ Tỉnh ủy',
      title: 'Kết luận về nhiệm vụ 6 tháng cuối năm 2023',
    });
    const [task] = await addTasks(
      t.db,
      TEST_ACTOR,
      d.id,
      [
        {
          number: '1',
          content: 'Đẩy nhanh giải phóng mặt bằng các dự án trọng điểm',
          leadUnit: 'UBND thành phố Thanh Hóa',
          cooperatingUnits: ['Sở Tài nguyên và Môi trường'],
          ownerUserId: owner,
          deadline: { kind: 'date', date: '2023-09-30' },
          links: [],
        },
      ],
      '2023-07-05',
    );
    expect(task?.leadUnitCode).toBe('380');
    const id = task!.id;
    // The owner is told in the app (and by e-mail when a contact has an address).
    const inbox = await t.db.query<{ kind: string; channel: string }>(
      'select kind, channel from messages where recipient_user_id = $1',
      [owner],
    );
    expect(inbox).toContainEqual({ kind: 'assigned', channel: 'in-app' });

    await expect(
      extendDeadline(t.db, TEST_ACTOR, id, {
        newDeadline: '2023-09-15',
        decision: 'Công văn 1',
        decidedOn: '2023-09-20',
      }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    await extendDeadline(t.db, TEST_ACTOR, id, {
      newDeadline: '2023-10-31',
      decision: 'Công văn số 1234/UBND-THKH',
      decidedOn: '2023-09-25',
      reason: 'Vướng mắc giải phóng mặt bằng',
    });
    // The original deadline cannot be rewritten once extended.
    await expect(
      updateTask(t.db, TEST_ACTOR, id, { deadline: { kind: 'date', date: '2023-12-31' } }, 1),
    ).rejects.toMatchObject({ code: 'validation_failed' });

    let view = await loadTaskView(t.db, id, '2023-11-03');
    expect(view?.status).toMatchObject({
      bucket: 'open-overdue',
      originalDeadline: '2023-09-30',
      deadline: '2023-10-31',
      extended: true,
      daysLate: 3,
    });
    expect(view?.deadline).toEqual({ kind: 'date', date: '2023-09-30' });

    await reportProgress(
      t.db,
      { ...TEST_ACTOR, userId: owner },
      id,
      {
        text: 'Đã bàn giao 80% mặt bằng',
        percent: 80,
        attachments: [
          { fileName: 'bien-ban.pdf', mediaType: 'application/pdf', content: Buffer.from('%PDF-1.4') },
        ],
      },
      '2023-11-03',
    );
    await submitCompletion(
      t.db,
      { ...TEST_ACTOR, userId: owner },
      id,
      { completedOn: '2023-11-06' },
      '2023-11-06',
    );
    view = await loadTaskView(t.db, id, '2023-11-07');
    expect(view?.status).toMatchObject({ bucket: 'open-overdue', awaitingConfirmation: true });
    expect(view?.lastReport?.attachments.map((a) => a.fileName)).toEqual(['bien-ban.pdf']);

    await reviewCompletion(t.db, TEST_ACTOR, id, {
      decision: 'returned',
      reason: 'Chưa có biên bản bàn giao toàn bộ',
    });
    view = await loadTaskView(t.db, id, '2023-11-07');
    expect(view?.status).toMatchObject({ bucket: 'open-overdue', returned: true });
    await expect(reviewCompletion(t.db, TEST_ACTOR, id, { decision: 'confirmed' })).rejects.toMatchObject({
      code: 'conflict',
    });

    await submitCompletion(
      t.db,
      { ...TEST_ACTOR, userId: owner },
      id,
      { completedOn: '2023-11-10' },
      '2023-11-10',
    );
    await reviewCompletion(t.db, TEST_ACTOR, id, { decision: 'confirmed' });
    view = await loadTaskView(t.db, id, '2023-12-01');
    expect(view?.status).toMatchObject({ bucket: 'done-late', extended: true, daysLate: 10 });
    expect(view?.completion).toBe('confirmed');
    // A report of a past period: as it stood on 2023-11-05 (extended, reported, not yet done),
    // and on 2023-09-20 (before the extension: the original deadline in force).
    const [then] = await loadTaskViews(t.db, { ids: [id] }, '2023-11-05', { asOf: true });
    expect(then?.status).toMatchObject({ bucket: 'open-overdue', deadline: '2023-10-31', daysLate: 5 });
    expect(then?.reportCount).toBe(1);
    const [before] = await loadTaskViews(t.db, { ids: [id] }, '2023-09-20', { asOf: true });
    expect(before?.status).toMatchObject({ bucket: 'open-within', deadline: '2023-09-30', extended: false });
    expect(before?.reportCount).toBe(0);
    for (const action of [
      'task.create',
      'task.extend',
      'task.report',
      'task.submit',
      'task.return',
      'task.confirm',
    ])
      expect(await audit(action), action).toBeGreaterThan(0);
    const returned = await t.db.query<{ channel: string; status: string; error: string | null }>(
      'select channel, status, error from messages where kind = $1 and recipient_user_id = $2 order by channel',
      ['returned', owner],
    );
    // No e-mail address yet: the e-mail is logged as failed with the reason, the app shows it.
    expect(returned).toEqual([
      { channel: 'email', status: 'failed', error: 'Chưa có địa chỉ e-mail.' },
      { channel: 'in-app', status: 'sent', error: null },
    ]);
  });

  it('sends a request for explanation to the owner and keeps the answers as revisions', async () => {
    await setContact(t.db, TEST_ACTOR, '38', owner, {
      email: 'chuyenvien@thanhhoa.gov.vn',
      superiorUserId: leader,
    });
    const [view] = await loadTaskViews(t.db, { ownerUserId: owner }, '2023-11-01');
    const request = await requestExplanation(
      t.db,
      { ...TEST_ACTOR, userId: leader, username: 'tinh.lanhdao' },
      { taskId: view!.id },
      { question: 'Vì sao chậm tiến độ?', dueOn: '2023-11-05' },
      '2023-11-01',
    );
    expect(request.addresseeUserId).toBe(owner);
    const first = await answerExplanation(
      t.db,
      { ...TEST_ACTOR, userId: owner },
      request.id,
      'Do vướng mắc đền bù 3 hộ dân.',
    );
    const second = await answerExplanation(
      t.db,
      { ...TEST_ACTOR, userId: owner },
      request.id,
      'Do vướng mắc đền bù 3 hộ dân; đã xong ngày 10/11.',
    );
    expect(first.answers).toHaveLength(1);
    expect(second.answers.map((a) => a.revision)).toEqual([1, 2]);
    const messages = await t.db.query<{ kind: string; channel: string; status: string; recipient: string }>(
      `select kind, channel, status, recipient_user_id::text as recipient from messages
       where kind in ('explanation-request', 'explanation-answer') order by created_at, channel`,
    );
    expect(messages).toContainEqual({
      kind: 'explanation-request',
      channel: 'email',
      status: 'queued',
      recipient: owner,
    });
    expect(messages.filter((m) => m.kind === 'explanation-answer' && m.channel === 'in-app')).toHaveLength(2);
    const jobs = await t.db.query<{ n: number }>(
      "select count(*)::int as n from jobs where queue = 'send-message'",
    );
    expect(jobs[0]?.n).toBeGreaterThan(0);
  });

  it('records dropping and renaming a key project as decisions with the history kept', async () => {
    const p = await createProgramme(t.db, TEST_ACTOR, '381', null, {
      kind: 'cong-trinh-du-an',
      name: 'Dự án đường vành đai phía Tây',
      investment: 450,
      investmentUnit: 'tỷ đồng',
      milestones: [{ name: 'Khởi công', dueOn: '2022-06-30' }],
    });
    const renamed = await decideProgramme(t.db, TEST_ACTOR, p.id, {
      change: 'rename',
      name: 'Dự án đường vành đai Tây – Bắc',
      decision: 'Nghị quyết số 15-NQ/TU',
      decidedOn: '2023-06-16',
      reason: 'Điều chỉnh hướng tuyến',
    });
    expect(renamed).toMatchObject({ revision: 2, status: 'active', change: 'rename' });
    const dropped = await decideProgramme(t.db, TEST_ACTOR, p.id, {
      change: 'drop',
      decision: 'Nghị quyết số 16-NQ/TU',
      decidedOn: '2023-07-01',
      reason: 'Không bố trí được vốn',
    });
    expect(dropped.status).toBe('dropped');
    await expect(
      decideProgramme(t.db, TEST_ACTOR, p.id, {
        change: 'rename',
        name: 'x',
        decision: 'y',
        decidedOn: '2023-08-01',
        reason: 'z',
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    const detail = await programmeDetail(t.db, p.id);
    expect(detail?.history.map((h) => [h.name, h.change, h.status])).toEqual([
      ['Dự án đường vành đai phía Tây', 'create', 'active'],
      ['Dự án đường vành đai Tây – Bắc', 'rename', 'active'],
      ['Dự án đường vành đai Tây – Bắc', 'drop', 'dropped'],
    ]);
  });

  it('goes through a backup and a restore whole: revisions, attachments, messages, jobs', async () => {
    const backup = JSON.parse(JSON.stringify(await backupDatabase(t.db))) as unknown;
    const fresh = await openTestDatabase(backend);
    try {
      await restoreDatabase(fresh.db, backup);
      const count = async (db: typeof t.db, table: string) =>
        (await db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]?.n;
      for (const table of [
        'directive_revisions',
        'task_revisions',
        'task_extensions',
        'task_submissions',
        'task_reviews',
        'progress_reports',
        'report_attachments',
        'explanation_answers',
        'programme_revisions',
        'messages',
        'jobs',
        'contact_revisions',
      ])
        expect(await count(fresh.db, table), table).toBe(await count(t.db, table));
      const [before] = await loadTaskViews(t.db, { ownerUserId: owner }, '2023-12-01');
      const [after] = await loadTaskViews(fresh.db, { ownerUserId: owner }, '2023-12-01');
      expect(after).toEqual(before);
      const bytes = await fresh.db.query<{ b: string }>(
        "select encode(content, 'escape') as b from report_attachments",
      );
      expect(bytes.map((r) => r.b)).toEqual(['%PDF-1.4']);
    } finally {
      await fresh.close();
    }
  });
});
