/**
 * Schema of a procedure record (`content/procedures/<code>.yaml`), mirroring the fields of the
 * national procedure database (Cơ sở dữ liệu quốc gia về thủ tục hành chính).
 */
import { z } from 'astro/zod';
import { choice, count, editorDay, flag, group, list, optionalText, procedureCode, text, webAddress } from './fields.ts';
import { describeField } from '../content/editor-fields.ts';
import { foldKey } from '../text.ts';
import type { TaxonomyItem } from './taxonomy.ts';
import { relativeFilePath } from './document.ts';
import { t } from '../../i18n/vi.ts';

/** Short codes look like 1.001193 or 2.000889; some exports carry a long form (1.001612.000.00.00.H01). */

export const onlineLevel = choice('mức độ trực tuyến (online)', {
  'toan-trinh': { label: 'toàn trình', aliases: ['toàn trình', 'dvc toàn trình', 'trực tuyến toàn trình'] },
  'mot-phan': { label: 'một phần', aliases: ['một phần', 'dvc một phần', 'trực tuyến một phần'] },
  khong: { label: 'không', aliases: ['không', 'none', 'chưa', 'không trực tuyến'] },
});

/** A level of government, as `label` names the field in messages. */
export const governmentLevelField = (label: string) =>
  choice(label, {
    tinh: { label: 'tinh', aliases: [t.governmentLevels.tinh, 'tỉnh'], title: t.governmentLevels.tinh },
    huyen: { label: 'huyen', aliases: [t.governmentLevels.huyen, 'huyện'], title: t.governmentLevels.huyen },
    xa: { label: 'xa', aliases: [t.governmentLevels.xa, 'xã'], title: t.governmentLevels.xa },
  });

export const governmentLevel = governmentLevelField('cấp thực hiện (levels)');

export const channelType = choice('hình thức nộp (type)', {
  'truc-tiep': { label: 'truc-tiep', aliases: ['trực tiếp'], title: t.channelTypes['truc-tiep'] },
  'truc-tuyen': { label: 'truc-tuyen', aliases: ['trực tuyến'], title: t.channelTypes['truc-tuyen'] },
  'buu-chinh': { label: 'buu-chinh', aliases: ['bưu chính', 'bưu chính công ích', 'qua bưu chính'], title: t.channelTypes['buu-chinh'] },
});

/** A code written in a list of related procedures. */
export const relatedCode = procedureCode('mã thủ tục liên quan');

/** Accepts a field by name or slug (any diacritics) and stores its canonical name. */
export const procedureField = (fields: TaxonomyItem[]) => {
  const byKey = new Map<string, string>();
  for (const f of fields) {
    byKey.set(foldKey(f.name), f.name);
    byKey.set(f.slug, f.name);
  }
  const label = 'lĩnh vực (field)';
  const options = fields.map((f) => ({ value: f.name, label: f.name }));
  return describeField(text(label), { label, widget: 'select', options }).transform((value, ctx) => {
    const name = byKey.get(foldKey(value));
    if (!name) {
      ctx.addIssue({
        code: 'custom',
        message: `lĩnh vực "${value}" không có trong content/fields.yaml — cần là một trong: ${fields.map((f) => f.name).join(', ')}`,
      });
      return z.NEVER;
    }
    return name;
  });
};

const channel = group('hình thức nộp (channels)', {
  type: channelType,
  timeLimit: text('thời hạn giải quyết của hình thức nộp (timeLimit)'),
  fee: text('phí, lệ phí của hình thức nộp (fee)'),
  notes: optionalText('ghi chú (notes)'),
});

/** Folder of procedure forms, beside the procedure files: content/procedures/mau/. */
export const FORMS_FOLDER = 'mau';

/** A form file as written in a dossier item; `npm run check` adds "it exists and is not too large". */
export const formPath = () =>
  relativeFilePath(
    'tệp mẫu đơn, tờ khai (formFile)',
    'tệp mẫu',
    `phải nằm cạnh tệp thủ tục — cần chép tệp vào content/procedures/${FORMS_FOLDER}/ và ghi ./${FORMS_FOLDER}/ten-tep.docx`,
  );

const dossierCase = (formFile: () => z.ZodType<string>) =>
  group('trường hợp hồ sơ (dossier)', {
    case: optionalText('tên trường hợp (case)'),
    documents: list(
      group('giấy tờ', {
        name: text('tên giấy tờ (name)'),
        form: optionalText('mẫu đơn, tờ khai (form)'),
        /** The form as a file in content/procedures/mau/, for citizens to download. */
        formFile: formFile().optional(),
        original: count('số bản chính (original)').default(0),
        copy: count('số bản sao (copy)').default(0),
      }),
      'giấy tờ (documents)',
    ),
  });

/** Where a dossier is received and filed online: a procedure's, or what a unit's override sets (src/lib/schemas/override.ts). */
export const filingPlaceFields = {
  /** The desk (content/desks.yaml) that receives the dossier, when not the desks of its levels. */
  desk: optionalText('nơi tiếp nhận hồ sơ (desk)'),
  /** Where the dossier is received, in words, when no desk of desks.yaml receives it (e.g. the commune police). */
  receivingAddress: optionalText('địa chỉ tiếp nhận hồ sơ (receivingAddress)'),
  /** Where this procedure is filed online, when not on the unit's portal (site.yaml onlineServices). */
  onlineFiling: group('nơi nộp trực tuyến riêng (onlineFiling)', {
    name: text('tên cổng nộp trực tuyến (onlineFiling.name)'),
    url: webAddress('địa chỉ nộp trực tuyến (onlineFiling.url)', { httpsOnly: true }),
  }).optional(),
};

export const procedureSchema = ({ fields, formFile = formPath }: { fields: TaxonomyItem[]; formFile?: () => z.ZodType<string> }) =>
  group('tệp thủ tục', {
    code: procedureCode('mã thủ tục (code)'),
    longCode: optionalText('mã đầy đủ (longCode)'),
    name: text('tên thủ tục (name)'),
    field: procedureField(fields),
    levels: list(governmentLevel, 'cấp thực hiện (levels)'),
    online: onlineLevel,
    legacyLevel: z
      .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: 'mức độ cũ (legacyLevel) chỉ nhận 1, 2, 3 hoặc 4' })
      .meta({
        label: 'mức độ cũ, trước Nghị định 42/2022 (legacyLevel)',
        widget: 'select',
        options: [1, 2, 3, 4].map((n) => ({ value: String(n), label: `Mức độ ${n}` })),
      })
      .optional(),
    popular: flag('thủ tục thường dùng (popular)'),
    applicants: list(text('đối tượng'), 'đối tượng thực hiện (applicants)'),
    summary: optionalText('tóm tắt (summary)'),
    steps: list(text('bước thực hiện'), 'trình tự thực hiện (steps)'),
    channels: list(channel, 'cách thức thực hiện (channels)'),
    dossier: list(dossierCase(formFile), 'thành phần hồ sơ (dossier)'),
    timeLimit: text('thời hạn giải quyết (timeLimit)'),
    fee: text('phí, lệ phí (fee)'),
    agency: text('cơ quan thực hiện (agency)'),
    coordinatingAgency: optionalText('cơ quan phối hợp (coordinatingAgency)'),
    /** The national record's "Cơ quan có thẩm quyền": who decides (may differ from who receives). */
    competentAuthority: optionalText('cơ quan có thẩm quyền (competentAuthority)'),
    /** "Cơ quan được ủy quyền": the body a competent authority delegated the decision to, if any. */
    delegatedAgency: optionalText('cơ quan được ủy quyền (delegatedAgency)'),
    /** "Loại thủ tục", as the national database writes it (e.g. "TTHC được luân chuyển"). */
    procedureType: optionalText('loại thủ tục (procedureType)'),
    /** "Số lượng hồ sơ": how many sets of the dossier to bring. */
    dossierSets: count('số lượng hồ sơ (dossierSets)', 1).optional(),
    /** "Quyết định công bố": the decision that published (or last amended) the procedure. */
    decision: group('quyết định công bố (decision)', {
      number: text('số quyết định công bố (decision.number)'),
      date: editorDay('ngày quyết định công bố (decision.date)').optional(),
      issuer: optionalText('cơ quan ban hành quyết định (decision.issuer)'),
    }).optional(),
    /** Codes of related procedures; the site links them both ways. */
    related: list(relatedCode, 'thủ tục liên quan (related)', 0).default([]),
    /** Words citizens use for it that its text lacks, for search. */
    keywords: list(text('từ khóa'), 'từ khóa (keywords)', 0).default([]),
    ...filingPlaceFields,
    result: text('kết quả thực hiện (result)'),
    legalBasis: list(text('văn bản'), 'căn cứ pháp lý (legalBasis)'),
    requirements: optionalText('yêu cầu, điều kiện (requirements)'),
    updated: editorDay('ngày cập nhật (updated)').optional(),
    /** Set by the importer from a publishing decision; the page stays, the catalog drops it. */
    rescinded: group('bãi bỏ (rescinded)', {
      date: editorDay('ngày bãi bỏ (rescinded.date)').optional(),
      decision: text('quyết định bãi bỏ (rescinded.decision)'),
    }).optional(),
    /** Names of fields an editor changed locally; the importer never overwrites them. */
    local: list(text('tên trường'), 'các trường sửa tại chỗ (local)', 0).default([]),
  }).superRefine((p, ctx) => {
    const online = p.channels.some((c) => c.type === 'truc-tuyen');
    if (p.online !== 'khong' && !online) {
      ctx.addIssue({
        code: 'custom',
        path: ['channels'],
        message: `thủ tục trực tuyến ${p.online === 'toan-trinh' ? 'toàn trình' : 'một phần'} cần một hình thức nộp "truc-tuyen" trong channels`,
      });
    }
    if (p.online === 'khong' && online) {
      ctx.addIssue({
        code: 'custom',
        path: ['online'],
        message: 'thủ tục có hình thức nộp "truc-tuyen" nhưng mức độ trực tuyến (online) là "khong" — cần ghi toan-trinh hoặc mot-phan',
      });
    }
    // The old levels (Decree 43/2011) map onto the new ones: 4 ≈ toàn trình, 3 ≈ một phần, 1–2 ≈ not online.
    if (p.legacyLevel !== undefined && !LEGACY_LEVELS[p.online].includes(p.legacyLevel)) {
      ctx.addIssue({
        code: 'custom',
        path: ['legacyLevel'],
        message: `mức độ cũ (legacyLevel) ${p.legacyLevel} không khớp mức độ trực tuyến "${t.onlineLevels[p.online]}" — ${LEGACY_HINT[p.online]}, hoặc bỏ dòng legacyLevel`,
      });
    }
  });

/** The old levels 1–4 (Decree 43/2011) each new level stands for. */
const LEGACY_LEVELS: Record<OnlineLevel, readonly number[]> = { 'toan-trinh': [4], 'mot-phan': [3], khong: [1, 2] };
const LEGACY_HINT: Record<OnlineLevel, string> = {
  'toan-trinh': 'toàn trình ứng với mức độ 4',
  'mot-phan': 'một phần ứng với mức độ 3',
  khong: 'thủ tục chưa nộp trực tuyến ứng với mức độ 1 hoặc 2',
};

export type ChannelType = 'truc-tiep' | 'truc-tuyen' | 'buu-chinh';
export type OnlineLevel = 'toan-trinh' | 'mot-phan' | 'khong';
export type GovernmentLevel = 'tinh' | 'huyen' | 'xa';
/** In the order lists and filters show them. */
export const ONLINE_LEVELS: readonly OnlineLevel[] = ['toan-trinh', 'mot-phan', 'khong'];
export const GOVERNMENT_LEVELS: readonly GovernmentLevel[] = ['tinh', 'huyen', 'xa'];
