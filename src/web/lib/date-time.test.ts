import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDayOf } from './date-time';

describe('formatDateTime', () => {
  it('writes dd/mm/yyyy hh:mm in local time, nothing for no time', () => {
    const local = new Date(2026, 0, 5, 7, 3).toISOString();
    expect(formatDateTime(local)).toBe('05/01/2026 07:03');
    expect(formatDateTime(null)).toBe('');
    expect(formatDateTime('not a time')).toBe('');
    expect(formatDayOf(local)).toBe('05/01/2026');
    expect(formatDayOf(undefined)).toBe('');
  });
});
