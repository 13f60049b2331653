import { describe, expect, it } from 'vitest';
import { draftToTarget, emptyDraft } from './target-draft';

describe('draftToTarget', () => {
  it('builds a target with a Vietnamese number goal', () => {
    const result = draftToTarget(
      {
        ...emptyDraft(),
        name: 'Thu ngân sách',
        unit: 'tỷ đồng',
        goalValue: '9.710,8',
        indicator: 'thu-ngan-sach',
      },
      'id1',
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.target.goal).toEqual({ type: 'number', value: 9710.8 });
      expect(result.target.indicator).toBe('thu-ngan-sach');
      expect(result.target.precision).toBe(1);
    }
  });

  it('names each wrong field', () => {
    const result = draftToTarget({ ...emptyDraft(), name: '', goalValue: '12,3,4', precision: '7' }, 'id1');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.errors).sort()).toEqual(['goalValue', 'name', 'precision']);
      expect(result.errors.goalValue).toContain('12,3,4');
    }
  });

  it('needs a base for growth targets and reads ranges, grades and structures', () => {
    expect(
      draftToTarget({ ...emptyDraft(), name: 'Tăng trưởng', kind: 'average-growth', goalValue: '15' }, 'g')
        .ok,
    ).toBe(false);
    const range = draftToTarget(
      { ...emptyDraft(), name: 'GRDP', kind: 'range', goalMin: '7,5', goalMax: '8' },
      'r',
    );
    expect(range.ok && range.target.goal).toEqual({ type: 'range', min: 7.5, max: 8 });
    const grade = draftToTarget({ ...emptyDraft(), name: 'Xếp loại', kind: 'grade' }, 'x');
    expect(grade.ok && grade.target.goal.type).toBe('grade');
    const structure = draftToTarget(
      { ...emptyDraft(), name: 'Cơ cấu', kind: 'structure', shares: 'CN=75; DV=20; NN=5' },
      's',
    );
    expect(structure.ok && structure.target.goal).toEqual({
      type: 'structure',
      shares: [
        { name: 'CN', value: 75 },
        { name: 'DV', value: 20 },
        { name: 'NN', value: 5 },
      ],
    });
  });
});
