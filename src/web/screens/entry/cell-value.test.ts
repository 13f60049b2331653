import { describe, expect, it } from 'vitest';
import type { Target } from '../../../core';
import { formatCellValue, parseCellText } from './cell-value';

const base: Target = {
  id: 't',
  code: '1',
  name: 'Thu ngân sách',
  field: 'kinh-te',
  kind: 'end-level',
  direction: 'higher-is-better',
  qualifier: 'none',
  unit: 'tỷ đồng',
  precision: 1,
  goal: { type: 'number', value: 10000 },
};

describe('parseCellText', () => {
  it('reads Vietnamese numbers and rejects malformed ones with a message', () => {
    expect(parseCellText(base, '9.710,8')).toEqual({ ok: true, value: 9710.8 });
    const bad = parseCellText(base, '12,3,4');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain('12,3,4');
    expect(parseCellText(base, '  ').ok).toBe(false);
  });

  it('reads milestones, grades and structures', () => {
    expect(parseCellText({ ...base, kind: 'milestone', goal: { type: 'milestone' } }, 'Có')).toEqual({
      ok: true,
      value: true,
    });
    expect(parseCellText({ ...base, kind: 'milestone', goal: { type: 'milestone' } }, 'chưa')).toEqual({
      ok: true,
      value: false,
    });
    const grade: Target = {
      ...base,
      kind: 'grade',
      goal: {
        type: 'grade',
        scale: ['không hoàn thành', 'hoàn thành', 'hoàn thành tốt'],
        required: 'hoàn thành tốt',
      },
    };
    expect(parseCellText(grade, 'hoàn thành TỐT')).toEqual({ ok: true, value: 'hoàn thành tốt' });
    expect(parseCellText(grade, 'xuất sắc').ok).toBe(false);
    const structure: Target = {
      ...base,
      kind: 'structure',
      goal: {
        type: 'structure',
        shares: [
          { name: 'CN', value: 75 },
          { name: 'DV', value: 20 },
          { name: 'NN', value: 5 },
        ],
      },
    };
    expect(parseCellText(structure, '74,5/20/5,5')).toEqual({ ok: true, value: [74.5, 20, 5.5] });
    expect(parseCellText(structure, '75/25').ok).toBe(false);
  });
});

describe('what offices type', () => {
  const milestone: Target = { ...base, kind: 'milestone', goal: { type: 'milestone' } };
  it('reads a milestone as the template and the reports write it: "Đạt" / "Chưa đạt"', () => {
    expect(parseCellText(milestone, 'Đạt')).toEqual({ ok: true, value: true });
    expect(parseCellText(milestone, 'Chưa đạt')).toEqual({ ok: true, value: false });
    // An input method may send the letters decomposed (D + combining marks).
    expect(parseCellText(milestone, 'Đạt'.normalize('NFD'))).toEqual({ ok: true, value: true });
    const wrong = parseCellText(milestone, 'xong');
    expect(!wrong.ok && wrong.message).toContain('"Đạt"');
  });

  it('accepts "9,8%" and "9,8" where a percentage is expected, and only there', () => {
    const share: Target = { ...base, kind: 'ratio', unit: '%', goal: { type: 'number', value: 65 } };
    expect(parseCellText(share, '9,8%')).toEqual({ ok: true, value: 9.8 });
    expect(parseCellText(share, '9,8 %')).toEqual({ ok: true, value: 9.8 });
    expect(parseCellText(share, '9,8')).toEqual({ ok: true, value: 9.8 });
    expect(parseCellText(base, '9,8%').ok).toBe(false);
  });
});

describe('formatCellValue', () => {
  it('shows raw values in full, Vietnamese style', () => {
    expect(formatCellValue(base, 9710.8)).toBe('9.710,8');
    expect(formatCellValue(base, 84.867)).toBe('84,867');
    expect(formatCellValue(base, 799690)).toBe('799.690,0');
    expect(formatCellValue({ ...base, goal: { type: 'milestone' } }, true)).toBe('Đạt');
    expect(formatCellValue({ ...base, goal: { type: 'milestone' } }, false)).toBe('Chưa đạt');
    expect(formatCellValue(base, undefined)).toBe('');
  });
});
