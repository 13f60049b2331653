/**
 * docs/API.md stays true: its route table lists exactly the routes the app registers, and every
 * table row has as many cells as its header (a `|` inside a cell must be escaped as `\|`).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../src/server/testing';

const API_MD = readFileSync(new URL('../docs/API.md', import.meta.url), 'utf8');

/** The cells of a Markdown table row, split on unescaped pipes. */
function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/);
}

/** `METHOD /path` of every row of the route table, `a\|b` in a path giving one route per part. */
function documentedRoutes(markdown: string): string[] {
  const routes: string[] = [];
  for (const line of markdown.split('\n')) {
    const match = /^\| `(GET|POST|PUT|PATCH|DELETE) ([^`?]+)/.exec(line);
    if (!match) continue;
    const [, method, path = ''] = match;
    const alternatives = /^(.*\.)([a-z]+(?:\\\|[a-z]+)+)$/.exec(path);
    const paths = alternatives
      ? (alternatives[2] ?? '').split('\\|').map((ext) => `${alternatives[1]}${ext}`)
      : [path];
    for (const p of paths) routes.push(`${method} ${p}`);
  }
  return routes.sort();
}

describe('docs/API.md', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp('embedded');
  });
  afterAll(async () => t?.close());

  it('lists every registered route, and only those', () => {
    const registered = t.app.apiRoutes
      .filter((r) => !r.url.startsWith('/api/docs/'))
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(documentedRoutes(API_MD)).toEqual(registered);
  });

  it('has no table row with more or fewer cells than its header', () => {
    const broken: string[] = [];
    let width = 0;
    for (const line of API_MD.split('\n')) {
      if (!line.startsWith('|')) {
        width = 0;
        continue;
      }
      const count = cells(line).length;
      if (!width) width = count;
      else if (count !== width) broken.push(`${count} cells instead of ${width}: ${line.slice(0, 80)}`);
    }
    expect(broken).toEqual([]);
  });
});
