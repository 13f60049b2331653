/**
 * The "Chỉ tiêu" sheet: one target per row, its goal read by the kind of target (a number, a
 * range Từ–Đến, a milestone, a grade on a scale, or the shares of a structure).
 */
import type { Target, TargetGoal, TargetKind } from '../core';
import {
  ACCUMULATION_LABELS,
  AGGREGATION_LABELS,
  DIRECTION_LABELS,
  FIELD_LABELS,
  KIND_LABELS,
  PRICE_BASIS_LABELS,
  QUALIFIER_LABELS,
  SERIES_BASIS_LABELS,
} from './labels';
import { TARGET_COLUMNS } from './layout';
import type { IssueList } from './issues';
import type { NumberLocale } from './number-text';
import { parseNumberText } from './number-text';
import type { ParsedTarget } from './parsed-file';
import { rowReader, type RowReader } from './row-reader';
import { mapColumns, readRecords, type RawTable } from './table';

/** Reads every target row of the sheet; problems go to `issues`. */
export function parseTargetSheet(
  table: RawTable,
  issues: IssueList,
  locale: NumberLocale,
  failedCodes: Set<string> = new Set(),
): ParsedTarget[] {
  const map = mapColumns(table, TARGET_COLUMNS, issues);
  const missing = (key: string) => (map.get(key) ?? -1) < 0;
  const absent = OPTIONAL_TARGET_KEYS.filter(([, column]) => missing(column)).map(([key]) => key);
  const out: ParsedTarget[] = [];
  for (const record of readRecords(table, map)) {
    const at = rowReader(record, map, TARGET_COLUMNS, issues, locale);
    const parsed = parseTargetRow(at, issues);
    if (parsed) out.push(absent.length ? { ...parsed, absent } : parsed);
    else {
      const code = at.raw('code');
      if (code.type === 'text' || code.type === 'number') failedCodes.add(String(code.value).trim());
    }
  }
  return out;
}

/** Optional attributes of a target and the column that carries each. */
export const OPTIONAL_TARGET_KEYS: [keyof Target, string][] = [
  ['qualifier', 'qualifier'],
  ['precision', 'precision'],
  ['indicator', 'indicator'],
  ['baseYear', 'baseYear'],
  ['baseValue', 'baseValue'],
  ['targetYear', 'targetYear'],
  ['seriesBasis', 'seriesBasis'],
  ['accumulation', 'accumulation'],
  ['priceBasis', 'priceBasis'],
  ['statedCount', 'statedCount'],
  ['parentId', 'parentCode'],
  ['percentDecimals', 'percentDecimals'],
  ['levelUnit', 'levelUnit'],
  ['aggregation', 'aggregation'],
  ['note', 'note'],
];

function parseTargetRow(at: RowReader, issues: IssueList): ParsedTarget | undefined {
  const before = issues.items.length;
  const code = at.code('code');
  const name = at.text('name');
  const field = at.enumOf('field', FIELD_LABELS);
  const kind = at.enumOf('kind', KIND_LABELS);
  const direction = at.enumOf('direction', DIRECTION_LABELS);
  const qualifier = at.enumOf('qualifier', QUALIFIER_LABELS) ?? 'none';
  const unit = at.text('unit');
  const precision = at.integer('precision', 0, 3) ?? 1;
  const goal = kind ? readGoal(at, kind, issues) : undefined;
  const baseYear = at.integer('baseYear', 1900, 2200);
  const baseValue = at.number('baseValue');
  const targetYear = at.integer('targetYear', 1900, 2200);
  const seriesBasis = at.enumOf('seriesBasis', SERIES_BASIS_LABELS);
  const accumulation = at.enumOf('accumulation', ACCUMULATION_LABELS);
  const priceBasis = at.enumOf('priceBasis', PRICE_BASIS_LABELS);
  const indicator = at.code('indicator');
  const parentCode = at.code('parentCode');
  const stated = at.number('statedCount');
  const statedUnit = at.text('statedCountUnit');
  const percentDecimals = at.integer('percentDecimals', 0, 3);
  const levelUnit = at.text('levelUnit');
  const aggregation = at.enumOf('aggregation', AGGREGATION_LABELS);
  const note = at.text('note');
  const unitCode = at.code('unitCode');
  if (issues.items.length > before || !code || !name || !field || !kind || !direction || !goal) {
    return undefined;
  }
  return {
    at,
    ...(parentCode ? { parentCode } : {}),
    ...(unitCode ? { unitCode } : {}),
    target: {
      code,
      name,
      field,
      kind,
      direction,
      qualifier,
      unit: unit ?? '',
      precision,
      goal,
      ...(indicator ? { indicator } : {}),
      ...(baseYear !== undefined ? { baseYear } : {}),
      ...(baseValue !== undefined ? { baseValue } : {}),
      ...(targetYear !== undefined ? { targetYear } : {}),
      ...(seriesBasis ? { seriesBasis } : {}),
      ...(accumulation ? { accumulation } : {}),
      ...(priceBasis ? { priceBasis } : {}),
      ...(stated !== undefined ? { statedCount: { value: stated, unit: statedUnit ?? '' } } : {}),
      ...(percentDecimals !== undefined ? { percentDecimals } : {}),
      ...(levelUnit ? { levelUnit } : {}),
      ...(aggregation ? { aggregation } : {}),
      ...(note ? { note } : {}),
    },
  };
}

function readGoal(at: RowReader, kind: TargetKind, issues: IssueList): TargetGoal | undefined {
  switch (kind) {
    case 'range': {
      const min = at.number('min');
      const max = at.number('max');
      if (min === undefined || max === undefined) {
        if (at.raw('min').type === 'empty' || at.raw('max').type === 'empty') {
          issues.add(
            at.ctx(at.raw('min').type === 'empty' ? 'min' : 'max').place,
            'chỉ tiêu loại Khoảng cần cả Từ và Đến',
          );
        }
        return undefined;
      }
      if (min > max) {
        issues.add(at.ctx('max').place, `Đến (${max}) nhỏ hơn Từ (${min})`);
        return undefined;
      }
      return { type: 'range', min, max };
    }
    case 'milestone':
      return { type: 'milestone' };
    case 'grade': {
      const scale = splitList(at.text('scale') ?? '');
      const required = at.text('required');
      if (scale.length < 2) {
        issues.add(at.ctx('scale').place, 'chỉ tiêu Xếp loại cần thang ít nhất hai mức, cách nhau bởi ";"');
        return undefined;
      }
      if (!required || !scale.includes(required)) {
        issues.add(at.ctx('required').place, `mức phải đạt phải là một mức của thang (${scale.join('; ')})`);
        return undefined;
      }
      return { type: 'grade', scale, required };
    }
    case 'structure':
      return readShares(at, issues);
    default: {
      const value = at.number('goal');
      if (value === undefined) {
        if (at.raw('goal').type === 'empty')
          issues.add(at.ctx('goal').place, 'cần giá trị mục tiêu cho loại chỉ tiêu này');
        return undefined;
      }
      return { type: 'number', value };
    }
  }
}

function readShares(at: RowReader, issues: IssueList): TargetGoal | undefined {
  const parts = splitList(at.text('scale') ?? '');
  const shares: { name: string; value: number }[] = [];
  for (const part of parts) {
    const m = /^(.+?)\s*:\s*(.+)$/.exec(part);
    const parsed = m ? parseNumberText(m[2] ?? '', at.ctx('scale').locale) : undefined;
    if (!m || !parsed?.ok) {
      issues.add(at.ctx('scale').place, `'${part}' không đúng dạng "Tên: tỷ trọng" (ví dụ "Dịch vụ: 75")`);
      return undefined;
    }
    shares.push({ name: (m[1] ?? '').trim(), value: parsed.value });
  }
  if (shares.length < 2) {
    issues.add(
      at.ctx('scale').place,
      'chỉ tiêu Cơ cấu cần ít nhất hai thành phần "Tên: tỷ trọng", cách nhau bởi ";"',
    );
    return undefined;
  }
  return { type: 'structure', shares };
}

/** Items separated by ';', trimmed, empty ones dropped. */
export function splitList(text: string): string[] {
  return text
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
