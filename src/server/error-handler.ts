/**
 * The one translator from errors to HTTP answers. Every error leaves as
 * `{ error: { code, message (Vietnamese), issues, details? } }`; bad input gets a 4xx, only a
 * genuine fault gets 500, and no stack trace ever reaches the client.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, ERROR_CODES, type ErrorCode, type Issue } from '../services/app-error';
import { issuesFromZod } from './zod';

/** Default Vietnamese message of each code, used when the error carries none. */
export const MESSAGES_VI: Record<ErrorCode, string> = {
  validation_failed: 'Dữ liệu gửi lên không hợp lệ.',
  import_invalid: 'Tệp nhập có lỗi, không có dữ liệu nào được ghi.',
  unauthenticated: 'Bạn cần đăng nhập.',
  csrf_failed: 'Thiếu hoặc sai mã chống giả mạo yêu cầu (x-csrf-token).',
  forbidden: 'Bạn không có quyền thực hiện thao tác này.',
  not_found: 'Không tìm thấy.',
  conflict: 'Dữ liệu xung đột với dữ liệu đã có.',
  revision_conflict:
    'Số liệu đã được người khác cập nhật trong lúc bạn sửa. Hãy xem giá trị hiện tại rồi lưu lại.',
  locked: 'Tài khoản tạm bị khóa do đăng nhập sai nhiều lần. Hãy thử lại sau.',
  payload_too_large: 'Dữ liệu gửi lên quá lớn.',
  rate_limited: 'Quá nhiều yêu cầu. Hãy thử lại sau.',
  unavailable: 'Chức năng này chưa dùng được trên máy chủ.',
  internal: 'Lỗi máy chủ. Hãy thử lại sau hoặc báo cho quản trị viên.',
};

/** The JSON body of every error answer. */
export interface ErrorBody {
  error: { code: string; message: string; issues: Issue[]; details?: unknown };
}

/** Fastify's own errors (parsing, limits, routing, multipart) and Node's stream errors of a request
 * body, with their code, status and message. */
const FASTIFY_ERRORS: Record<string, { code: ErrorCode | string; status: number; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: 'invalid_json',
    status: 400,
    message: 'Nội dung gửi lên không phải JSON hợp lệ.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'invalid_json', status: 400, message: 'Nội dung JSON trống.' },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: 'payload_too_large',
    status: 413,
    message: MESSAGES_VI.payload_too_large,
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported_media_type',
    status: 415,
    message: 'Kiểu nội dung không được hỗ trợ (hãy gửi application/json).',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'bad_request',
    status: 400,
    message: 'Độ dài nội dung không khớp.',
  },
  FST_ERR_BAD_URL: {
    code: 'bad_request',
    status: 400,
    message: 'Đường dẫn không hợp lệ (mã hóa phần trăm sai).',
  },
  FST_ERR_MAX_PARAM_LENGTH: {
    code: 'uri_too_long',
    status: 414,
    message: 'Đường dẫn quá dài (mỗi phần tối đa 200 ký tự).',
  },
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    code: 'unsupported_media_type',
    status: 415,
    message: 'Nội dung không phải multipart/form-data.',
  },
  FST_REQ_FILE_TOO_LARGE: { code: 'payload_too_large', status: 413, message: 'Tệp gửi lên quá lớn.' },
  FST_FILES_LIMIT: { code: 'payload_too_large', status: 413, message: 'Chỉ được gửi một tệp.' },
  FST_PARTS_LIMIT: { code: 'payload_too_large', status: 413, message: 'Biểu mẫu có quá nhiều phần.' },
  FST_FIELDS_LIMIT: { code: 'payload_too_large', status: 413, message: 'Biểu mẫu có quá nhiều trường.' },
  // Node's stream error when the multipart parser meets the end of a body cut short.
  ERR_STREAM_PREMATURE_CLOSE: {
    code: 'bad_request',
    status: 400,
    message: 'Nội dung multipart/form-data bị cắt ngang (thiếu ranh giới kết thúc).',
  },
};

/** Codes of bare HTTP statuses that have a more precise name than `bad_request`. */
const STATUS_CODES: Record<number, string> = {
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
};

/** Vietnamese text for a bare HTTP status. */
function statusMessage(status: number): string {
  if (status === 404) return MESSAGES_VI.not_found;
  if (status === 413) return MESSAGES_VI.payload_too_large;
  if (status === 414) return 'Đường dẫn quá dài.';
  if (status === 415) return 'Kiểu nội dung không được hỗ trợ.';
  if (status === 429) return MESSAGES_VI.rate_limited;
  if (status === 401) return MESSAGES_VI.unauthenticated;
  if (status === 403) return MESSAGES_VI.forbidden;
  return 'Yêu cầu không hợp lệ.';
}

/** Builds the answer for any thrown value: status and body. */
export function toErrorAnswer(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    const status = ERROR_CODES[error.code] ?? 500;
    const message = status === 500 ? MESSAGES_VI.internal : error.message || MESSAGES_VI[error.code];
    const body: ErrorBody = { error: { code: error.code, message, issues: error.issues } };
    if (error.details !== undefined && status !== 500) body.error.details = error.details;
    return { status, body };
  }
  if (error instanceof z.ZodError) {
    return {
      status: 400,
      body: {
        error: {
          code: 'validation_failed',
          message: MESSAGES_VI.validation_failed,
          issues: issuesFromZod(error),
        },
      },
    };
  }
  const fastifyError = error as Partial<FastifyError> | null;
  const known = fastifyError?.code ? FASTIFY_ERRORS[fastifyError.code] : undefined;
  if (known)
    return {
      status: known.status,
      body: { error: { code: known.code, message: known.message, issues: [] } },
    };
  const status = typeof fastifyError?.statusCode === 'number' ? fastifyError.statusCode : 500;
  if (status >= 400 && status < 500) {
    const code = STATUS_CODES[status] ?? 'bad_request';
    return { status, body: { error: { code, message: statusMessage(status), issues: [] } } };
  }
  return { status: 500, body: { error: { code: 'internal', message: MESSAGES_VI.internal, issues: [] } } };
}

/** Installs the error handler on the app. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body } = toErrorAnswer(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    return reply.status(status).send(body);
  });
}

/** Installs the not-found answer; with `spa`, GETs outside /api get the web app's index.html. */
export function installNotFound(app: FastifyInstance, spa: boolean): void {
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '';
    if (spa && (request.method === 'GET' || request.method === 'HEAD') && !url.startsWith('/api')) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    const body: ErrorBody = {
      error: { code: 'not_found', message: `Không có đường dẫn ${request.method} ${url}.`, issues: [] },
    };
    return reply.status(404).send(body);
  });
}
