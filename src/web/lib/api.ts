/**
 * The one way the web app talks to the server: JSON over fetch with the session cookie and the
 * CSRF header on every write. Errors become {@link ApiError} carrying the server's Vietnamese
 * message and its issues, so screens can show each one next to what caused it.
 */
import { translate } from './i18n';

export interface ApiIssue {
  path: string;
  message: string;
  sheet?: string;
  row?: number;
  column?: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: ApiIssue[];
  readonly details: unknown;

  constructor(status: number, code: string, message: string, issues: ApiIssue[] = [], details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.details = details;
  }
}

let csrfToken: string | null = null;

/** Remembers the token returned by login and /api/auth/me; sent on every non-GET request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Turns an error body `{ error: { code, message, issues, details } }` into an ApiError. */
export function toApiError(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  const code = typeof error.code === 'string' ? error.code : `http_${status}`;
  const message = typeof error.message === 'string' ? error.message : translate('serverError', { status });
  const issues = Array.isArray(error.issues) ? (error.issues as ApiIssue[]) : [];
  return new ApiError(status, code, message, issues, error.details);
}

function headersFor(method: string, json: boolean): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (json) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  return headers;
}

async function send(method: string, path: string, body?: BodyInit, json = false): Promise<Response> {
  try {
    return await fetch(path, { method, headers: headersFor(method, json), body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', translate('networkError'));
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Calls the API with a JSON body (if any) and returns the parsed JSON answer. */
export async function api<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await send(
    method,
    path,
    body === undefined ? undefined : JSON.stringify(body),
    body !== undefined,
  );
  const data = await readJson(response);
  if (!response.ok) throw toApiError(response.status, data);
  return data as T;
}

/** Uploads one file as multipart/form-data (field `file`). */
export async function uploadFile<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await send('POST', path, form);
  const data = await readJson(response);
  if (!response.ok) throw toApiError(response.status, data);
  return data as T;
}

/** Downloads a file, reporting progress (0..1, or null while the size is unknown). */
export async function downloadFile(
  path: string,
  onProgress: (fraction: number | null, bytes: number) => void,
): Promise<{ blob: Blob; name: string }> {
  const response = await send('GET', path);
  if (!response.ok) throw toApiError(response.status, await readJson(response));
  const total = Number(response.headers.get('content-length') ?? '0');
  const disposition = response.headers.get('content-disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  const name = match?.[1] ? decodeURIComponent(match[1]) : (path.split('?')[0]?.split('/').pop() ?? 'tep');
  const reader = response.body?.getReader();
  if (!reader) return { blob: await response.blob(), name };
  const chunks: BlobPart[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress(total > 0 ? received / total : null, received);
  }
  return {
    blob: new Blob(chunks, { type: response.headers.get('content-type') ?? 'application/octet-stream' }),
    name,
  };
}

/** Saves a blob as a file through a temporary link. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The issue of an error that concerns a given path, if any ("items.3.value"). */
export function issueFor(error: unknown, path: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.issues.find((issue) => issue.path === path || issue.path.startsWith(`${path}.`))?.message;
}
