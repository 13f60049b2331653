import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from './i18n';
import { periodLabel } from './period-label';

describe('periodLabel', () => {
  afterEach(() => setLang('vi'));

  it('is the core Vietnamese name by default', () => {
    expect(periodLabel('2023-Q1')).toBe('quý I/2023');
    expect(periodLabel('2023-9M')).toBe('9 tháng năm 2023');
  });

  it('names every kind of period in English', () => {
    setLang('en');
    expect(
      ['2023-07', '2023-Q1', '2023-H1', '2023-H2', '2023-9M', '2023', '2020-2025'].map(periodLabel),
    ).toEqual([
      'July 2023',
      'Q1 2023',
      'first half of 2023',
      'second half of 2023',
      '9 months of 2023',
      'year 2023',
      'term 2020-2025',
    ]);
    expect(periodLabel('nonsense')).toBe('nonsense');
  });
});
