import { describe, expect, it } from 'vitest';
import { resolveConfig } from './config';
import { evaluateDossier } from './evaluate';
import { evaluateTarget } from './evaluate-target';
import type { Target } from './model';
import { narrateBands, narrateVerdicts } from './narrate';
import { narrateTarget } from './narrate-target';
import { summarize } from './summarize';
import { makeDossier, makeInputs, makeTarget, obs } from './test-builders';

const C = resolveConfig();
const years = { baseYear: 2020, targetYear: 2025 };
const say = (t: Target, observations = [obs('2023', 1)], asOf = '2023', extra = {}) =>
  narrateTarget(evaluateTarget(t, makeInputs({ observations, ...extra }), { asOf }), years, C).join(' ');

describe('sentences per target', () => {
  it('uses "ước đạt" for estimates and "đạt" for official figures', () => {
    const t = makeTarget({
      name: 'Giá trị xuất khẩu',
      unit: 'triệu USD',
      precision: 1,
      goal: { type: 'number', value: 2000 },
    });
    expect(say(t, [obs('2023', 1500, 'estimate')])).toMatch(
      /^Giá trị xuất khẩu năm 2023 ước đạt 1\.500,0 triệu USD, bằng 75% mục tiêu Đại hội\./,
    );
    expect(say(t, [obs('2023', 1500, 'official')])).toMatch(
      /^Giá trị xuất khẩu năm 2023 đạt 1\.500,0 triệu USD/,
    );
  });

  it('says "giảm" and "so với năm trước" for whole years', () => {
    const t = makeTarget({
      name: 'Giá trị xuất khẩu',
      unit: 'triệu USD',
      precision: 1,
      goal: { type: 'number', value: 2000 },
    });
    expect(say(t, [obs('2022', 2000), obs('2023', 1500)])).toContain('giảm 25% so với năm trước');
  });

  it('gives the change of a share in percentage points, and the benchmark before last year', () => {
    const t = makeTarget({
      name: 'Tỷ lệ hộ nghèo',
      kind: 'ratio',
      unit: '%',
      direction: 'lower-is-better',
      qualifier: 'at-most',
      precision: 1,
      goal: { type: 'number', value: 1.5 },
    });
    expect(say(t, [obs('2021', 1.3), obs('2022', 1)], '2022')).toContain(
      'là 1,0%, giảm 0,3 điểm phần trăm so với năm trước, đạt mục tiêu',
    );
    const income = makeTarget({
      name: 'Thu nhập bình quân đầu người',
      unit: 'triệu đồng',
      goal: { type: 'number', value: 110 },
    });
    const text = say(income, [obs('2022', 80), obs('2023', 84.67, 'estimate')], '2023', {
      benchmarks: [{ targetId: 't1', period: '2023', label: 'bình quân chung của tỉnh', value: 55.34 }],
    });
    expect(text).toContain(
      'Thu nhập bình quân đầu người năm 2023 ước đạt 84,67 triệu đồng, gấp 1,53 lần bình quân chung của tỉnh và tăng 5,84% so với năm trước, bằng 76,97% mục tiêu Đại hội.',
    );
  });

  it('states lower-is-better targets as met or not, with the qualifier', () => {
    const t = makeTarget({
      name: 'Tỷ lệ hộ nghèo',
      kind: 'ratio',
      unit: '%',
      direction: 'lower-is-better',
      qualifier: 'at-most',
      precision: 1,
      goal: { type: 'number', value: 1.5 },
    });
    expect(say(t, [obs('2022', 1)], '2022')).toBe(
      'Tỷ lệ hộ nghèo năm 2022 là 1,0%, đạt mục tiêu Đại hội (không quá 1,5%).',
    );
    expect(say(t, [obs('2022', 2)], '2022')).toBe(
      'Tỷ lệ hộ nghèo năm 2022 là 2,0%, chưa đạt mục tiêu Đại hội (không quá 1,5%).',
    );
  });

  it('states ratios in percentage points', () => {
    const t = makeTarget({
      name: 'Tỷ lệ lao động qua đào tạo',
      kind: 'ratio',
      unit: '%',
      qualifier: 'at-least',
      precision: 1,
      goal: { type: 'number', value: 65 },
    });
    expect(say(t, [obs('2023', 60)])).toBe(
      'Tỷ lệ lao động qua đào tạo năm 2023 đạt 60,0%, thấp hơn mục tiêu Đại hội (65% trở lên) 5 điểm phần trăm.',
    );
    expect(say(t, [obs('2023', 67.5)])).toContain('vượt mục tiêu Đại hội (65% trở lên) 2,5 điểm phần trăm');
  });

  it('narrates milestones, grades, ranges, structures, dropped targets and missing data', () => {
    expect(
      say(
        makeTarget({
          name: 'Thành phố được công nhận đô thị loại I',
          kind: 'milestone',
          unit: '',
          goal: { type: 'milestone' },
        }),
        [obs('2023', true)],
      ),
    ).toBe('Thành phố được công nhận đô thị loại I: đã hoàn thành.');
    const grade = makeTarget({
      name: 'Đảng bộ',
      kind: 'grade',
      unit: '',
      goal: { type: 'grade', scale: ['hoàn thành', 'hoàn thành tốt'], required: 'hoàn thành tốt' },
    });
    expect(say(grade, [obs('2023', 'hoàn thành')])).toBe(
      'Đảng bộ năm 2023 đạt mức "hoàn thành", chưa đạt yêu cầu ("hoàn thành tốt" trở lên).',
    );
    const range = makeTarget({
      name: 'Tốc độ tăng trưởng',
      kind: 'range',
      unit: '%',
      precision: 1,
      goal: { type: 'range', min: 7.5, max: 8 },
    });
    expect(say(range, [obs('2023', 7.8)])).toBe(
      'Tốc độ tăng trưởng năm 2023 đạt 7,8%, trong khoảng mục tiêu Đại hội (7,5-8,0%).',
    );
    const structure = makeTarget({
      name: 'Cơ cấu kinh tế',
      kind: 'structure',
      unit: '%',
      precision: 1,
      goal: {
        type: 'structure',
        shares: [
          { name: 'công nghiệp', value: 75 },
          { name: 'dịch vụ', value: 25 },
        ],
      },
    });
    expect(say(structure, [obs('2023', [70, 30])])).toBe(
      'Cơ cấu kinh tế năm 2023: công nghiệp 70,0%, dịch vụ 30,0% (mục tiêu: công nghiệp 75%, dịch vụ 25%).',
    );
    const dropped = makeTarget({
      name: 'Số xã đạt chuẩn nông thôn mới kiểu mẫu',
      dropped: { decision: 'NQ', date: '2023-07-26', reason: 'các xã đang lên phường' },
    });
    expect(say(dropped)).toBe(
      'Số xã đạt chuẩn nông thôn mới kiểu mẫu: đề nghị điều chỉnh, đưa ra ngoài kế hoạch (các xã đang lên phường).',
    );
    expect(say(makeTarget({ name: 'Chỉ tiêu X' }), [])).toBe('Chỉ tiêu X: chưa có số liệu để đánh giá.');
  });

  it('counts the years an annual threshold was met', () => {
    const t = makeTarget({
      name: 'Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ',
      kind: 'annual-threshold',
      unit: '%',
      qualifier: 'at-least',
      precision: 1,
      goal: { type: 'number', value: 90 },
    });
    expect(say(t, [obs('2021', 91), obs('2022', 89), obs('2023', 92)])).toContain('; 2/3 năm đạt mục tiêu.');
  });

  it('ranks and benchmarks below 1 read as "bằng"', () => {
    const t = makeTarget({
      name: 'Thu nhập bình quân đầu người',
      unit: 'triệu đồng',
      goal: { type: 'number', value: 100 },
    });
    const text = say(t, [obs('2023', 50)], '2023', {
      benchmarks: [
        {
          targetId: 't1',
          period: '2023',
          label: 'bình quân cả nước',
          value: 100,
          rank: { position: 4, of: 27, scope: 'toàn tỉnh' },
        },
      ],
    });
    expect(text).toContain('bằng 50% bình quân cả nước và xếp thứ 4 toàn tỉnh');
  });
});

describe('growth sentences', () => {
  it('names the span, and reads well after a name ending in "năm"', () => {
    const t = makeTarget({
      name: 'Tốc độ tăng giá trị sản xuất bình quân hằng năm',
      kind: 'average-growth',
      unit: '%',
      seriesBasis: 'growth-rate',
      goal: { type: 'number', value: 13 },
    });
    expect(say(t, [obs('2021', 10)], '2021')).toMatch(
      /^Tốc độ tăng giá trị sản xuất bình quân hằng năm trong năm 2021 đạt 10,00%, bằng 76,92% mục tiêu Đại hội\. Để đạt mục tiêu Đại hội, giai đoạn 2022-2025 cần tăng bình quân 13,76%\/năm\.$/,
    );
    expect(say({ ...t, name: 'Tăng trưởng' }, [obs('2021', 10), obs('2022', 12)], '2022')).toMatch(
      /^Tăng trưởng giai đoạn 2021-2022 đạt 11,00%, bằng 84,58% mục tiêu Đại hội\./,
    );
  });
});

describe('summary sentences', () => {
  it('leave out zero counts and mention what cannot be assessed', () => {
    const rows = [makeTarget({ id: 'a' }), makeTarget({ id: 'b' }), makeTarget({ id: 'c' })];
    const d = makeDossier({
      targets: rows,
      observations: [
        obs('2023', 90, 'official', { targetId: 'a' }),
        obs('2023', 95, 'official', { targetId: 'b' }),
      ],
    });
    const e = evaluateDossier(d, { asOf: '2023' });
    expect(narrateBands(e.summary, C)).toBe(
      'Trong tổng số 3 chỉ tiêu Nghị quyết đề ra, có 2 chỉ tiêu đạt trên 80% mục tiêu đại hội và 1 chỉ tiêu chưa đánh giá được.',
    );
    expect(narrateVerdicts(summarize(e.targets))).toBe(
      'Dự kiến đến cuối nhiệm kỳ, trong số 3 chỉ tiêu chủ yếu, có 2 chỉ tiêu phải phấn đấu, nỗ lực rất cao mới có thể hoàn thành và 1 chỉ tiêu chưa đánh giá được.',
    );
  });
});

describe('wording as officials write it', () => {
  it('never doubles a year already in the name ("năm 2025 năm 2025")', async () => {
    const { nameWithPeriod } = await import('./narrate-parts');
    expect(nameWithPeriod('Thu nhập bình quân đầu người năm 2025', 'năm 2025')).toBe(
      'Thu nhập bình quân đầu người năm 2025',
    );
    expect(nameWithPeriod('Thu nhập bình quân đầu người đến năm 2025', 'năm 2023')).toBe(
      'Thu nhập bình quân đầu người năm 2023',
    );
    expect(nameWithPeriod('Tổng vốn đầu tư giai đoạn 2021-2025', 'năm 2023')).toBe(
      'Tổng vốn đầu tư năm 2023',
    );
  });

  it('keeps Roman numerals of quarters in capitals when lower-casing a phrase ("quý I/2022")', async () => {
    const { lowerFirst } = await import('./narrate-parts');
    expect(lowerFirst('Số liệu tính đến quý I/2022')).toBe('số liệu tính đến quý I/2022');
  });
});
