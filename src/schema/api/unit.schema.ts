/** Answers about units: the tree a user may see, one unit with its lineage, its resolutions. */
import { z } from 'zod';
import { roleOut } from './account.schema';

/** A unit, with the user's highest role on it. */
export const unitOut = z.strictObject({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  level: z.enum(['province', 'district', 'commune']),
  parentCode: z.string().optional(),
  validFrom: z.string().optional().describe('YYYY-MM-DD'),
  validTo: z.string().optional().describe('YYYY-MM-DD'),
  illustrative: z.boolean().describe('Minh họa (dữ liệu mẫu), không phải hồ sơ chính thức'),
  note: z.string().optional(),
  role: roleOut.nullable().describe('Vai trò cao nhất của người dùng trên đơn vị này'),
});

/** One link between an old unit and a new one (merge, split, rename). */
export const lineageLinkOut = z.strictObject({
  id: z.string(),
  fromCode: z.string(),
  fromName: z.string(),
  toCode: z.string(),
  toName: z.string(),
  kind: z.enum(['merge', 'split', 'rename', 'retype', 'continue']),
  share: z.number().optional().describe('Phần (0..1] của đơn vị cũ sang đơn vị mới khi chia tách một phần'),
  effectiveDate: z.string().describe('YYYY-MM-DD'),
  illustrative: z.boolean(),
  notes: z.string().optional(),
});

/** GET /api/units. */
export const unitsAnswer = z.strictObject({ units: z.array(unitOut) });

/** GET /api/units/:code. */
export const unitAnswer = z.strictObject({
  unit: unitOut,
  lineage: z.strictObject({ predecessors: z.array(lineageLinkOut), successors: z.array(lineageLinkOut) }),
});

/** A resolution in a list. */
export const resolutionSummaryOut = z.strictObject({
  id: z.string(),
  title: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  committee: z.string(),
  congressNumber: z.number(),
  term: z.string(),
  targetCount: z.number(),
  createdAt: z.string(),
});

/** GET /api/units/:code/resolutions. */
export const resolutionsAnswer = z.strictObject({ resolutions: z.array(resolutionSummaryOut) });
