/**
 * The procedure page carries the national database's record: every label on every page (an
 * unknown value says "Đang cập nhật"), filing online where the procedure is really filed, a
 * not-online notice naming only the channels it has, and related procedures linked both ways.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { sampleProcedures } from '../support/content.ts';
import { t } from '../../src/i18n/vi.ts';
import { paths } from '../../src/lib/routes.ts';
import { parse } from 'yaml';
import { contentRoot } from '../support/content.ts';

const distDir = inject('distDir');
const procedures = sampleProcedures();
const pageOf = (code: string) => readFileSync(join(distDir, paths.procedure(code), 'index.html'), 'utf8');
const LABELS = [
  t.procedures.competentAuthority,
  t.procedures.delegatedAgency,
  t.procedures.receivingAddress,
  t.procedures.dossierSets,
  t.procedures.decision,
  t.procedures.related,
  t.procedures.procedureType,
];

describe('procedure record', () => {
  it('shows every label of the national record on every procedure page', () => {
    expect(procedures.length).toBeGreaterThan(50);
    const missing = procedures.flatMap((p) =>
      LABELS.filter((label) => !new RegExp(`<dt[^>]*>${label}</dt>`).test(pageOf(p.code))).map((label) => `${p.code}: ${label}`),
    );
    expect(missing).toEqual([]);
  });

  it("says where each procedure is received: the district desk, the communes' desks, or the place the record names", () => {
    const pending = procedures.filter((p) =>
      new RegExp(`${t.procedures.receivingAddress}</dt><dd[^>]*>${t.procedures.pending}<`).test(pageOf(p.code)),
    );
    expect(pending.map((p) => p.code)).toEqual([]);
    expect(pageOf('1.013225')).toContain(`href="${paths.desk('huyen')}"`);
    expect(pageOf('1.001193')).toContain(t.desks.ofLevel(t.governmentLevels.xa, 8));
    const desks = parse(readFileSync(join(contentRoot, 'desks.yaml'), 'utf8')) as { slug: string; address: string }[];
    const desksPage = readFileSync(join(distDir, paths.desks, 'index.html'), 'utf8');
    for (const d of desks) expect(desksPage).toContain(`id="${d.slug}"`);
  });

  it('lets citizens download the forms of the dossier, each as the file the unit keeps, with its kind and size', () => {
    const links = new Map<string, string>();
    for (const p of procedures) {
      for (const [, href, label] of pageOf(p.code).matchAll(
        /<a href="(\/thu-tuc-hanh-chinh\/mau\/[^"]+)" download[^>]*>Tải mẫu<span[^>]*>[^<]*<\/span> \(([^)]+)\)<\/a>/g,
      ))
        links.set(href!, label!);
    }
    expect(links.size).toBeGreaterThanOrEqual(20);
    for (const [href, label] of links) {
      const name = decodeURIComponent(href.split('/').pop()!);
      const served = readFileSync(join(distDir, decodeURIComponent(href)));
      expect(served.equals(readFileSync(join(contentRoot, 'procedures', 'mau', name))), name).toBe(true);
      expect(label, name).toMatch(/^Word, \d+ KB$/);
    }
  });

  it('says a procedure that is not online can be filed only in the ways its channels give', () => {
    const offline = procedures.filter((p) => p.online === 'khong' && !p.rescinded);
    expect(offline.length).toBeGreaterThan(5);
    expect(offline.some((p) => !p.channels.some((c) => c.type === 'buu-chinh'))).toBe(true);
    for (const p of offline) {
      const has = (type: string) => p.channels.some((c) => c.type === type);
      expect(pageOf(p.code), p.code).toContain(t.procedures.notOnline(has('truc-tiep'), has('buu-chinh')));
      if (!has('buu-chinh')) expect(pageOf(p.code), p.code).not.toContain('bưu chính công ích.</p>');
      // The level's explanation beside the tag follows the channels too (it said "…hoặc qua bưu chính" on every one).
      expect(pageOf(p.code), p.code).toContain(
        `<span data-pagefind-ignore>${t.offlineChannels(has('truc-tiep'), has('buu-chinh'))}</span>`,
      );
    }
  });

  it("files residence procedures on the Ministry of Public Security's portal, the others on the unit's", () => {
    const residence = procedures.filter((p) => p.field === 'Đăng ký, quản lý cư trú');
    expect(residence.length).toBeGreaterThan(5);
    for (const p of residence) expect(pageOf(p.code), p.code).toContain('href="https://dichvucong.bocongan.gov.vn/"');
    expect(pageOf('1.001193')).toContain('href="https://dichvucong.gov.vn/');
  });

  it('links related procedures both ways', () => {
    const pairs = procedures.flatMap((p) => (p.related ?? []).map((other) => [p.code, other] as const));
    expect(pairs.length).toBeGreaterThan(10);
    for (const [a, b] of pairs) {
      expect(pageOf(a), `${a} → ${b}`).toContain(`href="${paths.procedure(b)}"`);
      expect(pageOf(b), `${b} → ${a}`).toContain(`href="${paths.procedure(a)}"`);
    }
  });
});
