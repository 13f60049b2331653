import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const scratch = mkdtempSync(path.join(tmpdir(), 'vedich-evaluate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/vedich.js evaluate ARGS` as a process from the repository root. */
function vedich(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/vedich.js', 'evaluate', ...args],
      { cwd: root, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

function example(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(root, 'examples', name), 'utf8')) as Record<string, unknown>;
}

// Each run starts a process that loads the whole CLI: allow for a busy machine.
describe('vedich evaluate', { timeout: 120_000 }, () => {
  it('prints the table, the summary and the narrative for people', async () => {
    const run = await vedich('examples/bim-son-midterm-2023.json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ THỊ XÃ BỈM SƠN LẦN THỨ XI');
    expect(run.stdout).toMatch(/^TT\s+Chỉ tiêu\s+ĐVT\s+Mục tiêu/m);
    expect(run.stdout).toContain('Tổng số 29 chỉ tiêu.');
    expect(run.stdout).toContain(
      'có 23 chỉ tiêu đạt trên 80% mục tiêu đại hội, 3 chỉ tiêu đạt trên 50% và 3 chỉ tiêu đạt dưới 50%',
    );
    expect(run.stdout).toContain('ước đạt 10,71%, bằng 71,4% mục tiêu Đại hội');
    expect(run.stdout).toContain('Lưu ý: tệp có số liệu minh họa');
  });

  it('prints the DossierEvaluation as JSON for programs, as of the latest period by default', async () => {
    const run = await vedich('examples/thanh-hoa-city-midterm-2023.json', '--format', 'json');
    expect(run.code).toBe(0);
    const evaluation = JSON.parse(run.stdout) as {
      asOf: string;
      targets: unknown[];
      summary: { total: number; verdicts: { label: string; count: number }[] };
      narrative: string[];
    };
    expect(evaluation.asOf).toBe('2023');
    expect(evaluation.targets).toHaveLength(31);
    expect(evaluation.summary.verdicts.filter((v) => v.count > 0)).toEqual([
      { label: 'exceed', count: 9 },
      { label: 'meet', count: 15 },
      { label: 'very-high-effort', count: 6 },
      { label: 'propose-adjust', count: 1 },
    ]);
    expect(evaluation.narrative.join(' ')).toContain('gấp 1,53 lần bình quân chung của tỉnh');
  });

  it('evaluates as of the period given and prints a bundle as an array', async () => {
    const file = path.join(scratch, 'bundle.json');
    const first = example('thanh-hoa-city-midterm-2023.json');
    const second = example('bim-son-midterm-2023.json');
    writeFileSync(file, JSON.stringify({ format: 'vedich/1', documents: [first, second] }));
    const run = await vedich(file, '--as-of', '2022', '--format', 'json');
    expect(run.code).toBe(0);
    const evaluations = JSON.parse(run.stdout) as { asOf: string; targets: { target: { id: string } }[] }[];
    expect(evaluations.map((e) => [e.asOf, e.targets.length])).toEqual([
      ['2022', 31],
      ['2022', 29],
    ]);
  });

  it('rejects an invalid file with Vietnamese messages naming each path, exit code 1', async () => {
    const broken = example('chi-linh-midterm-2023.json') as {
      targets: { goal: unknown }[];
      observations: { period: string; targetId: string }[];
    };
    broken.targets[0]!.goal = { type: 'number', value: '11,5' };
    broken.observations[0]!.period = '2022-Q5';
    const file = path.join(scratch, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const run = await vedich(file);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('không hợp lệ');
    expect(run.stderr).toContain(
      'targets[0].goal.value: Chỉ tiêu thứ 1 › mục tiêu › giá trị: phải là số, nhận được chuỗi văn bản.',
    );
    expect(run.stderr).toContain('observations[0].period: Số liệu thứ 1 › kỳ: phải là mã kỳ hợp lệ');
  });

  it('rejects a bad --as-of, a bad --format and a missing file', { timeout: 180_000 }, async () => {
    const [badPeriod, badFormat, missing] = await Promise.all([
      vedich('examples/bim-son-midterm-2023.json', '--as-of', 'quý 5'),
      vedich('examples/bim-son-midterm-2023.json', '--format', 'xml'),
      vedich('examples/khong-co.json'),
    ]);
    expect(badPeriod.code).toBe(1);
    expect(badPeriod.stderr).toContain('không phải mã kỳ hợp lệ');
    expect(badFormat.code).toBe(1);
    expect(badFormat.stderr).toContain('--format phải là "json" hoặc "text"');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Không đọc được tệp');
  });
});
