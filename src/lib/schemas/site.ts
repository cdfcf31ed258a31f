/** Schema of `content/site.yaml`: the unit's identity and the legally required footer. */
import { z } from 'astro/zod';
import { choice, count, email, flag, group, list, optional, optionalText, phone, slug, text, webAddress } from './fields.ts';
import { t } from '../../i18n/vi.ts';
import { DEFAULT_PART_PAGES } from '../search/parts.ts';
import { DEFAULT_FRESHNESS } from '../content/freshness.ts';
import { describeField } from '../content/editor-fields.ts';

/**
 * What the file's readers need to know of a field, as its comments tell them: the web editor shows
 * it under the field (and keeps the file's comments when it saves).
 */
const hint = <T extends z.ZodType>(schema: T, text: string) => describeField(schema, { hint: text });
/** Set up by the IT officer, not by editors: not in the web editor's form (the file keeps it). */
const internal = <T extends z.ZodType>(schema: T) => describeField(schema, { internal: true });

const unitLevel = choice('cấp của đơn vị', {
  tinh: { label: 'tỉnh', aliases: ['thành phố', t.governmentLevels.tinh], title: t.unitLevels.tinh },
  huyen: { label: 'huyện', aliases: ['quận', 'thị xã', t.governmentLevels.huyen], title: t.unitLevels.huyen },
  xa: { label: 'xã', aliases: ['thị trấn', t.governmentLevels.xa], title: t.unitLevels.xa },
  phuong: { label: 'phường', title: t.unitLevels.phuong },
  'dac-khu': { label: 'đặc khu', title: t.unitLevels['dac-khu'] },
});

const url = (label: string) => webAddress(label);

/** A unit's successor: another unit of the repository by its id (its name and address are taken from there), or any portal. */
const successor = group('cổng thay thế', {
  unit: optional(slug('mã đơn vị kế thừa (archive.successors.unit)', 'xa-tan-mau')),
  name: optionalText('tên cổng thay thế'),
  url: url('địa chỉ cổng thay thế').optional(),
}).refine((s) => s.unit !== undefined || (s.name !== undefined && s.url !== undefined), {
  error: 'mỗi cổng thay thế cần mã đơn vị (unit) hoặc cả tên (name) và địa chỉ (url)',
});

const itemsPerPage = (key: string) =>
  count(`số mục mỗi trang của các danh sách (${key})`, 1).max(100, {
    error: `số mục mỗi trang của các danh sách (${key}) không được lớn hơn 100`,
  });

const link = group('liên kết', { name: text('tên liên kết'), url: url('địa chỉ liên kết') });

const menuItem = group('mục trình đơn', {
  label: text('tên mục'),
  href: text('đường dẫn').refine((v) => v.startsWith('/') || /^https?:\/\//.test(v), {
    error: 'đường dẫn phải bắt đầu bằng / (trang trong site) hoặc https://',
  }),
});

export const siteSchema = group('tệp site.yaml', {
  unit: group('thông tin đơn vị (unit)', {
    name: hint(text('tên đơn vị'), '(bắt buộc) tên đầy đủ của đơn vị, ví dụ Ủy ban nhân dân xã Đông Long'),
    shortName: text('tên viết tắt của đơn vị'),
    level: hint(unitLevel, 'cấp huyện đã kết thúc từ 01/7/2025: chỉ trang lưu trữ của huyện cũ dùng cấp huyện'),
    place: text('tên địa bàn'),
    parent: optionalText('đơn vị cấp trên'),
    /** The parent's id when it is a unit of the same repository (a commune's province). */
    parentUnit: hint(
      optional(slug('mã đơn vị cấp trên (unit.parentUnit)', 'binh-mau')),
      'mã (tên thư mục) của đơn vị cấp trên trong kho nội dung này',
    ),
    /** The units it was formed from (the 2025 mergers), which citizens still name. */
    formedFrom: hint(
      list(
        group('đơn vị cũ', {
          name: text('tên đơn vị cũ (unit.formedFrom.name)'),
          district: optionalText('huyện cũ của đơn vị (unit.formedFrom.district)'),
        }),
        'các đơn vị cũ hợp thành (unit.formedFrom)',
        0,
      ).default([]),
      'các xã, thị trấn cũ hợp thành từ 01/7/2025: trang Xã, phường của tỉnh hiện và tra cứu theo các tên này',
    ),
  }),
  site: group('thông tin trang (site)', {
    title: text('tên trang'),
    description: text('mô tả trang'),
    url: hint(url('địa chỉ trang'), 'địa chỉ chính thức của trang, bắt đầu bằng https://').transform((v) => v.replace(/\/+$/, '')),
    demoNotice: optionalText('ghi chú trang minh họa'),
  }),
  /** Decree 42/2022/NĐ-CP: a portal that omits any of these is fined. */
  legal: describeField(
    z.object(
      {
        managingAgency: text('cơ quan chủ quản (bắt buộc theo Nghị định 42/2022/NĐ-CP)'),
        responsiblePerson: text('người chịu trách nhiệm nội dung (bắt buộc theo Nghị định 42/2022/NĐ-CP)'),
        address: text('địa chỉ (bắt buộc theo Nghị định 42/2022/NĐ-CP)'),
        phone: phone('số điện thoại (bắt buộc theo Nghị định 42/2022/NĐ-CP)'),
        email: email('thư điện tử (bắt buộc theo Nghị định 42/2022/NĐ-CP)'),
        license: optionalText('giấy phép'),
      },
      { error: 'thiếu mục legal — cần cơ quan chủ quản, người chịu trách nhiệm, địa chỉ, điện thoại, thư điện tử' },
    ),
    {
      label: 'thông tin pháp lý ở chân trang (legal)',
      hint: '(bắt buộc theo Nghị định 42/2022/NĐ-CP) thông tin ở chân mọi trang: thiếu mục nào trang bị xử phạt',
    },
  ),
  archive: group('trang lưu trữ (archive)', {
    archived: hint(
      flag('trang lưu trữ (archive.archived)'),
      'bật khi đơn vị đã thôi hoạt động (huyện cũ): trang thành trang lưu trữ, chỉ đọc',
    ),
    notice: optionalText('thông báo lưu trữ'),
    successors: list(successor, 'các cổng thay thế (archive.successors)', 0).default([]),
  }).default({ archived: false, successors: [] }),
  onlineServices: group('cổng dịch vụ công (onlineServices)', {
    name: text('tên cổng dịch vụ công'),
    procedureUrl: hint(
      url('địa chỉ nộp hồ sơ trực tuyến'),
      'địa chỉ trang một thủ tục trên cổng dịch vụ công; {code} là chỗ mã thủ tục',
    ).refine((v) => v.includes('{code}'), {
      error: 'địa chỉ nộp hồ sơ trực tuyến phải chứa {code} ở chỗ mã thủ tục',
    }),
  }),
  feedback: list(
    group('kênh phản ánh', {
      name: text('tên kênh phản ánh'),
      url: url('địa chỉ kênh phản ánh').optional(),
      phone: optional(phone('số điện thoại')),
      email: optional(email('thư điện tử')),
    }),
    'kênh phản ánh, kiến nghị (feedback)',
    0,
  ).default([]),
  /** The press spokesperson (người phát ngôn, Decree 09/2017), shown on the contacts page. */
  spokesperson: group('người phát ngôn (spokesperson)', {
    name: text('họ tên người phát ngôn (spokesperson.name)'),
    position: text('chức vụ người phát ngôn (spokesperson.position)'),
    phone: phone('điện thoại người phát ngôn (spokesperson.phone)'),
    email: email('thư điện tử người phát ngôn (spokesperson.email)'),
  }),
  /** Contacts of the communes (or other sub-units) of the unit, shown on the contacts page. */
  subUnits: list(
    group('đơn vị trực thuộc', {
      name: text('tên đơn vị (subUnits.name)'),
      address: text('địa chỉ (subUnits.address)'),
      phone: phone('điện thoại (subUnits.phone)'),
      email: optional(email('thư điện tử (subUnits.email)')),
      head: optionalText('người đứng đầu (subUnits.head)'),
    }),
    'đơn vị trực thuộc (subUnits)',
    0,
  ).default([]),
  /** Public disclosure sections; src/lib/disclosure/sections.ts has the defaults used when absent. */
  disclosure: list(
    group('mục công khai', {
      slug: slug('đường dẫn của mục (disclosure.slug)', 'tuyen-dung'),
      title: text('tên mục (disclosure.title)'),
      description: optionalText('mô tả mục (disclosure.description)'),
      documentTypes: list(text('loại văn bản'), 'loại văn bản (disclosure.documentTypes)', 0).default([]),
      documentFields: list(text('lĩnh vực văn bản'), 'lĩnh vực văn bản (disclosure.documentFields)', 0).default([]),
      categories: list(text('chuyên mục tin'), 'chuyên mục tin (disclosure.categories)', 0).default([]),
      tags: list(text('từ khóa tin'), 'từ khóa tin (disclosure.tags)', 0).default([]),
    }),
    'các mục công khai (disclosure)',
    0,
  ).optional(),
  /** The access-to-information page (Law 104/2016/QH13, Decree 13/2018): who provides information, how to ask, what is published where. */
  accessToInformation: group('tiếp cận thông tin (accessToInformation)', {
    office: text('đầu mối cung cấp thông tin (accessToInformation.office)'),
    person: optionalText('người phụ trách (accessToInformation.person)'),
    phone: phone('điện thoại (accessToInformation.phone)'),
    email: email('thư điện tử (accessToInformation.email)'),
    address: optionalText('địa chỉ nhận yêu cầu (accessToInformation.address)'),
    hours: optionalText('thời gian tiếp nhận (accessToInformation.hours)'),
    requestForm: hint(
      optionalText('phiếu yêu cầu (accessToInformation.requestForm)'),
      'đường dẫn tới tệp trong thư mục public/, bắt đầu bằng /',
    ).refine((v) => v === undefined || v.startsWith('/'), {
      error:
        'phiếu yêu cầu (accessToInformation.requestForm) là đường dẫn tới tệp trong thư mục public/, bắt đầu bằng /, ví dụ /tai-lieu/phieu-yeu-cau.docx',
    }),
    categories: list(
      group('danh mục thông tin', {
        name: text('tên danh mục (categories.name)'),
        link: text('đường dẫn (categories.link)').refine((v) => v.startsWith('/'), {
          error: 'đường dẫn (categories.link) phải là đường dẫn trong site, bắt đầu bằng /',
        }),
      }),
      'danh mục thông tin phải công khai (accessToInformation.categories)',
    ).optional(),
  }).optional(),
  /** The unit's identity in English, for the English pages (content/en/); required when there are any. */
  english: group('thông tin tiếng Anh (english)', {
    unitName: text('tên đơn vị bằng tiếng Anh (english.unitName)'),
    parent: optionalText('đơn vị cấp trên bằng tiếng Anh (english.parent)'),
    siteTitle: text('tên trang bằng tiếng Anh (english.siteTitle)'),
    managingAgency: text('cơ quan chủ quản bằng tiếng Anh (english.managingAgency)'),
    responsiblePerson: text('người chịu trách nhiệm bằng tiếng Anh (english.responsiblePerson)'),
    address: text('địa chỉ bằng tiếng Anh (english.address)'),
    license: optionalText('giấy phép bằng tiếng Anh (english.license)'),
  }).optional(),
  menu: hint(list(menuItem, 'trình đơn'), 'các mục của trình đơn chính; đường dẫn bắt đầu bằng / (trang trong site) hoặc https://'),
  links: list(link, 'liên kết (links)', 0).default([]),
  /** How many items every list shows a page: news, documents, questions, albums, videos, consultations, disclosure sections. */
  perPage: itemsPerPage('perPage').optional(),
  /**
   * Pages per part of the search index (src/lib/search/parts.ts): Pagefind holds a part in memory
   * while it indexes it (about 230 KB a page), so a large archive is indexed in parts this size.
   */
  searchIndexPartPages: internal(count('số trang mỗi phần của chỉ mục tìm kiếm (searchIndexPartPages)', 100).default(DEFAULT_PART_PAGES)),
  /**
   * How many days the sections the law wants kept current may go without new content before
   * `npm run check` warns (src/lib/content/freshness.ts).
   */
  freshness: hint(
    group('hạn cập nhật, tính bằng ngày (freshness)', {
      schedule: count('hạn cập nhật lịch công tác (freshness.schedule)', 1).default(DEFAULT_FRESHNESS.schedule),
      statistics: count('hạn cập nhật số liệu hồ sơ (freshness.statistics)', 1).default(DEFAULT_FRESHNESS.statistics),
      contacts: count('hạn kiểm tra danh bạ liên hệ (freshness.contacts)', 1).default(DEFAULT_FRESHNESS.contacts),
    }).default(DEFAULT_FRESHNESS),
    'quá số ngày này không có nội dung mới thì npm run check nhắc cập nhật',
  ),
  /**
   * Where the web editor (/admin/) saves (src/data/cms.ts, docs/operator-guide.md "Editing in the
   * browser"): the Git host and the repository. Without it the editor works only on the editor's
   * own machine, through `npm run cms`.
   */
  editing: internal(
    group('biên tập trên trình duyệt (editing)', {
      host: choice('loại máy chủ Git (editing.host)', {
        gitlab: { label: 'GitLab' },
        gitea: { label: 'Gitea hoặc Forgejo', aliases: ['forgejo'] },
        github: { label: 'GitHub' },
      }),
      repo: text('kho nội dung (editing.repo)').refine((v) => /^[\w.-]+(\/[\w.-]+)+$/.test(v), {
        error: 'kho nội dung (editing.repo) cần ghi dạng nhóm/tên-kho, ví dụ so-tt/cong-thong-tin',
      }),
      branch: optionalText('nhánh chính (editing.branch)'),
      baseUrl: url('địa chỉ máy chủ Git (editing.baseUrl)').optional(),
      apiRoot: url('địa chỉ API của máy chủ Git (editing.apiRoot)').optional(),
      appId: optionalText('mã ứng dụng OAuth (editing.appId)'),
    }).optional(),
  ),
  /** The old name of perPage (it always set every list's size, not only the news'), still read. */
  newsPerPage: internal(itemsPerPage('newsPerPage').optional()),
}).transform(({ newsPerPage, ...site }) => ({ ...site, perPage: site.perPage ?? newsPerPage ?? 12 }));

export type SiteConfig = z.infer<typeof siteSchema>;
