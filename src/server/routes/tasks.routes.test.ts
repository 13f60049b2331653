/**
 * The task routes over HTTP on both databases: a leader of the province assigns a task of a
 * directive to an officer of Thanh Hóa city, the owner finds it in "Việc của tôi", reports late,
 * the board puts it first, the leader asks for an explanation, the owner answers; drafts read
 * from a directive's text; a key project renamed by a decision.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocxParagraphs } from '../../reports/draft-check/extract-text';
import { BACKENDS } from '../../../test/databases';
import { TEST_ACTOR } from '../../../test/factories';
import { setContact } from '../../services/tasks/schedule.service';
import { seedWorld, type World } from '../fixtures';
import { openTestApp, signIn, type Client, type TestApp } from '../testing';

describe.each(BACKENDS)('task routes (%s)', (backend) => {
  let t: TestApp;
  let leader: Client;
  let owner: Client;
  let ownerId: string;
  let world: World;
  beforeAll(async () => {
    t = await openTestApp(backend);
    world = await seedWorld(t, {
      'tinh.lanhdao': [{ unitCode: '38', role: 'approver' }],
      'tp.chuyenvien': [{ unitCode: '380', role: 'editor' }],
      'bimson.editor': [{ unitCode: '381', role: 'editor' }],
    });
    leader = await signIn(t.app, 'tinh.lanhdao');
    owner = await signIn(t.app, 'tp.chuyenvien');
    ownerId = (owner &&
      ((await owner.get('/api/auth/me')).json() as { user: { id: string } }).user.id) as string;
  });
  afterAll(async () => t.close());

  it('assigns, chases red first, asks for and receives an explanation', async () => {
    // The test clock is 2025-06-01 08:00 UTC: 15:00 in Vietnam, same day.
    const d = await leader.post('/api/units/38/directives', {
      kind: 'ket-luan',
      number: '2402-KL/TU',
      issuedOn: '2025-04-30',
      issuer: 'Ban Thường vụ Tỉnh ủy',
      title: 'Kết luận về nhiệm vụ trọng tâm',
    });
    expect(d.statusCode).toBe(201);
    const directiveId = (d.json() as { directive: { id: string } }).directive.id;
    const created = await leader.post(`/api/directives/${directiveId}/tasks`, {
      tasks: [
        {
          number: '1',
          content: 'Giải phóng mặt bằng dự án đường ven biển',
          leadUnit: 'UBND thành phố Thanh Hóa',
          ownerUserId: ownerId,
          links: [{ type: 'target', id: world.bimSon.targetIds.t1 }],
          deadline: { kind: 'date', date: '2025-05-25' },
        },
        {
          number: '2',
          content: 'Rà soát quy hoạch',
          leadUnit: 'Sở Xây dựng',
          deadline: { kind: 'date', date: '2025-06-03' },
        },
        {
          number: '3',
          content: 'Tuyên truyền',
          leadUnit: 'Ban Tuyên giáo',
          deadline: { kind: 'continuous' },
        },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const [first] = (created.json() as { tasks: { id: string; leadUnitCode: string }[] }).tasks;
    expect(first?.leadUnitCode).toBe('380');

    const mine = (await owner.get('/api/my/tasks')).json() as {
      tasks: { id: string; status: { bucket: string; daysLate: number } }[];
      messages: { kind: string; subject: string }[];
    };
    expect(mine.tasks.map((x) => [x.id, x.status.bucket, x.status.daysLate])).toEqual([
      [first?.id, 'open-overdue', 7],
    ]);
    expect(mine.messages.map((m) => m.kind)).toContain('assigned');

    const report = await owner.post(`/api/tasks/${first?.id}/reports`, {
      text: 'Đã bàn giao 70% mặt bằng',
      percent: 70,
    });
    expect(report.statusCode, report.body).toBe(201);
    // Another unit's officer cannot report on it.
    const stranger = await signIn(t.app, 'bimson.editor');
    expect((await stranger.post(`/api/tasks/${first?.id}/reports`, { text: 'x' })).statusCode).toBe(403);

    const board = (await leader.get('/api/units/38/task-board')).json() as {
      tasks: { number: string; status: { light: string } }[];
      countLines: { key: string; text: string }[];
    };
    expect(board.tasks.map((x) => [x.number, x.status.light])).toEqual([
      ['1', 'red'],
      ['2', 'orange'],
      ['3', 'grey'],
    ]);
    expect(board.countLines[0]?.text).toContain('chưa hoàn thành, quá hạn 1/3 (33,33%)');

    const asked = await leader.post(`/api/tasks/${first?.id}/explanations`, {
      question: 'Đề nghị giải trình lý do chậm.',
      dueOn: '2025-06-05',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const explanationId = (asked.json() as { explanation: { id: string } }).explanation.id;
    const myAfter = (await owner.get('/api/my/tasks')).json() as {
      explanations: { id: string; about: string }[];
    };
    expect(myAfter.explanations.map((e) => e.about)).toEqual([
      'Nhiệm vụ 1, văn bản số 2402-KL/TU: Giải phóng mặt bằng dự án đường ven biển',
    ]);
    const answered = await owner.post(`/api/explanations/${explanationId}/answers`, {
      text: 'Còn 3 hộ chưa nhận tiền đền bù.',
    });
    expect(answered.statusCode, answered.body).toBe(201);
    const detail = (await leader.get(`/api/tasks/${first?.id}`)).json() as {
      task: { explanations: { answers: { text: string }[] }[] };
      canManage: boolean;
      links: { type: string; id: string; label: string }[];
      messages: { kind: string }[];
    };
    expect(detail.task.explanations[0]?.answers.map((a) => a.text)).toEqual([
      'Còn 3 hộ chưa nhận tiền đền bù.',
    ]);
    expect(detail.canManage).toBe(true);
    expect(detail.links).toEqual([
      {
        type: 'target',
        id: world.bimSon.targetIds.t1,
        label: 'Chỉ tiêu 1: Tốc độ tăng giá trị sản xuất bình quân',
      },
    ]);
    expect(detail.messages.map((m) => m.kind)).toEqual(
      expect.arrayContaining(['assigned', 'explanation-request']),
    );

    const remind = (await leader.post('/api/units/38/reminders', {})).json() as {
      digests: number;
      tasks: number;
    };
    expect(remind).toMatchObject({ digests: 1, tasks: 1 });
    // A second click within the hour tells no one twice.
    expect(((await leader.post('/api/units/38/reminders', {})).json() as { digests: number }).digests).toBe(
      0,
    );
    // E-mail addresses are for those who chase: an editor sees names only.
    await setContact(t.database.db, TEST_ACTOR, '38', ownerId, { email: 'ha@thanhhoa.gov.vn' });
    type People = { people: { userId: string; email: string | null }[] };
    const byLeader = (await leader.get('/api/units/380/people')).json() as People;
    expect(byLeader.people.find((p) => p.userId === ownerId)?.email).toBe('ha@thanhhoa.gov.vn');
    const byEditor = (await owner.get('/api/units/380/people')).json() as People;
    expect(byEditor.people.find((p) => p.userId === ownerId)?.email).toBeNull();

    // A red target of Bỉm Sơn: the leader asks, the officer answers; the report has it too.
    const onTarget = await leader.post(`/api/targets/${world.bimSon.targetIds.t1}/explanations`, {
      question: 'Đề nghị giải trình vì sao tăng trưởng thấp.',
      dueOn: '2025-06-10',
      addresseeUserId: ownerId,
    });
    expect(onTarget.statusCode, onTarget.body).toBe(201);
    const targetRequest = (onTarget.json() as { explanation: { id: string } }).explanation.id;
    expect(
      (
        await owner.post(`/api/explanations/${targetRequest}/answers`, {
          text: 'Do hai nhà máy xi măng giảm công suất.',
        })
      ).statusCode,
    ).toBe(201);

    // The report lists the overdue task with its explanation, in Word and in Excel.
    const word = await leader.get('/api/units/38/task-report?from=2025-01-01&format=docx&number=15');
    expect(word.statusCode, word.body.slice(0, 300)).toBe(200);
    const paragraphs = await extractDocxParagraphs(word.rawPayload);
    expect(paragraphs).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(paragraphs).toContain('II. NHIỆM VỤ QUÁ HẠN VÀ GIẢI TRÌNH');
    expect(paragraphs.join('\n')).toContain(
      'Tổng số 3 nhiệm vụ được giao: hoàn thành đúng hạn 0/3 nhiệm vụ (0%); hoàn thành quá hạn 0/3 (0%); chưa hoàn thành, trong hạn 1/3 (33,33%) (trong đó 1 nhiệm vụ sắp đến hạn); chưa hoàn thành, quá hạn 1/3 (33,33%); không có thời hạn 1/3 (33,34%).',
    );
    const overdue = paragraphs.find((p) => p.startsWith('1. Nhiệm vụ 1 theo văn bản số 2402-KL/TU'));
    expect(overdue).toContain('quá hạn 7 ngày');
    // (dates of requests and answers are the database's clock, not the test's)
    expect(overdue).toMatch(
      /Giải trình: Yêu cầu ngày \d\d\/\d\d\/\d{4}: "Còn 3 hộ chưa nhận tiền đền bù\." \(giải trình ngày/,
    );
    expect(paragraphs).toContain('IV. GIẢI TRÌNH VỀ CHỈ TIÊU CHƯA ĐẠT TIẾN ĐỘ');
    expect(
      paragraphs.find((p) => p.startsWith('1. Chỉ tiêu 1: Tốc độ tăng giá trị sản xuất bình quân')),
    ).toContain('"Do hai nhà máy xi măng giảm công suất."');
    const excel = await leader.get('/api/units/38/task-report?format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(excel.rawPayload as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.worksheets[0]?.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
    expect(cells).toContain('Chưa hoàn thành, quá hạn 7 ngày');
    expect(cells.some((c) => c.includes('"Còn 3 hộ chưa nhận tiền đền bù."'))).toBe(true);
  });

  it('reads drafts from a directive text without writing anything', async () => {
    const d = (
      await leader.post('/api/units/38/directives', {
        kind: 'nghi-quyet',
        number: '12-NQ/TU',
        issuedOn: '2022-12-07',
        issuer: 'Ban Chấp hành Đảng bộ tỉnh',
        title: 'Nghị quyết 12',
      })
    ).json() as { directive: { id: string } };
    const before = await t.database.db.query<{ n: number }>('select count(*)::int as n from tasks');
    const drafts = await leader.post(`/api/directives/${d.directive.id}/task-drafts`, {
      text: '1. UBND thị xã Bỉm Sơn chủ trì, phối hợp với Sở Xây dựng hoàn thành hồ sơ trước 30/6.\n2. Các sở, ngành thực hiện thường xuyên.',
    });
    expect(drafts.statusCode, drafts.body).toBe(200);
    const body = drafts.json() as {
      drafts: { leadUnitCode: string | null; deadline: unknown; cooperatingUnits: string[] }[];
    };
    expect(body.drafts[0]).toMatchObject({
      leadUnitCode: '381',
      deadline: { kind: 'date', date: '2023-06-30' },
      cooperatingUnits: ['Sở Xây dựng'],
    });
    expect(body.drafts[1]?.deadline).toEqual({ kind: 'continuous' });
    const after = await t.database.db.query<{ n: number }>('select count(*)::int as n from tasks');
    expect(after[0]?.n).toBe(before[0]?.n);
  });
});
