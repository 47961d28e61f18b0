// Keeps ids stable across regroupings: each regrouped event (or story) takes the id of the earlier
// one it shares the most members with, each earlier id going to at most one successor.

/**
 * Maps positions in `next` to keys of `previous` by maximal member overlap, greedily: the pair
 * with the largest overlap first (ties: smaller previous key, then earlier position). Groups that
 * share no member with an unclaimed previous group are left out of the map.
 */
export function matchByOverlap<K extends string, M>(next: readonly (readonly M[])[], previous: ReadonlyMap<K, readonly M[]>): Map<number, K> {
  const ownerOf = new Map<M, K>();
  for (const [key, members] of previous) for (const m of members) ownerOf.set(m, key);
  const pairs: { at: number; key: K; overlap: number }[] = [];
  next.forEach((members, at) => {
    const counts = new Map<K, number>();
    for (const m of members) {
      const key = ownerOf.get(m);
      if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const [key, overlap] of counts) pairs.push({ at, key, overlap });
  });
  pairs.sort((x, y) => y.overlap - x.overlap || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0) || x.at - y.at);
  const taken = new Set<K>();
  const out = new Map<number, K>();
  for (const p of pairs) {
    if (out.has(p.at) || taken.has(p.key)) continue;
    out.set(p.at, p.key);
    taken.add(p.key);
  }
  return out;
}

/** Same members, whatever their order. */
export function sameMembers<M>(a: readonly M[], b: readonly M[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return set.size === b.length && b.every((m) => set.has(m));
}
