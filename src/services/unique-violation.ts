/** Recognising PostgreSQL's unique violation (SQLSTATE 23505): a concurrent writer got there
 * first. Services turn it into a `conflict`-type AppError instead of an internal error. */
import { AppError } from './app-error';

/** Whether the error is a unique violation, on either backend. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

/** Runs `fn`; a unique violation becomes AppError('conflict', message). */
export async function conflictOnDuplicate<T>(message: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', message);
    throw error;
  }
}
