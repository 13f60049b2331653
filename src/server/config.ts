/**
 * Settings of the HTTP server. Every field has a sane default so that `buildApp({ db })` works;
 * tests pass a clock to move time forward (session expiry, lock-out windows).
 */

/** The server's settings (see {@link DEFAULT_CONFIG}). */
export interface ServerConfig {
  /** Largest JSON body accepted, in bytes (uploads are limited separately by their routes). */
  bodyLimit: number;
  /** Set the `Secure` flag on the session cookie (behind HTTPS). */
  secureCookies: boolean;
  /** A session ends after this long without a request (ms). */
  sessionIdleMs: number;
  /** A session ends this long after sign-in, whatever the activity (ms). */
  sessionAbsoluteMs: number;
  /** Failed sign-ins of one username within `lockoutWindowMs` that lock it. */
  maxFailuresPerUser: number;
  /** Failed sign-ins from one address within `lockoutWindowMs` that throttle it. */
  maxFailuresPerIp: number;
  lockoutWindowMs: number;
  /** Folder of the built web app (served with SPA fallback) or null. */
  webRoot: string | null;
  /** Trust X-Forwarded-For from a reverse proxy (true, or a list of proxy addresses). */
  trustProxy: boolean | string[];
  /** Log requests (pino); off in tests. */
  logger: boolean;
  /** The clock; injected so expiry can be tested without waiting. */
  now: () => Date;
}

const MINUTE = 60_000;

/** The defaults: 1 MB JSON, 2 h idle, 12 h absolute, 5 failures lock a username for 15 min. */
export const DEFAULT_CONFIG: ServerConfig = {
  bodyLimit: 1024 * 1024,
  secureCookies: false,
  sessionIdleMs: 120 * MINUTE,
  sessionAbsoluteMs: 12 * 60 * MINUTE,
  maxFailuresPerUser: 5,
  maxFailuresPerIp: 30,
  lockoutWindowMs: 15 * MINUTE,
  webRoot: null,
  trustProxy: false,
  logger: false,
  now: () => new Date(),
};

/** Fills the missing settings with the defaults. */
export function resolveConfig(config: Partial<ServerConfig> = {}): ServerConfig {
  return { ...DEFAULT_CONFIG, ...config };
}
