/**
 * zod at the edge of Fastify: a type provider (request parts typed from their zod schemas), a
 * validator compiler that turns zod issues into {@link AppError} `validation_failed` with field
 * paths and Vietnamese messages, and a transform that feeds the OpenAPI document with JSON Schema
 * generated from the same zod schemas. A small replacement for fastify-type-provider-zod.
 */
import type { FastifySchema, FastifySchemaCompiler, FastifyTypeProvider } from 'fastify';
import { z } from 'zod';
import { toIssues, viErrorMap } from '../schema/vi-messages';
import { AppError, type Issue } from '../services/app-error';
import { jsonOfShared } from './shared-answers';

/** Types request body, query, params and headers from their zod schemas. */
export interface ZodTypeProvider extends FastifyTypeProvider {
  validator: this['schema'] extends z.ZodType ? z.output<this['schema']> : unknown;
  serializer: this['schema'] extends z.ZodType ? z.input<this['schema']> : unknown;
}

/** Turns a zod error into located issues (`items.3.value`), prefixed when `prefix` is given.
 * Messages are the interchange schemas' Vietnamese ones, naming the field then the reason. */
export function issuesFromZod(error: z.ZodError, prefix = ''): Issue[] {
  const issues = prefix ? error.issues.map((i) => ({ ...i, path: [prefix, ...i.path] })) : error.issues;
  return toIssues(issues, 'dots');
}

/** Parses `data` with `schema` or throws `validation_failed` with every issue in Vietnamese. */
export function parseOrThrow<S extends z.ZodType>(schema: S, data: unknown, prefix = ''): z.output<S> {
  const result = schema.safeParse(data, { error: viErrorMap });
  if (result.success) return result.data;
  throw new AppError('validation_failed', 'Dữ liệu gửi lên không hợp lệ.', {
    issues: issuesFromZod(result.error, prefix),
  });
}

/** Fastify validator compiler for zod schemas (the route's `schema.body`, `querystring`…). */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema }) => {
  return (data: unknown) => {
    const result = schema.safeParse(data, { error: viErrorMap });
    if (result.success) return { value: result.data };
    return {
      error: new AppError('validation_failed', 'Dữ liệu gửi lên không hợp lệ.', {
        issues: issuesFromZod(result.error),
      }),
    };
  };
};

/** Responses are plain JSON: the handler's return value is already what the client gets. An
 * answer shared between requests (read-cache.ts) is written to JSON once. */
export const jsonSerializerCompiler = () => (data: unknown) => jsonOfShared(data);

function isZod(value: unknown): value is z.ZodType {
  return value instanceof z.ZodType;
}

/** JSON Schema (2020-12, as OpenAPI 3.1 uses) of a zod schema, for the documentation only. */
export function toJsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}

/** @fastify/swagger transform: replaces zod schemas of a route by their JSON Schema. */
export function zodSwaggerTransform({ schema, url }: { schema: FastifySchema; url: string }): {
  schema: FastifySchema;
  url: string;
} {
  if (!schema) return { schema, url };
  const out: Record<string, unknown> = { ...schema };
  for (const key of ['body', 'querystring', 'params', 'headers'] as const) {
    const part = schema[key];
    if (isZod(part)) out[key] = toJsonSchema(part, 'input');
  }
  const response = schema.response;
  if (response && typeof response === 'object') {
    const converted: Record<string, unknown> = {};
    for (const [status, value] of Object.entries(response as Record<string, unknown>)) {
      converted[status] = isZod(value) ? toJsonSchema(value, 'output') : value;
    }
    out.response = converted;
  }
  return { schema: out as FastifySchema, url };
}
