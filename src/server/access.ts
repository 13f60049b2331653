/**
 * Access control: who is asking, and may they do this to that unit. A role on a unit covers the
 * unit and every unit below it; viewer < editor < approver < admin. Every route that touches a
 * unit's data resolves the unit of the resource first, then calls {@link requireRole}.
 */
import type { FastifyRequest } from 'fastify';
import { AppError, type Actor } from '../services/app-error';
import type { SessionInfo } from './accounts/sessions.service';
import { roleAtLeast, type Role } from './accounts/roles';
import { unitLineage } from './unit-scope';

/** The signed-in session, or `unauthenticated`. */
export function requireUser(request: FastifyRequest): SessionInfo {
  if (!request.auth) throw new AppError('unauthenticated', 'Bạn cần đăng nhập.');
  return request.auth;
}

/** The actor of the request, for services and the audit log (user and IP address). */
export function actorOf(request: FastifyRequest): Actor {
  const auth = request.auth;
  return auth
    ? { userId: auth.user.id, username: auth.user.username, origin: request.ip }
    : { userId: null, origin: request.ip };
}

/** The highest role the session holds on the unit (through the unit or any unit above it). */
export async function roleOn(request: FastifyRequest, unitCode: string): Promise<Role | null> {
  const auth = request.auth;
  if (!auth || auth.roles.length === 0) return null;
  const lineage = new Set(await unitLineage(request.server.db, unitCode));
  let best: Role | null = null;
  for (const assignment of auth.roles) {
    if (!lineage.has(assignment.unitCode)) continue;
    if (!best || roleAtLeast(assignment.role, best)) best = assignment.role;
  }
  return best;
}

/** Refuses (401 / 403) unless the signed-in user holds at least `role` on the unit. */
export async function requireRole(
  request: FastifyRequest,
  unitCode: string,
  role: Role,
): Promise<SessionInfo> {
  const auth = requireUser(request);
  const held = await roleOn(request, unitCode);
  if (!held || !roleAtLeast(held, role)) {
    throw new AppError('forbidden', 'Bạn không có quyền với đơn vị này.');
  }
  return auth;
}

/** Whether the user holds at least `role` on the unit (no throw), for filtering lists. */
export async function hasRole(request: FastifyRequest, unitCode: string, role: Role): Promise<boolean> {
  const held = await roleOn(request, unitCode);
  return held !== null && roleAtLeast(held, role);
}
