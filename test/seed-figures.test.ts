/**
 * Every figure of the seed reports (the seed reports' summary, shared/seeds/README.md), reproduced from the examples
 * as a Vietnamese reader sees it: in the narrative, or on the target's row of the table that
 * `vedich evaluate` prints.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultAsOf, evaluateDossier, type DossierEvaluation, type ResolutionDossier } from '../src/core';
import { presentEvaluation } from '../src/cli/present-evaluation';
import { parseInterchange } from '../src/schema';

interface Evaluated {
  dossier: ResolutionDossier;
  evaluation: DossierEvaluation;
  /** The whole text `vedich evaluate` prints. */
  text: string;
}

function evaluateExample(name: string, asOf?: string): Evaluated {
  const parsed = parseInterchange(
    JSON.parse(readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8')),
  );
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.issues)}`);
  const dossier = parsed.dossiers[0]!;
  const evaluation = evaluateDossier(dossier, { asOf: asOf ?? defaultAsOf(dossier) });
  return { dossier, evaluation, text: presentEvaluation(dossier, evaluation, parsed.facts[0]!) };
}

/** The sentence of the narrative that holds `fragment` (sentences end with ". "). */
function sentenceWith(evaluation: DossierEvaluation, fragment: string): string {
  const sentences = evaluation.narrative.flatMap((paragraph) =>
    paragraph.split(/(?<=\.)\s+(?=[A-ZĐÂĂÊÔƠƯ0-9])/u),
  );
  const found = sentences.filter((sentence) => sentence.includes(fragment));
  expect(found, `no sentence of the narrative holds "${fragment}"`).toHaveLength(1);
  return found[0]!;
}

/** The table row of the target with this code. */
function rowOf(text: string, code: string): string {
  const rows = text.split('\n').filter((line) => line.startsWith(`${code} `));
  expect(rows, `no table row for target ${code}`).toHaveLength(1);
  return rows[0]!;
}

function count<L extends string>(counts: { label: L; count: number }[], label: L): number {
  return counts.find((c) => c.label === label)?.count ?? 0;
}

describe('Thanh Hóa city, mid-term review of 26/7/2023 (seed 000)', () => {
  const { evaluation, text } = evaluateExample('thanh-hoa-city-midterm-2023.json');

  it('evaluates as of 2023, the latest year with figures', () => {
    expect(evaluation.asOf).toBe('2023');
  });

  it('forecasts 9 / 15 / 6 / 1 of 31 targets to the end of the term', () => {
    const { summary } = evaluation;
    expect(summary.total).toBe(31);
    expect(count(summary.verdicts, 'exceed')).toBe(9);
    expect(count(summary.verdicts, 'meet')).toBe(15);
    expect(count(summary.verdicts, 'very-high-effort')).toBe(6);
    expect(count(summary.verdicts, 'propose-adjust')).toBe(1);
    const sentence = sentenceWith(evaluation, 'Dự kiến đến cuối nhiệm kỳ');
    expect(sentence).toContain('trong số 31 chỉ tiêu');
    expect(sentence).toContain('9 chỉ tiêu vượt kế hoạch');
    expect(sentence).toContain('15 chỉ tiêu hoàn thành kế hoạch');
    expect(sentence).toContain('6 chỉ tiêu phải phấn đấu, nỗ lực rất cao');
    expect(sentence).toContain('1 chỉ tiêu đề nghị điều chỉnh, đưa ra ngoài kế hoạch');
  });

  it('proposes to take the new-rural communes target out of the plan, with the reason', () => {
    const item = evaluation.targets.find((t) => t.target.id === 'ntm-nang-cao')!;
    expect(item.final.verdict).toBe('propose-adjust');
    expect(item.final.overridden).toEqual([
      { scheme: 'verdict', reason: 'Các xã được chọn hiện nay đang thực hiện lộ trình trở thành phường.' },
    ]);
  });

  it('production value growth 10,69%', () => {
    expect(sentenceWith(evaluation, 'Tốc độ tăng giá trị sản xuất')).toContain('10,69%');
  });

  it('per-capita income 2023 est. 84,67 million = 1,53 times the province average', () => {
    const sentence = sentenceWith(evaluation, '84,67 triệu đồng');
    expect(sentence).toContain('năm 2023 ước đạt 84,67 triệu đồng');
    expect(sentence).toContain('gấp 1,53 lần bình quân chung của tỉnh');
  });

  it('uses the revised 2023 income estimate and keeps the first one', () => {
    const item = evaluation.targets.find((t) => t.target.id === 'thu-nhap')!;
    expect(item.latest).toMatchObject({ value: 84.67, revision: 2, status: 'estimate' });
    expect(item.history?.map((o) => o.value)).toEqual([84.67, 84.2]);
  });

  it('budget revenue est. 9.710,8 billion = 122% / 105% of the two estimates', () => {
    const sentence = sentenceWith(evaluation, '9.710,8 tỷ đồng');
    expect(sentence).toContain(
      'ước đạt 9.710,8 tỷ đồng, đạt 122% dự toán tỉnh giao, 105% dự toán thành phố giao',
    );
    expect(rowOf(text, '4')).toContain('122% dự toán tỉnh giao; 105% dự toán thành phố giao');
  });

  it('investment mobilised est. 93.867 billion = 52,15% of the whole-term plan', () => {
    const sentence = sentenceWith(evaluation, '93.867 tỷ đồng');
    expect(sentence).toContain('bằng 52,15% kế hoạch cả nhiệm kỳ');
    expect(rowOf(text, '5')).toMatch(/93\.867\s+52,15%/);
  });
});

describe('Thanh Hóa city, first quarter of 2022 (seed 002)', () => {
  const { evaluation, text } = evaluateExample('thanh-hoa-city-2022-q1.json');

  it('evaluates as of the first quarter of 2022', () => {
    expect(evaluation.asOf).toBe('2022-Q1');
    expect(text).toContain('đánh giá đến quý I/2022');
  });

  it('production value +14,6%: industry-construction +11,7%, trade-services +21%, agriculture +5,7%', () => {
    expect(rowOf(text, '1')).toMatch(/quý I\/2022 .* \+14,6%/);
    expect(rowOf(text, '1.1')).toMatch(/quý I\/2022 .* \+11,7%/);
    expect(rowOf(text, '1.2')).toMatch(/quý I\/2022 .* \+21%/);
    expect(rowOf(text, '1.3')).toMatch(/630,72 \(ước\)\s+\+5,7%/);
    // The narrative of a quarter states the quarter's growth on the same period, with "ước" for
    // the estimates, not the annual average over the term.
    expect(sentenceWith(evaluation, 'Tốc độ tăng giá trị sản xuất')).toContain('quý I/2022 ước đạt 14,6%');
    expect(sentenceWith(evaluation, 'công nghiệp - xây dựng')).toContain(
      'quý I/2022 ước đạt 14.521 tỷ đồng, tăng 11,7% so với cùng kỳ',
    );
    expect(sentenceWith(evaluation, 'thương mại - dịch vụ')).toContain('tăng 21% so với cùng kỳ');
    expect(sentenceWith(evaluation, 'nông - lâm - thủy sản')).toContain(
      'ước đạt 630,72 tỷ đồng, tăng 5,7% so với cùng kỳ',
    );
    expect(evaluation.narrative.join(' ')).not.toContain('bình quân năm 2021');
  });

  it('retail 17.305 billion +31,9%, exports 370,8 million USD +21,6%, industry 10.778 billion +9,7%', () => {
    expect(sentenceWith(evaluation, '17.305 tỷ đồng')).toContain('17.305 tỷ đồng, tăng 31,9% so với cùng kỳ');
    expect(sentenceWith(evaluation, '370,8 triệu USD')).toContain(
      '370,8 triệu USD, tăng 21,6% so với cùng kỳ',
    );
    expect(sentenceWith(evaluation, '10.778 tỷ đồng')).toContain('10.778 tỷ đồng, tăng 9,7% so với cùng kỳ');
  });

  it('judges flows against the Congress target on the whole year 2021, never on the quarter', () => {
    for (const id of ['ban-le', 'xuat-khau', 'gtsx-cn', 'thu-ngan-sach']) {
      const item = evaluation.targets.find((t) => t.target.id === id)!;
      expect(item.aggregation).toBe('flow');
      expect(item.latest?.period).toBe('2022-Q1');
      expect(item.achievement?.basis?.period).toBe('2021');
      expect(item.final.band).not.toBe('below-50');
    }
    // No sentence puts a quarter's figure beside a share of the Congress target.
    for (const fragment of ['17.305', '370,8', '10.778', '799.690']) {
      expect(sentenceWith(evaluation, fragment)).not.toContain('mục tiêu Đại hội');
    }
  });

  it('budget revenue 799.690 million = 32% / 25,7% of the estimates, +67,8% on the same period', () => {
    expect(sentenceWith(evaluation, '799.690 triệu đồng')).toContain(
      'đạt 799.690 triệu đồng, đạt 32% dự toán tỉnh giao, 25,7% dự toán thành phố giao và tăng 67,8% so với cùng kỳ',
    );
  });

  it('investment 8.504 billion +8,7% in the quarter', () => {
    expect(rowOf(text, '6')).toMatch(/8\.504 \(ước\)\s+\+8,7%/);
    const sentence = sentenceWith(evaluation, '8.504 tỷ đồng');
    expect(sentence).toContain('quý I/2022 ước đạt 8.504 tỷ đồng, tăng 8,7% so với cùng kỳ');
    expect(sentence).toContain(
      'lũy kế từ đầu nhiệm kỳ ước đạt 38.354 tỷ đồng, bằng 21,31% kế hoạch cả nhiệm kỳ',
    );
  });

  it('land cleared 43,44 ha = 46,2% of the province-assigned plan', () => {
    expect(rowOf(text, '7')).toMatch(/43,44 \(ước\).*46,2% kế hoạch tỉnh giao$/);
    const sentence = sentenceWith(evaluation, '43,44 ha');
    expect(sentence).toContain('quý I/2022 ước đạt 43,44 ha, đạt 46,2% kế hoạch tỉnh giao');
    // 46,2% is 43,44 / 94,03: the running total 132,04 is never paired with it.
    expect(sentence).not.toMatch(/132,04 ha, đạt 46,2%/);
  });
});

describe('Bỉm Sơn town, mid-term review of 16/6/2023 (seed 003)', () => {
  const { evaluation, text } = evaluateExample('bim-son-midterm-2023.json');

  it('23 / 3 / 3 of 29 targets above 80% / above 50% / below 50% of the Congress target', () => {
    const { summary } = evaluation;
    expect(summary.total).toBe(29);
    expect([
      count(summary.bands, 'above-80'),
      count(summary.bands, 'above-50'),
      count(summary.bands, 'below-50'),
    ]).toEqual([23, 3, 3]);
    const sentence = sentenceWith(evaluation, 'chỉ tiêu đạt trên 80%');
    expect(sentence).toContain('Trong tổng số 29 chỉ tiêu');
    expect(sentence).toContain(
      'có 23 chỉ tiêu đạt trên 80% mục tiêu đại hội, 3 chỉ tiêu đạt trên 50% và 3 chỉ tiêu đạt dưới 50%',
    );
  });

  it('average growth over the first half of the term 10,71% = 71,4% of the 15% target', () => {
    expect(sentenceWith(evaluation, '10,71%')).toContain('ước đạt 10,71%, bằng 71,4% mục tiêu Đại hội');
  });

  it('production value 2023 est. 31.444 billion, 4th in the province', () => {
    expect(rowOf(text, '1')).toContain('31.444 (ước)');
    expect(text).toContain('xếp thứ 4/27 toàn tỉnh');
  });
});

describe('Chí Linh city, mid-term review of 16/5/2023 (seed 004)', () => {
  const { evaluation, text } = evaluateExample('chi-linh-midterm-2023.json');

  it('average production-value growth 2020-2022 of 10,4% a year', () => {
    expect(sentenceWith(evaluation, 'giai đoạn 2020-2022')).toContain('10,4%');
  });

  it('budget revenue over 3.200 billion, above the estimates', () => {
    const sentence = sentenceWith(evaluation, 'Thu ngân sách nhà nước');
    expect(sentence).toContain('đạt 3.215 tỷ đồng');
    const plans = evaluation.targets.find((t) => t.target.id === 'thu-ngan-sach')!.plans;
    expect(plans.every((p) => p.ratio > 1)).toBe(true);
  });

  it('per-capita income 87 million in 2022, poverty rate down to 1%, 640 new Party members', () => {
    expect(sentenceWith(evaluation, 'Thu nhập bình quân đầu người')).toContain('năm 2022 đạt 87 triệu đồng');
    const income = evaluation.targets.find((t) => t.target.id === 'thu-nhap')!;
    expect(income.latest).toMatchObject({ value: 87, status: 'preliminary' });
    expect(sentenceWith(evaluation, 'Tỷ lệ hộ nghèo')).toMatch(/năm 2022 là 1(,0)?%.*đạt mục tiêu Đại hội/);
    expect(sentenceWith(evaluation, 'Kết nạp đảng viên mới')).toContain('640 đảng viên');
    expect(text).toContain('Tổng số 15 chỉ tiêu.');
  });

  it('applies the goals adjusted by the mid-term conference from its date on', () => {
    const before = evaluation.targets.find((t) => t.target.id === 'ntm-nang-cao')!;
    expect(before.appliedAdjustments).toBeUndefined();
    expect(before.achievement?.goal).toBe(8);
    const after = evaluateExample('chi-linh-midterm-2023.json', '2023-H1');
    const adjusted = after.evaluation.targets.find((t) => t.target.id === 'ntm-nang-cao')!;
    expect(adjusted.achievement?.goal).toBe(5);
    expect(after.text).toContain(
      'mục tiêu ≥ 8 → ≥ 5 (Nghị quyết của Ban Chấp hành Đảng bộ thành phố tại Hội nghị sơ kết giữa nhiệm kỳ, ngày 16 tháng 5 năm 2023)',
    );
  });
});
