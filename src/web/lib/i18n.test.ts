import { describe, expect, it } from 'vitest';
import { getLang, translate } from './i18n';
import { en, vi } from './messages';
import { viAreas } from './messages-areas';
import { viDaily } from './messages-daily';
import { viFigures } from './messages-figures';

describe('translate', () => {
  it('is Vietnamese by default and fills placeholders', () => {
    expect(getLang()).toBe('vi');
    expect(translate('saved', { n: 7 })).toBe('Đã lưu 7 số liệu.');
    expect(translate('pasteClipped', { n: 4, m: 2 })).toBe('Đã dán 4 ô; 2 ô nằm ngoài bảng bị bỏ qua.');
  });

  it('has an English text for every key, with the same placeholders', () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(en[key].length, key).toBeGreaterThan(0);
      expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]));
    }
  });
});

describe('the dictionary', () => {
  it('takes each key from one file only (a later table would silently replace an earlier word)', () => {
    const tables = { viDaily, viAreas, viFigures };
    const seen = new Map<string, string>();
    for (const [name, table] of Object.entries(tables))
      for (const key of Object.keys(table)) {
        expect(seen.get(key), `${key} in ${name}`).toBeUndefined();
        expect(vi[key as keyof typeof vi], `${key} of ${name} replaced in messages.ts`).toBe(
          table[key as keyof typeof table],
        );
        seen.set(key, name);
      }
  });
});
