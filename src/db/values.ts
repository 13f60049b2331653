/**
 * Conversions at the edge of the repositories. PostgreSQL keeps numbers as numeric (raw, never
 * rounded) and the adapters return them as strings; they become JavaScript numbers here and only
 * here. jsonb parameters are always sent as text and cast in SQL (`$1::text::jsonb`) so both
 * backends treat them the same.
 */
import { randomUUID } from 'node:crypto';

/** A new primary key. */
export function newId(): string {
  return randomUUID();
}

/** numeric (string) → number; NULL → undefined. */
export function toNumber(value: unknown): number | undefined {
  if (value === null || value === undefined) return undefined;
  return typeof value === 'number' ? value : Number(value);
}

/** A number for a numeric parameter (the shortest exact decimal of the double); undefined → NULL. */
export function numericParam(value: number | undefined | null): string | null {
  if (value === undefined || value === null) return null;
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return String(value);
}

/** A value for a `$n::text::jsonb` parameter; undefined → NULL. */
export function jsonParam(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

/** timestamptz (Date or string) → ISO 8601 string; NULL → undefined. */
export function toIso(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  return value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();
}

/** NULL → undefined, anything else as a string. */
export function optText(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : String(value);
}

/** Drops keys whose value is undefined, so loaded objects compare equal to the saved ones. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
