import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedUnitTree } from '../../../test/factories';
import { openDatabaseFromEnv } from '../../db/open-from-env';
import { runExport } from './export.command';
import { runImport } from './import.command';

describe('vedich import and export', () => {
  let dir: string;
  const env = process.env.DATABASE_URL;
  beforeAll(async () => {
    delete process.env.DATABASE_URL;
    dir = await mkdtemp(join(tmpdir(), 'vedich-cli-'));
    const { db } = await openDatabaseFromEnv({ data: join(dir, 'data') });
    await seedUnitTree(db);
    await db.close();
  });
  afterAll(async () => {
    if (env !== undefined) process.env.DATABASE_URL = env;
    await rm(dir, { recursive: true, force: true });
  });

  it('imports an example, exports it, and prints every error of a bad file with exit code 1', async () => {
    const data = join(dir, 'data');
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await runImport('examples/bim-son-midterm-2023.json', { unit: '381', data })).toBe(0);
      expect(log.mock.calls.flat().join('\n')).toContain('tạo nghị quyết mới');
      const out = join(dir, 'so-lieu.csv');
      expect(await runExport({ unit: '381', format: 'csv', table: 'so-lieu', out, data })).toBe(0);
      const csv = await readFile(out, 'utf8');
      expect(csv.startsWith('\uFEFFMã chỉ tiêu;Kỳ;Giá trị')).toBe(true);
      const bad = join(dir, 'loi.csv');
      await writeFile(bad, `${csv.split('\r\n')[0]}\r\n1;quý V/2023;1;Ước\r\n1;2024;12,3,4;Ước\r\n`);
      error.mockClear();
      expect(await runImport(bad, { unit: '381', data })).toBe(1);
      const printed = error.mock.calls.flat().join('\n');
      expect(printed).toContain('Tệp nhập có 2 lỗi; chưa có dữ liệu nào được ghi.');
      expect(printed).toContain('Sheet Số liệu (CSV), dòng 2, cột B (Kỳ)');
      expect(printed).toContain("Sheet Số liệu (CSV), dòng 3, cột C (Giá trị): '12,3,4' không phải là số");
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  });
});
