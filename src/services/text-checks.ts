/** PostgreSQL text and jsonb cannot hold the NUL character: such input is refused with a path
 * instead of failing in the database. */
import type { Issue } from './app-error';

/** Issues for every string (or object key) holding U+0000 inside `value`, under `path`. */
export function nulIssues(value: unknown, path: string, out: Issue[] = [], depth = 0): Issue[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) out.push({ path, message: 'Văn bản chứa ký tự không hợp lệ (NUL).' });
  } else if (value && typeof value === 'object' && depth < 20) {
    for (const [key, inner] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (key.includes('\u0000'))
        out.push({ path: at, message: 'Tên trường chứa ký tự không hợp lệ (NUL).' });
      nulIssues(inner, at, out, depth + 1);
    }
  }
  return out;
}
