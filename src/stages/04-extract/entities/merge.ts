// One entity per referent across an event's articles: same key (gazetteer id or spelling key),
// German genitive, shared acronym or multi-word form, same surname with compatible first names, and
// a lone surname to the one full name that has it. Two people who share a surname but not a first
// name are never merged.
import type { Article } from '../../../model/article.js';
import type { Entity, EntityType } from '../../../model/event.js';
import type { ArticleId } from '../../../model/ids.js';
import type { ArticleEntity } from '../../../model/extraction.js';
import { GAZETTEER_BY_ID } from './gazetteer.js';
import { ACRONYM_SKIPPED_WORDS } from './lexicon.js';
import { ACRONYM, GERMAN_GENITIVE } from './rules.js';
import { asciiShare, sameFirstName } from './text.js';

type Node = { entity: ArticleEntity; articleId: ArticleId; language: string };

const TYPE_ORDER: readonly EntityType[] = ['person', 'organization', 'place', 'other'];

function unionFind(n: number): { find: (i: number) => number; union: (a: number, b: number) => void } {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    let j = i;
    while (parent[j] !== r) { const next = parent[j] ?? r; parent[j] = r; j = next; }
    return r;
  };
  return { find, union: (a, b) => { const ra = find(a); const rb = find(b); if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb); } };
}

const isId = (key: string): boolean => key.includes(':');
const keyWords = (key: string): string[] => key.split(' ');

/** Forms with their mention counts (role mentions such as "Russian minister" are not forms). */
function formCounts(e: ArticleEntity, into: Map<string, number>): void {
  const forms = new Set([e.name, ...e.aliases]);
  for (const m of e.mentions) if (forms.has(m.text)) into.set(m.text, (into.get(m.text) ?? 0) + 1);
}

function pickName(counts: ReadonlyMap<string, number>, person: boolean): string {
  const words = (s: string): number => (person && s.split(' ').length > 1 ? 1 : 0);
  const shouting = (s: string): number => (s.length > 6 && s === s.toUpperCase() ? 1 : 0);
  return [...counts].sort((a, b) => shouting(a[0]) - shouting(b[0]) || words(b[0]) - words(a[0]) || b[1] - a[1]
    || asciiShare(b[0]) - asciiShare(a[0]) || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

/** One entity per real-world referent across the event's articles (aliases and articleIds merged). */
export function mergeArticleEntities(articles: readonly Article[]): Entity[] {
  const nodes: Node[] = articles.flatMap((a) => (a.extraction?.entities ?? []).map((entity) => ({ entity, articleId: a.id, language: a.language })));
  const uf = unionFind(nodes.length);
  const byKey = new Map<string, number>();
  const byForm = new Map<string, number>();
  for (const [i, n] of nodes.entries()) {
    const k = byKey.get(n.entity.key);
    if (k === undefined) byKey.set(n.entity.key, i); else uf.union(k, i);
    // Shared acronyms and multi-word forms ("SUE", "Palais Lindenhof"); never a lone surname.
    for (const form of [n.entity.name, ...n.entity.aliases]) {
      if (!ACRONYM.test(form) && !form.includes(' ')) continue;
      const f = byForm.get(form);
      if (f === undefined) byForm.set(form, i); else uf.union(f, i);
    }
  }
  for (const [i, n] of nodes.entries()) {
    const k = n.entity.key;
    if (n.language === 'de' && !isId(k) && !k.includes(' ') && GERMAN_GENITIVE.test(k)) {
      const stem = byKey.get(k.slice(0, -1));
      if (stem !== undefined) uf.union(stem, i);
    }
  }
  // An acronym and the one multi-word organization name of the event whose initials spell it ("GM" / "General Motors").
  const byInitials = new Map<string, Set<number>>();
  for (const [i, n] of nodes.entries()) {
    if (n.entity.type !== 'organization' && n.entity.type !== 'other') continue;
    for (const form of [n.entity.name, ...n.entity.aliases]) {
      const ws = form.split(' ').filter((w) => !ACRONYM_SKIPPED_WORDS.has(w.toLowerCase()));
      if (ws.length < 2) continue;
      const initials = ws.map((w) => w.charAt(0)).join('').toUpperCase();
      byInitials.set(initials, (byInitials.get(initials) ?? new Set()).add(i));
    }
  }
  for (const [i, n] of nodes.entries()) {
    if (!ACRONYM.test(n.entity.name) || isId(n.entity.key)) continue;
    const candidates = new Set([...(byInitials.get(n.entity.name) ?? [])].map((j) => uf.find(j)));
    const only = [...candidates][0];
    if (candidates.size === 1 && only !== undefined) uf.union(only, i);
  }
  // People: same surname and compatible first names.
  const bySurname = new Map<string, number[]>();
  for (const [i, n] of nodes.entries()) {
    if (isId(n.entity.key) || n.entity.type === 'organization' || n.entity.type === 'place') continue;
    const ws = keyWords(n.entity.key);
    const surname = ws[ws.length - 1] ?? '';
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), i]);
  }
  for (const members of bySurname.values()) {
    // Full names: people, or untyped names without a connector ("Ana Sotomayor" where no cue said "person").
    const full = members.filter((i) => {
      const e = nodes[i]?.entity;
      return e !== undefined && keyWords(e.key).length > 1 && (e.type === 'person' || (e.type === 'other' && keyWords(e.key).length === e.name.split(' ').length));
    });
    for (const [x, i] of full.entries()) {
      for (const j of full.slice(x + 1)) {
        const a = keyWords(nodes[i]?.entity.key ?? '');
        const b = keyWords(nodes[j]?.entity.key ?? '');
        if (sameFirstName(a[0] ?? '', b[0] ?? '')) uf.union(i, j);
      }
    }
    const clusters = new Set(full.map((i) => uf.find(i)));
    const only = [...clusters][0];
    if (clusters.size !== 1 || only === undefined) continue;
    for (const i of members) if (keyWords(nodes[i]?.entity.key ?? '').length === 1) uf.union(only, i);
  }
  const clusters = new Map<number, Node[]>();
  for (const [i, n] of nodes.entries()) {
    const r = uf.find(i);
    clusters.set(r, [...(clusters.get(r) ?? []), n]);
  }
  const out: (Entity & { weight: number })[] = [];
  for (const members of clusters.values()) {
    const counts = new Map<string, number>();
    const votes = new Map<EntityType, number>();
    const ids: ArticleId[] = [];
    for (const { entity, articleId } of members) {
      formCounts(entity, counts);
      votes.set(entity.type, (votes.get(entity.type) ?? 0) + entity.mentions.length);
      if (!ids.includes(articleId)) ids.push(articleId);
    }
    // "other" only when no article gave the referent a type.
    const typed = TYPE_ORDER.filter((t) => t !== 'other' && (votes.get(t) ?? 0) > 0);
    const type = typed.sort((a, b) => (votes.get(b) ?? 0) - (votes.get(a) ?? 0))[0] ?? 'other';
    const canonical = GAZETTEER_BY_ID.get(members[0]?.entity.key ?? '')?.name;
    const name = canonical !== undefined && [...counts.keys()].some((f) => f.toLowerCase() === canonical.toLowerCase())
      ? ([...counts.keys()].find((f) => f === canonical) ?? [...counts.keys()].find((f) => f.toLowerCase() === canonical.toLowerCase()) ?? canonical)
      : pickName(counts, type === 'person');
    const aliases = [...counts.keys()].filter((f) => f !== name).sort();
    out.push({ name, type, aliases, articleIds: ids, weight: [...counts.values()].reduce((s, c) => s + c, 0) });
  }
  out.sort((a, b) => b.articleIds.length - a.articleIds.length || b.weight - a.weight || a.name.localeCompare(b.name));
  return out.map(({ name, type, aliases, articleIds }) => ({ name, type, aliases, articleIds }));
}
