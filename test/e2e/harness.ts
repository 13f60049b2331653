/**
 * Browser-test harness: the real server (`vedich serve --demo`) as a child process on a free
 * port with a fresh data folder, and Debian's Chromium driven by playwright-core with a fresh
 * profile. Screenshots go to test-output/screenshots/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SCREENSHOTS = path.join(ROOT, 'test-output/screenshots');
export const DEMO_PASSWORD = 'demo-2025-vedich';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts `node bin/vedich.js serve --demo` and waits until /api/health answers. */
export async function startServer(): Promise<RunningServer> {
  // VEDICH_E2E_URL points the tests at a server already running (development only).
  const external = process.env.VEDICH_E2E_URL;
  if (external) return { url: external.replace(/\/$/, ''), output: () => '', stop: async () => undefined };
  if (!existsSync(path.join(ROOT, 'dist/web/index.html'))) {
    throw new Error(
      'dist/web/index.html is missing: run `npm run build:web` before the browser tests (npm test does it).',
    );
  }
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vedich-e2e-'));
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const child: ChildProcess = spawn(
    process.execPath,
    ['bin/vedich.js', 'serve', '--demo', '--port', String(port), '--data', dataDir],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 110_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`The server stopped at start (exit ${child.exitCode}):\n${log}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`The server did not answer /api/health in time:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return {
    url,
    output: () => log,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function checkChromium(): void {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (.ci/run does).`,
    );
}

/** Launches Chromium headless with a fresh profile. */
export async function launchBrowser(): Promise<Browser> {
  checkChromium();
  const profile = mkdtempSync(path.join(tmpdir(), 'vedich-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 900 },
    locale: 'vi-VN',
    acceptDownloads: true,
  });
  context.setDefaultTimeout(30_000);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Chromium as a tablet: touch events, a mobile viewport of the given size, taps not clicks. */
export async function launchTablet(viewport: { width: number; height: number }): Promise<Browser> {
  checkChromium();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport,
    hasTouch: true,
    isMobile: true,
    locale: 'vi-VN',
    acceptDownloads: true,
  });
  context.setDefaultTimeout(30_000);
  return {
    context,
    close: async () => {
      await context.close();
      await browser.close();
    },
  };
}

/** Signs in through the form and waits for the signed-in shell. */
export async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('user-name').waitFor();
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The two laptop sizes every screen is looked at in: a common 1366×768 and a 1024×768 one. */
export const SCREEN_SIZES = [
  [1366, 768],
  [1024, 768],
] as const;

/** Full-page screenshots `<name>-<w>x<h>.png` at each of SCREEN_SIZES; the page is left at the
 * size it had. */
export async function screenshots(page: Page, name: string): Promise<void> {
  const before = page.viewportSize();
  for (const [width, height] of SCREEN_SIZES) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(150);
    await screenshot(page, `${name}-${width}x${height}`);
  }
  if (before) await page.setViewportSize(before);
}

/** Width and height of a PNG file from its IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature))
    throw new Error('not a PNG: the signature is missing');
  if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error('not a PNG: no IHDR chunk first');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
