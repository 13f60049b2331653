/**
 * Excel, CSV and the interchange file over HTTP: the import template, imports as background jobs
 * with progress (all or nothing), and exports of a unit or a subtree as of any period.
 */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { ImportJobs } from '../../excel/import-jobs';
import { checkFileSize } from '../../excel/import.service';
import { CSV_TABLES } from '../../excel/export-csv';
import { exportUnit, type ExportFormat } from '../../excel/export.service';
import { LIMITS } from '../../excel/layout';
import { importJobOut, importStartedAnswer } from '../../schema/api';
import { writeTemplate } from '../../excel/template';
import { AppError } from '../../services/app-error';
import { actorOf, requireUser } from '../access';
import { authorizeUnit } from '../resources';
import { IdParam, UnitCode } from '../schemas';
import type { ZodTypeProvider } from '../zod';
import { readSql } from '../read-routing';

const CodeParams = z.object({ code: UnitCode });

const ImportQuery = z.object({
  resolutionId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/)
    .optional()
    .describe(
      'Nghị quyết nhận dữ liệu (mặc định: nghị quyết tệp ghi tên, hoặc nghị quyết mới nhất của đơn vị)',
    ),
  locale: z
    .enum(['vi', 'en'])
    .optional()
    .describe(
      "CSV: 'vi' = dấu ';' và dấu phẩy thập phân; 'en' = dấu ',' và dấu chấm thập phân (mặc định: đoán theo dòng tiêu đề)",
    ),
  wait: z.enum(['true', 'false']).optional().describe('true: trả lời khi việc nhập đã xong'),
});

const ExportQuery = z.object({
  asOf: z
    .string()
    .max(40)
    .optional()
    .describe('Kỳ đánh giá: 2023, 2023-Q2, quý II/2023… (mặc định: kỳ mới nhất có số liệu)'),
  subtree: z.enum(['true', 'false']).optional().describe('Gồm cả các đơn vị cấp dưới'),
  resolutionId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/)
    .optional(),
});
const CsvQuery = ExportQuery.extend({
  table: z
    .enum(CSV_TABLES as [string, ...string[]])
    .optional()
    .describe('Bảng: chi-tieu, so-lieu, ke-hoach, danh-gia (mặc định)'),
  locale: z
    .enum(['vi', 'en'])
    .optional()
    .describe("'vi' (mặc định): dấu ';' và dấu phẩy thập phân; 'en': dấu ',' và dấu chấm"),
});

/** Import and export routes. */
export const importExportRoutes: FastifyPluginAsync = async (root) => {
  await root.register(multipart, { limits: { fileSize: LIMITS.fileBytes, files: 1, fields: 10, parts: 12 } });
  const app = root.withTypeProvider<ZodTypeProvider>();
  const jobs = new ImportJobs(app.db);
  app.addHook('onClose', () => jobs.close());
  let template: Buffer | undefined;

  app.get(
    '/api/templates/import.xlsx',
    {
      config: { access: 'public' },
      schema: { tags: ['Nhập, xuất'], summary: 'Mẫu Excel nhập chỉ tiêu, số liệu và kế hoạch' },
    },
    async (_request, reply) => {
      template ??= await writeTemplate();
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', 'attachment; filename="mau-nhap-lieu-ve-dich.xlsx"')
        .send(template);
    },
  );

  app.post(
    '/api/units/:code/imports',
    {
      // The role is checked before anything of the request is validated or read.
      config: { scope: { resource: 'unit', param: 'code', role: 'editor' } },
      schema: {
        tags: ['Nhập, xuất'],
        summary:
          'Nhập tệp Excel (.xlsx), CSV hoặc JSON trao đổi (multipart, trường "file"); tất cả hoặc không',
        params: CodeParams,
        querystring: ImportQuery,
        response: { 202: importStartedAnswer, 200: importStartedAnswer },
      },
    },
    async (request, reply) => {
      const unit = await authorizeUnit(request, request.params.code, 'editor');
      const auth = requireUser(request);
      if (!request.isMultipart()) {
        throw new AppError('validation_failed', 'Hãy gửi tệp dạng multipart/form-data, trường "file".', {
          issues: [{ path: 'file', message: 'Thiếu tệp.' }],
        });
      }
      const file = await request.file();
      if (!file)
        throw new AppError('validation_failed', 'Thiếu tệp.', {
          issues: [{ path: 'file', message: 'Thiếu tệp.' }],
        });
      let bytes: Buffer;
      try {
        bytes = await file.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
          checkFileSize(LIMITS.fileBytes + 1);
        throw error;
      }
      checkFileSize(bytes.byteLength);
      const actor = actorOf(request);
      const { resolutionId, locale } = request.query;
      const job = await jobs.start(
        { unitCode: unit.code, userId: auth.user.id, filename: file.filename },
        actor,
        bytes,
        { ...(resolutionId ? { resolutionId } : {}), ...(locale ? { locale } : {}) },
      );
      if (request.query.wait === 'true') {
        const finished = (await jobs.settle(job.id, auth.user.id)) ?? job;
        return reply.status(200).send({ id: job.id, job: finished });
      }
      return reply.status(202).send({ id: job.id, job });
    },
  );

  app.get(
    '/api/imports/:id',
    {
      schema: {
        tags: ['Nhập, xuất'],
        summary: 'Tiến độ và kết quả một lần nhập: trạng thái, phần trăm, mọi lỗi theo sheet, dòng, cột',
        params: IdParam,
        response: { 200: importJobOut },
      },
    },
    async (request) => {
      const auth = requireUser(request);
      const job = await jobs.get(request.params.id, auth.user.id);
      if (!job) throw new AppError('not_found', 'Không tìm thấy lần nhập này.');
      return job;
    },
  );

  const exportRoute = (format: ExportFormat) =>
    app.get(
      `/api/units/:code/export.${format}`,
      {
        config: { scope: { resource: 'unit', param: 'code', role: 'viewer' } },
        schema: {
          tags: ['Nhập, xuất'],
          summary:
            format === 'xlsx'
              ? 'Xuất Excel: chỉ tiêu, số liệu, kế hoạch (nhập lại được) và bảng đánh giá tại kỳ asOf'
              : format === 'csv'
                ? "Xuất CSV UTF-8 (có BOM) một bảng; locale=vi: dấu ';' và dấu phẩy thập phân"
                : 'Xuất tệp JSON trao đổi (vedich/1)',
          params: CodeParams,
          querystring: format === 'csv' ? CsvQuery : ExportQuery,
        },
      },
      async (request, reply) => {
        const query = request.query as z.infer<typeof CsvQuery>;
        await authorizeUnit(request, request.params.code, 'viewer');
        const file = await exportUnit(
          await readSql(request),
          {
            unitCode: request.params.code,
            subtree: query.subtree === 'true',
            ...(query.asOf ? { asOf: query.asOf } : {}),
            ...(query.resolutionId ? { resolutionId: query.resolutionId } : {}),
          },
          format,
          {
            ...(query.locale ? { locale: query.locale } : {}),
            ...(query.table ? { table: query.table as never } : {}),
          },
        );
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', `attachment; filename="${file.filename}"`)
          .send(file.bytes);
      },
    );
  exportRoute('xlsx');
  exportRoute('csv');
  exportRoute('json');
};
