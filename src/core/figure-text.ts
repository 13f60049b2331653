/**
 * A figure typed as text (a cell of the grid, a text cell of an Excel or CSV file), read by the
 * kind of its target: numbers the Vietnamese way ("9.710,8"; "9,8%" where the target's unit is a
 * percentage), a hedge word before a number ("trên 5.000", "gần 95%", "khoảng 1.200"), milestones
 * "Đạt"/"Chưa đạt" (and the words offices write for them), grades by name, structures
 * "75/20/5" or "75; 20; 5" (a share may carry its name: "CN: 75"). One rule for every surface that
 * reads a typed figure; each surface words the problem in its own language.
 */
import type { Hedge, Observation, Target } from './model';
import { parseNumberVi, type NumberParseResult } from './vi-number';

/** The words written before a hedged figure, one per hedge, as the core prints them. */
export const HEDGE_WORDS: Readonly<Record<Hedge, string>> = { over: 'trên', nearly: 'gần', about: 'khoảng' };

/** A milestone's value as cells, the template and the reports write it. */
export const MILESTONE_WORDS: Readonly<Record<'reached' | 'notReached', string>> = {
  reached: 'Đạt',
  notReached: 'Chưa đạt',
};

/** Words read as a milestone reached ("Đạt", as the template and the reports write it). */
export const MILESTONE_YES_WORDS: readonly string[] = [
  'đạt',
  'dat',
  'có',
  'co',
  'x',
  'rồi',
  'đúng',
  'hoàn thành',
  'yes',
  'true',
  '1',
];
/** Words read as a milestone not reached ("Chưa đạt"). */
export const MILESTONE_NO_WORDS: readonly string[] = [
  'chưa đạt',
  'chua dat',
  'không đạt',
  'không',
  'khong',
  'chưa',
  'chua',
  'sai',
  'chưa hoàn thành',
  'no',
  'false',
  '0',
];

/** Why a text is not a figure of its target. */
export type FigureTextProblem =
  | { code: 'empty' }
  | { code: 'not-a-number'; text: string }
  | { code: 'bad-grouping'; text: string }
  /** A percent sign where the target is not measured in percent. */
  | { code: 'unexpected-percent'; text: string; unit: string }
  /** A hedge word where the target's figure is not a number (milestone, grade, structure). */
  | { code: 'hedge-not-allowed'; text: string }
  | { code: 'not-a-milestone'; text: string }
  | { code: 'not-in-scale'; text: string; scale: string[] }
  | { code: 'share-count'; text: string; expected: number; got: number; names: string[] };

/** A figure read from text, or why it is not one. */
export type FigureTextReading =
  { ok: true; value: Observation['value']; hedge?: Hedge } | { ok: false; problem: FigureTextProblem };

/** Options of a reading: how plain numbers are written (Vietnamese by default; a CSV file
 * written with `locale: 'en'` passes its own reader). */
export interface FigureTextOptions {
  readNumber?: (text: string) => NumberParseResult;
}

/** Lower case, single spaces, NFC: the form words are compared in. */
function normalised(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

/** Whether a target's figures are percentages ("9,8%" and "9,8" both mean 9,8). */
export function measuredInPercent(target: Target): boolean {
  return target.unit.trim().startsWith('%');
}

const HEDGE_AT_START = new RegExp(
  `^(${Object.values(HEDGE_WORDS).join('|')})(?=[\\s\\d+\\-\\u2212.,])\\s*`,
  'iu',
);

/** The hedge word a text starts with, and the rest. */
function splitHedge(text: string): { hedge?: Hedge; rest: string } {
  const m = HEDGE_AT_START.exec(text);
  if (!m) return { rest: text };
  const word = (m[1] ?? '').toLocaleLowerCase('vi');
  const hedge = (Object.keys(HEDGE_WORDS) as Hedge[]).find((h) => HEDGE_WORDS[h] === word);
  return hedge ? { hedge, rest: text.slice(m[0].length) } : { rest: text };
}

function readPlainNumber(
  text: string,
  target: Target,
  readNumber: (text: string) => NumberParseResult,
): { ok: true; value: number } | { ok: false; problem: FigureTextProblem } {
  let t = text.trim();
  if (/%$/.test(t)) {
    if (!measuredInPercent(target))
      return { ok: false, problem: { code: 'unexpected-percent', text, unit: target.unit } };
    t = t.replace(/\s*%$/, '');
  }
  const parsed = readNumber(t);
  if (parsed.ok && Number.isFinite(parsed.value)) return { ok: true, value: parsed.value };
  const reason = parsed.ok ? 'not-a-number' : parsed.reason;
  return {
    ok: false,
    problem: reason === 'bad-grouping' ? { code: 'bad-grouping', text } : { code: 'not-a-number', text },
  };
}

/**
 * Reads a figure typed for `target`. Empty text is not a figure. A hedge word is read only before
 * a number and only for targets whose figures are numbers.
 */
export function readFigureText(
  target: Target,
  raw: string,
  options: FigureTextOptions = {},
): FigureTextReading {
  const readNumber = options.readNumber ?? parseNumberVi;
  const text = raw.normalize('NFC').trim();
  if (text === '') return { ok: false, problem: { code: 'empty' } };
  const goal = target.goal;
  const { hedge, rest } = splitHedge(text);
  if (hedge && goal.type !== 'number' && goal.type !== 'range')
    return { ok: false, problem: { code: 'hedge-not-allowed', text } };
  switch (goal.type) {
    case 'number':
    case 'range': {
      const read = readPlainNumber(rest, target, readNumber);
      if (!read.ok) return read;
      return hedge ? { ok: true, value: read.value, hedge } : { ok: true, value: read.value };
    }
    case 'milestone': {
      const word = normalised(text);
      if (MILESTONE_YES_WORDS.includes(word)) return { ok: true, value: true };
      if (MILESTONE_NO_WORDS.includes(word)) return { ok: true, value: false };
      return { ok: false, problem: { code: 'not-a-milestone', text } };
    }
    case 'grade': {
      const grade = goal.scale.find((name) => normalised(name) === normalised(text));
      return grade
        ? { ok: true, value: grade }
        : { ok: false, problem: { code: 'not-in-scale', text, scale: goal.scale } };
    }
    case 'structure': {
      const names = goal.shares.map((s) => s.name);
      const parts = text.split(/\s*[/;]\s*/).filter((part) => part !== '');
      if (parts.length !== goal.shares.length)
        return {
          ok: false,
          problem: { code: 'share-count', text, expected: goal.shares.length, got: parts.length, names },
        };
      const values: number[] = [];
      for (const part of parts) {
        // A share may carry its name before a colon: "CN: 75".
        const read = readPlainNumber(part.replace(/^[^:]*:\s*/, ''), { ...target, unit: '%' }, readNumber);
        if (!read.ok) return read;
        values.push(read.value);
      }
      return { ok: true, value: values };
    }
  }
}
