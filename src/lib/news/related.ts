/**
 * Related news, computed for the whole site once per build.
 *
 * Scoring every pair of articles would be O(n²) for a portal with 10,000+ articles, so each
 * article only scores a bounded set of neighbours: the articles nearest in time that share
 * one of its tags, and those nearest in time in its category.
 */

export interface RelatedInput {
  id: string;
  date: Date;
  category: string;
  tags: readonly string[];
}

const NEIGHBOURS_PER_GROUP = 12;

/** Indices of the `k` items nearest to `position` in a list sorted by date. */
function nearest(list: number[], position: number, k: number): number[] {
  const out: number[] = [];
  let lo = position - 1;
  let hi = position + 1;
  while (out.length < k && (lo >= 0 || hi < list.length)) {
    if (lo >= 0) out.push(list[lo--]!);
    if (out.length < k && hi < list.length) out.push(list[hi++]!);
  }
  return out;
}

/**
 * Maps each article id to up to `limit` related article ids, best first:
 * two points per shared tag, one for the same category, then the closer date wins.
 * `items` must be sorted newest first.
 */
export function buildRelatedIndex(items: readonly RelatedInput[], limit = 4): Map<string, string[]> {
  const groups = new Map<string, number[]>();
  const positions = new Map<string, Map<number, number>>();
  const add = (key: string, index: number) => {
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(index);
  };
  items.forEach((item, i) => {
    add(`c:${item.category}`, i);
    for (const tag of new Set(item.tags.map((t) => t.toLowerCase()))) add(`t:${tag}`, i);
  });
  for (const [key, list] of groups) positions.set(key, new Map(list.map((index, pos) => [index, pos])));

  const result = new Map<string, string[]>();
  items.forEach((item, i) => {
    const keys = [`c:${item.category}`, ...new Set(item.tags.map((t) => `t:${t.toLowerCase()}`))];
    const candidates = new Set<number>();
    for (const key of keys) {
      const list = groups.get(key)!;
      for (const j of nearest(list, positions.get(key)!.get(i)!, NEIGHBOURS_PER_GROUP)) candidates.add(j);
    }
    const ownTags = new Set(item.tags.map((t) => t.toLowerCase()));
    const scored = [...candidates].map((j) => {
      const other = items[j]!;
      const shared = other.tags.filter((t) => ownTags.has(t.toLowerCase())).length;
      const score = shared * 2 + (other.category === item.category ? 1 : 0);
      return { j, score, distance: Math.abs(other.date.getTime() - item.date.getTime()) };
    });
    scored.sort((a, b) => b.score - a.score || a.distance - b.distance || a.j - b.j);
    result.set(
      item.id,
      scored.slice(0, limit).map((s) => items[s.j]!.id),
    );
  });
  return result;
}
