// Aligns the claims of an event's articles into facts: same topic (kind, unit class, anchor concept,
// qualifiers), values grouped when they say the same thing, and a status — agreed (two or more
// independent origins, every value compatible), disputed (incompatible values), single-source.
// Precision first: an article that enumerates several values for one topic is left out of it, a
// weak side of a dispute needs two origins, and a single-source fact needs a strong topic.
import type { Article } from '../../model/article.js';
import type { Evidence, Fact, FactStatus, FactValue } from '../../model/event.js';
import type { ArticleId } from '../../model/ids.js';
import { unitClassOfQuantity, type Claim } from './claims.js';
import type { DateMention } from '../../model/extraction.js';
import { ANCHORS, BARE_NUMBER_MIN, ENUMERATION_VALUES, MODAL_QUALIFIERS, QUALIFIERS, WEAK_SIDE_MIN_ORIGINS } from './rules.js';
import { compatible, dateInterval, equivalent, isoDay, quantityInterval } from './values.js';

const ANCHOR_LABEL = new Map(ANCHORS.map((a) => [a.id, a.label]));
const QUALIFIER_LABEL = new Map(QUALIFIERS.map((q) => [q.id, q.label]));

const topicKey = (c: Claim): string => `${c.kind === 'date' ? 'date' : c.unitClass}:${c.anchor}${c.qualifiers.length > 0 ? '|' + c.qualifiers.join('+') : ''}`;
const isAnchored = (c: Claim): boolean => c.anchor !== '' && !c.anchor.startsWith('#');

/** Groups of mutually equivalent values (greedy, in order). */
function valueGroups(claims: readonly Claim[]): Claim[][] {
  const groups: Claim[][] = [];
  for (const c of claims) {
    const g = groups.find((x) => x.every((y) => equivalent(y.value, c.value)));
    if (g === undefined) groups.push([c]);
    else g.push(c);
  }
  return groups;
}

const groupsCompatible = (a: readonly Claim[], b: readonly Claim[]): boolean => a.every((x) => b.every((y) => compatible(x.value, y.value)));

/** Count of groups not all compatible with each other: 1 when every value is compatible. */
function incompatibleGroups(groups: readonly Claim[][]): number {
  let n = 0;
  const seen: Claim[][] = [];
  for (const g of groups) {
    if (!seen.some((s) => groupsCompatible(s, g))) n++;
    seen.push(g);
  }
  return n;
}

/**
 * One article's claims for one topic: one per sentence (the first); an article that states three or
 * more incompatible values is enumerating (seats per party) and is left out (`dropped`); two
 * incompatible values stand (a self-contradiction, `contested`) only when both are strong and in
 * different sentences — and, later, only the sides that another origin's value is compatible with.
 */
function cleanArticleTopic(claims: readonly Claim[]): { kept: Claim[]; dropped: Claim[]; contested: boolean } {
  const perSentence = new Map<number, Claim>();
  for (const c of claims) {
    const k = c.sentence < 0 ? -1 - c.start : c.sentence;
    if (!perSentence.has(k)) perSentence.set(k, c);
  }
  const kept = [...perSentence.values()];
  const groups = valueGroups(kept);
  const keep = (k: Claim[], contested = false): { kept: Claim[]; dropped: Claim[]; contested: boolean } => ({ kept: k, dropped: kept.filter((c) => !k.includes(c)), contested });
  const n = incompatibleGroups(groups);
  if (n === 1) return keep(kept);
  if (n >= ENUMERATION_VALUES) return keep([]);
  const strong = kept.filter((c) => c.strength === 2);
  if (strong.length > 0 && incompatibleGroups(valueGroups(strong)) === 1) return keep(kept.filter((c) => strong.every((s) => compatible(s.value, c.value))));
  if (strong.length === kept.length && new Set(strong.map((c) => c.sentence)).size === strong.length) return keep(strong, true);
  return keep([]);
}

type Cluster = { key: string; claims: Claim[] };

/** Claims of articles that contradict themselves on their topic. */
type Contested = ReadonlySet<Claim>;

function byKey(claims: readonly Claim[]): Map<string, Claim[]> {
  const out = new Map<string, Claim[]>();
  for (const c of claims) {
    const k = topicKey(c);
    const list = out.get(k);
    if (list === undefined) out.set(k, [c]);
    else list.push(c);
  }
  return out;
}

/** A bare number distinctive enough to count as the same figure across articles (approximations only when large). */
const distinctive = (c: Claim, approximate = false): boolean => c.kind === 'quantity' && c.value.point !== undefined
  && (approximate || !c.value.approximate)
  && (c.value.point >= BARE_NUMBER_MIN || (!c.value.approximate && !Number.isInteger(c.value.point)));

function topicLabel(key: string, claims: readonly Claim[]): string {
  const first = claims.find(isAnchored) ?? claims[0];
  if (first === undefined) return key;
  if (!isAnchored(first)) {
    const counted = claims.map((c) => c.counted).find((x) => x !== undefined);
    return counted === undefined ? 'figure' : counted;
  }
  const anchor = ANCHOR_LABEL.get(first.anchor) ?? first.anchor;
  const quals = first.qualifiers.filter((q) => q !== 'dead' || first.anchor !== 'people');
  if (first.kind === 'date') {
    const which = first.qualifiers.includes('next') ? 'next ' : first.qualifiers.includes('previous') ? 'previous ' : '';
    return `date of the ${which}${anchor}`;
  }
  if (first.unitClass === 'min' && first.anchor === 'meeting') return 'duration of the meeting';
  if (first.anchor === 'people' && first.qualifiers.includes('dead')) return ['people killed', ...quals.map((q) => QUALIFIER_LABEL.get(q) ?? q)].join(', ');
  return [anchor, ...quals.map((q) => QUALIFIER_LABEL.get(q) ?? q)].join(' ');
}

function evidence(c: Claim, article: Article | undefined): Evidence {
  return { articleId: c.articleId, start: c.start, end: c.end, text: article?.text.slice(c.start, c.end) ?? c.text };
}

function factValue(group: readonly Claim[], byId: ReadonlyMap<ArticleId, Article>): FactValue {
  const first = group[0] as Claim;
  const v = first.value;
  const value: FactValue = {
    value: first.text,
    articleIds: [...new Set(group.map((c) => c.articleId))],
    evidence: group.map((c) => evidence(c, byId.get(c.articleId))),
  };
  if (first.kind === 'date') {
    if (first.iso !== undefined) value.normalized = first.iso;
    value.low = isoDay(v.low);
    value.high = isoDay(v.high);
    value.unit = 'day';
    return value;
  }
  if (v.point !== undefined) value.normalized = v.point;
  if (first.unit !== '') value.unit = first.unit;
  value.low = v.low;
  if (Number.isFinite(v.high)) value.high = v.high;
  if (group.some((c) => c.value.approximate)) value.approximate = true;
  return value;
}

/** Does another origin state a compatible figure or date anywhere (then "single-source" cannot be claimed)? */
function statedElsewhere(claims: readonly Claim[], byId: ReadonlyMap<ArticleId, Article>): boolean {
  const mine = new Set(claims.map((c) => c.origin));
  for (const a of byId.values()) {
    if (mine.has(a.duplicateOf ?? a.syndicatedFrom ?? a.id)) continue;
    for (const c of claims) {
      if (c.kind === 'date') {
        if ((a.extraction?.dates ?? []).some((d) => d.precision === 'day' && compatibleDate(d, c))) return true;
      } else if ((a.extraction?.quantities ?? []).some((q) => unitClassOfQuantity(q) === c.unitClass.replace(/\/day$/u, '') && equivalent(quantityInterval(q, a.language), c.value))) return true;
    }
  }
  return false;
}

function compatibleDate(d: DateMention, c: Claim): boolean {
  const v = dateInterval(d);
  return v !== undefined && compatible(v, c.value);
}

const origins = (claims: readonly Claim[]): number => new Set(claims.map((c) => c.origin)).size;

/** Builds one fact from a cluster, or none when precision rules leave nothing. */
function toFact(cluster: Cluster, byId: ReadonlyMap<ArticleId, Article>, contested: Contested): Fact | undefined {
  // A side of a self-contradiction stands only when another origin states a compatible value.
  const base = cluster.claims.filter((c) => !contested.has(c)
    || cluster.claims.some((o) => o.origin !== c.origin && !contested.has(o) && compatible(o.value, c.value)));
  let groups = valueGroups(base);
  if (incompatibleGroups(groups) > 1) {
    // A side of a dispute stands on a claim whose topic word was found or on several origins; a weak value compatible with a standing one supports it.
    const stands = (g: readonly Claim[]): boolean => g.some((c) => c.strength >= 1) || origins(g) >= WEAK_SIDE_MIN_ORIGINS;
    const standing = groups.filter(stands);
    groups = groups.filter((g) => stands(g) || standing.some((s) => groupsCompatible(s, g)));
  }
  const claims = groups.flat();
  if (claims.length === 0 || !claims.some(isAnchored) && origins(claims) < 2) return undefined;
  const disputed = incompatibleGroups(groups) > 1;
  const n = origins(claims);
  let status: FactStatus;
  if (disputed) status = 'disputed';
  else if (n >= 2) status = 'agreed';
  else {
    if (!claims.some((c) => c.strength === 2 && isAnchored(c)) || statedElsewhere(claims, byId)) return undefined;
    status = 'single-source';
  }
  const values = groups.map((g) => factValue(g, byId));
  if (groups.length > 1) {
    groups.forEach((g, i) => {
      const compat = groups.map((h, j) => (j !== i && groupsCompatible(g, h) ? j : -1)).filter((j) => j >= 0);
      const v = values[i];
      if (compat.length > 0 && v !== undefined) v.compatibleWith = compat;
    });
  }
  const first = claims[0] as Claim;
  return { topic: topicLabel(cluster.key, claims), status, values, kind: first.kind, key: cluster.key, origins: n };
}

const MODAL = new Set(MODAL_QUALIFIERS);
const qualifiersOf = (key: string): string[] => (key.includes('|') ? (key.split('|')[1] ?? '').split('+') : []);
const anchorOf = (key: string): string => key.split('|')[0] ?? key;

/**
 * Merges topics that differ only by how much they say: a claim without qualifiers joins the only
 * topic of its anchor that has some (never a modal one: "demanded 6 %" is not "got 4.5 %"), and a
 * topic with more qualifiers joins a topic with a subset of them whose values it matches.
 */
function mergeTopics(clusters: Cluster[]): Cluster[] {
  const out = [...clusters];
  for (const bare of clusters.filter((c) => qualifiersOf(c.key).length === 0)) {
    const targets = out.filter((c) => c !== bare && anchorOf(c.key) === bare.key);
    const target = targets[0];
    if (targets.length !== 1 || target === undefined || qualifiersOf(target.key).some((q) => MODAL.has(q))) continue;
    // A date of the happening is not the next meeting's unless it names the same day.
    if (qualifiersOf(target.key).includes('next') && !bare.claims.every((c) => target.claims.some((t) => compatible(t.value, c.value)))) continue;
    target.claims.push(...bare.claims);
    out.splice(out.indexOf(bare), 1);
  }
  for (const wide of [...out].filter((c) => qualifiersOf(c.key).length > 1)) {
    const qs = qualifiersOf(wide.key);
    const target = out.find((c) => c !== wide && anchorOf(c.key) === anchorOf(wide.key) && qualifiersOf(c.key).length > 0
      && qualifiersOf(c.key).every((q) => qs.includes(q))
      && wide.claims.every((x) => c.claims.some((y) => equivalent(x.value, y.value))));
    if (target === undefined) continue;
    target.claims.push(...wide.claims);
    out.splice(out.indexOf(wide), 1);
  }
  return out;
}

/** Adds unanchored claims of other origins that state the same distinctive figure as a cluster. */
function addSupport(clusters: readonly Cluster[], loose: readonly Claim[]): void {
  const used = new Set<Claim>();
  for (const cl of clusters) {
    const anchored = cl.claims.filter(isAnchored);
    if (anchored.length === 0) continue;
    const have = new Set(cl.claims.map((c) => c.origin));
    const unit = anchored[0]?.unitClass;
    for (const c of loose) {
      if (used.has(c) || have.has(c.origin) || c.unitClass !== unit || c.kind !== 'quantity' || !distinctive(c, true)) continue;
      if (!anchored.some((a) => a.value.point !== undefined && equivalent(a.value, c.value))) continue;
      if (cl.claims.some((x) => !compatible(x.value, c.value))) continue;
      cl.claims.push({ ...c, strength: 0 });
      have.add(c.origin);
      used.add(c);
    }
  }
}

/** Unanchored figures stated identically by several origins (same unit class, same exact distinctive value). */
function numberClusters(loose: readonly Claim[]): Cluster[] {
  const by = new Map<string, Claim[]>();
  for (const c of loose) {
    if (!distinctive(c) || c.value.point === undefined) continue;
    const k = `${c.unitClass}:=${String(c.value.point)}`;
    const list = by.get(k);
    if (list === undefined) by.set(k, [c]);
    else list.push(c);
  }
  return [...by.entries()]
    .filter(([, cs]) => origins(cs) >= 2 && new Set(cs.map((c) => c.articleId)).size === cs.length && cs.some((c) => c.counted !== undefined))
    .map(([key, claims]) => ({ key, claims }));
}

const STATUS_ORDER: Record<FactStatus, number> = { disputed: 0, agreed: 1, 'single-source': 2 };

/** The event's facts from its articles' claims. Pure. */
export function alignFacts(claimsByArticle: ReadonlyMap<ArticleId, readonly Claim[]>, articles: readonly Article[]): Fact[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const anchored: Claim[] = [];
  const loose: Claim[] = [];
  const contested = new Set<Claim>();
  for (const claims of claimsByArticle.values()) {
    for (const [, list] of byKey(claims.filter(isAnchored))) {
      const r = cleanArticleTopic(list);
      anchored.push(...r.kept);
      if (r.contested) for (const c of r.kept) contested.add(c);
      // An enumerating article still supports a figure another article states (never disputes one).
      loose.push(...r.dropped.map((c) => ({ ...c, anchor: '' })));
    }
    loose.push(...claims.filter((c) => !isAnchored(c)));
  }
  let clusters: Cluster[] = [...byKey(anchored)].map(([key, claims]) => ({ key, claims }));
  clusters = mergeTopics(clusters);
  addSupport(clusters, loose);
  const usedLoose = new Set(clusters.flatMap((c) => c.claims.filter((x) => !isAnchored(x)).map((x) => `${x.articleId}:${String(x.start)}`)));
  clusters.push(...numberClusters(loose.filter((c) => !usedLoose.has(`${c.articleId}:${String(c.start)}`))));
  return sortFacts(clusters.map((c) => toFact(c, byId, contested)).filter((f): f is Fact => f !== undefined));
}

/** Disputed first, then agreed, then single-source; more origins first; then by topic. */
export function sortFacts(facts: Fact[]): Fact[] {
  return facts.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (b.origins ?? 0) - (a.origins ?? 0) || a.topic.localeCompare(b.topic));
}
