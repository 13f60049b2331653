/**
 * Refuses input PostgreSQL cannot store as text before validation: the NUL character (U+0000)
 * and lone UTF-16 surrogates (`"\ud800"`, which jsonb refuses) anywhere in the body, the query or
 * the path, keys included, and nesting deeper than 64 levels. Without this such text would reach
 * the database and fail there (500), possibly after a first write. Also refuses a multipart body
 * without a boundary, which the multipart parser would otherwise turn into a 500.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, type Issue } from '../services/app-error';
import { unstorableTextReason } from '../services/text-checks';

const MAX_DEPTH = 64;

/** Paths of strings (values and keys) PostgreSQL cannot store, and of nesting too deep. */
export function findUnstorable(value: unknown, path: string[] = [], out: Issue[] = []): Issue[] {
  if (out.length >= 20) return out;
  const at = () => path.join('.') || '(gốc)';
  if (typeof value === 'string') {
    const reason = unstorableTextReason(value);
    if (reason) out.push({ path: at(), message: `Trường ${at()} ${reason}.` });
    return out;
  }
  if (value === null || typeof value !== 'object') return out;
  if (path.length >= MAX_DEPTH) {
    out.push({ path: at(), message: `Dữ liệu lồng nhau quá sâu (tối đa ${MAX_DEPTH} cấp).` });
    return out;
  }
  for (const [key, inner] of Object.entries(value)) {
    const reason = unstorableTextReason(key);
    if (reason) out.push({ path: at(), message: `Tên trường "${key}" ${reason}.` });
    findUnstorable(inner, [...path, key], out);
  }
  return out;
}

/** A multipart/form-data request whose content type names no boundary cannot be read. */
function missingBoundary(request: FastifyRequest): boolean {
  const type = request.headers['content-type'];
  if (typeof type !== 'string' || !/^\s*multipart\//i.test(type)) return false;
  return !/;\s*boundary=("[^"]+"|[^;\s"]+)/i.test(type);
}

/** Installs the guard before validation of every request. */
export function installInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (missingBoundary(request))
      throw new AppError('validation_failed', 'Nội dung multipart/form-data thiếu tham số boundary.', {
        issues: [{ path: 'content-type', message: 'Tiêu đề Content-Type phải có boundary=….' }],
      });
    const issues = [
      ...findUnstorable(request.params),
      ...findUnstorable(request.query),
      ...findUnstorable(request.body),
    ];
    if (issues.length > 0)
      throw new AppError('validation_failed', 'Dữ liệu gửi lên không hợp lệ.', { issues });
  });
}
