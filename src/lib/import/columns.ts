/**
 * Recognises the columns of a procedure catalog export whatever their order, spelling, case,
 * diacritics or Unicode form ("Mã TTHC", "MA THU TUC", "Mã thủ tục" in NFD all mean `code`).
 */
import { foldKey, nfc } from '../text.ts';

export type Column =
  | 'code'
  | 'name'
  | 'field'
  | 'levels'
  | 'online'
  | 'timeLimit'
  | 'fee'
  | 'agency'
  | 'legalBasis'
  | 'applicants'
  | 'result'
  | 'steps'
  | 'dossier'
  | 'status'
  | 'decision'
  | 'rescindedDate'
  | 'summary'
  | 'requirements'
  | 'channels'
  | 'coordinatingAgency'
  | 'competentAuthority'
  | 'delegatedAgency'
  | 'receivingAddress'
  | 'dossierSets'
  | 'forms'
  | 'procedureType'
  | 'keywords'
  | 'related';

/** Spellings seen in exports of the national procedure database, folded (no diacritics, lower case). */
const ALIASES: Record<Column, string[]> = {
  code: ['ma thu tuc', 'ma tthc', 'ma so thu tuc', 'ma', 'ma so', 'ma thu tuc hanh chinh'],
  name: ['ten thu tuc', 'ten tthc', 'ten thu tuc hanh chinh', 'ten'],
  field: ['linh vuc', 'linh vuc thuc hien'],
  levels: ['cap thuc hien', 'cap', 'cap co tham quyen'],
  online: [
    'muc do',
    'muc do dvc',
    'muc do dich vu cong',
    'muc do truc tuyen',
    'dich vu cong truc tuyen',
    'dvc truc tuyen',
    'toan trinh/mot phan',
    'muc do dvctt',
  ],
  timeLimit: ['thoi han', 'thoi han giai quyet', 'thoi gian giai quyet'],
  fee: ['phi', 'le phi', 'phi, le phi', 'phi le phi', 'phi/le phi'],
  agency: ['co quan thuc hien', 'co quan giai quyet', 'don vi thuc hien'],
  legalBasis: ['can cu phap ly', 'can cu phap ly cua thu tuc'],
  applicants: ['doi tuong thuc hien', 'doi tuong'],
  result: ['ket qua', 'ket qua thuc hien'],
  steps: ['trinh tu thuc hien', 'trinh tu'],
  dossier: ['thanh phan ho so', 'ho so'],
  status: ['trang thai', 'tinh trang', 'hieu luc', 'tinh trang hieu luc'],
  decision: ['quyet dinh cong bo', 'quyet dinh', 'so quyet dinh', 'quyet dinh bai bo'],
  rescindedDate: ['ngay bai bo', 'ngay het hieu luc'],
  summary: ['mo ta', 'tom tat'],
  requirements: ['yeu cau, dieu kien', 'yeu cau dieu kien', 'dieu kien'],
  channels: ['cach thuc thuc hien', 'cach thuc nop', 'hinh thuc nop'],
  coordinatingAgency: ['co quan phoi hop'],
  competentAuthority: ['co quan co tham quyen', 'co quan co tham quyen quyet dinh'],
  delegatedAgency: ['co quan duoc uy quyen'],
  receivingAddress: ['dia chi tiep nhan ho so', 'dia chi tiep nhan', 'noi tiep nhan ho so'],
  dossierSets: ['so luong ho so', 'so bo ho so'],
  forms: ['mau don, to khai', 'mau don to khai', 'mau don, to khai hanh chinh'],
  procedureType: ['loai thu tuc', 'loai tthc'],
  keywords: ['tu khoa'],
  related: ['thu tuc lien quan', 'tthc lien quan'],
};

const normalise = (header: string) =>
  foldKey(header)
    .replace(/[()*:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const lookup = new Map<string, Column>(Object.entries(ALIASES).flatMap(([column, names]) => names.map((n) => [n, column as Column])));

/** The column each header stands for (undefined when unknown); a column is taken once, by its first header. */
export function mapHeaders(headers: readonly unknown[]): { columns: (Column | undefined)[]; ignored: string[] } {
  const used = new Set<Column>();
  const ignored: string[] = [];
  const columns = headers.map((h) => {
    const text = nfc(String(h ?? '')).trim();
    const column = lookup.get(normalise(text));
    if (!column || used.has(column)) {
      if (text) ignored.push(text);
      return undefined;
    }
    used.add(column);
    return column;
  });
  return { columns, ignored };
}

/** Finds the header row: the first of the first ten rows that names a code and a name column. */
export function findHeaderRow(rows: readonly (readonly unknown[])[]): number {
  return rows.slice(0, 10).findIndex((r) => {
    const { columns } = mapHeaders(r);
    return columns.includes('code') && columns.includes('name');
  });
}
