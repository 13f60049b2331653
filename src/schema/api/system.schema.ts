/** Answers of the system routes: health and the audit log. */
import { z } from 'zod';

/** GET /api/health (200 and 503). */
export const healthAnswer = z.strictObject({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['embedded', 'server']),
  changes: z
    .enum(['live', 'lost'])
    .describe(
      'Thông báo thay đổi từ cơ sở dữ liệu: live; lost khi mất kết nối lắng nghe (vẫn đúng, đọc thẳng cơ sở dữ liệu)',
    ),
  replicas: z
    .array(
      z.strictObject({
        state: z.enum(['current', 'behind', 'unreachable', 'not-standby']),
        lagMs: z.number().nullable(),
      }),
    )
    .describe(
      'Các bản sao chỉ đọc (DATABASE_READ_URL) theo thứ tự khai báo; bản sao không current thì không được đọc',
    ),
});

/** One row of the audit log. */
export const auditRecordOut = z.strictObject({
  id: z.number(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  actorName: z.string().nullable(),
  origin: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  unitCode: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});

/** GET /api/audit. */
export const auditAnswer = z.strictObject({ entries: z.array(auditRecordOut) });
