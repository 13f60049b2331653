import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../core';
import { recognisePlans } from '../../lib/core';
import { targetsOf } from '../../../../test/fixtures/plan-lists/plan-lists';
import { plannableTargets, plansByTarget, plansOf, rowErrors, rowsOf } from './plan-draft';

const targets = targetsOf('thanh-hoa-city-midterm-2023.json');

describe('the plan table of the set-up screen', () => {
  it("turns issue 13's list into rows, Vietnamese numbers, the change left for the user", () => {
    const rows = rowsOf(
      recognisePlans(
        'Năm 2024 phấn đấu: tổng giá trị sản xuất tăng 12%; thu ngân sách trên địa bàn đạt 1.250 tỷ đồng; tỷ lệ hộ nghèo giảm 0,5%',
        targets,
      ),
    );
    expect(rows.map((r) => [r.targetId, r.valueText, r.yearText])).toEqual([
      ['gtsx', '12', '2024'],
      ['thu-ngan-sach', '1.250', '2024'],
      ['ho-ngheo', '', '2024'],
    ]);
    expect(rows[2]?.change).toEqual({ by: -0.5, unit: '%' });
    // The poverty line has no value yet: nothing is sent until the user gives one or skips it.
    expect(rowErrors(rows[2]!)).toEqual({ value: 'planValueRequired' });
    expect(plansOf(rows)).toBeUndefined();
    expect(plansOf([rows[0]!, rows[1]!, { ...rows[2]!, valueText: '0,7' }])).toEqual([
      {
        targetId: 'gtsx',
        period: '2024',
        kind: 'annual-plan',
        source: 'ke-hoach-nam',
        label: 'kế hoạch năm',
        value: 12,
      },
      {
        targetId: 'thu-ngan-sach',
        period: '2024',
        kind: 'annual-plan',
        source: 'ke-hoach-nam',
        label: 'kế hoạch năm',
        value: 1250,
      },
      {
        targetId: 'ho-ngheo',
        period: '2024',
        kind: 'annual-plan',
        source: 'ke-hoach-nam',
        label: 'kế hoạch năm',
        value: 0.7,
      },
    ]);
    expect(plansOf([{ ...rows[2]!, targetId: '' }])).toEqual([]);
    expect(rowErrors({ ...rows[0]!, valueText: '12,3,4', yearText: '24' })).toEqual({
      value: 'planValueNotNumber',
      year: 'planYearFormat',
    });
  });

  it("keeps a target's other stored plans and replaces the one of the same year, kind and source", () => {
    // Seed 000's estimates for 2023 stay when the 2024 plan and a corrected 2023 estimate are saved.
    const stored: Plan[] = [
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
      {
        targetId: 'gtsx',
        period: '2023',
        kind: 'annual-plan',
        source: 'ke-hoach-nam',
        label: 'kế hoạch năm',
        value: 11,
      },
    ];
    const plans: Plan[] = [
      {
        targetId: 'thu-ngan-sach',
        period: '2024',
        kind: 'annual-plan',
        source: 'ke-hoach-nam',
        label: 'kế hoạch năm',
        value: 10500,
      },
      {
        targetId: 'thu-ngan-sach',
        period: '2023',
        kind: 'budget-estimate',
        source: 'hdnd-giao',
        label: 'dự toán thành phố giao',
        value: 9300,
      },
    ];
    const groups = plansByTarget(plans, stored, targets);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.targetId).toBe('thu-ngan-sach');
    expect(groups[0]?.plans.map((p) => [p.period, p.source, p.value])).toEqual([
      ['2023', 'tinh-giao', 7959.7],
      ['2023', 'hdnd-giao', 9300],
      ['2024', 'ke-hoach-nam', 10500],
    ]);
  });

  it('offers only targets whose figures are numbers', () => {
    const offered = plannableTargets(targets).map((t) => t.id);
    expect(offered).toContain('thu-ngan-sach');
    expect(offered).not.toContain('trung-tam-hanh-chinh');
    expect(offered).not.toContain('co-cau-kinh-te');
    expect(offered).not.toContain('xep-loai-dang-bo');
  });
});
