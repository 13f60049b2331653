/**
 * Drafts of a directive's tasks from what offices have: the Word text (pasted, or a .docx) with
 * numbered tasks, or an Excel table exported from a document system (columns found by their
 * header: STT, nội dung, đơn vị chủ trì, phối hợp, người chịu trách nhiệm, thời hạn, sản phẩm).
 * Nothing is written: a person checks the drafts and confirms them (POST …/tasks).
 */
import ExcelJS from 'exceljs';
import { parseDeadlineVi, parseTaskText, type TaskDeadline } from '../../core';
import type { Sql } from '../../db/database';
import { extractDocxParagraphs } from '../../reports/draft-check/extract-text';
import { AppError } from '../app-error';
import { matchLeadUnit } from './task.service';

/** A draft as the screen shows it before confirming. */
export interface ImportDraft {
  number: string;
  content: string;
  leadUnit: string | null;
  leadUnitCode: string | null;
  cooperatingUnits: string[];
  ownerName: string | null;
  deadline: TaskDeadline;
  deadlineSource: string;
  expectedProduct: string | null;
  section: string | null;
  warnings: string[];
}

/** The source of the drafts. */
export type DraftSource = { text: string } | { file: Buffer; fileName: string };

/** Reads drafts from text, a .docx or an .xlsx; lead units are matched to the unit tree. */
export async function draftTasks(
  sql: Sql,
  unitCode: string,
  source: DraftSource,
  issuedOn: string,
): Promise<{ source: 'text' | 'docx' | 'xlsx'; drafts: ImportDraft[] }> {
  const defaultYear = Number(issuedOn.slice(0, 4));
  let kind: 'text' | 'docx' | 'xlsx' = 'text';
  let drafts: Omit<ImportDraft, 'leadUnitCode'>[];
  if ('text' in source) {
    drafts = fromText(source.text, defaultYear);
  } else if (/\.xlsx$/i.test(source.fileName)) {
    kind = 'xlsx';
    drafts = await fromWorkbook(source.file, defaultYear);
  } else if (/\.docx$/i.test(source.fileName)) {
    kind = 'docx';
    drafts = fromText((await extractDocxParagraphs(source.file)).join('\n'), defaultYear);
  } else {
    throw new AppError('validation_failed', 'Chỉ nhận văn bản Word (.docx) hoặc bảng Excel (.xlsx).', {
      issues: [{ path: 'file.name', message: 'Tệp phải là .docx hoặc .xlsx.' }],
    });
  }
  if (!drafts.length)
    throw new AppError('validation_failed', 'Không tìm thấy nhiệm vụ nào được đánh số (1., 2., a) …).', {
      issues: [{ path: 'text' in source ? 'text' : 'file', message: 'Không có nhiệm vụ nào.' }],
    });
  const out: ImportDraft[] = [];
  for (const d of drafts.slice(0, 500)) {
    out.push({
      ...d,
      deadline: afterIssue(d.deadline, d.deadlineSource, issuedOn),
      leadUnitCode: d.leadUnit ? await matchLeadUnit(sql, unitCode, d.leadUnit) : null,
    });
  }
  return { source: kind, drafts: out };
}

/** A date written without its year ("trước 30/6") is the first such date after the directive:
 * "30/6" in a directive of 07/12/2022 is 30/6/2023. */
function afterIssue(deadline: TaskDeadline, source: string, issuedOn: string): TaskDeadline {
  if (deadline.kind !== 'date' || /\d{4}/.test(source) || deadline.date >= issuedOn) return deadline;
  return { kind: 'date', date: `${Number(deadline.date.slice(0, 4)) + 1}${deadline.date.slice(4)}` };
}

function fromText(text: string, year: number): Omit<ImportDraft, 'leadUnitCode'>[] {
  return parseTaskText(text, year).map((d) => ({ ...d, ownerName: null, expectedProduct: null }));
}

const HEADERS: [
  (
    | keyof Omit<ImportDraft, 'leadUnitCode' | 'warnings' | 'deadline' | 'deadlineSource' | 'section'>
    | 'deadlineText'
  ),
  RegExp,
][] = [
  ['number', /^(stt|số tt|tt|số thứ tự)$/i],
  ['content', /(nội dung|nhiệm vụ)/i],
  ['leadUnit', /chủ trì/i],
  ['cooperatingUnits', /phối hợp/i],
  ['ownerName', /(người|cán bộ|lãnh đạo).*(chịu trách nhiệm|phụ trách|theo dõi)/i],
  ['deadlineText', /(thời hạn|hạn hoàn thành|thời gian hoàn thành)/i],
  ['expectedProduct', /sản phẩm/i],
];

function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

async function fromWorkbook(bytes: Buffer, year: number): Promise<Omit<ImportDraft, 'leadUnitCode'>[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('validation_failed', 'Không đọc được tệp Excel.', {
      issues: [{ path: 'file', message: 'Tệp không phải bảng Excel (.xlsx) hợp lệ.' }],
    });
  }
  for (const sheet of workbook.worksheets) {
    for (let r = 1; r <= Math.min(sheet.rowCount, 15); r++) {
      const header = sheet.getRow(r);
      const columns = new Map<string, number>();
      header.eachCell((cell, col) => {
        const text = cellText(cell.value).trim();
        for (const [key, pattern] of HEADERS)
          if (!columns.has(key) && pattern.test(text)) columns.set(key, col);
      });
      // The header row names the content and at least one other column (a title above the table
      // may mention "nhiệm vụ" too).
      if (!columns.has('content') || columns.size < 2) continue;
      const drafts: Omit<ImportDraft, 'leadUnitCode'>[] = [];
      for (let i = r + 1; i <= Math.min(sheet.rowCount, r + 5000); i++) {
        const row = sheet.getRow(i);
        const get = (key: string) =>
          columns.has(key) ? cellText(row.getCell(columns.get(key) as number).value).trim() : '';
        const content = get('content');
        if (!content) continue;
        const deadlineText = get('deadlineText');
        const iso = /^\d{4}-\d{2}-\d{2}$/.test(deadlineText) ? deadlineText : null;
        const found = iso
          ? { deadline: { kind: 'date' as const, date: iso }, source: deadlineText }
          : parseDeadlineVi(deadlineText, year);
        const leadUnit = get('leadUnit') || null;
        const warnings: string[] = [];
        if (!leadUnit) warnings.push('Chưa rõ đơn vị chủ trì.');
        if (found.deadline.kind === 'none' && deadlineText)
          warnings.push(`Không đọc được thời hạn "${deadlineText}".`);
        drafts.push({
          number: get('number') || String(drafts.length + 1),
          content,
          leadUnit,
          cooperatingUnits: get('cooperatingUnits')
            .split(/[,;\n]/)
            .map((s) => s.trim())
            .filter(Boolean),
          ownerName: get('ownerName') || null,
          deadline: found.deadline,
          deadlineSource: found.source,
          expectedProduct: get('expectedProduct') || null,
          section: null,
          warnings,
        });
      }
      return drafts;
    }
  }
  throw new AppError('validation_failed', 'Không tìm thấy cột "Nội dung nhiệm vụ" trong tệp Excel.', {
    issues: [{ path: 'file', message: 'Thiếu cột nội dung nhiệm vụ.' }],
  });
}
