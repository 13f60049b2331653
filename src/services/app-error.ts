/**
 * The one error services throw. Each code is stable; the HTTP layer maps it to a status and a
 * Vietnamese message (src/server/error-handler.ts), the CLI prints the message.
 */

export const ERROR_CODES = {
  validation_failed: 400,
  import_invalid: 422,
  unauthenticated: 401,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  revision_conflict: 409,
  locked: 423,
  payload_too_large: 413,
  rate_limited: 429,
  /** A part the server needs is missing on this machine (LibreOffice for PDF). */
  unavailable: 503,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** One problem in the input, located by path (field, or sheet/row/column of a file). */
export interface Issue {
  /** "targets.3.goal.value", or for files "Chỉ tiêu!C12". */
  path: string;
  /** Vietnamese, naming the field and the reason. */
  message: string;
  sheet?: string;
  row?: number;
  column?: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: Issue[];
  /** Extra data for the client, e.g. the current value on a revision conflict. */
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, options: { issues?: Issue[]; details?: unknown } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = options.issues ?? [];
    this.details = options.details;
  }
}

/** Who does something, for access checks and the audit log. */
export interface Actor {
  userId: string | null;
  username?: string;
  /** Where the request came from (IP address or "cli"). */
  origin: string;
}

export const SYSTEM_ACTOR: Actor = { userId: null, username: 'system', origin: 'cli' };
