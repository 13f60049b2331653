import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { evaluateDossier } from '../../core';
import { buildReportModel } from '../report-model';
import { renderDocx } from '../render-docx';
import { loadExamples } from '../fixtures/examples';
import { HAND_DOSSIER } from '../fixtures/hand-made';
import { checkDraftDocx, checkDraftText, type DraftFinding } from './check-draft';

const examples = loadExamples();
const q1 = examples.find((e) => e.file === 'thanh-hoa-city-2022-q1.json');
if (!q1) throw new Error('example thanh-hoa-city-2022-q1.json missing');
const q1Evaluation = evaluateDossier(q1.dossier, { asOf: q1.asOf });

/** The seed report's own words (Q1-2022, Thanh Hóa city): every figure agrees with the data. */
const SEED_TEXT = [
  'Tốc độ tăng trưởng giá trị sản xuất đạt 14,6%, cao hơn nhiều lần so với quý I-2021, trong đó công nghiệp - xây dựng tăng 11,7%, thương mại - dịch vụ tăng 21%, nông - lâm - thủy sản tăng 5,7%. Tổng mức bán lẻ hàng hóa đạt 17.305 tỷ đồng (tăng 31,9% so với cùng kỳ); xuất khẩu giữ mức tăng trưởng cao, tổng giá trị xuất khẩu đạt 370,8 triệu USD (tăng 21,6% so với cùng kỳ). Sản xuất công nghiệp duy trì tốc độ tăng trưởng khá, tổng giá trị sản xuất ngành công nghiệp đạt 10.778 tỷ đồng (tăng 9,7% so với cùng kỳ).',
  'Thu ngân sách nhà nước đạt 799.690 triệu đồng, đạt 32% dự toán tỉnh giao, 25,7% dự toán thành phố giao và tăng 67,8% so với cùng kỳ. Huy động vốn đầu tư phát triển đạt 8.504 tỷ đồng (tăng 8,7% so với cùng kỳ).',
  'Công tác giải phóng mặt bằng đạt kết quả tích cực, tổng diện tích đã giải phóng mặt bằng trong quý I là 43,44 ha, đạt 46,2% kế hoạch tỉnh giao.',
];

/** A draft with planted errors; each line's expected finding follows. */
const PLANTED: { text: string; found: string; expected: string; targetId?: string }[] = [
  {
    text: 'Thu ngân sách nhà nước đạt 799.690 triệu đồng, đạt 31% dự toán tỉnh giao, 25,7% dự toán thành phố giao và tăng 67,8% so với cùng kỳ.',
    found: '31%',
    expected: '32%',
    targetId: 'thu-ngan-sach',
  },
  {
    text: 'Thu ngân sách nhà nước đạt 799.690 triệu đồng, đạt 32% dự toán tỉnh giao và tăng 76,8% so với cùng kỳ.',
    found: 'tăng 76,8%',
    expected: 'tăng 67,8%',
    targetId: 'thu-ngan-sach',
  },
  {
    text: 'Tổng mức bán lẻ hàng hóa đạt 17.350 tỷ đồng (tăng 31,9% so với cùng kỳ).',
    found: '17.350 tỷ đồng',
    expected: '17.305 tỷ đồng',
    targetId: 'ban-le',
  },
  {
    text: 'Tổng giá trị xuất khẩu hàng hóa đạt 370,8 triệu USD (tăng 12,6% so với cùng kỳ).',
    found: 'tăng 12,6%',
    expected: 'tăng 21,6%',
    targetId: 'xuat-khau',
  },
  {
    text: 'Giá trị xuất khẩu hàng hóa bằng 120,6% so với cùng kỳ.',
    found: 'bằng 120,6%',
    expected: 'bằng 121,6%',
    targetId: 'xuat-khau',
  },
  {
    text: 'Tổng diện tích đã giải phóng mặt bằng trong quý I là 43,44 ha, bằng 64,2% kế hoạch tỉnh giao.',
    found: '64,2%',
    expected: '46,2%',
    targetId: 'gpmb',
  },
  {
    text: 'Huy động vốn đầu tư phát triển đạt 8.504 tỷ đồng, gồm vốn ngân sách 1.200 tỷ đồng, vốn doanh nghiệp 5.100 tỷ đồng và vốn dân cư 2.100 tỷ đồng.',
    found: '8.504 tỷ đồng',
    expected: '8.400 tỷ đồng',
  },
  {
    text: 'Giá trị sản xuất ngành công nghiệp đạt 10.778 tỷ đồng, trong đó công nghiệp chế biến 9.900 tỷ đồng và khai khoáng 1.200 tỷ đồng.',
    found: '10.778 tỷ đồng',
    expected: '11.100 tỷ đồng',
  },
  ...plantedCounts(),
];

/** Count sentences with one count off by one from the data (so they follow the data). */
function plantedCounts(): { text: string; found: string; expected: string }[] {
  const s = q1Evaluation.summary;
  const band = (l: string) => s.bands.find((b) => b.label === l)?.count ?? 0;
  const verdict = (l: string) => s.verdicts.find((v) => v.label === l)?.count ?? 0;
  const [a80, a50, b50, effort] = [
    band('above-80'),
    band('above-50'),
    band('below-50'),
    verdict('very-high-effort'),
  ];
  return [
    {
      text: `Trong tổng số ${s.total} chỉ tiêu, có ${a80 + 1} chỉ tiêu đạt trên 80% mục tiêu Đại hội, ${a50} chỉ tiêu đạt trên 50% và ${b50} chỉ tiêu đạt dưới 50%.`,
      found: `${a80 + 1} chỉ tiêu đạt trên 80% mục tiêu Đại hội`,
      expected: String(a80),
    },
    {
      text: `Đến hết quý I, có ${a50 + 1}/${s.total} chỉ tiêu đạt trên 50%.`,
      found: `${a50 + 1}/${s.total} chỉ tiêu đạt trên 50%`,
      expected: String(a50),
    },
    {
      text: `Dự kiến đến cuối nhiệm kỳ có ${effort + 1} chỉ tiêu phải phấn đấu, nỗ lực rất cao mới có thể hoàn thành.`,
      found: `${effort + 1} chỉ tiêu phải phấn đấu`,
      expected: String(effort),
    },
  ];
}

function summary(findings: DraftFinding[]) {
  return findings.map((f) => ({ found: f.found, expected: f.expected, targetId: f.targetId }));
}

describe('draft checker', () => {
  it('raises nothing on the seed report, whose figures agree with the data', () => {
    expect(checkDraftText(SEED_TEXT, q1.dossier, q1Evaluation)).toEqual([]);
  });

  it.each(PLANTED.map((p) => [p.found, p] as const))('finds the planted error %s', (_name, planted) => {
    const findings = checkDraftText(planted.text, q1.dossier, q1Evaluation);
    expect(findings.length).toBeGreaterThanOrEqual(1);
    const hit = findings.find((f) => f.found.startsWith(planted.found) && f.expected === planted.expected);
    expect(hit, JSON.stringify(findings)).toBeDefined();
    expect(hit?.sentence).toBe(planted.text);
    expect(hit?.reason).toMatch(/\p{L}/u);
    if (planted.targetId) expect(hit?.targetId).toBe(planted.targetId);
  });

  it('finds the stated figure disagreeing with its own arithmetic (value / plan ≠ printed ratio)', () => {
    const findings = checkDraftText(PLANTED[0]?.text ?? '', q1.dossier, q1Evaluation);
    expect(summary(findings)).toEqual([
      { found: '31%', expected: '32%', targetId: 'thu-ngan-sach' },
      { found: '31%', expected: '32%', targetId: 'thu-ngan-sach' },
    ]);
    expect(findings[1]?.reason).toMatch(/^Tự mâu thuẫn/);
  });

  it('finds every planted error in a whole Word draft, and only those', async () => {
    const doc = new Document({
      sections: [
        {
          children: [...SEED_TEXT, ...PLANTED.map((p) => p.text)].map(
            (t) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [new TextRun(t)] }),
          ),
        },
      ],
    });
    const findings = await checkDraftDocx(await Packer.toBuffer(doc), q1.dossier, q1Evaluation);
    for (const p of PLANTED)
      expect(findings.some((f) => f.sentence === p.text && f.expected === p.expected)).toBe(true);
    expect(findings.filter((f) => !PLANTED.some((p) => p.text === f.sentence))).toEqual([]);
  });

  it.each([
    ...examples.map((e) => [e.file, e.dossier, e.type, e.asOf] as const),
    ['hand-made', HAND_DOSSIER, 'midterm', '2023'] as const,
  ])('raises nothing on the generated report of %s', async (_name, dossier, type, asOf) => {
    const evaluation = evaluateDossier(dossier, { asOf });
    const docx = await renderDocx(
      buildReportModel(dossier, evaluation, { type, asOf, date: '2023-07-26', number: '12' }),
    );
    expect(await checkDraftDocx(docx, dossier, evaluation)).toEqual([]);
  });

  it.each([
    [
      'thanh-hoa-city-midterm-2023.json',
      'Nổi bật là: tốc độ tăng giá trị sản xuất đạt 10,69%. Thu nhập bình quân đầu người năm 2023 ước đạt 84,67 triệu đồng, gấp 1,53 lần bình quân chung của tỉnh. Thu ngân sách Nhà nước ước đạt 9.710,8 tỷ đồng, đạt 122% dự toán tỉnh giao và 105% dự toán thành phố giao. Tổng huy động vốn đầu tư phát triển ước đạt 93.867 tỷ đồng, bằng 52,15% kế hoạch cả nhiệm kỳ. Đến cuối nhiệm kỳ, trong số 31 chỉ tiêu chủ yếu về kinh tế - xã hội, quốc phòng - an ninh, xây dựng Đảng và hệ thống chính trị, sẽ có 9 chỉ tiêu vượt kế hoạch, 15 chỉ tiêu hoàn thành kế hoạch, 6 chỉ tiêu phải phấn đấu, nỗ lực rất cao mới có thể hoàn thành; đề nghị điều chỉnh, đưa ra ngoài kế hoạch 1 chỉ tiêu về số xã đạt chuẩn nông thôn mới kiểu mẫu.',
      [
        ['đạt 122% dự toán tỉnh giao', 'đạt 112% dự toán tỉnh giao', '112%', '122%'],
        ['sẽ có 9 chỉ tiêu vượt', 'sẽ có 8 chỉ tiêu vượt', '8 chỉ tiêu vượt kế hoạch', '9'],
      ],
    ],
    [
      'bim-son-midterm-2023.json',
      'Trong tổng số 29 chỉ tiêu đề ra, có 23 chỉ tiêu đạt trên 80% mục tiêu đại hội, 3 chỉ tiêu đạt trên 50% và 3 chỉ tiêu đạt dưới 50%. Về kinh tế, tổng giá trị sản xuất địa bàn năm 2023 ước đạt 31.444 tỷ đồng; tốc độ tăng trưởng bình quân nửa đầu nhiệm kỳ đạt 10,71% bằng 71,4% mục tiêu đại hội.',
      [
        ['bằng 71,4%', 'bằng 74,1%', '74,1%', '71,4%'],
        ['đạt 10,71%', 'đạt 11,71%', '11,71%', '10,71%'],
        ['29 chỉ tiêu đề ra', '30 chỉ tiêu đề ra', '30 chỉ tiêu', '29'],
      ],
    ],
  ] as const)(
    'the seed report of %s raises nothing; each planted change in it is found',
    (file, text, plants) => {
      const example = examples.find((e) => e.file === file);
      if (!example) throw new Error(`example ${file} missing`);
      const evaluation = evaluateDossier(example.dossier, { asOf: example.asOf });
      expect(checkDraftText(text, example.dossier, evaluation)).toEqual([]);
      for (const [from, to, found, expected] of plants) {
        const findings = checkDraftText(text.replace(from, to), example.dossier, evaluation);
        expect(
          findings.some((f) => f.found.startsWith(found) && f.expected === expected),
          JSON.stringify(findings),
        ).toBe(true);
      }
    },
  );

  it('finds a wrong change in percentage points and a wrong multiple of a benchmark', () => {
    const mid = examples.find((e) => e.file === 'thanh-hoa-city-midterm-2023.json');
    if (!mid) throw new Error('example thanh-hoa-city-midterm-2023.json missing');
    const evaluation = evaluateDossier(mid.dossier, { asOf: mid.asOf });
    const right =
      'Tỷ lệ đô thị hóa năm 2023 ước đạt 83,0%, tăng 0,9 điểm phần trăm so với năm trước. Thu nhập bình quân đầu người năm 2023 ước đạt 84,67 triệu đồng, gấp 1,53 lần bình quân chung của tỉnh.';
    expect(checkDraftText(right, mid.dossier, evaluation)).toEqual([]);
    const wrong = right.replace('tăng 0,9 điểm', 'tăng 1,9 điểm').replace('gấp 1,53 lần', 'gấp 1,35 lần');
    expect(summary(checkDraftText(wrong, mid.dossier, evaluation)).map((f) => [f.found, f.expected])).toEqual(
      [
        ['tăng 1,9 điểm phần trăm', 'tăng 0,9 điểm phần trăm'],
        ['gấp 1,35 lần', 'gấp 1,53 lần'],
      ],
    );
  });

  it('refuses a file that is not a Word document', async () => {
    await expect(checkDraftDocx(Buffer.from('not a zip'), q1.dossier, q1Evaluation)).rejects.toThrow(/Word/);
  });
});
