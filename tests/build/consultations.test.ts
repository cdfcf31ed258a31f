/**
 * Consultations on drafts, built from the fixture site plus the sample's consultations on a fixed
 * day (TEST_NOW, 01/06/2025 in Vietnam): one open with its days left and how to reply, one not yet
 * open, one closed with its result; the draft files published. Then the access-to-information page
 * of the sample site: every category linked to its page, the request form served.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { root, runCli, tempSite } from '../support/cli.ts';
import { contentRoot } from '../support/content.ts';
import { paths } from '../../src/lib/routes.ts';
import { t } from '../../src/i18n/vi.ts';

let out: string;
const read = (dir: string, path: string) => readFileSync(join(dir, `${path}index.html`), 'utf8');
const file = (dir: string, path: string) => readFileSync(join(dir, decodeURIComponent(path)));
const OPEN = 'du-thao-quy-che-cong-tac-van-thu-luu-tru';
const UPCOMING = 'du-thao-de-an-phat-trien-du-lich-cong-dong';
const CLOSED = 'du-thao-ke-hoach-su-dung-dat-nam-2025';

beforeAll(() => {
  const site = tempSite('consultations', 'site');
  out = site.out;
  cpSync(join(contentRoot, 'consultations'), join(site.content, 'consultations'), { recursive: true });
  // The closed consultation links a document of the sample; the fixture has none, so the link goes.
  const closed = join(site.content, 'consultations', `${CLOSED}.md`);
  writeFileSync(closed, readFileSync(closed, 'utf8').replace(/\[(Công văn[^\]]+)\]\([^)]+\)/, '$1'));
  const { status, output } = runCli('src/cli/build.ts', site.content, [], { TRANGTIN_OUT: out });
  expect(status, output).toBe(0);
});

describe('consultations on drafts', () => {
  it('lists open ones first with the days left, then those not yet open, then closed ones', () => {
    const list = read(out, paths.consultations);
    const order = [OPEN, UPCOMING, CLOSED].map((slug) => list.indexOf(`href="${paths.consultation(slug)}"`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(list).toContain(`${t.consultations.open}, ${t.consultations.daysLeft(20)}`);
    expect(list).toContain(`${t.consultations.upcoming}, ${t.consultations.daysToOpen(9)}`);
    expect(list).toContain(t.consultations.closed);
  });
  it('explains how to reply while a consultation is open, with a prefilled e-mail, and offers the draft', () => {
    const page = read(out, paths.consultation(OPEN));
    const mailto = /href="(mailto:[^"]+)"/.exec(page)![1]!.replace(/&amp;/g, '&');
    expect(new URL(mailto).searchParams.get('subject')).toBe(
      t.consultations.emailSubject('Dự thảo Quy chế công tác văn thư, lưu trữ của Ủy ban nhân dân huyện Sông Mẫu'),
    );
    const href = /href="(\/lay-y-kien\/tep\/[^"]+)" download/.exec(page)![1]!;
    expect(file(out, href).subarray(0, 5).toString()).toBe('%PDF-');
    expect(page).toContain(`data-pagefind-filter="kind:${t.search.kinds.consultation}"`);
  });
  it('publishes the summary of comments once closed, and no longer asks for them', () => {
    const page = read(out, paths.consultation(CLOSED));
    expect(page).toContain(t.consultations.result);
    expect(page).toContain('46 ý kiến');
    expect(page).not.toContain('id="cach-gop-y"');
  });
});

describe('access to information', () => {
  const dist = inject('distDir');
  it('links every category the unit must disclose to the page that publishes it, and serves the request form', () => {
    const page = read(dist, paths.accessToInformation);
    expect(page).not.toContain(t.accessToInformation.missing);
    for (const href of [paths.documents, paths.consultations, paths.disclosure('cong-khai-ngan-sach'), paths.questions])
      expect(page).toContain(`<a href="${href}"`);
    const form = /href="([^"]+\.docx)" download/.exec(page)![1]!;
    expect(file(dist, form).subarray(0, 2).toString()).toBe('PK');
  });
});
