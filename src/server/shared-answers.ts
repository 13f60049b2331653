/**
 * Answers shared between requests (a resolution read kept by read-cache.ts) are written once:
 * their JSON text when first sent, and its gzip when first asked for by a client that accepts
 * it (every browser does). A shared answer must never be changed after {@link shareAnswer}.
 *
 * Written here rather than with @fastify/compress: that plugin compresses every answer on every
 * request, where a kept answer needs compressing once per version of the data.
 */
import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';

/** JSON texts shorter than this are sent as they are. */
const COMPRESS_FROM_BYTES = 4096;
/** Compressed texts kept, the least recently used dropped first. */
const MAX_COMPRESSED = 128;

const shared = new WeakSet<object>();
const jsonTexts = new WeakMap<object, string>();
/** The JSON texts of shared answers (by identity of the string: hashed once) and their gzip. */
const compressed = new Map<string, Buffer | null>();

/** Marks an answer as shared between requests (never changed afterwards) and returns it. */
export function shareAnswer<T extends object>(answer: T): T {
  shared.add(answer);
  return answer;
}

function keep(text: string, gzip: Buffer | null): void {
  compressed.delete(text);
  compressed.set(text, gzip);
  while (compressed.size > MAX_COMPRESSED) {
    const oldest = compressed.keys().next().value;
    if (oldest === undefined) break;
    compressed.delete(oldest);
  }
}

/** The JSON text of an answer: written once for a shared answer, every time for others. */
export function jsonOfShared(data: unknown): string {
  if (typeof data !== 'object' || data === null || !shared.has(data)) return JSON.stringify(data);
  let text = jsonTexts.get(data);
  if (text === undefined) {
    text = JSON.stringify(data);
    jsonTexts.set(data, text);
    if (text.length >= COMPRESS_FROM_BYTES) keep(text, null);
  }
  return text;
}

/** Whether an Accept-Encoding header takes gzip ("gzip", "gzip;q=0.8"; not "gzip;q=0"). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value.split(',').some((part) => {
    const [coding, ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    if (coding !== 'gzip') return false;
    const q = params.find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/** Sends the kept gzip of a shared answer's JSON to clients that accept it. */
export function installSharedAnswerCompression(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (typeof payload !== 'string' || !compressed.has(payload)) return payload;
    reply.header('vary', 'accept-encoding');
    if (!acceptsGzip(request.headers['accept-encoding'])) return payload;
    let gzip = compressed.get(payload);
    if (!gzip) {
      gzip = gzipSync(payload, { level: 6 });
      keep(payload, gzip);
    }
    reply.header('content-encoding', 'gzip');
    reply.removeHeader('content-length');
    return gzip;
  });
}
