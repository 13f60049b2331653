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

describe('hedged figures', () => {
  it('reads "trên", "gần", "khoảng" before a number and writes them back the same way', () => {
    const share: Target = { ...base, kind: 'ratio', unit: '%', goal: { type: 'number', value: 95 } };
    expect(parseCellText(base, 'trên 5.000')).toEqual({ ok: true, value: 5000, hedge: 'over' });
    expect(parseCellText(share, 'gần 95%')).toEqual({ ok: true, value: 95, hedge: 'nearly' });
    expect(parseCellText(base, 'khoảng 1.200')).toEqual({ ok: true, value: 1200, hedge: 'about' });
    expect(formatCellValue(base, 5000, 'over')).toBe('trên 5.000,0');
    expect(parseCellText(base, formatCellValue(base, 5000, 'over'))).toEqual({
      ok: true,
      value: 5000,
      hedge: 'over',
    });
    const milestone: Target = { ...base, kind: 'milestone', goal: { type: 'milestone' } };
    const refused = parseCellText(milestone, 'trên 1');
    expect(!refused.ok && refused.message).toContain('trên 1');
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
