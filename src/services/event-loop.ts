/**
 * Turns of the event loop for long operations. On the embedded database every query resolves
 * without I/O (the statement runs on this thread), so a long import is one chain of promise
 * callbacks: without a turn of the event loop between its steps, no other request (and no
 * progress poll) is even read until it ends. These helpers cut such a chain into stretches of a
 * few tens of milliseconds at most.
 */
import { performance } from 'node:perf_hooks';
import type { Sql } from '../db/database';

/** A turn of the event loop: whatever else is waiting runs before the caller goes on. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * A function to call often inside a long loop: it gives a turn of the event loop once `budgetMs`
 * have passed since the last one (and otherwise costs nothing but a microtask).
 */
export function turnEvery(budgetMs = 20): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await yieldToEventLoop();
    since = performance.now();
  };
}

/** `sql` giving a turn of the event loop before each statement, so that consecutive statements
 * (each run on this thread by the embedded database) do not add up to one long stretch. */
export function turnBeforeEachStatement(sql: Sql): Sql {
  return {
    query: async (text, params) => {
      await yieldToEventLoop();
      return sql.query(text, params);
    },
    exec: async (text) => {
      await yieldToEventLoop();
      return sql.exec(text);
    },
  };
}

/** How to cut a long array into statements: {@link inSlices}. */
export interface SliceOptions {
  /** Items in the first statement. */
  first: number;
  /** The most items in one statement. */
  max: number;
  /** Aim of the time one statement holds this thread. */
  budgetMs: number;
}

/**
 * Runs `run` over `items` in slices, one statement each, with a turn of the event loop between
 * them. Each slice is sized from the previous one by the time it held this thread (measured as
 * the event loop's active time, so the wait for a server's answer does not count): the embedded
 * database, which runs the statement here, gets small statements; the server gets up to `max`.
 */
export async function inSlices<T>(
  items: readonly T[],
  run: (slice: T[], offset: number) => Promise<void>,
  { first, max, budgetMs }: SliceOptions,
): Promise<void> {
  let size = Math.min(first, max);
  for (let offset = 0; offset < items.length;) {
    const slice = items.slice(offset, offset + size);
    const before = performance.eventLoopUtilization();
    await run(slice, offset);
    size = nextSize(size, slice.length, performance.eventLoopUtilization(before).active, { max, budgetMs });
    offset += slice.length;
    await yieldToEventLoop();
  }
}

/**
 * Reads rows page after page (`read` gets the last row of the previous page, and the page's
 * size), with a turn of the event loop between pages, each sized like the slices of
 * {@link inSlices}; returns them all.
 */
export async function inPages<T>(
  read: (last: T | undefined, limit: number) => Promise<T[]>,
  { first, max, budgetMs }: SliceOptions,
): Promise<T[]> {
  const rows: T[] = [];
  let size = Math.min(first, max);
  for (;;) {
    const before = performance.eventLoopUtilization();
    const page = await read(rows[rows.length - 1], size);
    for (const row of page) rows.push(row);
    if (page.length < size) return rows;
    size = nextSize(size, page.length, performance.eventLoopUtilization(before).active, { max, budgetMs });
    await yieldToEventLoop();
  }
}

/** The size of the next slice: as many items as fit the budget at the pace of the last one,
 * at most four times more, at least 100. */
function nextSize(
  size: number,
  done: number,
  busyMs: number,
  { max, budgetMs }: Pick<SliceOptions, 'max' | 'budgetMs'>,
): number {
  const fitting = Math.floor((done * budgetMs) / Math.max(busyMs, 1));
  return Math.max(100, Math.min(max, size * 4, fitting));
}
