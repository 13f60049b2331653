/**
 * Reports: download a review report of a resolution (Word, Excel, PDF), and check a draft's
 * figures against the data.
 */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { evaluateDossier } from '../../core';
import { checkDraftDocx, checkDraftText } from '../../reports/draft-check/check-draft';
import { attachmentDisposition } from '../../reports/content-disposition';
import { generateReport } from '../../reports/generate-report';
import { REPORT_FORMATS, REPORT_TYPES } from '../../reports/report-types';
import { AppError } from '../../services/app-error';
import { loadDossier } from '../../services/dossier.service';
import { defaultAsOf } from '../evaluation';
import { authorizeResolution } from '../resources';
import { IdParam, PeriodCodeParam } from '../schemas';
import type { ZodTypeProvider } from '../zod';
import { readSql } from '../read-routing';
import { parseOrThrow } from '../zod';

const DRAFT_MAX_BYTES = 10 * 1024 * 1024;

const ReportQuery = z.object({
  type: z.enum(REPORT_TYPES).describe('midterm (sơ kết), final (tổng kết), quarter, half, nine-months, year'),
  asOf: PeriodCodeParam.optional().describe('Kỳ số liệu (mặc định: kỳ mới nhất có số liệu)'),
  format: z.enum(REPORT_FORMATS).default('docx'),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày dạng YYYY-MM-DD.')
    .optional()
    .describe('Ngày ban hành'),
  number: z
    .string()
    .regex(/^[0-9A-Za-z.]{1,10}$/, 'Số văn bản không hợp lệ.')
    .optional()
    .describe('Số văn bản'),
});

const DraftJson = z.strictObject({
  text: z.string().min(1, 'Hãy dán nội dung dự thảo.').max(500_000),
  resolutionId: z.string().min(1).max(100),
  asOf: PeriodCodeParam.optional(),
});

const Finding = z.object({
  sentence: z.string(),
  found: z.string(),
  expected: z.string(),
  reason: z.string(),
  targetId: z.string().optional(),
});

/** Report routes. */
export const reportRoutes: FastifyPluginAsync = async (root) => {
  await root.register(multipart, { limits: { fileSize: DRAFT_MAX_BYTES, files: 1, fields: 5, parts: 6 } });
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/resolutions/:id/report',
    {
      config: { scope: { resource: 'resolution', param: 'id', role: 'viewer' } },
      schema: {
        tags: ['Báo cáo'],
        summary: 'Tải báo cáo sơ kết, tổng kết hoặc định kỳ của nghị quyết (docx, xlsx, pdf)',
        params: IdParam,
        querystring: ReportQuery,
      },
    },
    async (request, reply) => {
      await authorizeResolution(request, request.params.id, 'viewer');
      const dossier = await loadDossier(await readSql(request), request.params.id, { revisions: 'current' });
      const { type, format, date, number } = request.query;
      const asOf = request.query.asOf ?? defaultAsOf(dossier);
      // Without LibreOffice a PDF fails with AppError 'unavailable' (503, Vietnamese message).
      const report = await generateReport(dossier, { type, asOf, format, date, number });
      return reply
        .header('content-type', report.contentType)
        .header('content-disposition', attachmentDisposition(report.fileName))
        .header('content-length', String(report.bytes.length))
        .send(report.bytes);
    },
  );

  app.post(
    '/api/drafts/check',
    {
      schema: {
        tags: ['Báo cáo'],
        summary:
          'Kiểm tra số liệu của dự thảo báo cáo: JSON {text, resolutionId, asOf?} hoặc multipart (tệp .docx trường "file", trường resolutionId, asOf)',
        response: { 200: z.object({ asOf: z.string(), findings: z.array(Finding) }) },
      },
    },
    async (request) => {
      let input: { resolutionId: string; asOf?: string | undefined; text?: string; docx?: Buffer };
      if (request.isMultipart()) {
        const fields: Record<string, string> = {};
        let docx: Buffer | undefined;
        for await (const part of request.parts()) {
          if (part.type === 'file') docx = await part.toBuffer();
          else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
        }
        if (!docx)
          throw new AppError('validation_failed', 'Thiếu tệp dự thảo (.docx).', {
            issues: [{ path: 'file', message: 'Thiếu tệp.' }],
          });
        const parsed = parseOrThrow(
          z.object({ resolutionId: DraftJson.shape.resolutionId, asOf: PeriodCodeParam.optional() }),
          fields,
        );
        input = { ...parsed, docx };
      } else {
        input = parseOrThrow(DraftJson, request.body);
      }
      await authorizeResolution(request, input.resolutionId, 'viewer');
      const dossier = await loadDossier(app.db, input.resolutionId, { revisions: 'current' });
      const asOf = input.asOf ?? defaultAsOf(dossier);
      const evaluation = evaluateDossier(dossier, { asOf });
      const findings = input.docx
        ? await checkDraftDocx(input.docx, dossier, evaluation)
        : checkDraftText(input.text ?? '', dossier, evaluation);
      return { asOf, findings };
    },
  );
};
