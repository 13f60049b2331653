/**
 * The import worker thread, seen from the server: reading and checking a file (`import-check.ts`)
 * runs there, so that a large file never holds the main thread (and with it every other request)
 * while it is parsed. One worker, started at the first import (a server starts it as it starts
 * listening: {@link importWorkerReady}) and reused by the next ones; it
 * does not keep the process alive while no import uses it, and ends when the last server that
 * holds it closes ({@link holdImportWorker}). A worker that dies fails the imports it was
 * checking (as an internal error) and the next import starts a new one.
 */
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { ResolutionDossier } from '../core';
import {
  postInParts,
  type CheckedMessage,
  type FromWorker,
  type ParsedMessage,
  type ToWorker,
} from './import-check';
import type { FigureChange } from './change-set';
import type { ImportFileInput } from './import-parse';
import { yieldToEventLoop } from '../services/event-loop';

const ENTRY = new URL('./import-worker.mjs', import.meta.url);

interface Running {
  worker: Worker;
  ready: Promise<void>;
  /** Fails each import being checked (the worker died or was ended). */
  active: Set<(error: Error) => void>;
}

let running: Running | undefined;
let holders = 0;
let endWhenIdle = false;
let checksStarted = 0;

function startWorker(): Running {
  const worker = new Worker(ENTRY);
  const active = new Set<(error: Error) => void>();
  const gone = (error: Error) => {
    if (running?.worker === worker) running = undefined;
    for (const fail of [...active]) fail(error);
  };
  const ready = new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`import worker exited with code ${code}`)));
  });
  // An unheard rejection when the worker fails before any import waits on it.
  ready.catch(() => undefined);
  worker.on('error', (error) => gone(error));
  worker.on('exit', (code) => gone(new Error(`import worker exited with code ${code}`)));
  worker.unref();
  return { worker, ready, active };
}

function idle(pool: Running): void {
  if (pool.active.size) return;
  pool.worker.unref();
  if (endWhenIdle && holders === 0) {
    endWhenIdle = false;
    void endWorker();
  }
}

async function endWorker(): Promise<void> {
  const pool = running;
  running = undefined;
  if (pool) await pool.worker.terminate();
}

/**
 * Starts the worker for a server and keeps it; the returned function releases it (when the
 * server closes): once no server holds it, it ends as soon as the imports it is checking have
 * ended.
 */
export function holdImportWorker(): () => Promise<void> {
  holders += 1;
  endWhenIdle = false;
  // Not started here: a running server warms it at start (start.ts, loading it takes a second),
  // other holders (tests, the command line) at their first import.
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    holders -= 1;
    if (holders > 0) return;
    if (!running || running.active.size === 0) await endWorker();
    else endWhenIdle = true;
  };
}

/** Resolves once the worker has loaded its modules (it is started if it is not running). */
export async function importWorkerReady(): Promise<void> {
  running ??= startWorker();
  await running.ready;
}

/** Whether the worker is started (and not ended). */
export function importWorkerRunning(): boolean {
  return running !== undefined;
}

/** How many checks have been started in the worker (tests prove imports use it). */
export function importWorkerChecks(): number {
  return checksStarted;
}

/** One import's check in the worker: what the file names, then its rows checked. */
export interface CheckSession {
  parsed: ParsedMessage;
  /** Checks the rows against the stored resolution (undefined: none yet). */
  check(stored: ResolutionDossier | undefined): Promise<CheckedMessage>;
  /** Ends the check without its result (the import stopped). */
  cancel(): void;
}

/** Starts reading the file in the worker; resolves once it is read. */
export async function startCheck(input: ImportFileInput): Promise<CheckSession> {
  running ??= startWorker();
  const pool = running;
  await pool.ready;
  const { port1, port2 } = new MessageChannel();
  const inbox = new Inbox(port1);
  const end = () => {
    if (!pool.active.delete(fail)) return;
    port1.close();
    idle(pool);
  };
  const fail = (error: Error) => {
    inbox.fail(error);
    end();
  };
  pool.worker.ref();
  pool.active.add(fail);
  checksStarted += 1;
  // The worker gets its own copy of the bytes, moved rather than copied again.
  const bytes = new Uint8Array(input.bytes);
  pool.worker.postMessage({ input: { ...input, bytes }, port: port2 }, [port2, bytes.buffer]);
  try {
    const parsed = await inbox.next();
    if (parsed.type !== 'parsed') throw unexpected(parsed);
    if (parsed.fatal) end();
    const send = (message: ToWorker) => port1.postMessage(message);
    return {
      parsed,
      cancel: () => {
        if (!pool.active.has(fail)) return;
        send({ type: 'cancel' });
        end();
      },
      check: async (stored) => {
        try {
          if (stored) {
            await postInParts(
              (items) => send({ type: 'observations', items }),
              stored.observations,
              yieldToEventLoop,
            );
            send({ type: 'stored', dossier: { ...stored, observations: [] } });
          } else send({ type: 'stored' });
          const figures: FigureChange[] = [];
          for (;;) {
            const message = await inbox.next();
            if (message.type === 'figures') {
              for (const f of message.items) figures.push(f);
              send({ type: 'next' });
              continue;
            }
            if (message.type !== 'checked') throw unexpected(message);
            return { ...message, change: { ...message.change, figures } };
          }
        } finally {
          end();
        }
      },
    };
  } catch (error) {
    end();
    throw error;
  }
}

function unexpected(message: FromWorker): Error {
  if (message.type === 'error') {
    const error = new Error(`import worker: ${message.message}`);
    if (message.stack) error.stack = message.stack;
    return error;
  }
  return new Error(`import worker: unexpected message ${message.type}`);
}

/** The messages of one port, read one at a time. */
class Inbox {
  private readonly queue: FromWorker[] = [];
  private waiting: { resolve: (m: FromWorker) => void; reject: (e: Error) => void } | undefined;
  private failed: Error | undefined;

  constructor(port: MessagePort) {
    port.on('message', (message: FromWorker) => {
      if (this.waiting) {
        const { resolve } = this.waiting;
        this.waiting = undefined;
        resolve(message);
      } else this.queue.push(message);
    });
  }

  next(): Promise<FromWorker> {
    const message = this.queue.shift();
    if (message) return Promise.resolve(message);
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  fail(error: Error): void {
    this.failed = error;
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.reject(error);
  }
}
