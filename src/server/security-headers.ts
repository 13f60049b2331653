/**
 * Headers every answer carries: no MIME sniffing, no framing by other sites, no referrer leaks;
 * API answers are never cached (they hold unit data behind a session).
 */
import type { FastifyInstance } from 'fastify';

/** Installs the headers hook. */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'same-origin');
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs'))
      reply.header('cache-control', 'no-store');
    return payload;
  });
}
