/**
 * Plans of an import into an existing resolution, written through the storage services.
 */
import type { Plan } from '../core/model';
import type { Database } from '../db/database';
import { AppError, type Actor } from '../services/app-error';

/** Sets each plan (a new revision of that target, period, kind and source). */
export async function writePlans(_db: Database, _actor: Actor, plans: Plan[]): Promise<void> {
  if (plans.length) throw new AppError('validation_failed', 'Chưa ghi được kế hoạch vào nghị quyết đã có.');
}
