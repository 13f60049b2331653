import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runReport } from './report.command';

const OUT = path.resolve('test-output/reports/cli');

describe('vedich report', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes a report straight from an interchange file', async () => {
    await mkdir(OUT, { recursive: true });
    const out = path.join(OUT, 'chi-linh.docx');
    await rm(out, { force: true });
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const code = await runReport({
      from: 'examples/chi-linh-midterm-2023.json',
      type: 'midterm',
      asOf: '2023',
      format: 'docx',
      out,
      date: '2023-05-16',
      number: '15',
      data: './data',
    });
    expect(code).toBe(0);
    const xml =
      (await (await JSZip.loadAsync(await readFile(out))).file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('Chí Linh, ngày 16 tháng 5 năm 2023');
    expect(xml).toContain('Số 15-BC/TU');
  });

  it('explains bad arguments in Vietnamese and exits 1', async () => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.join(' ')));
    expect(await runReport({ type: 'midterm', asOf: '2023', format: 'docx', data: './data' })).toBe(1);
    expect(errors.join('\n')).toContain('Cần --unit MÃ hoặc --from TỆP.');
    errors.length = 0;
    expect(
      await runReport({
        from: 'examples/chi-linh-midterm-2023.json',
        type: 'quarter',
        asOf: '2023',
        format: 'doc',
        data: './data',
      }),
    ).toBe(1);
    expect(errors.join('\n')).toContain('format: Định dạng phải là một trong: docx, xlsx, pdf.');
    expect(errors.join('\n')).toContain('asOf: Kỳ "2023" không hợp với loại báo cáo quarter');
  });
});
