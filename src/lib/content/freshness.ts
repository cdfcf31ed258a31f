/**
 * Sections the law wants kept current (Decree 42/2022: information updated promptly): the
 * leaders' schedule, the dossier statistics and the contacts. A section whose newest content is
 * older than the unit's limit (site.yaml `freshness`, in days) gets a warning from `npm run check`
 * and the build: it does not stop the build, it tells the editor what to add. Pure.
 */
import { vietnamDate } from '../dates.ts';

export interface FreshnessLimits {
  schedule: number;
  statistics: number;
  contacts: number;
}

export const DEFAULT_FRESHNESS: FreshnessLimits = { schedule: 14, statistics: 62, contacts: 365 };

/** The newest content of each section, as the checker found it. */
export interface SectionDates {
  /** The last day ("2025-06-22") of the newest week that has a file. */
  schedule?: string;
  /** The last day of the newest reporting period, and its label ("Tháng 5/2025"). */
  statistics?: { end: string; label: string };
  /** The contacts page (front matter `contacts: true`) and the date it was last checked, if written. */
  contacts?: { file: string; updated?: Date };
}

export interface Staleness {
  file: string;
  field: string;
  message: string;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
const show = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The warnings for `today` (a Vietnam date, "2025-06-20"): one per section older than its limit. */
export function staleSections(latest: SectionDates, limits: FreshnessLimits, today: string): Staleness[] {
  const age = (iso: string) => dayNumber(today) - dayNumber(iso);
  const found: Staleness[] = [];
  if (latest.schedule && age(latest.schedule) > limits.schedule) {
    found.push({
      file: 'content/schedule/',
      field: '',
      message: `lịch công tác mới nhất kết thúc ngày ${show(latest.schedule)}, đã ${age(latest.schedule)} ngày — cần thêm lịch của tuần này (hạn ${limits.schedule} ngày, đặt ở freshness.schedule trong site.yaml)`,
    });
  }
  if (latest.statistics && age(latest.statistics.end) > limits.statistics) {
    found.push({
      file: 'content/statistics/',
      field: '',
      message: `số liệu hồ sơ mới nhất là ${latest.statistics.label}, kết thúc ${age(latest.statistics.end)} ngày trước — cần thêm số liệu kỳ mới (hạn ${limits.statistics} ngày, đặt ở freshness.statistics trong site.yaml)`,
    });
  }
  const contacts = latest.contacts;
  if (contacts && !contacts.updated) {
    found.push({ file: contacts.file, field: 'updated', message: 'trang liên hệ chưa ghi ngày cập nhật — cần ghi updated: NĂM-THÁNG-NGÀY là ngày kiểm tra lại danh bạ gần nhất' });
  } else if (contacts?.updated && age(vietnamDate(contacts.updated)) > limits.contacts) {
    const updated = vietnamDate(contacts.updated);
    found.push({
      file: contacts.file,
      field: 'updated',
      message: `danh bạ liên hệ cập nhật lần cuối ngày ${show(updated)}, đã ${age(updated)} ngày — cần kiểm tra lại số điện thoại, thư điện tử và ghi ngày mới (hạn ${limits.contacts} ngày, đặt ở freshness.contacts trong site.yaml)`,
    });
  }
  return found;
}
