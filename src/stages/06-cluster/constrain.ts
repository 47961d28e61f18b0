// Applies a user's corrections to the events the clusterer made: must-link (move, merge) and
// cannot-link (split) constraints on articles, in file order (a later correction wins over an
// earlier one it contradicts; the contradicted one is reported as unsatisfied). Unchanged events
// are kept as they are; changed ones are rebuilt (centroids, days) so titles and stories are
// recomputed from their real members, and every article a correction decided says so.
import type { ArticleId } from '../../model/ids.js';
import {
  unknownArticleIds, unsatisfiedCorrections, type CorrectionKind, type CorrectionOutcome, type Corrections,
} from './corrections.js';
import { addMember, pairScore, processingOrder, type Cluster, type Placement } from './events.js';
import { EXPLAIN_TOP_NAMES, EXPLAIN_TOP_NUMBERS, EXPLAIN_TOP_TERMS } from './rules.js';
import type { Profile } from './similarity.js';
import { emptyTally } from './tally.js';
import { emptyCentroid, sharedKeys } from './vectors.js';

export type Constrained = {
  clusters: Cluster[];
  /** Articles a correction placed: which kind decided it. */
  decided: Map<ArticleId, CorrectionKind>;
  outcome: CorrectionOutcome;
};

type Decision = { kind: CorrectionKind; anchor: ArticleId | undefined };

/** The clusters after the corrections; deterministic for the same clusters and corrections. */
export function applyCorrections(clusters: readonly Cluster[], corrections: Corrections, windowDays: number): Constrained {
  const profile = new Map<ArticleId, Profile>();
  const groupOf = new Map<ArticleId, number>();
  const groups = new Map<number, Set<ArticleId>>();
  let fresh = 0;
  for (const c of clusters) {
    groups.set(c.index, new Set(c.members.map((m) => m.id)));
    for (const m of c.members) { profile.set(m.id, m); groupOf.set(m.id, c.index); }
    fresh = Math.max(fresh, c.index + 1);
  }
  const decisions = new Map<ArticleId, Decision>();
  const moveTo = (id: ArticleId, g: number, d: Decision): void => {
    const from = groupOf.get(id) as number;
    if (from === g) return;
    groups.get(from)?.delete(id);
    if (groups.get(from)?.size === 0) groups.delete(from);
    const set = groups.get(g) ?? new Set<ArticleId>();
    set.add(id);
    groups.set(g, set);
    groupOf.set(id, g);
    decisions.set(id, d);
  };
  const present = (ids: readonly ArticleId[]): ArticleId[] => ids.filter((id) => groupOf.has(id));

  for (const k of corrections.corrections) {
    if (k.kind === 'move') {
      if (groupOf.has(k.article) && groupOf.has(k.to)) moveTo(k.article, groupOf.get(k.to) as number, { kind: 'move', anchor: k.to });
    } else if (k.kind === 'merge') {
      const [anchor, ...rest] = present(k.articles);
      if (anchor === undefined) continue;
      const target = groupOf.get(anchor) as number;
      for (const id of rest) {
        const g = groupOf.get(id) as number;
        if (g === target) continue;
        for (const member of [...(groups.get(g) ?? [])].sort()) moveTo(member, target, { kind: 'merge', anchor });
      }
    } else {
      const away = new Set(present(k.from).map((id) => groupOf.get(id)));
      const leaving = present(k.articles).filter((id) => away.has(groupOf.get(id)));
      const newGroup = new Map<number, number>();
      for (const id of leaving) {
        const g = groupOf.get(id) as number;
        const target = newGroup.get(g) ?? fresh++;
        newGroup.set(g, target);
        const companion = leaving.find((other) => other !== id && newGroup.get(groupOf.get(other) ?? -1) === target);
        moveTo(id, target, { kind: 'split', anchor: companion });
      }
    }
  }

  const outcome: CorrectionOutcome = {
    unknown: unknownArticleIds(corrections, new Set(groupOf.keys())),
    unsatisfied: unsatisfiedCorrections(corrections, groupOf),
  };
  const original = new Map(clusters.map((c) => [c.index, c]));
  const firstMemberOf = new Map(clusters.map((c) => [c.index, c.members[0]?.id]));
  const remap = (oldIndex: number): number | undefined => {
    const first = firstMemberOf.get(oldIndex);
    return first === undefined ? undefined : groupOf.get(first);
  };
  const placementOf = new Map<ArticleId, Placement>();
  for (const c of clusters) for (const p of c.placements) placementOf.set(p.article.id, p);
  const out: Cluster[] = [];
  for (const [g, ids] of [...groups].sort((a, b) => a[0] - b[0])) {
    const old = original.get(g);
    if (old !== undefined && old.members.length === ids.size && old.members.every((m) => ids.has(m.id))) {
      out.push(old);
      continue;
    }
    out.push(rebuild(g, processingOrder([...ids].map((id) => profile.get(id) as Profile)), placementOf, decisions, remap, windowDays));
  }
  const decided = new Map<ArticleId, CorrectionKind>();
  for (const [id, d] of [...decisions].sort((a, b) => (a[0] < b[0] ? -1 : 1))) decided.set(id, d.kind);
  return { clusters: out, decided, outcome };
}

function rebuild(
  index: number, members: readonly Profile[], placements: ReadonlyMap<ArticleId, Placement>, decisions: ReadonlyMap<ArticleId, Decision>,
  remap: (oldIndex: number) => number | undefined, windowDays: number,
): Cluster {
  const c: Cluster = {
    index, members: [], names: emptyCentroid(), crossNames: emptyCentroid(), terms: emptyCentroid(), numbers: emptyCentroid(),
    languages: new Set(), days: emptyTally(), weekdays: emptyTally(), indexed: new Set(), placements: [], lastSeq: 0, retired: false,
  };
  const inGroup = new Set(members.map((m) => m.id));
  for (const p of members) {
    const before = placements.get(p.id) as Placement;
    const decision = decisions.get(p.id);
    const anchor = decision?.anchor === undefined || !inGroup.has(decision.anchor) ? undefined : decision.anchor;
    let placement: Placement;
    if (decision === undefined && (before.matched === undefined ? c.members.length === 0 : inGroup.has(before.matched.id))) {
      placement = { ...before };
      delete placement.runnerUp;
    } else {
      placement = explain(p, anchor === undefined ? bestMember(p, c.members, windowDays) : members.find((m) => m.id === anchor), before.threshold, windowDays);
    }
    placement.cluster = index;
    const runnerUp = before.runnerUp === undefined ? undefined : remap(before.runnerUp.cluster);
    if (before.runnerUp !== undefined && runnerUp !== undefined && runnerUp !== index) placement.runnerUp = { cluster: runnerUp, score: before.runnerUp.score };
    addMember(c, p);
    c.placements.push(placement);
  }
  return c;
}

/** The member (already placed) the article resembles most, or none when it is the first. */
function bestMember(p: Profile, members: readonly Profile[], windowDays: number): Profile | undefined {
  let best: Profile | undefined;
  let bestScore = -1;
  for (const m of members) {
    const s = pairScore(p, m, windowDays).score;
    if (s > bestScore) { best = m; bestScore = s; }
  }
  return best;
}

/** Explanation against one member: its pair score and what they share (or an opening placement). */
function explain(p: Profile, m: Profile | undefined, threshold: number, windowDays: number): Placement {
  const base: Placement = { article: p, cluster: -1, score: 0, threshold, sharedNames: [], sharedTerms: [], sharedNumbers: [] };
  if (m === undefined) return base;
  const parts = pairScore(p, m, windowDays);
  const names = sharedKeys(p.names, m.names, EXPLAIN_TOP_NAMES * 2).map((k) => p.nameSurfaces.get(k) ?? k);
  return {
    ...base, score: parts.score, matched: m, parts,
    sharedNames: [...new Set(names)].slice(0, EXPLAIN_TOP_NAMES),
    sharedTerms: sharedKeys(p.terms, m.terms, EXPLAIN_TOP_TERMS),
    sharedNumbers: sharedKeys(p.numbers, m.numbers, EXPLAIN_TOP_NUMBERS).map((k) => p.numberSurfaces.get(k) ?? k),
  };
}

