/**
 * The search page's progressive enhancement: reads `?q=` (and filters, sort) from the URL, runs
 * the search with Pagefind, renders results with our own clean excerpts, filter checkboxes with
 * counts and a sort choice, and keeps the URL in step so links and the back button work.
 */
import {
  archiveMerged,
  indexParts,
  loadFilters,
  loadPagefind,
  mergeArchive,
  type ArchivePart,
  type FilterCounts,
  type Pagefind,
  type PagefindResult,
} from './pagefind-api.ts';
import { countFacets, runSearch, type SearchOutcome } from './search-engine.ts';
import { answersOutright, planSearch, type SearchPlan } from '../lib/search/query.ts';
import { foldPhrase } from '../lib/search/words.ts';
import { excerpt } from '../lib/search/excerpt.ts';
import type { Synonym } from '../lib/search/synonyms.ts';
import { FACETS, readState, writeState, type Facet, type SearchState } from '../lib/search/state.ts';
import { browserStrings as t } from '../i18n/vi.ts';
import { onlineUrl } from '../lib/procedures/catalog.ts';
import { paths } from '../lib/routes.ts';

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 300;
/** Where the filters sit beside the results (the page's CSS breakpoint) and are shown open. */
const WIDE_SCREEN = '(min-width: 56rem)';

/** Facet values in a fixed, meaningful order; others (fields, years) sorted. */
const ORDER: Partial<Record<Facet, string[]>> = {
  kind: Object.values(t.search.kinds),
  online: Object.values(t.onlineLevels),
  level: Object.values(t.governmentLevels),
};
function orderedValues(facet: Facet, values: string[]): string[] {
  const fixed = ORDER[facet];
  if (fixed) return values.sort((a, b) => (fixed.indexOf(a) + 1 || 99) - (fixed.indexOf(b) + 1 || 99));
  if (facet === 'year') return values.sort((a, b) => b.localeCompare(a));
  return values.sort((a, b) => a.localeCompare(b, 'vi'));
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export function initSiteSearch(root = document.querySelector<HTMLElement>('[data-module="site-search"]')) {
  if (!root) return;
  const synonyms = JSON.parse(root.dataset.synonyms ?? '[]') as Synonym[];
  const stopWords = JSON.parse(root.dataset.stopWords ?? '[]') as string[];
  const { recent, parts } = indexParts(root.dataset.searchArchive);
  const load = () => loadPagefind(recent);
  /** The index parts merged into the main one for the current search. */
  const merged = () => [...(recent ? [recent] : []), ...(state.archive ? parts.map((p) => p.path) : [])];
  const filingTemplate = root.dataset.filing ?? '';
  const notices = root.querySelector<HTMLElement>('[data-notices]')!;
  const best = root.querySelector<HTMLElement>('[data-best]')!;
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('#search-query')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const body = root.querySelector<HTMLElement>('[data-body]')!;
  const filtersPanel = root.querySelector<HTMLDetailsElement>('[data-filters]')!;
  const facetsBox = root.querySelector<HTMLElement>('[data-facets]')!;
  const sortSelect = root.querySelector<HTMLSelectElement>('[data-sort]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const clear = root.querySelector<HTMLButtonElement>('[data-clear]')!;
  const archiveLine = root.querySelector<HTMLElement>('[data-archive]')!;

  let state: SearchState = readState(new URLSearchParams(location.search));
  let results: PagefindResult[] = [];
  let outcome: SearchOutcome | undefined;
  let shown = 0;
  let highlight: string[] = [];
  let generation = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  const setUrl = (mode: 'push' | 'replace') => {
    const query = writeState(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  };

  async function renderResults(from: number, focusFirst: boolean) {
    const slice = results.slice(from, from + PAGE_SIZE);
    const mine = generation;
    const fragments = await Promise.all(slice.map((r) => r.data()));
    if (mine !== generation) return;
    const items = fragments.map((f) => {
      const kind = f.filters.kind?.[0];
      const detail = f.meta.number
        ? `${f.meta.number}, ${t.documents.issued.toLowerCase()} ${f.meta.date}`
        : f.meta.date
          ? `${t.search.posted} ${f.meta.date}`
          : f.filters.field?.[0];
      const text = el('p', { className: 'tt-search__excerpt' });
      for (const part of excerpt(f.content, highlight)) text.append(part.mark ? el('mark', {}, part.text) : part.text);
      return el(
        'li',
        {},
        el('h3', {}, el('a', { href: f.url }, f.meta.title ?? f.url)),
        el('p', { className: 'tt-search__meta' }, [kind, detail].filter(Boolean).join(' · ')),
        text,
      );
    });
    list.append(...items);
    shown = from + slice.length;
    more.hidden = shown >= results.length;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  /** Old or colloquial terms explained, and a plain word when no page has every word of the query. */
  function renderNotices(plan: SearchPlan, relaxed: 'core' | 'partial' | undefined) {
    notices.replaceChildren();
    if (plan.hints.length) {
      notices.append(
        el(
          'div',
          { className: 'tt-notice' },
          el('p', {}, el('strong', {}, t.search.hintTitle)),
          el('ul', {}, ...plan.hints.map((h) => el('li', {}, `“${h.term}”: ${h.note}`))),
        ),
      );
    }
    if (relaxed === 'partial') notices.append(el('p', { className: 'tt-search__relaxed' }, t.search.partial));
  }

  /** A card for the procedure that answers the query outright: what a citizen needs to act on it. */
  async function renderBestAnswer(query: string) {
    best.replaceChildren();
    const top = results[0];
    if (!top || state.sort === 'date') return;
    const f = await top.data();
    if (f.filters.kind?.[0] !== t.search.kinds.procedure || !answersOutright(f.meta.title ?? '', query)) return;
    const facts = el('dl', {});
    for (const [label, value] of [
      [t.search.facets.online, f.filters.online?.[0]],
      [t.search.bestTime, f.meta.time],
      [t.search.bestFee, f.meta.fee],
    ] as const) {
      if (value) facts.append(el('div', {}, el('dt', {}, label), el('dd', {}, value)));
    }
    const links = el('p', { className: 'tt-search__best-links' });
    // Filed on the unit's portal unless the record names its own (residence: the police's portal).
    const filing = f.meta.filing ?? onlineUrl(filingTemplate, f.meta.code!);
    if (f.filters.online?.[0] !== t.onlineLevels.khong) links.append(el('a', { href: filing, className: 'tt-button' }, t.search.bestFile));
    links.append(el('a', { href: paths.checklist(f.meta.code!) }, t.search.bestChecklist));
    best.append(
      el(
        'section',
        { className: 'tt-search__best' },
        el('h2', {}, t.search.bestAnswer),
        el('h3', {}, el('a', { href: f.url }, f.meta.title ?? f.url), ` (${f.meta.code})`),
        facts,
        links,
      ),
    );
  }

  /** On a site whose old news is indexed apart: say whether it was searched, and offer to. */
  function renderArchive(parts: ArchivePart[]) {
    archiveLine.replaceChildren();
    archiveLine.hidden = parts.length === 0;
    if (!parts.length) return;
    const from = Math.min(...parts.map((p) => p.from));
    const to = Math.max(...parts.map((p) => p.to));
    if (state.archive) {
      const recent = `${location.pathname}?${writeState({ ...state, archive: undefined })}`;
      archiveLine.append(t.search.archiveIncluded(from, to), ' ', el('a', { href: recent }, t.search.archiveLeave));
    } else {
      const button = el('button', { type: 'button', className: 'tt-button tt-button--secondary' }, t.search.archiveSearch(from, to));
      button.addEventListener('click', () => {
        state = { ...state, archive: true };
        setUrl('push');
        void search().then(() => archiveLine.querySelector('a')?.focus());
      });
      archiveLine.append(t.search.archiveLeft(from, to), ' ', button);
    }
  }

  function renderFacets(counts: FilterCounts) {
    const focused =
      document.activeElement instanceof HTMLInputElement && facetsBox.contains(document.activeElement)
        ? `${document.activeElement.name}\u0000${document.activeElement.value}`
        : undefined;
    facetsBox.replaceChildren();
    for (const facet of FACETS) {
      const chosen = state.filters[facet] ?? [];
      const values = orderedValues(
        facet,
        Object.keys(counts[facet] ?? {}).filter((v) => (counts[facet]![v] ?? 0) > 0 || chosen.includes(v)),
      );
      if (values.length === 0) continue;
      const items = values.map((value, i) => {
        const id = `filter-${facet}-${i}`;
        const box = document.createElement('input');
        Object.assign(box, { type: 'checkbox', id, name: facet, value, checked: chosen.includes(value) });
        return el('li', {}, box, el('label', { htmlFor: id }, `${value} (${counts[facet]![value] ?? 0})`));
      });
      facetsBox.append(el('fieldset', {}, el('legend', {}, t.search.facets[facet]), el('ul', {}, ...items)));
    }
    if (focused) {
      const [name, value] = focused.split('\u0000');
      [...facetsBox.querySelectorAll<HTMLInputElement>('input')].find((b) => b.name === name && b.value === value)?.focus();
    }
    clear.hidden = !FACETS.some((f) => state.filters[f]?.length);
  }

  /** The filters with their counts, fetched the first time the panel is open. */
  async function showFacets(pagefind: Pagefind, shown: SearchOutcome) {
    const mine = generation;
    await loadFilters(pagefind);
    const counts = await countFacets(pagefind, shown, state);
    if (mine === generation) renderFacets(counts);
  }

  async function search() {
    const mine = ++generation;
    input.value = state.q;
    sortSelect.value = state.sort;
    const plan = planSearch(state.q, synonyms, stopWords);
    if (!plan) {
      body.hidden = true;
      status.textContent = '';
      list.replaceChildren();
      notices.replaceChildren();
      best.replaceChildren();
      archiveLine.hidden = true;
      return;
    }
    let pagefind: Pagefind;
    try {
      status.textContent = t.search.loading;
      // Results, then (when open) the filters are redrawn: busy until both are.
      body.setAttribute('aria-busy', 'true');
      pagefind = await load();
    } catch {
      // `astro dev` serves no index; its pages carry Vite's client script, a built site never does.
      const devServer = !!document.querySelector('script[src*="/@vite/client"]');
      status.textContent = devServer ? t.search.noIndex : t.search.failed;
      body.setAttribute('aria-busy', 'false');
      return;
    }
    // A merged archive cannot be taken out of Pagefind again: going back to a search without it reloads.
    if (archiveMerged() && !state.archive) return location.reload();
    if (state.archive) await mergeArchive(pagefind, parts);
    let found = await runSearch(pagefind, plan, state, merged());
    if ((found.results.length === 0 || found.relaxed === 'partial') && parts.length && !state.archive) {
      // No recent page has every word: the old news may, rather than the nearest pages or none.
      state = { ...state, archive: true };
      setUrl('replace');
      await mergeArchive(pagefind, parts);
      found = await runSearch(pagefind, plan, state, merged());
    }
    if (mine !== generation) return;
    outcome = found;
    renderArchive(parts);
    results = found.results;
    // Highlight the words as typed (folded) and as searched (with i/y forgiven, abbreviations expanded).
    highlight = [...new Set([...foldPhrase(plan.display).split(' '), ...found.query.split(' ')])];
    renderNotices(plan, found.relaxed);
    await renderBestAnswer(found.query);
    if (mine !== generation) return;
    list.replaceChildren();
    body.hidden = false;
    await renderResults(0, false);
    if (filtersPanel.open) await showFacets(pagefind, found);
    if (mine !== generation) return;
    status.textContent = t.search.results(results.length, plan.display) + (results.length === 0 ? ` ${t.search.emptyHint}` : '');
    body.setAttribute('aria-busy', 'false');
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    state = { ...state, q: input.value.trim() };
    setUrl('push');
    void search();
  });
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      state = { ...state, q: input.value.trim() };
      setUrl('replace');
      void search();
    }, TYPING_DELAY_MS);
  });
  // Start fetching the index as soon as the reader shows intent, so the first search is quick.
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  facetsBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const facet = box.name as Facet;
    const values = new Set(state.filters[facet] ?? []);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    state = { ...state, filters: { ...state.filters, [facet]: [...values] } };
    setUrl('push');
    void search();
  });
  sortSelect.addEventListener('change', () => {
    state = { ...state, sort: sortSelect.value === 'date' ? 'date' : 'relevance' };
    setUrl('push');
    void search();
  });
  clear.addEventListener('click', () => {
    state = { ...state, filters: {} };
    setUrl('push');
    void search().then(() => input.focus());
  });
  more.addEventListener('click', () => void renderResults(shown, true));
  filtersPanel.open = matchMedia(WIDE_SCREEN).matches || FACETS.some((f) => state.filters[f]?.length);
  filtersPanel.addEventListener('toggle', () => {
    if (filtersPanel.open && outcome) void load().then((pagefind) => showFacets(pagefind, outcome!));
  });
  window.addEventListener('popstate', () => {
    state = readState(new URLSearchParams(location.search));
    void search();
  });
  void search();
}
