/**
 * Real server processes for tests: `vedich serve` on a free loopback port with the environment
 * given, ready once `/api/health` answers, and stopped with SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A started server process, its address and everything it printed. */
export interface ServerProcess {
  child: ChildProcess;
  base: string;
  output: string[];
}

/**
 * Starts `vedich serve` (with `args` after its port and host) with `env` added to this process's
 * environment and waits until it
 * answers (`onSpawn` hears of the process at once, so a caller can stop it even if it never
 * becomes ready).
 */
export async function startServerProcess(
  env: Record<string, string>,
  options: { timeoutMs?: number; onSpawn?: (child: ChildProcess) => void; args?: string[] } = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['bin/vedich.js', 'serve', '--port', String(port), '--host', '127.0.0.1', ...(options.args ?? [])],
    { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  options.onSpawn?.(child);
  const output: string[] = [];
  child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + (options.timeoutMs ?? 60_000);
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output.join('')}`);
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, base, output };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not start: ${output.join('')}`);
}

/** Stops a server process (SIGTERM) and waits for it to exit. */
export async function stopServerProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
