/**
 * Refuses input PostgreSQL cannot store as text: the NUL character (U+0000) anywhere in the
 * body, the query or the path. Without this a NUL would reach the database and fail there (500).
 */
import type { FastifyInstance } from 'fastify';
import { AppError, type Issue } from '../services/app-error';

const MAX_DEPTH = 64;

/** Paths of strings (values and keys) holding a NUL, and of nesting deeper than 64 levels. */
export function findUnstorable(value: unknown, path: string[] = [], out: Issue[] = []): Issue[] {
  if (out.length >= 20) return out;
  const at = () => path.join('.') || '(gốc)';
  if (typeof value === 'string') {
    if (value.includes('\u0000')) out.push({ path: at(), message: 'Không được chứa ký tự NUL (\\u0000).' });
    return out;
  }
  if (value === null || typeof value !== 'object') return out;
  if (path.length >= MAX_DEPTH) {
    out.push({ path: at(), message: `Dữ liệu lồng nhau quá sâu (tối đa ${MAX_DEPTH} cấp).` });
    return out;
  }
  for (const [key, inner] of Object.entries(value)) {
    if (key.includes('\u0000')) out.push({ path: at(), message: 'Tên trường không được chứa ký tự NUL.' });
    findUnstorable(inner, [...path, key], out);
  }
  return out;
}

/** Installs the guard before validation of every request. */
export function installInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const issues = [
      ...findUnstorable(request.params),
      ...findUnstorable(request.query),
      ...findUnstorable(request.body),
    ];
    if (issues.length > 0)
      throw new AppError('validation_failed', 'Dữ liệu gửi lên không hợp lệ.', { issues });
  });
}
