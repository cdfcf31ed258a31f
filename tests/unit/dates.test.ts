import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatLongDate, fromEditorDate, hasTime, isoVietnam, vietnamYear } from '../../src/lib/dates.ts';

describe('Vietnamese dates in Vietnam time', () => {
  it('formats day/month/year whatever the machine time zone', () => {
    expect(formatDate(new Date('2024-03-14T18:00:00Z'))).toBe('15/03/2024');
    expect(formatDateTime(new Date('2024-03-15T01:30:00Z'))).toBe('08:30, 15/03/2024');
    expect(formatLongDate(new Date('2024-03-15T01:00:00Z'))).toBe('Thứ Sáu, 15/03/2024');
    expect(isoVietnam(new Date('2024-03-15T01:30:00Z'))).toBe('2024-03-15T08:30:00+07:00');
  });
  it('reads a bare date as Vietnam midnight', () => {
    const d = fromEditorDate(new Date('2024-01-01'));
    expect(d.toISOString()).toBe('2023-12-31T17:00:00.000Z');
    expect(vietnamYear(d)).toBe(2024);
    expect(hasTime(d)).toBe(false);
    expect(formatDate(d)).toBe('01/01/2024');
  });
  it('keeps a date written with a time', () => {
    const d = fromEditorDate(new Date('2024-03-15T08:30:00+07:00'));
    expect(hasTime(d)).toBe(true);
    expect(formatDateTime(d)).toBe('08:30, 15/03/2024');
  });
});
