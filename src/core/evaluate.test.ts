import { describe, expect, it } from 'vitest';
import { sortRedFirst } from './assessment';
import { evaluateDossier } from './evaluate';
import { makeDossier, makeTarget, obs } from './test-builders';

describe('evaluateDossier', () => {
  const targets = [
    makeTarget({ id: 'a', code: '1', field: 'kinh-te' }),
    makeTarget({ id: 'b', code: '2', field: 'van-hoa-xa-hoi' }),
    makeTarget({ id: 'c', code: '3', field: 'xay-dung-dang' }),
  ];
  const dossier = makeDossier({
    targets,
    observations: [
      obs('2023', 110, 'official', { targetId: 'a' }),
      obs('2023', 30, 'official', { targetId: 'b' }),
      obs('2024', 100, 'official', { targetId: 'c' }),
    ],
    overrides: [
      { targetId: 'a', scheme: 'verdict', label: 'meet', reason: 'Thận trọng vì giá cả biến động' },
    ],
  });
  const e = evaluateDossier(dossier, { asOf: '2023' });

  it('keeps resolution order and ignores figures after the as-of', () => {
    expect(e.targets.map((t) => t.target.id)).toEqual(['a', 'b', 'c']);
    expect(e.targets[2]?.final.verdict).toBe('not-assessable');
  });

  it('applies overrides and keeps the suggestion beside the final label', () => {
    expect(e.targets[0]?.suggestions.verdict).toBe('exceed');
    expect(e.targets[0]?.final.verdict).toBe('meet');
    expect(e.targets[0]?.final.overridden).toEqual([
      { scheme: 'verdict', reason: 'Thận trọng vì giá cả biến động' },
    ]);
    expect(e.summary.verdicts.find((v) => v.label === 'meet')?.count).toBe(1);
  });

  it('sorts red first on demand', () => {
    expect(sortRedFirst(e.targets).map((t) => t.target.id)).toEqual(['b', 'a', 'c']);
  });

  it('narrates: two summary sentences, then one paragraph per target', () => {
    expect(e.narrative).toHaveLength(5);
    expect(e.narrative[2]).toMatch(/^Chỉ tiêu thử năm 2023 đạt 110,00 tỷ đồng/);
  });

  it('is deterministic and pure (same input, same output; input not mutated)', () => {
    const copy = structuredClone(dossier);
    expect(evaluateDossier(dossier, { asOf: '2023' })).toEqual(e);
    expect(dossier).toEqual(copy);
  });
});
