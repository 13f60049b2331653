/**
 * The import worker thread (started by `import-worker-pool.ts` through `import-worker.mjs`): each
 * message from the server is one import's file and the port to check it on ({@link runCheck}).
 * Several imports may be checked at once; each runs to its end on its own port.
 */
import { parentPort, threadId } from 'node:worker_threads';
import { runCheck, type CheckRequest } from './import-check';

if (!parentPort) throw new Error('import-worker.ts runs as a worker thread');
parentPort.on('message', (request: CheckRequest) => void runCheck(request, threadId));
parentPort.postMessage('ready');
