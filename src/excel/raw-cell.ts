/**
 * A cell as read from a file, before any interpretation: the same shape for Excel and CSV so
 * one set of readers validates both. Nothing here evaluates a formula: a formula cell keeps its
 * text and the result Excel cached when it saved the file.
 */
import type { CellValue } from 'exceljs';

export type RawCell =
  | { type: 'empty' }
  | { type: 'number'; value: number }
  | { type: 'text'; value: string }
  | { type: 'boolean'; value: boolean }
  | { type: 'date'; value: Date }
  | { type: 'formula'; formula: string; result: number | string | boolean | null }
  | { type: 'error'; text: string };

export const EMPTY: RawCell = { type: 'empty' };

/** A CSV field: text, or empty when blank. */
export function rawFromText(text: string | undefined): RawCell {
  if (text === undefined || text.trim() === '') return EMPTY;
  return { type: 'text', value: text };
}

/** An ExcelJS cell value (rich text is joined, hyperlinks give their text). */
export function rawFromExcel(value: CellValue): RawCell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'number') return { type: 'number', value };
  if (typeof value === 'string') return value.trim() === '' ? EMPTY : { type: 'text', value };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  if (value instanceof Date) return { type: 'date', value };
  if ('error' in value) return { type: 'error', text: String(value.error) };
  if ('richText' in value) {
    const text = value.richText.map((r) => r.text).join('');
    return text.trim() === '' ? EMPTY : { type: 'text', value: text };
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const formula =
      'formula' in value && value.formula
        ? value.formula
        : 'sharedFormula' in value
          ? value.sharedFormula
          : '';
    return { type: 'formula', formula: `=${formula}`, result: formulaResult(value.result) };
  }
  if ('hyperlink' in value) {
    const text = String(value.text ?? '');
    return text.trim() === '' ? EMPTY : { type: 'text', value: text };
  }
  return { type: 'error', text: 'không đọc được' };
}

function formulaResult(result: unknown): number | string | boolean | null {
  if (typeof result === 'number' || typeof result === 'string' || typeof result === 'boolean') return result;
  return null;
}
