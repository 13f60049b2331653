/**
 * A tiny router over the history API: the location is the state, links push onto history, and
 * every subscriber re-renders on change. The server answers every non-API path with index.html.
 */
import { useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

/** Goes to a path inside the app; `replace` keeps the history short for redirects. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  notify();
  window.scrollTo?.(0, 0);
}

export interface Location {
  path: string;
  query: URLSearchParams;
  /** Path segments: "/u/380/dashboard" → ["u", "380", "dashboard"]. */
  segments: string[];
}

export function parseLocation(href: string): Location {
  const [path = '/', search = ''] = href.split('?');
  return {
    path,
    query: new URLSearchParams(search),
    segments: path.split('/').filter(Boolean).map(decodeURIComponent),
  };
}

/** The current location; re-renders the caller when it changes. */
export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot, () => '/');
  return parseLocation(href);
}

/** Builds a path with a query, leaving out empty values. */
export function buildPath(path: string, query: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** Replaces one query parameter of the current location. */
export function setQueryParam(key: string, value: string | undefined): void {
  const { path, query } = parseLocation(snapshot());
  if (value) query.set(key, value);
  else query.delete(key);
  const search = query.toString();
  navigate(search ? `${path}?${search}` : path, { replace: true });
}
