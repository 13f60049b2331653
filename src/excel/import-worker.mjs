// Entry of the import worker thread: the project runs TypeScript through tsx, and a worker thread
// does not inherit the loader its parent registered (nor Vitest's), so it registers tsx itself.
import { register } from 'tsx/esm/api';

register();
await import('./import-worker.ts');
