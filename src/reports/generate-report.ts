/**
 * Generates a report from a dossier: checks the request, evaluates with the core as of the
 * period, renders. The one function the CLI and the HTTP route call.
 */
import type { IsoDate, PeriodCode, ResolutionDossier } from '../core';
import { evaluateDossier, isPeriodCode, parseIsoDate, reportTypeFits } from '../core';
import { AppError } from '../services/app-error';
import { REPORT_FORMATS, REPORT_TYPES, type ReportFormat, type ReportType } from './report-types';
import { renderReport, type RenderedReport } from './render-report';

/** What to generate. */
export interface ReportRequest {
  type: ReportType;
  asOf: PeriodCode;
  format: ReportFormat;
  date?: IsoDate;
  number?: string;
}

/** A request as it arrives from the edges (strings, checked by {@link checkReportRequest}). */
export type ReportRequestInput = { [K in keyof ReportRequest]: string | undefined } & {
  type: string;
  asOf: string;
  format: string;
};

const AS_OF_EXAMPLE: Record<ReportType, string> = {
  midterm: '2023 hoặc 2023-H1',
  final: '2025',
  quarter: '2022-Q1',
  half: '2023-H1',
  'nine-months': '2023-9M',
  year: '2023',
};

/** Checks type, period and format; throws `validation_failed` with Vietnamese messages. */
export function checkReportRequest(input: ReportRequestInput): ReportRequest {
  const issues: { path: string; message: string }[] = [];
  const type = REPORT_TYPES.find((t) => t === input.type);
  const format = REPORT_FORMATS.find((f) => f === input.format);
  if (!type)
    issues.push({ path: 'type', message: `Loại báo cáo phải là một trong: ${REPORT_TYPES.join(', ')}.` });
  if (!format)
    issues.push({ path: 'format', message: `Định dạng phải là một trong: ${REPORT_FORMATS.join(', ')}.` });
  if (!isPeriodCode(input.asOf)) issues.push({ path: 'asOf', message: `Kỳ "${input.asOf}" không hợp lệ.` });
  else if (type && !reportTypeFits(type, input.asOf)) {
    issues.push({
      path: 'asOf',
      message: `Kỳ "${input.asOf}" không hợp với loại báo cáo ${type} (ví dụ: ${AS_OF_EXAMPLE[type]}).`,
    });
  }
  if (input.date !== undefined && !parseIsoDate(input.date).ok)
    issues.push({ path: 'date', message: `Ngày "${input.date}" không hợp lệ (dạng YYYY-MM-DD).` });
  if (input.number !== undefined && !/^[0-9A-Za-z.]{1,10}$/.test(input.number))
    issues.push({ path: 'number', message: 'Số văn bản chỉ gồm chữ số, chữ cái (tối đa 10 ký tự).' });
  if (issues.length > 0 || !type || !format)
    throw new AppError('validation_failed', 'Yêu cầu tạo báo cáo không hợp lệ.', { issues });
  return {
    type,
    asOf: input.asOf,
    format,
    ...(input.date ? { date: input.date } : {}),
    ...(input.number ? { number: input.number } : {}),
  };
}

/** Evaluates the dossier as of the request's period and renders the report. */
export async function generateReport(
  dossier: ResolutionDossier,
  input: ReportRequestInput,
): Promise<RenderedReport> {
  const { format, ...options } = checkReportRequest(input);
  const evaluation = evaluateDossier(dossier, { asOf: options.asOf });
  return renderReport(dossier, evaluation, options, format);
}
