import { describe, expect, it } from 'vitest';
import { evaluateDossier } from './evaluate';
import type { ResolutionDossier, Target } from './model';
import { makeDossier, makeTarget, obs } from './test-builders';

/** A 2025-2030 resolution set up on 1 July 2025, its figures exactly on pace. */
function newTermDossier(): ResolutionDossier {
  const t = (partial: Partial<Target>): Target =>
    makeTarget({ baseYear: 2025, targetYear: 2030, ...partial });
  const targets: Target[] = [
    t({
      id: 'gtsx',
      name: 'Tốc độ tăng giá trị sản xuất bình quân',
      kind: 'average-growth',
      unit: '%',
      levelUnit: 'tỷ đồng',
      seriesBasis: 'level',
      qualifier: 'at-least',
      precision: 2,
      goal: { type: 'number', value: 8 },
    }),
    t({
      id: 'von',
      name: 'Tổng vốn đầu tư toàn xã hội',
      kind: 'cumulative-total',
      unit: 'tỷ đồng',
      precision: 0,
      goal: { type: 'number', value: 1000 },
    }),
    t({
      id: 'tn',
      name: 'Thu nhập bình quân đầu người',
      kind: 'end-level',
      unit: 'triệu đồng',
      precision: 1,
      baseValue: 70,
      goal: { type: 'number', value: 100 },
    }),
    t({
      id: 'ld',
      name: 'Tỷ lệ lao động qua đào tạo',
      kind: 'ratio',
      unit: '%',
      precision: 1,
      qualifier: 'at-least',
      baseValue: 50,
      goal: { type: 'number', value: 65 },
    }),
    t({
      id: 'ngheo',
      name: 'Tỷ lệ hộ nghèo',
      kind: 'ratio',
      unit: '%',
      precision: 2,
      direction: 'lower-is-better',
      qualifier: 'none',
      baseValue: 3,
      goal: { type: 'number', value: 1 },
    }),
    t({
      id: 'dt',
      name: 'Thành phố được công nhận đô thị loại I',
      kind: 'milestone',
      unit: '',
      precision: 0,
      targetYear: 2028,
      goal: { type: 'milestone' },
    }),
  ];
  const o = (targetId: string, period: string, value: number | boolean) => ({
    ...obs(period, value, 'estimate'),
    targetId,
  });
  return makeDossier({
    congress: { number: 1, term: '2025-2030', committee: 'Đảng bộ phường Bỉm Sơn' },
    targets,
    observations: [
      o('gtsx', '2025', 1000),
      o('gtsx', '2025-H1', 480),
      o('gtsx', '2026-H1', 480 * 1.08),
      o('von', '2026-H1', 100),
      o('tn', '2026-H1', 70 * (100 / 70) ** (0.5 / 5)),
      o('ld', '2026-H1', 50 + 1.5),
      o('ngheo', '2026-H1', 3 - 0.2),
      o('dt', '2026-H1', false),
    ],
  });
}

describe('the start of a term', () => {
  it('shows no red for a new resolution whose figures are exactly on pace', () => {
    const evaluation = evaluateDossier(newTermDossier(), { asOf: '2026-H1' });
    const lights = evaluation.targets.map((e) => [e.target.id, e.final.light, e.final.verdict]);
    expect(lights.filter(([, light]) => light === 'red')).toEqual([]);
    expect(lights).toContainEqual(['von', 'green', 'on-track']);
    expect(lights).toContainEqual(['gtsx', 'green', 'on-track']);
    expect(lights).toContainEqual(['dt', 'grey', 'not-due']);
  });

  it('is red when behind pace and says what is expected by now', () => {
    const dossier = newTermDossier();
    dossier.observations = dossier.observations.map((o) => (o.targetId === 'von' ? { ...o, value: 40 } : o));
    const von = evaluateDossier(dossier, { asOf: '2026-H1' }).targets.find((e) => e.target.id === 'von');
    expect(von?.pace).toMatchObject({ method: 'linear', expected: 100, actual: 40, onPace: false });
    expect(von?.final.verdict).toBe('very-high-effort');
    expect(von?.final.light).toBe('red');
  });

  it('judges what was reached once the term is over: không đạt, cơ bản đạt', () => {
    const dossier = newTermDossier();
    const o = (targetId: string, period: string, value: number) => ({ ...obs(period, value), targetId });
    dossier.observations = [o('von', '2026-2029', 700), o('von', '2030', 230), o('ld', '2030', 55)];
    const evaluation = evaluateDossier(dossier, { asOf: '2030' });
    const verdict = (id: string) => evaluation.targets.find((e) => e.target.id === id)?.final.verdict;
    expect(verdict('von')).toBe('basically-met'); // 930 of 1.000 = 93%
    expect(verdict('ld')).toBe('not-met'); // 55 of 65 = 84,6%, below the 90% of 'cơ bản đạt'
    expect(evaluation.narrative[1]).toContain('1 chỉ tiêu cơ bản đạt');
  });
});
