/**
 * Access to directives, tasks, programmes, explanations and attachments: the unit of the
 * resource is found first (a task → its directive's unit), then the role is checked on it, as
 * resources.ts does for resolutions and targets. The owner of a task and the people of its lead
 * unit may see it and report on it without a role on the assigning office ("task-owner").
 * Unknown ids answer 404; known ones the caller may not touch answer 403.
 */
import type { FastifyRequest } from 'fastify';
import { selectAttachment, selectExplanations } from '../db/task-activity.repository';
import { selectProgramme } from '../db/task-programme.repository';
import { selectDirective, selectTask, type DirectiveRecord, type TaskRecord } from '../db/task.repository';
import { selectTarget } from '../db/target.repository';
import type { ProgrammeRecord } from '../db/task-programme.repository';
import type { ExplanationRecord } from '../db/task-activity.repository';
import { AppError } from '../services/app-error';
import { hasRole, requireRole, requireUser } from './access';
import type { Role } from './accounts/roles';

/** The resource kinds of this area that routes declare in `config.scope`. */
export const TASK_SCOPES = [
  'directive',
  'task',
  'task-owner',
  'programme',
  'explanation',
  'attachment',
] as const;
export type TaskScope = (typeof TASK_SCOPES)[number];

const forbidden = () => new AppError('forbidden', 'Bạn không có quyền với nhiệm vụ này.');

/** The directive, after checking `role` on its unit. */
export async function authorizeDirective(
  request: FastifyRequest,
  id: string,
  role: Role,
): Promise<DirectiveRecord> {
  const directive = await selectDirective(request.server.db, id);
  if (!directive) throw new AppError('not_found', 'Không tìm thấy văn bản.');
  await requireRole(request, directive.unitCode, role);
  return directive;
}

/** The task, after checking `role` on the unit of its directive (the assigning office). */
export async function authorizeTask(request: FastifyRequest, id: string, role: Role): Promise<TaskRecord> {
  const task = await selectTask(request.server.db, id);
  if (!task) throw new AppError('not_found', 'Không tìm thấy nhiệm vụ.');
  await requireRole(request, task.unitCode, role);
  return task;
}

/** Whether the caller may act on the task as its owner at `role` (viewer: see; editor: report):
 * the named owner, a holder of the role on the lead unit, or on the assigning office. */
export async function mayActAsOwner(request: FastifyRequest, task: TaskRecord, role: Role): Promise<boolean> {
  const auth = requireUser(request);
  if (task.ownerUserId && task.ownerUserId === auth.user.id) return true;
  if (await hasRole(request, task.unitCode, role)) return true;
  return task.leadUnitCode ? hasRole(request, task.leadUnitCode, role) : false;
}

/** The task, when the caller is its owner, of its lead unit, or of the assigning office. */
export async function authorizeTaskOwner(
  request: FastifyRequest,
  id: string,
  role: Role,
): Promise<TaskRecord> {
  const task = await selectTask(request.server.db, id);
  if (!task) throw new AppError('not_found', 'Không tìm thấy nhiệm vụ.');
  if (!(await mayActAsOwner(request, task, role))) throw forbidden();
  return task;
}

/** The programme, after checking `role` on its unit. */
export async function authorizeProgramme(
  request: FastifyRequest,
  id: string,
  role: Role,
): Promise<ProgrammeRecord> {
  const programme = await selectProgramme(request.server.db, id);
  if (!programme) throw new AppError('not_found', 'Không tìm thấy chương trình, dự án.');
  await requireRole(request, programme.unitCode, role);
  return programme;
}

/** The request for explanation, when the caller is its addressee or may act as the owner of
 * its task (for a target: holds `role` on the target's unit). */
export async function authorizeExplanation(
  request: FastifyRequest,
  id: string,
  role: Role,
): Promise<ExplanationRecord> {
  const auth = requireUser(request);
  const [explanation] = await selectExplanations(request.server.db, { ids: [id] });
  if (!explanation) throw new AppError('not_found', 'Không tìm thấy yêu cầu giải trình.');
  if (explanation.addresseeUserId === auth.user.id) return explanation;
  if (explanation.taskId) {
    const task = await selectTask(request.server.db, explanation.taskId);
    if (task && (await mayActAsOwner(request, task, role))) return explanation;
  } else if (explanation.targetId) {
    const target = await selectTarget(request.server.db, explanation.targetId);
    if (target && (await hasRole(request, target.unitCode, role))) return explanation;
  }
  throw forbidden();
}

/** An attachment, when the caller may see its task (as owner) or its programme. */
export async function authorizeAttachment(request: FastifyRequest, id: string, role: Role) {
  const attachment = await selectAttachment(request.server.db, id);
  if (!attachment) throw new AppError('not_found', 'Không tìm thấy tệp đính kèm.');
  if (attachment.taskId) await authorizeTaskOwner(request, attachment.taskId, role);
  else if (attachment.programmeId) await authorizeProgramme(request, attachment.programmeId, role);
  return attachment;
}

/** For the scope hook: authorises a scope of this area; false when the kind is not ours. */
export async function authorizeTaskScope(
  request: FastifyRequest,
  resource: string,
  value: string,
  role: Role,
): Promise<boolean> {
  switch (resource) {
    case 'directive':
      await authorizeDirective(request, value, role);
      return true;
    case 'task':
      await authorizeTask(request, value, role);
      return true;
    case 'task-owner':
      await authorizeTaskOwner(request, value, role);
      return true;
    case 'programme':
      await authorizeProgramme(request, value, role);
      return true;
    case 'explanation':
      await authorizeExplanation(request, value, role);
      return true;
    case 'attachment':
      await authorizeAttachment(request, value, role);
      return true;
    default:
      return false;
  }
}
