/**
 * Malformed requests for every route of the OpenAPI document, as fast-check arbitraries (so a
 * seed reproduces a run): bodies generated from each route's JSON schema with hostile values
 * spliced in at random places (wrong types, huge and NUL-bearing strings, lone surrogates,
 * integers past 2^31, NaN-like text, deep nesting, prototype keys, missing and extra fields),
 * malformed path parameters and queries (bad percent-encoding included), wrong content types and
 * broken multipart uploads.
 */
import fc from 'fast-check';

/** The part of JSON Schema that the OpenAPI document of the server uses. */
export interface JsonSchema {
  type?: string | string[];
  enum?: readonly unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  items?: JsonSchema;
  anyOf?: readonly JsonSchema[];
  oneOf?: readonly JsonSchema[];
  allOf?: readonly JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
}

interface Parameter {
  in: string;
  name: string;
  required?: boolean;
  schema?: JsonSchema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

/** The OpenAPI document as far as the fuzzing reads it. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
}

/** One route of the document. */
export interface FuzzRoute {
  method: string;
  /** OpenAPI path with `{param}` placeholders. */
  path: string;
  operation: Operation;
}

/** A request ready for `app.inject`. */
export interface FuzzRequest {
  route: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

/** Real values of the seeded world, so some requests reach past the lookups. */
export interface KnownValues {
  unitCodes: string[];
  resolutionIds: string[];
  targetIds: string[];
  userIds: string[];
  importIds: string[];
}

const HUGE = 'x'.repeat(70_000);

/** Text that breaks parsers and converters; no SQL keywords, so SQL in an answer is a leak. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\ud800',
  'a\udc00b',
  'ab\ud83d',
  '\u0000',
  'x\u0000y',
  HUGE,
  '9'.repeat(400),
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '-0',
  '2147483648',
  '4294967296',
  '9007199254740993',
  '99999999999999999999',
  '1e400',
  '-1e400',
  '0x1F',
  '1,5',
  '9.710,8',
  ' 12 ',
  '%ff',
  '../../etc/passwd',
  '<img src=x onerror=alert(1)>',
  "=cmd|' /C calc'!A0",
  '{"$gt":""}',
  '\u202egnp.exe',
  '👍🏽'.repeat(50),
  'Đ'.repeat(300),
  '__proto__',
  'constructor',
  '2023-13',
  '2023-Q5',
  '0000',
  '2025-2020',
  '2023-02-30',
];

function deep(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

/** JSON values of the wrong kind for almost any field. */
export const HOSTILE_VALUES: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  -0.5,
  0.1,
  2 ** 31,
  2 ** 31 - 1,
  -(2 ** 31) - 1,
  2 ** 32,
  2 ** 53,
  2 ** 53 + 2,
  1e308,
  -1e308,
  5e-324,
  [],
  {},
  [[[[]]]],
  Array.from({ length: 2000 }, () => 0),
  deep(30),
  deep(100),
  JSON.parse('{"__proto__":{"admin":true}}') as unknown,
  { constructor: { prototype: { admin: true } } },
  ...HOSTILE_STRINGS,
];

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_VALUES), weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 1 },
);

function plausibleStrings(name: string, known: KnownValues): string[] {
  const lower = name.toLowerCase();
  if (lower === 'period' || lower === 'asof')
    return ['2023', '2022-Q1', '2023-H1', '2023-9M', '2023-07', '2020-2025'];
  if (lower.includes('date') || lower === 'on') return ['2023-08-01', '2020-07-10'];
  if (lower === 'targetid' || lower === 'entityid' || lower === 'parentid') return known.targetIds;
  if (lower === 'resolutionid') return known.resolutionIds;
  if (lower === 'unitcode' || lower === 'unit' || lower === 'parentcode') return known.unitCodes;
  if (lower === 'username') return ['fuzz.user', 'tinh.admin', 'bimson.viewer'];
  if (lower === 'password' || lower === 'newpassword' || lower === 'currentpassword')
    return ['mat-khau-thu-nghiem-moi'];
  if (lower === 'indicator') return ['tang-truong-gia-tri-san-xuat'];
  return [];
}

function alternatives(schema: JsonSchema): readonly JsonSchema[] | undefined {
  return schema.anyOf ?? schema.oneOf;
}

/** A value close to the schema, with hostile values spliced in at random places. */
export function valueFor(
  schema: JsonSchema,
  name: string,
  known: KnownValues,
  depth = 0,
): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: conforming(schema, name, known, depth), weight: 8 },
    { arbitrary: hostileValue, weight: 1 },
  );
}

function conforming(
  schema: JsonSchema,
  name: string,
  known: KnownValues,
  depth: number,
): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum && schema.enum.length) return fc.constantFrom(...schema.enum);
  const options = alternatives(schema);
  if (options && options.length) return fc.oneof(...options.map((s) => valueFor(s, name, known, depth)));
  if (schema.allOf && schema.allOf[0]) return conforming(schema.allOf[0], name, known, depth);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string': {
      const plausible = plausibleStrings(name, known);
      const text = fc.string({
        minLength: schema.minLength ?? 0,
        maxLength: Math.min(schema.maxLength ?? 24, 24),
      });
      return plausible.length ? fc.oneof(fc.constantFrom(...plausible), text) : text;
    }
    case 'integer': {
      if (name.toLowerCase() === 'expectedrevision') return fc.constantFrom(0, 0, 1);
      const min = schema.minimum ?? -5;
      return fc.integer({ min, max: Math.max(min, Math.min(schema.maximum ?? 50, min + 55)) });
    }
    case 'number':
      return fc.oneof(
        fc.integer({ min: -1000, max: 100_000 }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      );
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      if (depth > 6) return fc.constant([]);
      const item = schema.items ? valueFor(schema.items, name, known, depth + 1) : hostileValue;
      return fc.array(item, {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 3, 3),
      });
    }
    case 'object':
      return objectFor(schema, known, depth);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectFor(schema: JsonSchema, known: KnownValues, depth: number): fc.Arbitrary<unknown> {
  const properties = Object.entries(schema.properties ?? {});
  if (depth > 6 || !properties.length)
    return fc.dictionary(fc.string({ maxLength: 8 }), hostileValue, { maxKeys: 2 });
  const required = new Set(schema.required ?? []);
  const fields = properties.map(([key, child]) =>
    fc.record({
      key: fc.constant(key),
      value: valueFor(child, key, known, depth + 1),
      // Required fields are sometimes left out, optional ones often.
      present: fc.integer({ min: 0, max: 19 }).map((n) => (required.has(key) ? n !== 0 : n < 8)),
    }),
  );
  const extra = fc.option(
    fc.tuple(fc.constantFrom('extra', '__proto__', 'constructor', 'id'), hostileValue),
    {
      freq: 10,
    },
  );
  return fc.tuple(fc.tuple(...fields), extra).map(([entries, added]) => {
    const object: Record<string, unknown> = {};
    for (const field of entries) if (field.present) object[field.key] = field.value;
    if (added) Object.defineProperty(object, added[0], { value: added[1], enumerable: true, writable: true });
    return object;
  });
}

/** Percent-encodes text as a client would, lone surrogates as their (invalid) UTF-8 bytes. */
export function encodeText(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) {
      const bytes = [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
      out += bytes.map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    } else out += encodeURIComponent(char);
  }
  return out;
}

/** Raw fragments a URL may carry that no encoder produces. */
const RAW_URL_PIECES = ['%ff', '%', '%zz', '%E0%A4%A', '%ED%A0%80', '%00', '..%2f..', '%2e%2e', 'a%20b'];

function urlValue(schema: JsonSchema | undefined, name: string, known: KnownValues): fc.Arbitrary<string> {
  const plausible = plausibleStrings(name, known);
  const pool: fc.Arbitrary<string>[] = [
    fc.constantFrom(...HOSTILE_STRINGS.filter((s) => s.length < 1000)).map(encodeText),
    fc.constantFrom(...RAW_URL_PIECES),
    fc.string({ unit: 'binary', maxLength: 12 }).map(encodeText),
    fc.constant('y'.repeat(300)),
  ];
  if (schema?.enum?.length) pool.push(fc.constantFrom(...schema.enum.map(String)));
  if (plausible.length) pool.push(fc.constantFrom(...plausible));
  return fc.oneof(...pool);
}

function pathValue(name: string, path: string, known: KnownValues): string[] {
  if (name === 'code') return known.unitCodes;
  if (path.startsWith('/api/users')) return known.userIds;
  if (path.startsWith('/api/resolutions')) return known.resolutionIds;
  if (path.startsWith('/api/imports')) return known.importIds.length ? known.importIds : ['no-such-job'];
  return known.targetIds;
}

function urlFor(route: FuzzRoute, known: KnownValues): fc.Arbitrary<string> {
  const parameters = route.operation.parameters ?? [];
  const pathParams = parameters.filter((p) => p.in === 'path');
  const queryParams = parameters.filter((p) => p.in === 'query');
  const pathArbs = pathParams.map((p) =>
    fc.oneof(
      { arbitrary: fc.constantFrom(...pathValue(p.name, route.path, known)), weight: 3 },
      { arbitrary: urlValue(p.schema, p.name, known), weight: 2 },
    ),
  );
  const queryArbs = queryParams.map((p) =>
    fc.option(
      fc.oneof(
        { arbitrary: urlValue(p.schema, p.name, known), weight: 2 },
        { arbitrary: fc.constantFrom(...(p.schema?.enum?.map(String) ?? ['1'])), weight: 2 },
      ),
      { freq: p.required ? 8 : 2 },
    ),
  );
  const extraQuery = fc.option(
    fc.constantFrom('a=1&a=2', 'asOf=2023&asOf=2024', '__proto__[x]=1', '%ff=1', '=', '&&'),
    {
      freq: 6,
    },
  );
  return fc
    .tuple(fc.tuple(...pathArbs), fc.tuple(...queryArbs), extraQuery)
    .map(([paths, queries, extra]) => {
      let url = route.path;
      pathParams.forEach((p, i) => {
        url = url.replace(`{${p.name}}`, paths[i] ?? '');
      });
      const query: string[] = [];
      queryParams.forEach((p, i) => {
        const value = queries[i];
        // 'pdf' is LibreOffice's conversion of the same docx, tested with the reports.
        if (value !== null && value !== undefined && !(p.name === 'format' && value === 'pdf')) {
          query.push(`${p.name}=${value}`);
        }
      });
      if (extra) query.push(extra);
      return query.length ? `${url}?${query.join('&')}` : url;
    });
}

const JSON_TYPES = ['application/json', 'application/json; charset=utf-8'];
const OTHER_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/json; charset=utf-16',
  'multipart/form-data',
  'application/xml',
];

/** Raw bodies that are not the JSON asked for. */
const RAW_BODIES = [
  '',
  'null',
  '[]',
  '"text"',
  '{',
  '{"a":1,}',
  '{"a":NaN}',
  '{"a":1e400}',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  '{"__proto__":{"admin":true}}',
  '\ud800',
  'x'.repeat(1_100_000),
];

function jsonBody(
  schema: JsonSchema | undefined,
  known: KnownValues,
): fc.Arbitrary<{ type?: string; payload?: string }> {
  const body = schema ? valueFor(schema, 'body', known) : hostileValue;
  return fc.oneof(
    {
      arbitrary: fc.record({
        type: fc.constantFrom(...JSON_TYPES),
        payload: body.map((v) => JSON.stringify(v) ?? ''),
      }),
      weight: 12,
    },
    {
      arbitrary: fc.record({ type: fc.constantFrom(...JSON_TYPES), payload: fc.constantFrom(...RAW_BODIES) }),
      weight: 2,
    },
    {
      arbitrary: fc.record({
        type: fc.constantFrom(...OTHER_TYPES),
        payload: body.map((v) => JSON.stringify(v) ?? ''),
      }),
      weight: 1,
    },
    { arbitrary: fc.constant({}), weight: 1 },
  );
}

const CRLF = '\r\n';

function multipartBody(known: KnownValues): fc.Arbitrary<{ type?: string; payload?: string | Buffer }> {
  const fileBytes = fc.oneof(
    fc.uint8Array({ maxLength: 600 }).map((b) => Buffer.from(b)),
    fc
      .uint8Array({ maxLength: 300 })
      .map((b) => Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from(b)])),
    fc.constantFrom(
      Buffer.from('Mã;Tên;Giá trị\r\n1;\ud800;9.710,8\r\n', 'utf8'),
      Buffer.from('{"format":"vedich/1","unit":{"code":"381"}}'),
      Buffer.from('{"format":"vedich/1"'),
      Buffer.alloc(0),
      Buffer.from('\uFEFF'.repeat(10)),
    ),
  );
  const filename = fc.constantFrom(
    'so-lieu.xlsx',
    'so-lieu.csv',
    'a.json',
    'bao-cao.docx',
    '../../x.xlsx',
    '\ud800.csv',
    '',
    'x'.repeat(500),
  );
  const field = fc.tuple(
    fc.constantFrom('resolutionId', 'asOf', 'text', 'x', '__proto__'),
    fc.oneof(
      fc.constantFrom(...known.resolutionIds, '2023', ...HOSTILE_STRINGS.filter((s) => s.length < 1000)),
    ),
  );
  const valid = fc
    .tuple(
      fc.constantFrom('file', 'upload', 'file'),
      filename,
      fileBytes,
      fc.array(field, { maxLength: 3 }),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([fieldName, name, bytes, fields, twoFiles, truncated]) => {
      const boundary = 'fuzzboundary';
      const parts: Buffer[] = [];
      for (const [key, value] of fields) {
        parts.push(
          Buffer.from(
            `--${boundary}${CRLF}Content-Disposition: form-data; name="${key}"${CRLF}${CRLF}${value}${CRLF}`,
          ),
        );
      }
      const file = () =>
        Buffer.concat([
          Buffer.from(
            `--${boundary}${CRLF}Content-Disposition: form-data; name="${fieldName}"; filename="${name}"${CRLF}Content-Type: application/octet-stream${CRLF}${CRLF}`,
          ),
          bytes,
          Buffer.from(CRLF),
        ]);
      parts.push(file());
      if (twoFiles) parts.push(file());
      if (!truncated) parts.push(Buffer.from(`--${boundary}--${CRLF}`));
      return { type: `multipart/form-data; boundary=${boundary}`, payload: Buffer.concat(parts) };
    });
  const broken = fc.record({
    type: fc.constantFrom(
      'multipart/form-data',
      'multipart/form-data; boundary=',
      'multipart/form-data; boundary=other',
      'multipart/mixed',
    ),
    payload: fc.oneof(fc.constant('--x\r\n\r\n'), fc.string({ maxLength: 50 }), fc.constant('')),
  });
  return fc.oneof({ arbitrary: valid, weight: 3 }, { arbitrary: broken, weight: 2 });
}

/** Routes with an upload (no JSON body in the document, multipart accepted). */
const UPLOAD_ROUTES = new Set(['POST /api/units/{code}/imports', 'POST /api/drafts/check']);

/** Every route of the document with its method. */
export function routesOf(document: OpenApiDocument): FuzzRoute[] {
  const routes: FuzzRoute[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      routes.push({ method: method.toUpperCase(), path, operation });
    }
  }
  return routes;
}

/** A valid request of a route (its URL and JSON body), the base of one-change mutations. */
export interface Template {
  url: string;
  body: unknown;
}

type JsonPath = (string | number)[];

/** Every place in a JSON value, the root included. */
function placesOf(value: unknown, path: JsonPath = []): JsonPath[] {
  const places: JsonPath[] = [path];
  if (Array.isArray(value)) value.forEach((v, i) => places.push(...placesOf(v, [...path, i])));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) places.push(...placesOf(v, [...path, k]));
  }
  return places;
}

/** A copy of `value` with one change at `path`: replaced, removed, or given an extra key. */
function changedAt(
  value: unknown,
  path: JsonPath,
  op: 'replace' | 'remove' | 'add',
  hostile: unknown,
): unknown {
  if (path.length === 0) {
    if (op === 'add' && value && typeof value === 'object' && !Array.isArray(value)) {
      return { ...value, extra: hostile };
    }
    return op === 'replace' ? hostile : value;
  }
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    if (rest.length === 0 && op === 'remove') copy.splice(Number(head), 1);
    else copy[Number(head)] = changedAt(copy[Number(head)], rest, op, hostile);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  const key = String(head);
  if (rest.length === 0 && op === 'remove') delete copy[key];
  else copy[key] = changedAt(copy[key], rest, op, hostile);
  return copy;
}

/** The template as is (a quarter of the time) or with one change somewhere in its body. */
function mutatedTemplate(template: Template): fc.Arbitrary<{ url: string; type: string; payload: string }> {
  const places = placesOf(template.body);
  return fc
    .tuple(
      fc.nat({ max: places.length - 1 }),
      fc.constantFrom('keep', 'replace', 'replace', 'remove', 'add'),
      hostileValue,
    )
    .map(([index, op, hostile]) => {
      const body = op === 'keep' ? template.body : changedAt(template.body, places[index] ?? [], op, hostile);
      return { url: template.url, type: 'application/json', payload: JSON.stringify(body) ?? '' };
    });
}

/** A malformed (or now and then valid) request for one of the routes. */
export function requestArbitrary(
  routes: readonly FuzzRoute[],
  known: KnownValues,
  templates: Readonly<Record<string, Template>> = {},
): fc.Arbitrary<FuzzRequest> {
  return fc.constantFrom(...routes).chain((route) => {
    const key = `${route.method} ${route.path}`;
    const schema = route.operation.requestBody?.content?.['application/json']?.schema;
    const hasBody = route.method !== 'GET' && route.method !== 'HEAD';
    const body: fc.Arbitrary<{ type?: string; payload?: string | Buffer }> = !hasBody
      ? fc.constant({})
      : UPLOAD_ROUTES.has(key)
        ? fc.oneof(multipartBody(known), jsonBody(undefined, known))
        : jsonBody(schema, known);
    const generated = fc.tuple(urlFor(route, known), body).map(([url, b]) => ({ url, ...b }));
    const template = templates[key];
    const request = template ? fc.oneof(generated, mutatedTemplate(template)) : generated;
    return request.map(({ url, type, payload }): FuzzRequest => {
      const headers: Record<string, string> = type ? { 'content-type': type } : {};
      return {
        route: key,
        method: route.method,
        url,
        headers,
        ...(payload === undefined ? {} : { payload }),
      };
    });
  });
}
