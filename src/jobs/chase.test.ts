/**
 * The chase on both databases: the job queue (a singleton run per day, claims that never
 * collide, an expired claim taken over, retries), the day's reminders as one digest per person
 * on the office's schedule, no second message on a rerun, escalation to the superior once per
 * deadline, and the e-mail received by a real SMTP server with its Vietnamese text intact.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../../test/databases';
import { seedUnitTree, TEST_ACTOR } from '../../test/factories';
import { openDatabase, type Database } from '../db/database';
import { migrate } from '../db/migrate';
import { createUser } from '../server/accounts/users.service';
import { SYSTEM_ACTOR } from '../services/app-error';
import { createDirective } from '../services/tasks/directive.service';
import { answerExplanation, requestExplanation } from '../services/tasks/explanation.service';
import { setContact, setSchedule } from '../services/tasks/schedule.service';
import { addTasks } from '../services/tasks/task.service';
import { emailChannel } from './channels';
import { notifyIn, SEND_QUEUE } from './notify';
import { claimJob, completeJob, enqueue, failJob } from './queue';
import { runReminders } from './reminders';
import { REMINDER_QUEUE, scheduleDailyReminders, startWorker } from './worker';

const PASSWORD = 'mat-khau-thu-nghiem';

/** A local SMTP server that keeps what it receives. */
async function startSmtp(): Promise<{ port: number; received: ParsedMail[]; close(): Promise<void> }> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe.each(BACKENDS)('the chase (%s)', (backend) => {
  let t: TestDatabase;
  let owner: string;
  let chief: string;
  let taskIds: string[];
  beforeAll(async () => {
    t = await openTestDatabase(backend);
    await seedUnitTree(t.db);
    owner = (
      await createUser(t.db, SYSTEM_ACTOR, {
        username: 'tp.chuyenvien',
        displayName: 'Lê Thị Hà',
        password: PASSWORD,
        roles: [{ unitCode: '380', role: 'editor' }],
      })
    ).id;
    chief = (
      await createUser(t.db, SYSTEM_ACTOR, {
        username: 'tp.phochutich',
        displayName: 'Nguyễn Văn Đức',
        password: PASSWORD,
        roles: [{ unitCode: '380', role: 'approver' }],
      })
    ).id;
    await setContact(t.db, TEST_ACTOR, '38', owner, {
      email: 'ha.lt@thanhhoa.gov.vn',
      superiorUserId: chief,
    });
    await setContact(t.db, TEST_ACTOR, '38', chief, { email: 'duc.nv@thanhhoa.gov.vn' });
    const d = await createDirective(t.db, TEST_ACTOR, '38', {
      kind: 'ket-luan',
      number: '2402-KL/TU',
      issuedOn: '2023-06-30',
      issuer: 'Ban Thường vụ Tỉnh ủy',
      title: 'Kết luận về nhiệm vụ 6 tháng cuối năm 2023',
    });
    const base = {
      leadUnit: 'UBND thành phố Thanh Hóa',
      cooperatingUnits: [],
      links: [],
      ownerUserId: owner,
    };
    const tasks = await addTasks(
      t.db,
      TEST_ACTOR,
      d.id,
      [
        {
          ...base,
          number: '1',
          content: 'Đẩy nhanh giải phóng mặt bằng dự án đường ven biển',
          deadline: { kind: 'date', date: '2023-09-30' },
        },
        {
          ...base,
          number: '2',
          content: 'Hoàn thành quy hoạch phân khu đô thị',
          deadline: { kind: 'date', date: '2023-10-08' },
        },
        {
          ...base,
          number: '3',
          content: 'Kiểm tra giá vật liệu xây dựng',
          deadline: { kind: 'date', date: '2023-12-31' },
        },
      ],
      '2023-07-05',
    );
    taskIds = tasks.map((x) => x.id);
  });
  afterAll(async () => t.close());

  it('runs a day once, never gives one job to two workers, takes over an expired claim, retries', async () => {
    const now = new Date('2023-10-01T00:30:00Z');
    await scheduleDailyReminders(t.db, now);
    await scheduleDailyReminders(t.db, now);
    const days = await t.db.query<{ n: number }>(`select count(*)::int as n from jobs where queue = $1`, [
      REMINDER_QUEUE,
    ]);
    expect(days[0]?.n).toBe(1);
    await t.db.exec(`delete from jobs where queue <> 'send-message'`);

    await enqueue(t.db, 'test', { n: 1 });
    await enqueue(t.db, 'test', { n: 2 });
    // A second connection (another instance) on the server backend; the same one embedded.
    const other: Database = t.url ? await openDatabase({ url: t.url }) : t.db;
    try {
      const later = new Date(Date.now() + 60_000);
      const [a, b, c] = await Promise.all([
        claimJob(t.db, ['test'], 'w1', 60_000, later),
        claimJob(other, ['test'], 'w2', 60_000, later),
        claimJob(other, ['test'], 'w3', 60_000, later),
      ]);
      const claimed = [a, b, c].filter((x) => x !== null);
      expect(claimed.map((j) => j?.payload.n).sort()).toEqual([1, 2]);
      // Nothing left until a claim expires; then a crashed worker's job is taken over.
      expect(await claimJob(t.db, ['test'], 'w4', 60_000, later)).toBeNull();
      const taken = await claimJob(t.db, ['test'], 'w4', 60_000, new Date(later.getTime() + 120_000));
      expect(taken?.attempts).toBe(2);
      await failJob(t.db, taken!, 'w4', 'SMTP tạm thời không trả lời');
      const [row] = await t.db.query<{ state: string; last_error: string }>(
        'select state, last_error from jobs where id = $1',
        [taken!.id],
      );
      expect(row).toEqual({ state: 'queued', last_error: 'SMTP tạm thời không trả lời' });
      for (const j of claimed)
        if (j && j.id !== taken!.id) await completeJob(t.db, j.id, j === a ? 'w1' : j === b ? 'w2' : 'w3');
    } finally {
      if (other !== t.db) await other.close();
      await t.db.exec(`delete from jobs where queue <> 'send-message'`);
    }
  });

  it('keeps its jobs across a restart of the embedded database', async () => {
    if (backend !== 'embedded') return;
    const dir = await mkdtemp(path.join(tmpdir(), 'vedich-queue-'));
    try {
      let db = await openDatabase({ dataDir: dir });
      await migrate(db);
      await enqueue(db, 'test', { n: 'giữ lại' });
      // A worker claims it and dies without finishing.
      expect((await claimJob(db, ['test'], 'crashed', 1000))?.payload.n).toBe('giữ lại');
      await db.close();
      db = await openDatabase({ dataDir: dir });
      const later = new Date(Date.now() + 5000);
      const again = await claimJob(db, ['test'], 'after-restart', 1000, later);
      expect(again).toMatchObject({ payload: { n: 'giữ lại' }, attempts: 2 });
      await completeJob(db, again!.id, 'after-restart');
      expect(await claimJob(db, ['test'], 'after-restart', 1000, later)).toBeNull();
      await db.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('sends one digest per person on the schedule, nothing twice, and tells the superior once', async () => {
    // 2023-10-01: task 1 overdue by 1 day (first overdue reminder), task 2 due in 7 days,
    // task 3 not yet in the schedule.
    const run = await runReminders(t.db, { today: '2023-10-01' });
    expect(run).toEqual({
      today: '2023-10-01',
      digests: 1,
      tasks: 2,
      escalations: 0,
      explanationReminders: 0,
    });
    const [digest] = await t.db.query<{ subject: string; body: string; task_ids: string[] }>(
      `select subject, body, task_ids from messages where kind = 'reminder' and channel = 'in-app' and recipient_user_id = $1`,
      [owner],
    );
    expect(digest?.subject).toBe('Nhắc việc: 1 nhiệm vụ quá hạn, 1 nhiệm vụ sắp đến hạn');
    expect(digest?.task_ids).toEqual([taskIds[0], taskIds[1]]);
    expect(digest?.body).toContain(
      '1. [Quá hạn 1 ngày] Văn bản số 2402-KL/TU, nhiệm vụ 1: Đẩy nhanh giải phóng mặt bằng dự án đường ven biển (thời hạn 30/09/2023).',
    );
    expect(digest?.body).toContain('2. [Còn 7 ngày đến hạn]');
    // A rerun of the day sends nothing.
    expect(await runReminders(t.db, { today: '2023-10-01' })).toMatchObject({ digests: 0, escalations: 0 });
    // 2023-10-05: overdue 5 days, the superior is told (once); the owner hears of task 2 (3 days).
    expect(await runReminders(t.db, { today: '2023-10-05' })).toMatchObject({
      digests: 1,
      tasks: 1,
      escalations: 1,
    });
    expect(await runReminders(t.db, { today: '2023-10-06' })).toMatchObject({ escalations: 0 });
    const [up] = await t.db.query<{ subject: string; body: string }>(
      `select subject, body from messages where kind = 'escalation' and channel = 'in-app' and recipient_user_id = $1`,
      [chief],
    );
    expect(up?.subject).toBe('Báo cáo: 1 nhiệm vụ quá hạn của cán bộ thuộc quyền');
    expect(up?.body).toContain('Người chịu trách nhiệm: Lê Thị Hà.');
    // The office's own schedule: weekly while overdue, so no reminder on day 4 but one on day 8.
    await setSchedule(t.db, TEST_ACTOR, '38', {
      beforeDays: [3],
      onTheDay: true,
      overdueEveryDays: 7,
      escalateAfterDays: null,
      dueSoonDays: 3,
      channels: ['in-app', 'email'],
    });
    expect(await runReminders(t.db, { today: '2023-10-04' })).toMatchObject({ digests: 0 });
    expect(await runReminders(t.db, { today: '2023-10-08' })).toMatchObject({ digests: 1, tasks: 2 });
  });

  it('recalls an unanswered request for explanation on its due day, the day after, then on the rhythm', async () => {
    const request = await requestExplanation(
      t.db,
      { ...TEST_ACTOR, userId: chief },
      { taskId: taskIds[2] as string },
      { question: 'Vì sao chưa kiểm tra giá vật liệu?', dueOn: '2023-10-20' },
      '2023-10-16',
    );
    const recall = async (today: string) => (await runReminders(t.db, { today })).explanationReminders;
    // The office's schedule of the previous test: every 7 days while overdue.
    expect([
      await recall('2023-10-19'),
      await recall('2023-10-20'),
      await recall('2023-10-21'),
      await recall('2023-10-22'),
      await recall('2023-10-28'),
    ]).toEqual([0, 1, 1, 0, 1]);
    const [message] = await t.db.query<{ subject: string; body: string }>(
      `select subject, body from messages where dedupe_key = $1`,
      [`explanation-due:${owner}:2023-10-21:in-app`],
    );
    expect(message?.subject).toBe('Nhắc trả lời 1 yêu cầu giải trình');
    expect(message?.body).toContain(
      '1. Vì sao chưa kiểm tra giá vật liệu? (hạn 20/10/2023, quá hạn 1 ngày).',
    );
    await answerExplanation(
      t.db,
      { ...TEST_ACTOR, userId: owner },
      request.id,
      'Đã kiểm tra xong ngày 27/10.',
    );
    expect(await recall('2023-11-04')).toBe(0);
  });

  it('chases a task without a named person with the editors of its lead unit', async () => {
    const d = await createDirective(t.db, TEST_ACTOR, '38', {
      kind: 'thong-bao-ket-luan',
      number: '88-TB/TU',
      issuedOn: '2023-09-01',
      issuer: 'Thường trực Tỉnh ủy',
      title: 'Thông báo kết luận',
    });
    await addTasks(
      t.db,
      TEST_ACTOR,
      d.id,
      [
        {
          number: '1',
          content: 'Báo cáo tình hình giải ngân',
          leadUnit: 'UBND thành phố Thanh Hóa',
          cooperatingUnits: [],
          links: [],
          deadline: { kind: 'date', date: '2023-11-10' },
        },
      ],
      '2023-09-05',
    );
    // 3 days before (the office's schedule): tp.chuyenvien, the city's editor, is told; its approver is not.
    expect(await runReminders(t.db, { today: '2023-11-07' })).toMatchObject({ digests: 1, tasks: 1 });
    const [m] = await t.db.query<{ recipient: string; body: string }>(
      `select recipient_user_id::text as recipient, body from messages where dedupe_key = $1`,
      [`reminder:${owner}:2023-11-07:in-app`],
    );
    expect(m?.body).toContain(
      'Văn bản số 88-TB/TU, nhiệm vụ 1: Báo cáo tình hình giải ngân (thời hạn 10/11/2023).',
    );
  });

  it('delivers the e-mail to a real SMTP server with the Vietnamese text intact, and logs it', async () => {
    const smtp = await startSmtp();
    const channel = emailChannel({
      url: `smtp://127.0.0.1:${smtp.port}`,
      from: 'Văn phòng Tỉnh ủy <vanphong@thanhhoa.gov.vn>',
    });
    const worker = startWorker(t.db, {
      channels: new Map([['email', channel]]),
      pollMs: 60_000,
      now: () => new Date('2023-10-01T00:00:00Z'),
    });
    try {
      await worker.drain();
      const failed = await t.db.query(
        'select kind, status, error from messages where channel = $1 and status <> $2',
        ['email', 'sent'],
      );
      expect(failed).toEqual([]);
      const texts = smtp.received.map((m) => ({
        to: (m.to as { text: string }).text,
        subject: m.subject,
        text: m.text,
      }));
      const digest = texts.find((m) => m.subject === 'Nhắc việc: 1 nhiệm vụ quá hạn, 1 nhiệm vụ sắp đến hạn');
      expect(digest?.to).toBe('ha.lt@thanhhoa.gov.vn');
      expect(digest?.text).toContain('Kính gửi đồng chí Lê Thị Hà,');
      expect(digest?.text).toContain('Đẩy nhanh giải phóng mặt bằng dự án đường ven biển');
      expect(
        smtp.received.find((m) => m.subject?.startsWith('Báo cáo: 1 nhiệm vụ quá hạn'))?.from?.text,
      ).toBe('"Văn phòng Tỉnh ủy" <vanphong@thanhhoa.gov.vn>');
      const log = await t.db.query<{ status: string; n: number }>(
        `select status, count(*)::int as n from messages where channel = 'email' group by status order by status`,
      );
      expect(log).toEqual([{ status: 'sent', n: smtp.received.length }]);
      const left = await t.db.query<{ n: number }>(
        `select count(*)::int as n from jobs where queue = $1 and state <> 'done'`,
        [SEND_QUEUE],
      );
      expect(left[0]?.n).toBe(0);
    } finally {
      await worker.stop();
      channel.close();
      await smtp.close();
    }
  });

  it('shares the queue between two server instances: every message sent once', async () => {
    const smtp = await startSmtp();
    const channel = emailChannel({ url: `smtp://127.0.0.1:${smtp.port}`, from: 've-dich@thanhhoa.gov.vn' });
    const channels = new Map([['email', channel]]);
    // A second instance has its own connection on the server backend (the same database).
    const other: Database = t.url ? await openDatabase({ url: t.url }) : t.db;
    for (let i = 1; i <= 12; i++)
      await t.db.transaction((tx) =>
        notifyIn(tx, {
          recipientUserId: owner,
          kind: 'reminder',
          subject: `Nhắc việc số ${i}: hạn chót đã qua`,
          body: `Nội dung tin số ${i}`,
          taskIds: [],
          unitCode: '38',
          dedupeKey: `instances:${i}`,
          channels: ['in-app', 'email'],
        }),
      );
    const a = startWorker(t.db, { channels, pollMs: 60_000 });
    const b = startWorker(other, { channels, pollMs: 60_000 });
    try {
      await Promise.all([a.drain(), b.drain()]);
      const subjects = smtp.received.map((m) => m.subject ?? '').filter((x) => x.startsWith('Nhắc việc số'));
      expect(subjects.length).toBe(12);
      expect(new Set(subjects).size).toBe(12);
    } finally {
      await a.stop();
      await b.stop();
      if (other !== t.db) await other.close();
      channel.close();
      await smtp.close();
    }
  });
});
