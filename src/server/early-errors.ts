/**
 * Answers to requests that fail before routing: errors Fastify raises while matching the URL (a
 * malformed percent-encoding, an over-long path parameter) and requests Node's HTTP parser
 * refuses (headers too large, a malformed request line, a timeout). Both leave in the one error
 * shape of error-handler.ts, with the security headers.
 */
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { toErrorAnswer } from './error-handler';
import { applySecurityHeaders, securityHeaders } from './security-headers';

/** Answers the errors Fastify raises before routing (a malformed percent-encoding, an over-long
 * path parameter): the same shape and headers as every other answer. Pass as `frameworkErrors`. */
export function frameworkErrorAnswer(
  https: boolean,
): (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => void {
  return (error, request, reply) => {
    const { status, body } = toErrorAnswer(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    applySecurityHeaders(reply, request.url, https);
    void reply.status(status).send(body);
  };
}

/** Answers a request Node's HTTP parser refused (headers too large, a malformed request line, a
 * timeout) before Fastify saw it: written on the socket, in the same shape and with the same
 * headers as every other answer. Pass as `clientErrorHandler`. */
export function clientErrorAnswer(
  https: boolean,
): (error: Error & { code?: string }, socket: Socket) => void {
  return (error, socket) => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const [status, reason, code, message] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', 'header_too_large', 'Tiêu đề yêu cầu quá lớn.']
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'Request Timeout', 'timeout', 'Yêu cầu gửi quá chậm, máy chủ đã ngừng chờ.']
          : [400, 'Bad Request', 'bad_request', 'Yêu cầu HTTP không hợp lệ.'];
    const body = JSON.stringify({ error: { code, message, issues: [] } });
    const headers = {
      ...securityHeaders('/api/', https),
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
      connection: 'close',
    };
    const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
    if (socket.writable) socket.write(`HTTP/1.1 ${status} ${reason}\r\n${head.join('\r\n')}\r\n\r\n${body}`);
    socket.destroy(error);
  };
}
