/**
 * The working schedule as an iCalendar feed (RFC 5545) that officials subscribe to: one VEVENT per
 * entry, in Asia/Ho_Chi_Minh (UTC+7 all year, so one STANDARD block describes it), lines folded at
 * 75 octets and ended by CRLF, text escaped. A postponed entry is STATUS:CANCELLED.
 */
import { VIETNAM_TIME_ZONE } from '../dates.ts';

export interface CalendarEvent {
  /** Stable across builds: the same entry keeps its UID when the file is edited elsewhere. */
  uid: string;
  date: string; // YYYY-MM-DD
  time: string; // HH:MM
  summary: string;
  location?: string;
  description?: string;
  cancelled?: boolean;
}

/** TEXT values: backslash, semicolon, comma and newlines escaped (RFC 5545 3.3.11). */
export const escapeText = (value: string) =>
  value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Splits a content line into lines of at most 75 octets, continuation lines starting with a space (3.1). */
export function foldLine(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    const limit = out.length === 0 ? 75 : 74; // a continuation line's leading space counts
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.map((l, i) => (i === 0 ? l : ` ${l}`));
}

const stamp = (instant: Date) => `${instant.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
const local = (date: string, time: string) => `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;

export function calendar(name: string, events: readonly CalendarEvent[], generated: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//trangtin//Lich cong tac//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${VIETNAM_TIME_ZONE}`,
    'BEGIN:VTIMEZONE',
    `TZID:${VIETNAM_TIME_ZONE}`,
    'BEGIN:STANDARD',
    'DTSTART:19750613T000000',
    'TZOFFSETFROM:+0700',
    'TZOFFSETTO:+0700',
    'TZNAME:+07',
    'END:STANDARD',
    'END:VTIMEZONE',
    ...events.flatMap((e) => [
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp(generated)}`,
      `DTSTART;TZID=${VIETNAM_TIME_ZONE}:${local(e.date, e.time)}`,
      `SUMMARY:${escapeText(e.summary)}`,
      ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      `STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return `${lines.flatMap(foldLine).join('\r\n')}\r\n`;
}
