import { describe, expect, it } from 'vitest';
import { targetsOf } from '../../../test/fixtures/plan-lists/plan-lists';
import { recognisedAsPlan, recognisePlans } from './plans';

const thanhHoa = targetsOf('thanh-hoa-city-midterm-2023.json');

describe('reading an annual plan list', () => {
  it("reads issue 13's list: each statement matched to its target, the year from the heading", () => {
    const { year, plans } = recognisePlans(
      'Năm 2024 phấn đấu: tổng giá trị sản xuất tăng 12%; thu ngân sách trên địa bàn đạt 1.250 tỷ đồng; tỷ lệ hộ nghèo giảm 0,5%',
      thanhHoa,
    );
    expect(year).toBe(2024);
    expect(plans.map((p) => [p.targetId, p.value, p.year, p.kind, p.planSource, p.label])).toEqual([
      ['gtsx', 12, 2024, 'annual-plan', 'ke-hoach-nam', 'kế hoạch năm'],
      ['thu-ngan-sach', 1250, 2024, 'annual-plan', 'ke-hoach-nam', 'kế hoạch năm'],
      ['ho-ngheo', undefined, 2024, 'annual-plan', 'ke-hoach-nam', 'kế hoạch năm'],
    ]);
    expect(plans[0]).toMatchObject({ source: 'tổng giá trị sản xuất tăng 12%', doubts: [] });
    expect(plans[0]!.confidence).toBeGreaterThan(0.9);
  });

  it('keeps a change of a rate as a change for the user to turn into the plan value', () => {
    const [poverty] = recognisePlans('Tỷ lệ hộ nghèo giảm 0,5%', thanhHoa, { year: 2024 }).plans;
    expect(poverty).toMatchObject({
      targetId: 'ho-ngheo',
      change: { by: -0.5, unit: '%' },
      doubts: ['change'],
    });
    expect(poverty).not.toHaveProperty('value');
    expect(recognisedAsPlan(poverty!)).toBeUndefined();
    // "giảm còn" states the level itself.
    expect(recognisePlans('Tỷ lệ hộ nghèo giảm còn 0,8%', thanhHoa, { year: 2024 }).plans[0]).toMatchObject({
      value: 0.8,
      doubts: [],
    });
  });

  it('reads the estimates set by the level above and by the council, a figure without a name going with the one before', () => {
    // Seed 000: "đạt 122% dự toán tỉnh giao và 105% dự toán thành phố giao".
    const { plans } = recognisePlans(
      'Thu ngân sách nhà nước trên địa bàn năm 2023: dự toán tỉnh giao 7.959,7 tỷ đồng; dự toán thành phố giao 9.248,4 tỷ đồng',
      thanhHoa,
    );
    expect(plans.map((p) => recognisedAsPlan(p))).toEqual([
      {
        targetId: 'thu-ngan-sach',
        period: '2023',
        kind: 'budget-estimate',
        source: 'tinh-giao',
        label: 'dự toán tỉnh giao',
        value: 7959.7,
      },
      {
        targetId: 'thu-ngan-sach',
        period: '2023',
        kind: 'budget-estimate',
        source: 'hdnd-giao',
        label: 'dự toán thành phố giao',
        value: 9248.4,
      },
    ]);
  });

  it('tells apart targets that share words, by the rarer words and the unit', () => {
    const q1 = targetsOf('thanh-hoa-city-2022-q1.json');
    const { plans } = recognisePlans(
      'Giá trị sản xuất ngành công nghiệp đạt 45.000 tỷ đồng; Giá trị sản xuất ngành công nghiệp - xây dựng tăng 12%',
      q1,
      { year: 2022 },
    );
    expect(plans[0]).toMatchObject({ targetId: 'gtsx-cn', value: 45000 });
    // Its levels are entered in tỷ đồng: a rate of increase is a change, not its plan.
    expect(plans[1]).toMatchObject({ targetId: 'gtsx-cnxd', change: { by: 12, unit: '%' } });
  });

  it("takes the year the list's heading gives over the one given for a text that states none", () => {
    expect(recognisePlans('Năm 2024 phấn đấu: tỷ lệ đô thị hóa đạt 80%', thanhHoa, { year: 2025 }).year).toBe(
      2024,
    );
    expect(recognisePlans('Tỷ lệ đô thị hóa đạt 80%', thanhHoa, { year: 2025 }).plans[0]?.year).toBe(2025);
  });

  it('says what it could not place: no target, no year, a target claimed twice', () => {
    const unknown = recognisePlans('Số km đường giao thông nông thôn được cứng hóa đạt 25 km', thanhHoa)
      .plans[0];
    expect(unknown?.targetId).toBeUndefined();
    expect(unknown?.doubts).toEqual(expect.arrayContaining(['target', 'year']));
    const twice = recognisePlans(
      'Năm 2024: tỷ lệ đô thị hóa đạt 80%; tỷ lệ đô thị hóa khoảng 81%',
      thanhHoa,
    ).plans;
    expect(twice.map((p) => p.targetId)).toEqual(['do-thi-hoa', undefined]);
    expect(twice[1]?.doubts).toContain('target');
    expect(twice[1]!.confidence).toBeLessThan(twice[0]!.confidence);
  });

  it('never offers a milestone, grade or structure as the target of a plan figure', () => {
    const { plans } = recognisePlans(
      'Năm 2024: cơ cấu kinh tế công nghiệp - xây dựng 43%; Đảng bộ thành phố xếp loại hoàn thành tốt nhiệm vụ',
      thanhHoa,
    );
    for (const p of plans) expect(['co-cau-kinh-te', 'xep-loai-dang-bo']).not.toContain(p.targetId);
  });
});
