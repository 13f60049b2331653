import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildZip, documentXml } from '../../reports/draft-check/zip-fixture';
import { parseInterchange } from '../../schema';
import { runPlansParse } from './plans.command';

const dir = mkdtempSync(path.join(tmpdir(), 'vedich-plans-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const resolution = new URL('../../../examples/thanh-hoa-city-midterm-2023.json', import.meta.url).pathname;

async function run(file: string, options: { resolution?: string; year?: string } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((s: string) => void out.push(s));
  const error = vi.spyOn(console, 'error').mockImplementation((s: string) => void err.push(s));
  try {
    const code = await runPlansParse(file, { resolution, data: dir, ...options });
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

type Doc = { plans: { targetId: string; period: string; source: string; value: number }[]; notes: string[] };

describe('vedich plans parse', () => {
  it("prints the resolution with issue 13's plans in place, and lists every reading on stderr", async () => {
    const file = path.join(dir, 'kh2024.txt');
    writeFileSync(
      file,
      'Năm 2024 phấn đấu: tổng giá trị sản xuất tăng 12%; thu ngân sách trên địa bàn đạt 1.250 tỷ đồng; tỷ lệ hộ nghèo giảm 0,5%',
    );
    const { code, out, err } = await run(file);
    expect(code).toBe(0);
    const doc = JSON.parse(out) as Doc;
    expect(parseInterchange(doc).ok).toBe(true);
    expect(doc.plans.filter((p) => p.period === '2024').map((p) => [p.targetId, p.value])).toEqual([
      ['gtsx', 12],
      ['thu-ngan-sach', 1250],
    ]);
    // The plans already in the file stay (seed 000's estimates for 2023).
    expect(doc.plans.filter((p) => p.period === '2023')).toHaveLength(3);
    expect(err).toContain(
      '«tổng giá trị sản xuất tăng 12%» → chỉ tiêu 1 Tốc độ tăng giá trị sản xuất bình quân: 12%',
    );
    expect(err).toContain('ghi mức thay đổi -0,5%, cần nhập giá trị kế hoạch');
    expect(doc.notes.join(' ')).toContain('Chưa đưa vào (cần nhập tay): 3. «tỷ lệ hộ nghèo giảm 0,5%»');
  });

  it('reads a .docx and takes the year from --year when the text gives none', async () => {
    const file = path.join(dir, 'kh.docx');
    writeFileSync(
      file,
      buildZip([
        {
          name: 'word/document.xml',
          data: documentXml([
            'Thu ngân sách nhà nước trên địa bàn 10.500 tỷ đồng',
            'Kết nạp 480 đảng viên mới',
          ]),
        },
      ]),
    );
    const { code, out } = await run(file, { year: '2025' });
    expect(code).toBe(0);
    const plans = (JSON.parse(out) as Doc).plans.filter((p) => p.period === '2025');
    expect(plans.map((p) => [p.targetId, p.value])).toEqual([
      ['thu-ngan-sach', 10500],
      ['dang-vien-moi', 480],
    ]);
  });

  it('says so for a bad year, an unreadable file, a missing resolution file or a list with nothing in it', async () => {
    const file = path.join(dir, 'empty.txt');
    writeFileSync(file, 'Lời nói đầu.');
    expect((await run(file)).code).toBe(1);
    expect((await run(file, { year: 'hai nghìn' })).err).toMatch(/--year "hai nghìn" phải là một năm/);
    expect((await run(path.join(dir, 'none.txt'))).err).toMatch(/Không đọc được tệp/);
    expect((await run(file, { resolution: path.join(dir, 'none.json') })).err).toMatch(/Không có tệp/);
  });
});
