/**
 * Demo data of tasks from directives (illustrative: the documents are real, the tasks, owners
 * and dates are made up to show every status). Thanh Hóa province (38): Nghị quyết số 12 of
 * 07/12/2022 and Kết luận số 2402 of 30/6/2023 of the provincial committee, with tasks for
 * departments and localities; Bỉm Sơn (381): its 3 key programmes and 2 breakthroughs (seed
 * report of 16/06/2023) and key projects, one dropped and one renamed by a decision.
 * Dates of open tasks are set relative to `today`, so the board always shows red and orange.
 * Loading again adds nothing twice.
 */
import { addDays } from '../../core';
import type { Database } from '../../db/database';
import { selectContacts } from '../../db/task-message.repository';
import type { Actor } from '../app-error';
import { createDirective, listDirectives } from '../tasks/directive.service';
import { createProgramme, decideProgramme, listProgrammes } from '../tasks/programme.service';
import { setContact } from '../tasks/schedule.service';
import {
  extendDeadline,
  reportProgress,
  reviewCompletion,
  submitCompletion,
} from '../tasks/task-progress.service';
import { addTasks, type TaskInput } from '../tasks/task.service';

/** What the loader did. */
export interface DemoTasksReport {
  directives: number;
  tasks: number;
  programmes: number;
}

async function userId(db: Database, username: string): Promise<string | null> {
  const rows = await db.query<{ id: string }>('select id::text as id from users where username = $1', [
    username,
  ]);
  return rows[0]?.id ?? null;
}

/** Loads the demo directives, tasks and programmes (after the demo accounts exist). */
export async function loadDemoTasks(db: Database, actor: Actor, today: string): Promise<DemoTasksReport> {
  const report: DemoTasksReport = { directives: 0, tasks: 0, programmes: 0 };
  const existing = await listDirectives(db, '38');
  if (!existing.some((d) => d.number === '12-NQ/TU')) {
    const leader = await userId(db, 'tinh.approver');
    const city = await userId(db, 'thanhhoa.editor');
    const town = await userId(db, 'bimson.editor');
    if (city && leader) {
      const [contact] = await selectContacts(db, [city]);
      if (!contact?.email)
        await setContact(db, actor, '38', city, {
          email: 'thanhhoa.editor@example.vn',
          title: 'Chuyên viên Văn phòng UBND thành phố',
          superiorUserId: leader,
        });
    }
    const nq12 = await createDirective(db, actor, '38', {
      kind: 'nghi-quyet',
      number: '12-NQ/TU',
      issuedOn: '2022-12-07',
      issuer: 'Ban Chấp hành Đảng bộ tỉnh Thanh Hóa',
      title:
        'Nghị quyết về lãnh đạo thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2023',
      illustrative: true,
      note: 'Minh họa: số, ngày của văn bản theo tin Đài PT-TH Thanh Hóa 31/7/2023; nhiệm vụ, người và ngày là ví dụ.',
    });
    const kl2402 = await createDirective(db, actor, '38', {
      kind: 'ket-luan',
      number: '2402-KL/TU',
      issuedOn: '2023-06-30',
      issuer: 'Ban Thường vụ Tỉnh ủy Thanh Hóa',
      title: 'Kết luận về nhiệm vụ trọng tâm 6 tháng cuối năm 2023',
      illustrative: true,
      note: 'Minh họa: số, ngày của văn bản theo tin Đài PT-TH Thanh Hóa 31/7/2023; nhiệm vụ, người và ngày là ví dụ.',
    });
    report.directives += 2;
    const t = (
      over: Partial<TaskInput> & Pick<TaskInput, 'number' | 'content' | 'leadUnit' | 'deadline'>,
    ): TaskInput => ({
      cooperatingUnits: [],
      links: [],
      ...over,
    });
    const nqTasks = await addTasks(
      db,
      actor,
      nq12.id,
      [
        t({
          number: '1',
          content:
            'Rà soát các chỉ tiêu, công việc, nhiệm vụ của ngành, địa phương; xây dựng kế hoạch hoàn thành và hoàn thành vượt mức mục tiêu năm 2023',
          leadUnit: 'Sở Kế hoạch và Đầu tư',
          cooperatingUnits: ['Sở Tài chính', 'Cục Thống kê tỉnh'],
          deadline: { kind: 'date', date: '2023-03-31' },
          assignedOn: '2022-12-15',
        }),
        t({
          number: '2',
          content:
            'Thực hiện các giải pháp đẩy nhanh tiến độ giải ngân vốn đầu tư công; báo cáo kết quả hằng quý',
          leadUnit: 'Sở Tài chính',
          cooperatingUnits: ['Kho bạc Nhà nước tỉnh'],
          deadline: { kind: 'recurring', every: 'quarter' },
          assignedOn: '2022-12-15',
        }),
        t({
          number: '3',
          content: 'Làm tốt công tác giải phóng mặt bằng các dự án trọng điểm trên địa bàn thành phố',
          leadUnit: 'UBND thành phố Thanh Hóa',
          ownerUserId: city,
          cooperatingUnits: ['Sở Tài nguyên và Môi trường'],
          deadline: { kind: 'date', date: '2023-06-30' },
          assignedOn: '2022-12-15',
        }),
        t({
          number: '4',
          content: 'Tăng cường quản lý tài nguyên khoáng sản, giá vật liệu xây dựng',
          leadUnit: 'Sở Tài nguyên và Môi trường',
          cooperatingUnits: ['Sở Xây dựng'],
          deadline: { kind: 'continuous' },
          assignedOn: '2022-12-15',
        }),
      ],
      '2022-12-15',
    );
    const klTasks = await addTasks(
      db,
      actor,
      kl2402.id,
      [
        t({
          number: '1',
          content:
            'Rà soát tiến độ đầu tư các khu, cụm công nghiệp; tháo gỡ vướng mắc về giải phóng mặt bằng',
          leadUnit: 'UBND thành phố Thanh Hóa',
          ownerUserId: city,
          deadline: { kind: 'date', date: '2023-09-30' },
          assignedOn: '2023-07-05',
        }),
        t({
          number: '2',
          content: 'Xây dựng kế hoạch sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2030',
          leadUnit: 'UBND thị xã Bỉm Sơn',
          ownerUserId: town,
          deadline: { kind: 'date', date: '2023-10-31' },
          assignedOn: '2023-07-05',
        }),
        t({
          number: '3',
          content: 'Tổ chức sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ thị xã',
          leadUnit: 'UBND thị xã Bỉm Sơn',
          ownerUserId: town,
          deadline: { kind: 'date', date: '2023-08-15' },
          assignedOn: '2023-07-05',
        }),
        t({
          number: '4',
          content: 'Tuyển dụng giáo viên, bảo đảm đủ cơ cấu, số lượng cho các cấp học năm học 2023 - 2024',
          leadUnit: 'UBND thành phố Thanh Hóa',
          ownerUserId: city,
          cooperatingUnits: ['Sở Giáo dục và Đào tạo', 'Sở Nội vụ'],
          deadline: { kind: 'date', date: '2023-08-31' },
          assignedOn: '2023-07-05',
        }),
        t({
          number: '5',
          content: 'Xây dựng kế hoạch, chương trình kiểm tra, giám sát năm 2024',
          leadUnit: 'Ủy ban Kiểm tra Tỉnh ủy',
          deadline: { kind: 'date', date: '2023-12-31' },
          assignedOn: '2023-07-05',
        }),
        t({
          number: '6',
          content:
            'Triển khai Quy hoạch tỉnh Thanh Hóa thời kỳ 2021 - 2030, tầm nhìn đến năm 2045 và Quy hoạch chung đô thị Thanh Hóa',
          leadUnit: 'Sở Xây dựng',
          cooperatingUnits: ['Sở Kế hoạch và Đầu tư'],
          deadline: { kind: 'date', date: '2023-12-31' },
          assignedOn: '2023-07-05',
        }),
      ],
      '2023-07-05',
    );
    report.tasks += nqTasks.length + klTasks.length;
    const id = (list: { id: string }[], i: number) => list[i]?.id as string;
    const owner = (u: string | null) => ({ ...actor, userId: u, username: u ? undefined : actor.username });
    // NQ 12 task 1: done on time; task 3: extended, then done after the extension (late).
    await submitCompletion(db, actor, id(nqTasks, 0), { completedOn: '2023-03-28' }, '2023-03-28');
    await reviewCompletion(db, actor, id(nqTasks, 0), { decision: 'confirmed' });
    await reportProgress(
      db,
      actor,
      id(nqTasks, 1),
      { text: 'Giải ngân vốn đầu tư công quý III đạt 68% kế hoạch.', percent: 68 },
      addDays(today, -20),
    );
    await extendDeadline(db, actor, id(nqTasks, 2), {
      newDeadline: '2023-09-30',
      decision: 'Công văn số 1234/UBND-THKH',
      decidedOn: '2023-06-25',
      reason: 'Vướng mắc đền bù, tái định cư',
    });
    await reportProgress(
      db,
      owner(city),
      id(nqTasks, 2),
      { text: 'Đã bàn giao 92% mặt bằng; còn 3 hộ chưa nhận tiền đền bù.', percent: 92 },
      '2023-09-28',
    );
    await submitCompletion(db, owner(city), id(nqTasks, 2), { completedOn: '2023-10-12' }, '2023-10-12');
    await reviewCompletion(db, actor, id(nqTasks, 2), { decision: 'confirmed' });
    // KL 2402 task 3 (Bỉm Sơn's mid-term review, held 16/06/2023 per the seed): done on time.
    await submitCompletion(db, owner(town), id(klTasks, 2), { completedOn: '2023-08-10' }, '2023-08-10');
    await reviewCompletion(db, actor, id(klTasks, 2), { decision: 'confirmed' });
    // KL 2402 task 1: extended twice, still open: overdue 6 days today.
    await extendDeadline(db, actor, id(klTasks, 0), {
      newDeadline: '2023-12-31',
      decision: 'Thông báo số 45-TB/TU',
      decidedOn: '2023-09-25',
      reason: 'Chờ điều chỉnh quy hoạch phân khu',
    });
    await extendDeadline(db, actor, id(klTasks, 0), {
      newDeadline: addDays(today, -6),
      decision: 'Thông báo số 112-TB/TU',
      decidedOn: addDays(today, -60),
      reason: 'Chờ ý kiến của các bộ, ngành trung ương',
    });
    await reportProgress(
      db,
      owner(city),
      id(klTasks, 0),
      { text: 'Đã tháo gỡ vướng mắc tại 2/3 cụm công nghiệp.', percent: 65 },
      addDays(today, -15),
    );
    // KL 2402 task 2: extended, due in 2 days (sắp đến hạn); task 4 submitted, waiting.
    await extendDeadline(db, actor, id(klTasks, 1), {
      newDeadline: addDays(today, 2),
      decision: 'Công văn số 578/UBND-NC',
      decidedOn: addDays(today, -30),
      reason: 'Chờ hướng dẫn của Trung ương về sắp xếp đơn vị hành chính',
    });
    await submitCompletion(db, owner(city), id(klTasks, 3), { completedOn: '2023-09-05' }, '2023-09-05');
    // KL 2402 task 6: a long extension, within the deadline.
    await extendDeadline(db, actor, id(klTasks, 5), {
      newDeadline: addDays(today, 40),
      decision: 'Công văn số 901/UBND-CN',
      decidedOn: addDays(today, -10),
      reason: 'Điều chỉnh quy hoạch chung',
    });
  }
  if (!(await listProgrammes(db, { unitCode: '381' })).length) {
    const rows = await db.query<{ id: string }>(
      "select r.id from resolutions r join units u on u.id = r.unit_id where u.code = '381' order by r.created_at limit 1",
    );
    const resolutionId = rows[0]?.id ?? null;
    const make = (
      kind: 'chuong-trinh' | 'dot-pha' | 'cong-trinh-du-an',
      code: string,
      name: string,
      extra: Record<string, unknown> = {},
    ) =>
      createProgramme(db, actor, '381', resolutionId, {
        kind,
        code,
        name,
        milestones: [],
        illustrative: true,
        ...extra,
      });
    await make(
      'chuong-trinh',
      'CT1',
      'Tập trung nguồn lực xây dựng kết cấu hạ tầng gắn với phát triển mở rộng không gian đô thị',
    );
    await make(
      'chuong-trinh',
      'CT2',
      'Khắc phục tình trạng ô nhiễm môi trường, xây dựng thị xã Bỉm Sơn trở thành đô thị xanh, sạch, đẹp',
    );
    await make(
      'chuong-trinh',
      'CT3',
      'Nâng cao chất lượng, hiệu quả hoạt động của hệ thống chính trị xã, phường',
    );
    await make('dot-pha', 'ĐP1', 'Đẩy mạnh cải cách thủ tục hành chính');
    await make('dot-pha', 'ĐP2', 'Đẩy mạnh phát triển nguồn thu ngân sách');
    const road = await make('cong-trinh-du-an', 'DA1', 'Đường vành đai phía Tây thị xã (minh họa)', {
      investment: 450,
      investmentUnit: 'tỷ đồng',
      startYear: 2021,
      endYear: 2025,
      milestones: [
        { name: 'Khởi công', dueOn: '2022-06-30', reachedOn: '2022-08-15' },
        { name: 'Thông xe', dueOn: '2025-06-30' },
      ],
    });
    const park = await make('cong-trinh-du-an', 'DA2', 'Công viên trung tâm thị xã (minh họa)', {
      investment: 120,
      investmentUnit: 'tỷ đồng',
      startYear: 2022,
      endYear: 2024,
    });
    await make('cong-trinh-du-an', 'DA3', 'Trung tâm hành chính công thị xã (minh họa)', {
      investment: 85,
      investmentUnit: 'tỷ đồng',
      startYear: 2021,
      endYear: 2023,
    });
    await decideProgramme(db, actor, road.id, {
      change: 'rename',
      name: 'Đường vành đai Tây - Bắc thị xã (minh họa)',
      decision: 'Nghị quyết Hội nghị Ban Chấp hành Đảng bộ thị xã (sơ kết giữa nhiệm kỳ)',
      decidedOn: '2023-06-16',
      reason: 'Điều chỉnh hướng tuyến theo quy hoạch chung được duyệt',
    });
    await decideProgramme(db, actor, park.id, {
      change: 'drop',
      decision: 'Nghị quyết Hội nghị Ban Chấp hành Đảng bộ thị xã (sơ kết giữa nhiệm kỳ)',
      decidedOn: '2023-06-16',
      reason: 'Không bố trí được vốn trong nhiệm kỳ; chuyển sang giai đoạn 2025 - 2030',
    });
    report.programmes += 8;
  }
  return report;
}
