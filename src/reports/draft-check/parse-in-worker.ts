/**
 * Runs docx-worker.mjs off the main thread: one worker per document, with a heap limit and a
 * time limit, at most two at once (the others wait their turn, a long queue is refused), so a
 * hostile or huge draft can neither freeze the server's requests nor take its memory.
 */
import { Worker } from 'node:worker_threads';
import { AppError } from '../../services/app-error';
import { notWordError, tooLargeError } from './docx-zip';

/** Limits of the parsing worker. */
export const WORKER_LIMITS = {
  /** Old-generation heap of one worker (MB). */
  heapMb: 192,
  /** A document not parsed by then is refused (ms). */
  timeoutMs: 20_000,
  /** Workers at once. */
  concurrent: 2,
  /** Documents waiting for a worker before new ones are refused. */
  queue: 16,
};

const WORKER_URL = new URL('./docx-worker.mjs', import.meta.url);

type WorkerAnswer = { ok: true; paragraphs: string[] } | { ok: false; reason: 'too_large' | 'invalid' };

let running = 0;
const waiting: (() => void)[] = [];

async function turn(): Promise<() => void> {
  if (running >= WORKER_LIMITS.concurrent) {
    if (waiting.length >= WORKER_LIMITS.queue)
      throw new AppError('rate_limited', 'Máy chủ đang đọc nhiều văn bản cùng lúc. Hãy thử lại sau ít phút.');
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  running += 1;
  return () => {
    running -= 1;
    waiting.shift()?.();
  };
}

function parse(data: Buffer, method: number, maxBytes: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, {
      resourceLimits: { maxOldGenerationSizeMb: WORKER_LIMITS.heapMb, maxYoungGenerationSizeMb: 32 },
    });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(
      () => finish(() => reject(tooLargeError('đọc quá thời gian cho phép'))),
      WORKER_LIMITS.timeoutMs,
    );
    worker.once('message', (answer: WorkerAnswer) =>
      finish(() => {
        if (answer.ok) resolve(answer.paragraphs);
        else
          reject(
            answer.reason === 'too_large' ? tooLargeError(`hơn ${mb(maxBytes)} MB nội dung`) : notWordError(),
          );
      }),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooLargeError('vượt giới hạn bộ nhớ khi đọc') : error,
        ),
      ),
    );
    worker.once('exit', () => finish(() => reject(new AppError('internal', 'draft worker exited'))));
    // A copy of the compressed entry is handed over; the upload's buffer stays with the request.
    const copy = new Uint8Array(data);
    worker.postMessage({ data: copy, method, maxBytes }, [copy.buffer]);
  });
}

function mb(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}

/** The paragraphs of a document.xml entry (compressed `data`, zip `method`), unpacked to at most
 * `maxBytes` and parsed in a worker thread. */
export async function paragraphsInWorker(data: Buffer, method: number, maxBytes: number): Promise<string[]> {
  const done = await turn();
  try {
    return await parse(data, method, maxBytes);
  } finally {
    done();
  }
}
