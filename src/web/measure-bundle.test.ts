import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureBundle } from './measure-bundle';

describe('measureBundle', () => {
  it('counts the entry, its static imports and its CSS as first load, lazy chunks apart', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'vedich-bundle-'));
    mkdirSync(path.join(root, '.vite'));
    mkdirSync(path.join(root, 'assets'));
    const write = (file: string, text: string) => writeFileSync(path.join(root, file), text);
    write('assets/main.js', 'x'.repeat(1000));
    write('assets/shared.js', 'y'.repeat(500));
    write('assets/main.css', 'body{}');
    write('assets/Lazy.js', 'z'.repeat(300));
    write(
      '.vite/manifest.json',
      JSON.stringify({
        'index.html': {
          file: 'assets/main.js',
          isEntry: true,
          imports: ['_shared.js'],
          dynamicImports: ['Lazy.tsx'],
          css: ['assets/main.css'],
        },
        '_shared.js': { file: 'assets/shared.js' },
        'Lazy.tsx': { file: 'assets/Lazy.js', imports: ['_shared.js'] },
      }),
    );
    const report = measureBundle(root);
    expect(report.initial.map((f) => f.file).sort()).toEqual([
      'assets/main.css',
      'assets/main.js',
      'assets/shared.js',
    ]);
    expect(report.initialRaw).toBe(1000 + 500 + 6);
    expect(report.lazy.map((f) => f.file)).toEqual(['assets/Lazy.js']);
    expect(report.initialGzip).toBeLessThan(report.initialRaw);
  });
});
