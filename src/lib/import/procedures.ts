/**
 * Turns the rows of a catalog export into `content/procedures/<code>.yaml` files: new files for
 * new codes, updates for changed ones, never touching a field an editor listed under `local:`.
 * Idempotent: importing the same export twice changes nothing the second time.
 */
import { Document, parseDocument } from 'yaml';
import { procedureSchema, governmentLevel, channelType } from '../schemas/procedure.ts';
import { PROCEDURE_CODE } from '../schemas/fields.ts';
import type { TaxonomyItem } from '../schemas/taxonomy.ts';
import { foldKey, nfc } from '../text.ts';
import { fieldName } from '../validation.ts';
import { findHeaderRow, mapHeaders, type Column } from './columns.ts';

export type Cell = string | number | boolean | Date | null | undefined;

export interface ImportResult {
  /** Files to write, content-relative path → YAML text. */
  writes: Map<string, string>;
  added: string[];
  updated: { code: string; fields: string[] }[];
  unchanged: string[];
  /** Codes the export marks as rescinded (added or updated with `rescinded:`). */
  rescinded: string[];
  rejected: { row: number; reason: string }[];
  /** Fields the export would change but an editor marked as local. */
  keptLocal: { code: string; fields: string[] }[];
  ignoredColumns: string[];
}

/** Field order of a new file, as editors read it. */
const ORDER = [
  'code',
  'longCode',
  'name',
  'field',
  'procedureType',
  'levels',
  'online',
  'legacyLevel',
  'applicants',
  'summary',
  'steps',
  'channels',
  'dossier',
  'dossierSets',
  'timeLimit',
  'fee',
  'agency',
  'coordinatingAgency',
  'competentAuthority',
  'delegatedAgency',
  'receivingAddress',
  'result',
  'legalBasis',
  'requirements',
  'decision',
  'related',
  'keywords',
  'rescinded',
];

const text = (cell: Cell): string =>
  cell instanceof Date
    ? cell.toISOString().slice(0, 10)
    : nfc(String(cell ?? ''))
        .replace(/[ \t\u00a0]+/g, ' ')
        .trim();

/** One item per line or per ";", without bullets. */
const items = (cell: Cell) =>
  text(cell)
    .split(/\r?\n|;/)
    .map((s) => s.replace(/^\s*([-•+*]|\d+[.)])\s+/, '').trim())
    .filter(Boolean);

/** "Toàn trình", "DVC một phần", "Mức độ 4"… → the online level (and the pre-2022 level when given). */
export function parseOnline(cell: Cell): { online: string; legacyLevel?: number } | undefined {
  const v = foldKey(text(cell));
  if (!v) return undefined;
  const legacy = /muc( do)?\s*([1-4])|^([1-4])$/.exec(v);
  const legacyLevel = legacy ? Number(legacy[2] ?? legacy[3]) : undefined;
  if (v.includes('toan trinh')) return { online: 'toan-trinh', legacyLevel };
  if (v.includes('mot phan')) return { online: 'mot-phan', legacyLevel };
  if (legacyLevel) return { online: legacyLevel === 4 ? 'toan-trinh' : legacyLevel === 3 ? 'mot-phan' : 'khong', legacyLevel };
  if (/^(khong|chua|khong truc tuyen|cung cap thong tin)/.test(v)) return { online: 'khong' };
  return { online: text(cell) }; // left as written: the schema names the allowed values
}

/** "dd/mm/yyyy" or an ISO date → "yyyy-mm-dd"; anything else unchanged. */
const isoDate = (value: string) => {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : value;
};

/**
 * "Cách thức thực hiện": one channel per line, as the export writes its table — the way of filing,
 * then the time limit, the fee and a description, separated by "|" (or ";"):
 *   Trực tiếp | 05 ngày làm việc | Lệ phí: 8.000 đồng | Nộp tại Bộ phận Một cửa
 * A line whose first part is not a way of filing is left out (a header row copied along).
 */
export function parseChannels(cell: Cell): { type: string; timeLimit?: string; fee?: string; notes?: string }[] {
  return text(cell)
    .split(/\r?\n/)
    .map((line) => line.split(/\s*[|;]\s*/).map((part) => part.trim()))
    .flatMap(([way = '', timeLimit, fee, notes]) => {
      const type = channelType.safeParse(way.replace(/:$/, '').replace(/^(nộp|qua|dịch vụ)\s+/i, ''));
      if (!type.success) return [];
      const channel: { type: string; timeLimit?: string; fee?: string; notes?: string } = { type: type.data };
      if (timeLimit) channel.timeLimit = timeLimit;
      if (fee) channel.fee = fee;
      if (notes) channel.notes = notes;
      return [channel];
    });
}

/** "Quyết định số 512/QĐ-UBND ngày 12/3/2024 của Chủ tịch UBND tỉnh" → number, date and issuer, as far as written. */
export function parseDecision(cell: Cell): { number: string; date?: string; issuer?: string } | undefined {
  const value = text(cell);
  if (!value) return undefined;
  const match = /^(.*?)(?:\s+ngày\s+(\d{1,2}\/\d{1,2}\/\d{4}))?(?:\s+của\s+(.+))?$/i.exec(value)!;
  return { number: match[1]!.trim(), ...(match[2] && { date: isoDate(match[2]) }), ...(match[3] && { issuer: match[3].trim() }) };
}

/** The record fields a row provides (only non-empty cells, so a missing column never erases data). */
function recordFromRow(get: (c: Column) => Cell, fields: readonly TaxonomyItem[]): Record<string, unknown> {
  const r: Record<string, unknown> = {};
  const rawCode = text(get('code'));
  const short = /\d\.\d{6}/.exec(rawCode)?.[0];
  r.code = short ?? rawCode;
  if (short && rawCode !== short) r.longCode = rawCode;
  const put = (key: string, value: unknown) => {
    if (value !== '' && value !== undefined && !(Array.isArray(value) && value.length === 0)) r[key] = value;
  };
  put('name', text(get('name')));
  const field = text(get('field'));
  put('field', fields.find((f) => foldKey(f.name) === foldKey(field))?.name ?? field);
  put(
    'levels',
    items(get('levels'))
      .flatMap((l) => l.split(/,|\/|\bvà\b/))
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => {
        const level = governmentLevel.safeParse(l);
        return level.success ? level.data : l;
      }),
  );
  const online = parseOnline(get('online'));
  if (online) {
    r.online = online.online;
    if (online.legacyLevel) r.legacyLevel = online.legacyLevel;
  }
  for (const key of [
    'timeLimit',
    'fee',
    'agency',
    'result',
    'summary',
    'requirements',
    'coordinatingAgency',
    'competentAuthority',
    'delegatedAgency',
    'receivingAddress',
    'procedureType',
  ] as const)
    put(key, text(get(key)));
  put('keywords', items(get('keywords')));
  put(
    'related',
    items(get('related')).flatMap((v) => /\d\.\d{6}/.exec(v)?.[0] ?? []),
  );
  const sets = /\d+/.exec(text(get('dossierSets')))?.[0];
  if (sets) r.dossierSets = Number(sets);
  put('channels', parseChannels(get('channels')));
  for (const key of ['applicants', 'steps', 'legalBasis'] as const) put(key, items(get(key)));
  const documents = items(get('dossier'));
  // "Mẫu đơn, tờ khai": one line per form, "<document name>: <form>", set on the document of that name.
  const forms = new Map(
    items(get('forms')).flatMap((line) => {
      const at = line.indexOf(':');
      return at > 0 ? [[foldKey(line.slice(0, at)), line.slice(at + 1).trim()] as const] : [];
    }),
  );
  if (documents.length)
    r.dossier = [{ documents: documents.map((name) => (forms.get(foldKey(name)) ? { name, form: forms.get(foldKey(name)) } : { name })) }];
  if (foldKey(text(get('status'))).includes('bai bo')) {
    const date = isoDate(text(get('rescindedDate')));
    r.rescinded = { ...(date ? { date } : {}), decision: text(get('decision')) || 'quyết định công bố của cơ quan có thẩm quyền' };
  } else put('decision', parseDecision(get('decision')));
  return r;
}

/** Channels for a new record: in person always, online when the level says so. */
function channelsFor(r: Record<string, unknown>) {
  const base = { timeLimit: r.timeLimit, fee: r.fee };
  return [{ type: 'truc-tiep', ...base }, ...(r.online && r.online !== 'khong' ? [{ type: 'truc-tuyen', ...base }] : [])];
}

const YAML_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Plans the import of `rows` (header row included). `existing(code)` returns the current YAML of
 * a procedure, if any. Nothing is written here: the caller writes `result.writes`.
 */
export function importCatalog(
  rows: readonly (readonly Cell[])[],
  existing: (code: string) => string | undefined,
  fields: readonly TaxonomyItem[],
): ImportResult {
  const result: ImportResult = {
    writes: new Map(),
    added: [],
    updated: [],
    unchanged: [],
    rescinded: [],
    rejected: [],
    keptLocal: [],
    ignoredColumns: [],
  };
  const headerRow = findHeaderRow(rows);
  if (headerRow < 0) {
    result.rejected.push({
      row: 1,
      reason: 'không tìm thấy dòng tiêu đề có cột "Mã thủ tục" và "Tên thủ tục" — cần xuất lại danh mục kèm dòng tiêu đề',
    });
    return result;
  }
  const { columns, ignored } = mapHeaders(rows[headerRow]!);
  result.ignoredColumns = ignored;
  const schema = procedureSchema({ fields: [...fields] });
  const seen = new Map<string, number>();

  rows.slice(headerRow + 1).forEach((cells, index) => {
    const row = headerRow + index + 2; // spreadsheet row numbers start at 1
    if (cells.every((c) => text(c) === '')) return;
    const get = (column: Column) => cells[columns.indexOf(column)];
    const imported = recordFromRow(get, fields);
    const code = String(imported.code);
    const reject = (reason: string) => result.rejected.push({ row, reason });
    if (!code) return reject('thiếu mã thủ tục — cần điền cột "Mã thủ tục", ví dụ 1.001193');
    if (!PROCEDURE_CODE.test(code))
      return reject(`mã thủ tục "${code}" không đúng dạng — cần một chữ số, dấu chấm và sáu chữ số, ví dụ 1.001193`);
    if (seen.has(code)) return reject(`mã thủ tục ${code} đã có ở dòng ${seen.get(code)} — mỗi thủ tục chỉ một dòng`);
    seen.set(code, row);

    const before = existing(code);
    const doc = before === undefined ? new Document({}) : parseDocument(before);
    if (doc.errors.length) return reject(`tệp procedures/${code}.yaml đang có lỗi YAML — cần sửa tệp đó trước (npm run check)`);
    const current = (doc.toJS() ?? {}) as Record<string, unknown>;
    const local = new Set(Array.isArray(current.local) ? current.local.map(String) : []);
    // What the export says each field should be (channels derived for new records; a reinstated
    // procedure loses its rescinded mark).
    const desired: Record<string, unknown> = { ...imported };
    if (!imported.rescinded && current.rescinded !== undefined) desired.rescinded = undefined;
    if (imported.channels) desired.channels = imported.channels;
    else if (current.channels === undefined) desired.channels = channelsFor(imported);
    else if (
      imported.online &&
      imported.online !== 'khong' &&
      Array.isArray(current.channels) &&
      !current.channels.some((c) => c?.type === 'truc-tuyen')
    ) {
      desired.channels = [
        ...current.channels,
        { type: 'truc-tuyen', timeLimit: imported.timeLimit ?? current.timeLimit, fee: imported.fee ?? current.fee },
      ];
    }
    // The export lists dossier documents by name only: an editor's richer record (forms, copies)
    // of the same documents is kept.
    const names = (d: unknown) =>
      Array.isArray(d) ? d.flatMap((c) => (c?.documents ?? []).map((doc: { name?: unknown }) => doc?.name)) : [];
    if (desired.dossier && same(names(desired.dossier), names(current.dossier))) desired.dossier = current.dossier;
    const changed: string[] = [];
    const kept: string[] = [];
    for (const [key, value] of Object.entries(desired)) {
      if (same(current[key], value)) continue;
      (local.has(key) ? kept : changed).push(key);
    }
    const next: Record<string, unknown> = { ...current };
    for (const key of changed) {
      if (desired[key] === undefined) delete next[key];
      else next[key] = desired[key];
    }
    const valid = schema.safeParse(next);
    if (!valid.success) {
      const issue = valid.error.issues[0]!;
      return reject(`mã ${code}: ${issue.path.length ? `${fieldName(issue.path)}: ` : ''}${issue.message}`);
    }
    if (imported.rescinded) result.rescinded.push(code);
    if (kept.length) result.keptLocal.push({ code, fields: kept });
    if (before !== undefined && changed.length === 0) return void result.unchanged.push(code);

    const path = `procedures/${code}.yaml`;
    if (before === undefined) {
      const ordered = Object.fromEntries(ORDER.filter((k) => next[k] !== undefined).map((k) => [k, next[k]]));
      result.writes.set(path, new Document(ordered).toString(YAML_OPTIONS));
      result.added.push(code);
    } else {
      for (const key of changed) next[key] === undefined ? doc.delete(key) : doc.set(key, doc.createNode(next[key]));
      result.writes.set(path, doc.toString(YAML_OPTIONS));
      result.updated.push({ code, fields: changed });
    }
  });
  return result;
}
