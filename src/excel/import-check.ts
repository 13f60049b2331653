/**
 * Reading and checking an imported file, the part of an import that needs no database: parse the
 * file ({@link readImportFile}), then check its rows against the stored resolution
 * ({@link buildChangeSet}) once the caller has loaded it. It runs in the import worker thread
 * (`import-worker.ts`), talking to the import on the main thread through one MessagePort per
 * import; only plain data crosses: the file's bytes, the stored resolution, the rows to write and
 * the issues. Long arrays cross in parts, so that no one message takes long to copy on the main
 * thread.
 */
import { randomUUID } from 'node:crypto';
import type { MessagePort } from 'node:worker_threads';
import type { Observation, ResolutionDossier } from '../core';
import type { Issue } from '../services/app-error';
import { buildChangeSet, type ChangeSet, type FigureChange } from './change-set';
import { readImportFile, type ImportFileInput } from './import-parse';
import { IssueList } from './issues';
import type { ResolutionInfo } from './parsed-file';

/** Items per message when a long array crosses between threads. */
export const PART_SIZE = 2000;

/** The issues of a file: the count the message gives and the list (with its closing line). */
export interface IssueReport {
  count: number;
  list: Issue[];
}

/** Sent from the worker once the file is read. */
export interface ParsedMessage {
  type: 'parsed';
  /** The resolution the file names (to find the stored one). */
  resolution?: ResolutionInfo;
  /** Set when the file could not be read at all: the import stops with these issues. */
  fatal?: IssueReport;
  /** The thread that read the file. */
  threadId: number;
}

/** Sent from the worker once the rows are checked (its figures came before, in parts). */
export interface CheckedMessage {
  type: 'checked';
  change: ChangeSet;
  issues: IssueReport;
  /** The interchange document, when the import creates the resolution from a JSON file. */
  wholeDossier?: ResolutionDossier;
}

/** Messages of the worker to the import. */
export type FromWorker =
  | ParsedMessage
  | { type: 'figures'; items: FigureChange[] }
  | CheckedMessage
  | { type: 'error'; message: string; stack?: string };

/** Messages of the import to the worker, after the file: the stored resolution (its
 * observations in parts before it), or the end of the import. */
export type ToWorker =
  | { type: 'observations'; items: Observation[] }
  /** The server has read a part of the figures: the next one, please. */
  | { type: 'next' }
  | { type: 'stored'; dossier?: ResolutionDossier }
  | { type: 'cancel' };

/** What starts a check: the file, and the port the import listens on. */
export interface CheckRequest {
  input: ImportFileInput;
  port: MessagePort;
}

/**
 * Posts `items` in parts of {@link PART_SIZE}, waiting for `between()` after each part but the
 * last: the server's thread gives a turn of its event loop there, and the worker waits for the
 * server to ask for the next part (a port delivers every message already queued in one go, so
 * parts sent at once would be read in one stretch).
 */
export async function postInParts<T>(
  post: (items: T[]) => void,
  items: readonly T[],
  between: () => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < items.length; i += PART_SIZE) {
    if (i > 0) await between();
    post(items.slice(i, i + PART_SIZE));
  }
}

function report(issues: IssueList): IssueReport {
  return { count: issues.items.length, list: issues.list() };
}

/**
 * Runs one import's reading and checking on `port` (in the worker): reads the file, says what it
 * names, waits for the stored resolution, checks the rows and sends the change set back.
 */
export async function runCheck({ input, port }: CheckRequest, threadId: number): Promise<void> {
  const send = (message: FromWorker) => port.postMessage(message);
  try {
    const issues = new IssueList();
    const { parsed, wholeDossier } = await readImportFile(input, issues);
    const rows = parsed.targets.length + parsed.figures.length + parsed.plans.length;
    // A file that could not be read at all stops here; otherwise every row is checked, so that
    // all errors are reported at once.
    const fatal = issues.any && rows === 0;
    send({
      type: 'parsed',
      threadId,
      ...(parsed.resolution ? { resolution: parsed.resolution } : {}),
      ...(fatal ? { fatal: report(issues) } : {}),
    });
    if (fatal) return;
    const stored = await storedResolution(port);
    if (stored === 'cancel') return;
    const change = buildChangeSet(parsed, stored, input.unitCode, issues, randomUUID);
    const figures = issues.any ? [] : change.figures;
    await postInParts(
      (items) => send({ type: 'figures', items }),
      figures,
      () => nextPartAsked(port),
    );
    send({
      type: 'checked',
      change: { ...change, figures: [] },
      issues: report(issues),
      ...(wholeDossier && !stored && !issues.any ? { wholeDossier } : {}),
    });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    send({ type: 'error', message: e.message, ...(e.stack ? { stack: e.stack } : {}) });
  } finally {
    port.close();
  }
}

/** Resolves when the import asks for the next part (or stops listening). */
function nextPartAsked(port: MessagePort): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      port.off('message', done);
      port.off('close', done);
      resolve();
    };
    port.on('message', done);
    port.on('close', done);
  });
}

/** The stored resolution the import sends (undefined: none yet), or 'cancel'. */
function storedResolution(port: MessagePort): Promise<ResolutionDossier | undefined | 'cancel'> {
  const observations: Observation[] = [];
  return new Promise((resolve) => {
    const onMessage = (message: ToWorker) => {
      if (message.type === 'observations') {
        for (const o of message.items) observations.push(o);
        return;
      }
      if (message.type === 'next') return;
      port.off('message', onMessage);
      port.off('close', onClose);
      if (message.type === 'cancel') resolve('cancel');
      else resolve(message.dossier ? { ...message.dossier, observations } : undefined);
    };
    const onClose = () => resolve('cancel');
    port.on('message', onMessage);
    port.on('close', onClose);
  });
}
