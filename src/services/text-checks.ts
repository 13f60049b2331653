/** PostgreSQL text and jsonb cannot hold the NUL character, and jsonb refuses a lone UTF-16
 * surrogate (`"\ud800"` in JSON): such input is refused with a path instead of failing in the
 * database (or being stored as U+FFFD in a text column while its audit row fails). */
import type { Issue } from './app-error';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why PostgreSQL cannot store the text, in Vietnamese, or null when it can. */
export function unstorableTextReason(text: string): string | null {
  if (text.includes('\u0000')) return 'chứa ký tự không hợp lệ (NUL, \\u0000)';
  if (LONE_SURROGATE.test(text))
    return 'chứa ký tự Unicode không hợp lệ (nửa cặp thay thế UTF-16 đứng riêng, ví dụ \\ud800)';
  return null;
}

/** Issues for every string (or object key) PostgreSQL cannot store (NUL, lone surrogate) inside
 * `value`, under `path`. */
export function nulIssues(value: unknown, path: string, out: Issue[] = [], depth = 0): Issue[] {
  if (typeof value === 'string') {
    const reason = unstorableTextReason(value);
    if (reason) out.push({ path, message: `Văn bản ${reason}.` });
  } else if (value && typeof value === 'object' && depth < 20) {
    for (const [key, inner] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      const reason = unstorableTextReason(key);
      if (reason) out.push({ path: at, message: `Tên trường ${reason}.` });
      nulIssues(inner, at, out, depth + 1);
    }
  }
  return out;
}
