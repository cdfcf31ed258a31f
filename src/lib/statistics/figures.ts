/**
 * The arithmetic of one-stop dossier statistics: totals of rows, the identity every report keeps
 * (carried over + received = resolved + in progress + returned), and the rates the page shows.
 * Pure: the schema, the checker, the charts and the downloads all use these.
 */

export interface Figures {
  /** Dossiers still open at the end of the previous period (kỳ trước chuyển sang). */
  carriedOver: number;
  received: { online: number; direct: number; postal: number; total: number };
  resolved: { early: number; onTime: number; late: number; total: number };
  inProgress: number;
  /** Returned or withdrawn (trả lại, rút hồ sơ). */
  returned: number;
}

/** Figures as written: totals optional (checked when given). */
export interface WrittenFigures {
  carriedOver: number;
  received: { online: number; direct: number; postal: number; total?: number };
  resolved: { early: number; onTime: number; late: number; total?: number };
  inProgress: number;
  returned: number;
}

export const receivedSum = (r: WrittenFigures['received']) => r.online + r.direct + r.postal;
export const resolvedSum = (r: WrittenFigures['resolved']) => r.early + r.onTime + r.late;

/** Totals filled in from their parts. */
export function complete(f: WrittenFigures): Figures {
  return { ...f, received: { ...f.received, total: receivedSum(f.received) }, resolved: { ...f.resolved, total: resolvedSum(f.resolved) } };
}

/** Where the written figures do not add up: path in the row and what is wrong, in an editor's words. */
export function arithmeticProblems(f: WrittenFigures): { path: string[]; message: string }[] {
  const problems: { path: string[]; message: string }[] = [];
  // A negative number has its own message; sums with it would only add noise.
  const parts = [
    f.carriedOver,
    f.received.online,
    f.received.direct,
    f.received.postal,
    f.resolved.early,
    f.resolved.onTime,
    f.resolved.late,
    f.inProgress,
    f.returned,
  ];
  if (parts.some((v) => v < 0)) return problems;
  const received = receivedSum(f.received);
  const resolved = resolvedSum(f.resolved);
  const n = (v: number) => v.toLocaleString('vi-VN');
  if (f.received.total !== undefined && f.received.total !== received) {
    problems.push({
      path: ['received', 'total'],
      message: `tổng tiếp nhận ghi ${n(f.received.total)} nhưng trực tuyến + trực tiếp + bưu chính = ${n(f.received.online)} + ${n(f.received.direct)} + ${n(f.received.postal)} = ${n(received)} — cần sửa cho khớp`,
    });
  }
  if (f.resolved.total !== undefined && f.resolved.total !== resolved) {
    problems.push({
      path: ['resolved', 'total'],
      message: `tổng đã giải quyết ghi ${n(f.resolved.total)} nhưng trước hạn + đúng hạn + quá hạn = ${n(f.resolved.early)} + ${n(f.resolved.onTime)} + ${n(f.resolved.late)} = ${n(resolved)} — cần sửa cho khớp`,
    });
  }
  const incoming = f.carriedOver + received;
  const outgoing = resolved + f.inProgress + f.returned;
  if (incoming !== outgoing) {
    problems.push({
      path: ['inProgress'],
      message: `số hồ sơ không khớp: kỳ trước chuyển sang + tiếp nhận = ${n(f.carriedOver)} + ${n(received)} = ${n(incoming)}, nhưng đã giải quyết + đang giải quyết + trả lại = ${n(resolved)} + ${n(f.inProgress)} + ${n(f.returned)} = ${n(outgoing)} — cần kiểm tra lại các số`,
    });
  }
  return problems;
}

const ZERO: Figures = {
  carriedOver: 0,
  received: { online: 0, direct: 0, postal: 0, total: 0 },
  resolved: { early: 0, onTime: 0, late: 0, total: 0 },
  inProgress: 0,
  returned: 0,
};

/** The sum of many rows. */
export function sumFigures(rows: readonly Figures[]): Figures {
  return rows.reduce<Figures>(
    (s, f) => ({
      carriedOver: s.carriedOver + f.carriedOver,
      received: {
        online: s.received.online + f.received.online,
        direct: s.received.direct + f.received.direct,
        postal: s.received.postal + f.received.postal,
        total: s.received.total + f.received.total,
      },
      resolved: {
        early: s.resolved.early + f.resolved.early,
        onTime: s.resolved.onTime + f.resolved.onTime,
        late: s.resolved.late + f.resolved.late,
        total: s.resolved.total + f.resolved.total,
      },
      inProgress: s.inProgress + f.inProgress,
      returned: s.returned + f.returned,
    }),
    ZERO,
  );
}

/** Share of resolved dossiers resolved early or on time, 0–1; undefined when nothing was resolved. */
export const onTimeRate = (f: Figures) => (f.resolved.total ? (f.resolved.early + f.resolved.onTime) / f.resolved.total : undefined);

/** Share of received dossiers filed online, 0–1; undefined when nothing was received. */
export const onlineShare = (f: Figures) => (f.received.total ? f.received.online / f.received.total : undefined);

/** "93,3 %" (Vietnamese decimal comma, one decimal). */
export const percent = (share: number | undefined) =>
  share === undefined ? '–' : `${(share * 100).toLocaleString('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;

/** "4.779". */
export const count = (n: number) => n.toLocaleString('vi-VN');
