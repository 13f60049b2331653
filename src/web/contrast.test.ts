/** The palette in styles.css passes WCAG AA: 4.5:1 for every text pair the app uses. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./styles.css', import.meta.url), 'utf8');
const vars = new Map(
  [...css.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)].map((m) => [m[1] ?? '', m[2] ?? '']),
);

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const TEXT_PAIRS: [string, string][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['muted', 'surface'],
  ['muted', 'bg'],
  ['muted', 'grey-bg'],
  ['header-text', 'header-bg'],
  ['primary-text', 'primary'],
  ['primary', 'surface'],
  ['link', 'surface'],
  ['danger', 'surface'],
  ['danger', 'danger-bg'],
  ['ok', 'ok-bg'],
  ['ok', 'surface'],
  ['text', 'changed-bg'],
  ['red-text', 'red-bg'],
  ['orange-text', 'orange-bg'],
  ['green-text', 'green-bg'],
  ['grey-text', 'grey-bg'],
  ['text', 'grey-bg'],
];

describe('palette contrast (WCAG AA)', () => {
  it.each(TEXT_PAIRS)('%s on %s is at least 4.5:1', (fg, bg) => {
    const a = vars.get(fg);
    const b = vars.get(bg);
    expect(a, `--${fg} missing`).toBeDefined();
    expect(b, `--${bg} missing`).toBeDefined();
    expect(contrast(a ?? '', b ?? '')).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps the focus ring and the status dots visible (3:1, non-text) on white', () => {
    for (const name of ['focus', 'red-dot', 'orange-dot', 'grey-dot'])
      expect(contrast(vars.get(name) ?? '', '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('measures a known pair correctly (black on white is 21:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
