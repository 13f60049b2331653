import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildZip, documentXml } from '../../reports/draft-check/zip-fixture';
import { parseInterchange } from '../../schema';
import { runTargetsParse } from './targets.command';

const dir = mkdtempSync(path.join(tmpdir(), 'vedich-targets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const options = { term: '2025-2030', unit: '14812', unitName: 'phường Bỉm Sơn', level: 'commune' as const };

async function run(file: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((s: string) => void out.push(s));
  const error = vi.spyOn(console, 'error').mockImplementation((s: string) => void err.push(s));
  try {
    const code = await runTargetsParse(file, options);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('vedich targets parse', () => {
  it('prints a valid vedich/1 draft from a .txt list, each target with its confidence and source', async () => {
    const file = path.join(dir, 'list.txt');
    writeFileSync(
      file,
      readFileSync(new URL('../../../test/fixtures/target-lists/bim-son.txt', import.meta.url)),
    );
    const { code, out } = await run(file);
    expect(code).toBe(0);
    const doc = JSON.parse(out) as { targets: { note: string; kind: string; baseYear: number }[] };
    expect(parseInterchange(doc).ok).toBe(true);
    expect(doc.targets).toHaveLength(29);
    expect(doc.targets[0]).toMatchObject({ kind: 'average-growth', baseYear: 2025 });
    expect(doc.targets[0]?.note).toMatch(
      /độ tin cậy 0,95\. Nguồn: «Tốc độ tăng giá trị sản xuất bình quân 15%\/năm trở lên»/,
    );
  });

  it('reads the paragraphs of a .docx', async () => {
    const file = path.join(dir, 'nq.docx');
    const paragraphs = [
      'Về kinh tế',
      'Thu nhập bình quân đầu người đến năm 2030 đạt 150 triệu đồng',
      'Kết nạp 120 đảng viên mới',
    ];
    writeFileSync(file, buildZip([{ name: 'word/document.xml', data: documentXml(paragraphs) }]));
    const { code, out } = await run(file);
    expect(code).toBe(0);
    const doc = JSON.parse(out) as { targets: { name: string; unit: string; targetYear: number }[] };
    expect(doc.targets.map((t) => t.name)).toEqual(['Thu nhập bình quân đầu người', 'Kết nạp đảng viên mới']);
    expect(doc.targets[0]).toMatchObject({ unit: 'triệu đồng', targetYear: 2030 });
  });

  it('says so when nothing is found or the file cannot be read', async () => {
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, 'Lời nói đầu của nghị quyết.');
    expect((await run(empty)).code).toBe(1);
    const missing = await run(path.join(dir, 'none.txt'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/Không đọc được tệp/);
  });
});
