/**
 * The value of a figure cell, read by the kind of its target: a number for measured targets,
 * Đạt/Chưa đạt for milestones, a grade's name for grades, shares "75; 20; 5" for structures.
 */
import type { Observation, Target } from '../core';
import { readNumber, readText, type CellContext } from './cells';
import { MILESTONE_FALSE, MILESTONE_TRUE, normaliseLabel } from './labels';
import { clip, parseNumberText, type NumberLocale } from './number-text';
import type { RawCell } from './raw-cell';

const TRUE_WORDS = ['đạt', 'có', 'x', 'true', 'đúng', 'hoàn thành', '1'].map(normaliseLabel);
const FALSE_WORDS = ['chưa đạt', 'không đạt', 'không', 'false', 'sai', 'chưa hoàn thành', '0'].map(
  normaliseLabel,
);

/** Reads the figure for `target`; undefined after reporting at the cell. */
export function readFigureValue(
  raw: RawCell,
  ctx: CellContext,
  target: Target,
): Observation['value'] | undefined {
  const goal = target.goal;
  switch (goal.type) {
    case 'number':
    case 'range':
      return readNumber(raw, ctx);
    case 'milestone': {
      if (raw.type === 'boolean') return raw.value;
      if (raw.type === 'number' && (raw.value === 0 || raw.value === 1)) return raw.value === 1;
      const text = readText(raw, ctx);
      if (text === undefined) return undefined;
      const t = normaliseLabel(text);
      if (TRUE_WORDS.includes(t)) return true;
      if (FALSE_WORDS.includes(t)) return false;
      ctx.issues.add(
        ctx.place,
        `'${clip(text)}' không hợp lệ cho chỉ tiêu mốc: ghi "${MILESTONE_TRUE}" hoặc "${MILESTONE_FALSE}"`,
      );
      return undefined;
    }
    case 'grade': {
      const text = readText(raw, ctx);
      if (text === undefined) return undefined;
      const found = goal.scale.find((g) => normaliseLabel(g) === normaliseLabel(text));
      if (!found)
        ctx.issues.add(ctx.place, `'${clip(text)}' không thuộc thang xếp loại (${goal.scale.join('; ')})`);
      return found;
    }
    case 'structure': {
      if (raw.type === 'number') {
        ctx.issues.add(ctx.place, `chỉ tiêu cơ cấu cần ${goal.shares.length} tỷ trọng cách nhau bởi ";"`);
        return undefined;
      }
      const text = readText(raw, ctx);
      if (text === undefined) return undefined;
      const parts = text.split(';').map((s) => s.trim());
      const values: number[] = [];
      for (const part of parts) {
        const parsed = parseNumberText(part.replace(/^[^:]*:\s*/, ''), ctx.locale);
        if (!parsed.ok) {
          ctx.issues.add(ctx.place, parsed.reason);
          return undefined;
        }
        values.push(parsed.value);
      }
      if (values.length !== goal.shares.length) {
        const names = goal.shares.map((s) => s.name).join('; ');
        ctx.issues.add(
          ctx.place,
          `cần đúng ${goal.shares.length} tỷ trọng (${names}), nhận được ${values.length}`,
        );
        return undefined;
      }
      return values;
    }
  }
}

/** The figure as written in a cell: numbers stay numbers, the rest becomes text. */
export function figureCellValue(value: Observation['value'], locale: NumberLocale = 'vi'): number | string {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? MILESTONE_TRUE : MILESTONE_FALSE;
  if (Array.isArray(value))
    return value.map((v) => (locale === 'vi' ? String(v).replace('.', ',') : String(v))).join('; ');
  return value;
}
