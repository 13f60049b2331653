/** `vedich tasks report` and `vedich tasks remind` on an embedded database in a data folder. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedUnitTree, TEST_ACTOR } from '../../../test/factories';
import { openDatabase } from '../../db/database';
import { migrate } from '../../db/migrate';
import { createUser } from '../../server/accounts/users.service';
import { SYSTEM_ACTOR } from '../../services/app-error';
import { createDirective } from '../../services/tasks/directive.service';
import { addTasks } from '../../services/tasks/task.service';
import { register } from './tasks.command';

describe('vedich tasks', () => {
  let dir: string;
  const saved = process.env.DATABASE_URL;
  beforeAll(async () => {
    delete process.env.DATABASE_URL;
    dir = await mkdtemp(path.join(tmpdir(), 'vedich-tasks-cli-'));
    const db = await openDatabase({ dataDir: path.join(dir, 'data') });
    await migrate(db);
    await seedUnitTree(db);
    const owner = await createUser(db, SYSTEM_ACTOR, {
      username: 'tp.chuyenvien',
      password: 'mat-khau-thu-nghiem',
      roles: [{ unitCode: '380', role: 'editor' }],
    });
    const d = await createDirective(db, TEST_ACTOR, '38', {
      kind: 'ket-luan',
      number: '2402-KL/TU',
      issuedOn: '2023-06-30',
      issuer: 'Ban Thường vụ Tỉnh ủy',
      title: 'Kết luận',
    });
    await addTasks(
      db,
      TEST_ACTOR,
      d.id,
      [
        {
          number: '1',
          content: 'Rà soát cụm công nghiệp',
          leadUnit: 'UBND thành phố Thanh Hóa',
          cooperatingUnits: [],
          links: [],
          ownerUserId: owner.id,
          deadline: { kind: 'date', date: '2023-09-30' },
        },
      ],
      '2023-07-05',
    );
    await db.close();
  });
  afterAll(async () => {
    if (saved !== undefined) process.env.DATABASE_URL = saved;
    await rm(dir, { recursive: true, force: true });
  });

  const run = async (...args: string[]) => {
    const lines: string[] = [];
    const log = vi
      .spyOn(console, 'log')
      .mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
    const program = new Command().exitOverride();
    register(program);
    try {
      await program.parseAsync(['node', 'vedich', 'tasks', ...args, '--data', path.join(dir, 'data')]);
    } finally {
      log.mockRestore();
    }
    return lines.join('\n');
  };

  it('writes the report of a period', async () => {
    const out = path.join(dir, 'bao-cao.xlsx');
    expect(
      await run(
        'report',
        '--unit',
        '38',
        '--from',
        '2023-07-01',
        '--to',
        '2023-10-05',
        '--format',
        'xlsx',
        '--out',
        out,
      ),
    ).toContain('Đã ghi');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
    const cells: string[] = [];
    wb.worksheets[0]?.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
    expect(cells).toContain('Chưa hoàn thành, quá hạn 5 ngày');
  });

  it('writes it as PDF through LibreOffice', async () => {
    const out = path.join(dir, 'bao-cao.pdf');
    await run('report', '--unit', '38', '--to', '2023-10-05', '--format', 'pdf', '--out', out);
    expect((await readFile(out)).subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);

  it("runs a day's reminders once", async () => {
    expect(await run('remind', '--today', '2023-10-01')).toContain(
      'Ngày 2023-10-01: 1 tin nhắc (1 nhiệm vụ)',
    );
    expect(await run('remind', '--today', '2023-10-01')).toContain(
      'Ngày 2023-10-01: 0 tin nhắc (0 nhiệm vụ)',
    );
  });
});
