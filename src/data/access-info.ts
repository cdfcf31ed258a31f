/**
 * The access-to-information page's data: who provides information and how to ask (site.yaml,
 * the legal footer's contacts by default), and each category of information with the page that
 * publishes it. A category whose page the site does not have is listed as missing and named in
 * the build's log, so the IT officer sees the gap an inspection would find.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from './config.ts';
import { currentUnit } from './units.ts';
import { allPages } from './pages.ts';
import { documentsByType } from './documents.ts';
import { disclosureSections } from './disclosure.ts';
import { DEFAULT_CATEGORIES, resolveCategories } from '../lib/disclosure/access.ts';
import { describeAttachment } from '../lib/documents/files.ts';
import { paths } from '../lib/routes.ts';
import { t } from '../i18n/vi.ts';

/** The site's section and list pages and static pages, by path, with their titles: what a category may link to. */
async function sectionPages(): Promise<Map<string, string>> {
  const targets = new Map<string, string>([
    [paths.news, t.news.title],
    [paths.catalog, t.procedures.title],
    [paths.desks, t.desks.title],
    [paths.documents, t.documents.title],
    [paths.schedule, t.schedule.title],
    [paths.questions, t.questions.title],
    [paths.statistics, t.statistics.title],
    [paths.consultations, t.consultations.title],
    [paths.disclosureHub, t.disclosure.hubTitle],
    [paths.search, t.search.title],
  ]);
  for (const p of await allPages()) targets.set(paths.page(p.id), p.data.title);
  for (const s of disclosureSections()) targets.set(paths.disclosure(s.slug), s.title);
  for (const { type } of await documentsByType()) targets.set(paths.documentType(type.slug), t.documents.ofType(type.name));
  return targets;
}

/** The units already warned about, once a build each. */
const warned = new Set<string>();

export async function accessToInformation() {
  const { site } = loadConfig();
  const config = site.accessToInformation;
  const targets = await sectionPages();
  const categories = resolveCategories(config?.categories ?? DEFAULT_CATEGORIES, targets);
  const missing = categories.filter((c) => !c.page);
  if (missing.length && !warned.has(currentUnit())) {
    warned.add(currentUnit());
    for (const c of missing)
      console.warn(
        `[tiếp cận thông tin] danh mục "${c.name}" trỏ tới ${c.link} nhưng site chưa có trang này — trang Tiếp cận thông tin ghi "chưa có trang"; cần thêm mục đó hoặc sửa accessToInformation.categories trong content/${currentUnit() ? `${currentUnit()}/` : ''}site.yaml`,
      );
  }
  const formSize = config?.requestForm
    ? statSync(join(process.cwd(), 'public', config.requestForm), { throwIfNoEntry: false })?.size
    : undefined;
  return {
    office: config?.office ?? site.legal.managingAgency,
    person: config?.person,
    phone: config?.phone ?? site.legal.phone,
    email: config?.email ?? site.legal.email,
    address: config?.address ?? site.legal.address,
    hours: config?.hours,
    requestForm:
      config?.requestForm && formSize !== undefined
        ? { url: config.requestForm, description: describeAttachment(config.requestForm, formSize) }
        : undefined,
    categories,
  };
}

export type AccessToInformation = Awaited<ReturnType<typeof accessToInformation>>;
