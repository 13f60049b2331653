/**
 * The contract of the answers, enforced: with `validateResponses` on (the tests turn it on),
 * every JSON answer below 400 is checked, as the client will read it, against the route's
 * response schema for its status. An answer that does not match becomes a 500 and the mismatch
 * is reported with the route, the status and every issue, so a route and its schema (and so the
 * web's types, derived from the schemas) cannot drift apart unnoticed. Off in production: the
 * check costs a copy of every answer.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

/** An answer that does not match its schema. */
export interface ResponseMismatch {
  method: string;
  url: string;
  status: number;
  issues: { path: string; message: string }[];
}

/** Thrown (and so answered 500) when an answer breaks its contract. */
export class ResponseContractError extends Error {
  readonly mismatch: ResponseMismatch;
  constructor(mismatch: ResponseMismatch) {
    super(describeMismatch(mismatch));
    this.name = 'ResponseContractError';
    this.mismatch = mismatch;
  }
}

/** One readable paragraph: the route, the status and one line per issue. */
export function describeMismatch(m: ResponseMismatch): string {
  const lines = m.issues.map((i) => `  - ${i.path || '(answer)'}: ${i.message}`);
  return `The answer of ${m.method} ${m.url} (${m.status}) does not match its response schema:\n${lines.join('\n')}`;
}

/** The route's schema for a status: exact (`200`), then its class (`2XX`), then `default`. */
export function responseSchemaFor(response: unknown, status: number): z.ZodType | undefined {
  if (!response || typeof response !== 'object') return undefined;
  const byStatus = response as Record<string, unknown>;
  const klass = `${Math.floor(status / 100)}`;
  const found =
    byStatus[String(status)] ?? byStatus[`${klass}XX`] ?? byStatus[`${klass}xx`] ?? byStatus.default;
  return found instanceof z.ZodType ? found : undefined;
}

/** Checks every JSON answer below 400 against its route's response schema; `report` hears of each
 * mismatch before the 500 (default: the test output, where it must be seen). */
export function installResponseValidation(
  app: FastifyInstance,
  report: (mismatch: ResponseMismatch) => void = (m) => console.error(describeMismatch(m)),
): void {
  app.addHook('preSerialization', async (request, reply, payload: unknown) => {
    if (reply.statusCode >= 400) return payload;
    const schema = responseSchemaFor(request.routeOptions.schema?.response, reply.statusCode);
    if (!schema) return payload;
    // What the client reads: JSON drops undefined fields and turns dates into strings.
    const wire: unknown = payload === undefined ? undefined : JSON.parse(JSON.stringify(payload));
    const result = schema.safeParse(wire);
    if (result.success) return payload;
    const mismatch: ResponseMismatch = {
      method: request.method,
      url: request.routeOptions.url ?? request.url,
      status: reply.statusCode,
      issues: result.error.issues.slice(0, 20).map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      })),
    };
    report(mismatch);
    request.log.error({ mismatch }, 'answer does not match its response schema');
    throw new ResponseContractError(mismatch);
  });
}
