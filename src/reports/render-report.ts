/**
 * One entry for every output: a report model rendered to docx, xlsx or pdf, with its file name
 * and content type.
 */
import type { ResolutionDossier } from '../core';
import type { DossierEvaluation } from '../core';
import type { ReportFormat, ReportOptions } from './report-types';
import { buildReportModel } from './report-model';
import { renderDocx } from './render-docx';
import { renderXlsx } from './render-xlsx';
import { convertToPdf } from './render-pdf';

/** A rendered file. */
export interface RenderedReport {
  bytes: Buffer;
  /** Vietnamese file name with extension ("Báo cáo sơ kết giữa nhiệm kỳ - thành phố Thanh Hóa (năm 2023).docx"). */
  fileName: string;
  contentType: string;
}

/** MIME types of the formats. */
export const CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** Renders a report of an evaluated dossier to the given format. */
export async function renderReport(
  dossier: ResolutionDossier,
  evaluation: DossierEvaluation,
  options: ReportOptions,
  format: ReportFormat,
): Promise<RenderedReport> {
  const model = buildReportModel(dossier, evaluation, options);
  let bytes: Buffer;
  if (format === 'xlsx') bytes = await renderXlsx(model);
  else {
    const docx = await renderDocx(model);
    bytes = format === 'pdf' ? await convertToPdf(docx, 'docx') : docx;
  }
  const suffix = format === 'xlsx' ? ' - Phụ lục' : '';
  return { bytes, fileName: `${model.fileStem}${suffix}.${format}`, contentType: CONTENT_TYPES[format] };
}
