import { describe, expect, it } from 'vitest';
import { readFigureText } from './figure-text';
import type { Target } from './model';
import { hedged } from './narrate-parts';

const revenue: Target = {
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
const share: Target = { ...revenue, kind: 'ratio', unit: '%', goal: { type: 'number', value: 95 } };
const milestone: Target = { ...revenue, kind: 'milestone', goal: { type: 'milestone' } };
const grade: Target = {
  ...revenue,
  kind: 'grade',
  goal: {
    type: 'grade',
    scale: ['Hoàn thành nhiệm vụ', 'Hoàn thành tốt nhiệm vụ'],
    required: 'Hoàn thành tốt nhiệm vụ',
  },
};
const structure: Target = {
  ...revenue,
  kind: 'structure',
  unit: '%',
  goal: {
    type: 'structure',
    shares: [
      { name: 'CN', value: 75 },
      { name: 'DV', value: 20 },
      { name: 'NN', value: 5 },
    ],
  },
};

describe('a figure typed as text', () => {
  it('reads Vietnamese numbers and says why a text is not one', () => {
    expect(readFigureText(revenue, '9.710,8')).toEqual({ ok: true, value: 9710.8 });
    expect(readFigureText(revenue, ' 799.690 ')).toEqual({ ok: true, value: 799690 });
    expect(readFigureText(revenue, '12,3,4')).toEqual({
      ok: false,
      problem: { code: 'not-a-number', text: '12,3,4' },
    });
    expect(readFigureText(revenue, '1.23.4')).toMatchObject({ ok: false, problem: { code: 'bad-grouping' } });
    expect(readFigureText(revenue, '   ')).toEqual({ ok: false, problem: { code: 'empty' } });
  });

  it('takes a percent sign only where the target is measured in percent', () => {
    expect(readFigureText(share, '9,8%')).toEqual({ ok: true, value: 9.8 });
    expect(readFigureText(share, '9,8 %')).toEqual({ ok: true, value: 9.8 });
    expect(readFigureText(share, '9,8')).toEqual({ ok: true, value: 9.8 });
    expect(readFigureText(revenue, '9,8%')).toEqual({
      ok: false,
      problem: { code: 'unexpected-percent', text: '9,8%', unit: 'tỷ đồng' },
    });
  });

  it('reads a hedge word before a number as the core prints it back', () => {
    // The seed reports write "Thu ngân sách … đạt trên 3.200 tỷ đồng" (Chí Linh, seed 004).
    expect(readFigureText(revenue, 'trên 3.200')).toEqual({ ok: true, value: 3200, hedge: 'over' });
    expect(readFigureText(share, 'gần 95%')).toEqual({ ok: true, value: 95, hedge: 'nearly' });
    expect(readFigureText(revenue, 'Khoảng 1.200')).toEqual({ ok: true, value: 1200, hedge: 'about' });
    expect(readFigureText(revenue, 'KHOẢNG 1.200')).toMatchObject({ ok: true, hedge: 'about' });
    expect(readFigureText(revenue, 'trên3.200')).toMatchObject({ ok: true, hedge: 'over' });
    const read = readFigureText(revenue, 'trên 5.000');
    expect(read.ok && hedged('5.000', read.hedge)).toBe('trên 5.000');
    // A word that is not one of the three, or a hedge with no number, is not a figure.
    expect(readFigureText(revenue, 'hơn 5.000')).toMatchObject({
      ok: false,
      problem: { code: 'not-a-number' },
    });
    expect(readFigureText(revenue, 'trên')).toMatchObject({ ok: false, problem: { code: 'not-a-number' } });
    expect(readFigureText(revenue, 'trên 5.000 tỷ')).toMatchObject({ ok: false });
    expect(readFigureText(milestone, 'trên 1')).toMatchObject({
      ok: false,
      problem: { code: 'hedge-not-allowed' },
    });
  });

  it('reads milestones with the words offices write, in any case and composition', () => {
    for (const yes of ['Đạt', 'đạt', 'ĐẠT', 'Có', 'x', 'Hoàn thành', 'Đạt'.normalize('NFD'), '1'])
      expect(readFigureText(milestone, yes)).toEqual({ ok: true, value: true });
    for (const no of ['Chưa đạt', 'chưa', 'Không', 'không đạt', 'chưa hoàn thành', '0', 'sai'])
      expect(readFigureText(milestone, no)).toEqual({ ok: true, value: false });
    expect(readFigureText(milestone, 'xong')).toEqual({
      ok: false,
      problem: { code: 'not-a-milestone', text: 'xong' },
    });
  });

  it('reads grades by name and structures with their shares', () => {
    expect(readFigureText(grade, 'hoàn thành TỐT nhiệm vụ')).toEqual({
      ok: true,
      value: 'Hoàn thành tốt nhiệm vụ',
    });
    expect(readFigureText(grade, 'xuất sắc')).toMatchObject({ ok: false, problem: { code: 'not-in-scale' } });
    expect(readFigureText(structure, '74,5/20/5,5')).toEqual({ ok: true, value: [74.5, 20, 5.5] });
    expect(readFigureText(structure, 'CN: 74,5; DV: 20; NN: 5,5')).toEqual({
      ok: true,
      value: [74.5, 20, 5.5],
    });
    expect(readFigureText(structure, '75/25')).toEqual({
      ok: false,
      problem: { code: 'share-count', text: '75/25', expected: 3, got: 2, names: ['CN', 'DV', 'NN'] },
    });
  });

  it('reads numbers with the reader a file gives (a CSV written in English)', () => {
    const en = (text: string) =>
      /^-?\d+(\.\d+)?$/.test(text)
        ? { ok: true as const, value: Number(text) }
        : { ok: false as const, reason: 'not-a-number' as const, input: text };
    expect(readFigureText(revenue, 'trên 9710.8', { readNumber: en })).toEqual({
      ok: true,
      value: 9710.8,
      hedge: 'over',
    });
    expect(readFigureText(revenue, '9.710,8', { readNumber: en })).toMatchObject({ ok: false });
  });
});
