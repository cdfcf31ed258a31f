/**
 * Where a consultation stands on the build's day, in Vietnam time: not yet open, open with so many
 * days left (the closing day counts: comments are taken until its end), or closed. The site is
 * rebuilt daily, so the count follows the calendar. Pure.
 */
import { vietnamDate } from '../dates.ts';

export type ConsultationStatus = { kind: 'upcoming'; daysToOpen: number } | { kind: 'open'; daysLeft: number } | { kind: 'closed' };

const DAY = 86_400_000;
const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY;

export function consultationStatus(opens: Date, closes: Date, now: Date): ConsultationStatus {
  const today = dayNumber(vietnamDate(now));
  const first = dayNumber(vietnamDate(opens));
  const last = dayNumber(vietnamDate(closes));
  if (today < first) return { kind: 'upcoming', daysToOpen: first - today };
  if (today > last) return { kind: 'closed' };
  return { kind: 'open', daysLeft: last - today + 1 };
}

/** Open ones first (the soonest to close first), then those not yet open, then closed ones (latest closed first). */
export function compareConsultations<T extends { status: ConsultationStatus; opens: Date; closes: Date }>(a: T, b: T): number {
  const rank = { open: 0, upcoming: 1, closed: 2 } as const;
  return (
    rank[a.status.kind] - rank[b.status.kind] ||
    (a.status.kind === 'closed' ? b.closes.getTime() - a.closes.getTime() : a.closes.getTime() - b.closes.getTime())
  );
}
