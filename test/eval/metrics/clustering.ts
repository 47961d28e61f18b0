// Clustering metrics for event and story grouping: B³ (Bagga & Baldwin 1998) precision, recall
// and F1, and normalised mutual information (Strehl & Ghosh 2002: I / √(H·H)).
// A clustering is a map item → cluster label; only items present in both maps are scored.

export type Clustering = ReadonlyMap<string, string>;
export type BCubed = { precision: number; recall: number; f1: number };

/** Items of each cluster, by label. */
function members(c: Clustering, items: readonly string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const i of items) {
    const label = c.get(i) as string;
    const set = out.get(label) ?? new Set<string>();
    set.add(i);
    out.set(label, set);
  }
  return out;
}

const common = (predicted: Clustering, gold: Clustering): string[] => [...gold.keys()].filter((k) => predicted.has(k)).sort();

/** B³: per item, the share of its predicted cluster that is in its gold cluster (precision) and vice versa (recall), averaged. */
export function bcubed(predicted: Clustering, gold: Clustering): BCubed {
  const items = common(predicted, gold);
  if (items.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const p = members(predicted, items);
  const g = members(gold, items);
  let precision = 0;
  let recall = 0;
  for (const i of items) {
    const pc = p.get(predicted.get(i) as string) as Set<string>;
    const gc = g.get(gold.get(i) as string) as Set<string>;
    let overlap = 0;
    for (const x of pc) if (gc.has(x)) overlap++;
    precision += overlap / pc.size;
    recall += overlap / gc.size;
  }
  precision /= items.length;
  recall /= items.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function entropy(sizes: Iterable<number>, n: number): number {
  let h = 0;
  for (const s of sizes) if (s > 0) h -= (s / n) * Math.log(s / n);
  return h;
}

/** NMI = I(P; G) / √(H(P) · H(G)); 1 when both are a single cluster, 0 when only one is. */
export function nmi(predicted: Clustering, gold: Clustering): number {
  const items = common(predicted, gold);
  const n = items.length;
  if (n === 0) return 0;
  const joint = new Map<string, number>();
  const pSizes = new Map<string, number>();
  const gSizes = new Map<string, number>();
  for (const i of items) {
    const a = predicted.get(i) as string;
    const b = gold.get(i) as string;
    joint.set(`${a}\u0000${b}`, (joint.get(`${a}\u0000${b}`) ?? 0) + 1);
    pSizes.set(a, (pSizes.get(a) ?? 0) + 1);
    gSizes.set(b, (gSizes.get(b) ?? 0) + 1);
  }
  const hp = entropy(pSizes.values(), n);
  const hg = entropy(gSizes.values(), n);
  if (hp === 0 && hg === 0) return 1;
  if (hp === 0 || hg === 0) return 0;
  let mi = 0;
  for (const [key, nij] of joint) {
    const [a, b] = key.split('\u0000') as [string, string];
    mi += (nij / n) * Math.log((n * nij) / ((pSizes.get(a) as number) * (gSizes.get(b) as number)));
  }
  return mi / Math.sqrt(hp * hg);
}

/** Builds a clustering from groups of items (group index as label). */
export function fromGroups(groups: Iterable<Iterable<string>>): Map<string, string> {
  const out = new Map<string, string>();
  let label = 0;
  for (const g of groups) {
    for (const item of g) out.set(item, String(label));
    label++;
  }
  return out;
}
