/** Answers about imports: a job with its stage, progress, errors and result. */
import { z } from 'zod';

/** A problem of an import file, located. */
export const importIssueOut = z.strictObject({
  path: z.string(),
  message: z.string(),
  sheet: z.string().optional(),
  row: z.number().optional(),
  column: z.string().optional(),
});

/** What a successful import wrote. */
export const importResultOut = z.strictObject({
  resolutionId: z.string(),
  createdResolution: z.boolean(),
  targetsAdded: z.number(),
  targetsUpdated: z.number(),
  plansSet: z.number(),
  figuresRecorded: z.number(),
  unchanged: z.number().describe('Dòng giống hệt dữ liệu đã có, không ghi lại'),
});

/** An import job (kept in the server's memory for an hour). */
export const importJobOut = z.strictObject({
  id: z.string(),
  unitCode: z.string(),
  userId: z.string().nullable().describe('Người bắt đầu: chỉ người này xem được'),
  filename: z.string().optional(),
  state: z.enum(['running', 'succeeded', 'failed']),
  stage: z.enum(['parse', 'validate', 'write', 'done']),
  progress: z.number().describe('0-100'),
  errors: z.array(importIssueOut),
  code: z.string().optional().describe('Mã lỗi khi thất bại: import_invalid, revision_conflict…'),
  message: z.string().optional(),
  result: importResultOut.optional(),
  startedAt: z.string(),
  finishedAt: z.string().optional(),
});

/** POST /api/units/:code/imports: 202 while running, 200 with `?wait=true`. */
export const importStartedAnswer = z.strictObject({ id: z.string(), job: importJobOut });
