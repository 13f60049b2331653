/**
 * Finds the unit a resource belongs to, then checks the caller's role on it: the one way every
 * route authorises access to a resolution or a target (target → resolution → unit).
 * Unknown ids answer 404; known ones of another unit answer 403.
 */
import type { FastifyRequest } from 'fastify';
import { selectResolution, type ResolutionRecord } from '../db/resolution.repository';
import { selectTarget } from '../db/target.repository';
import type { Target } from '../core';
import { AppError } from '../services/app-error';
import { getUnit, type Unit } from '../services/unit.service';
import { requireRole } from './access';
import { readThrough } from './read-cache';
import type { Role } from './accounts/roles';

/** The unit with that code, after checking the caller holds `role` on it. */
export async function authorizeUnit(request: FastifyRequest, code: string, role: Role): Promise<Unit> {
  await requireRole(request, code, role);
  const unit = await getUnit(request.server.db, code);
  if (!unit) throw new AppError('not_found', `Không có đơn vị mã ${code}.`);
  return unit;
}

/** The resolution with that id, after checking the caller holds `role` on its unit. */
export async function authorizeResolution(
  request: FastifyRequest,
  id: string,
  role: Role,
): Promise<ResolutionRecord> {
  const db = request.server.db;
  const resolution = await readThrough(db, `resolution-record|${id}`, () => selectResolution(db, id), {
    space: 'access',
  });
  if (!resolution) throw new AppError('not_found', 'Không tìm thấy nghị quyết.');
  await requireRole(request, resolution.unit.code, role);
  return resolution;
}

/** The target with that id (and its resolution and unit), after checking `role` on its unit. */
export async function authorizeTarget(
  request: FastifyRequest,
  id: string,
  role: Role,
): Promise<{ target: Target; resolutionId: string; unitCode: string }> {
  const found = await selectTarget(request.server.db, id);
  if (!found) throw new AppError('not_found', 'Không tìm thấy chỉ tiêu.');
  await requireRole(request, found.unitCode, role);
  return found;
}
