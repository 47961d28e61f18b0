// Entities of one article: its name mentions merged (surname → full name, acronym ↔ long form,
// lone words attached to a longer name), typed, titles kept as roles, and role mentions ("the
// Russian minister") resolved to the one person the article gave that role.
import type { EntityType } from '../../../model/event.js';
import type { ArticleEntity, EntityMention } from '../../../model/extraction.js';
import { ROLE_HEADS } from './lexicon.js';
import { CLUB_PREFIXES, CORPORATE_SUFFIXES, GENERIC_NAME_WORDS } from './lexicon.js';
import { findMentions, tokenize, type Mention, type Word } from './mentions.js';
import { asciiShare, fold, sameFirstName, wordKey } from './text.js';

type Group = { key: string; mentions: Mention[]; extra: EntityMention[] };

const TYPE_ORDER: readonly EntityType[] = ['person', 'organization', 'place', 'other'];

/** Spelling key of a name's words (club prefixes dropped: "FC Rheinfels" = "Rheinfels"). */
export function nameKey(words: readonly string[], key: (word: string) => string = wordKey): string {
  let kept = words.length > 1 ? words.filter((w) => !CLUB_PREFIXES.has(w)) : words;
  while (kept.length > 1 && CORPORATE_SUFFIXES.has(kept[kept.length - 1] ?? '')) kept = kept.slice(0, -1);
  if (kept.length > 1 && kept.some((w) => GENERIC_NAME_WORDS.has(w))) return kept.map((w) => GENERIC_NAME_WORDS.get(w) ?? key(w)).sort().join(' ');
  return kept.map(key).join(' ');
}

/** wordKey with a cache for one article (names repeat). */
function cachedWordKey(): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let k = cache.get(word);
    if (k === undefined) { k = wordKey(word); cache.set(word, k); }
    return k;
  };
}

function groupType(g: Group): EntityType {
  const votes = new Map<EntityType, number>();
  for (const m of g.mentions) if (m.type !== undefined) votes.set(m.type, (votes.get(m.type) ?? 0) + (m.entry !== undefined || m.roles.length > 0 ? 3 : 1));
  // A full name also written as its last word alone ("Teodora Lascu" … "Lascu") is a person's.
  if (votes.size === 0 && g.mentions.some((m) => m.words.length > 1) && g.mentions.some((m) => m.words.length === 1)) return 'person';
  let best: EntityType = 'other';
  let bestVotes = 0;
  for (const t of TYPE_ORDER) { const v = votes.get(t) ?? 0; if (v > bestVotes) { best = t; bestVotes = v; } }
  return best;
}

/** Full names (2+ words, no gazetteer entry) that a lone word or a shorter name could stand for. */
function attachTarget(m: Mention, byLast: ReadonlyMap<string, readonly Group[]>, key: (word: string) => string): Group | undefined {
  const keys = m.words.map(key);
  const last = keys[keys.length - 1] ?? '';
  const found = new Set<Group>();
  for (const g of byLast.get(last) ?? []) {
    const full = g.mentions[0];
    if (full === undefined || full.entry !== undefined || full.words.length <= keys.length) continue;
    // Not into a name with a connector ("Tribunal Constitucional de Valdoria" does not take "Valdoria").
    if (full.words.length !== full.text.split(' ').length) continue;
    const gk = g.key.split(' ');
    if (gk[gk.length - 1] !== last) continue;
    if (keys.length > 1 && !sameFirstName(keys[0] ?? '', gk[0] ?? '')) continue;
    const t = groupType(g);
    if (t === 'person' || t === 'other' || (t === 'organization' && g.key.split(' ').length < full.words.length)) found.add(g);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

function resolveRoles(text: string, ws: readonly Word[], groups: readonly Group[]): void {
  const people = groups.filter((g) => groupType(g) === 'person' && g.mentions.some((m) => m.qualifier !== undefined && m.roles.length > 0));
  if (people.length === 0) return;
  for (let i = 0; i + 2 < ws.length; i++) {
    const det = ws[i];
    const adj = ws[i + 1];
    const head = ws[i + 2];
    if (det === undefined || adj === undefined || head === undefined) continue;
    if (!['the', 'le', 'la', 'el', 'der', 'die'].includes(det.folded) || !adj.cap || head.cap || !ROLE_HEADS.has(head.folded)) continue;
    const matches = people.filter((g) => g.mentions.some((m) => m.qualifier !== undefined && fold(m.qualifier) === adj.folded
      && m.roles.some((r) => fold(r).split(' ').includes(head.folded))));
    const target = matches[0];
    if (matches.length === 1 && target !== undefined) target.extra.push({ start: adj.start, end: head.end, text: text.slice(adj.start, head.end) });
  }
}

function pickName(g: Group): string {
  const counts = new Map<string, number>();
  for (const m of g.mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  const words = (s: string): number => s.split(' ').length;
  const lower = (s: string): number => (s === s.toUpperCase() && s.length > 6 ? 1 : 0);
  return [...counts].sort((a, b) => lower(a[0]) - lower(b[0]) || words(b[0]) - words(a[0]) || b[1] - a[1]
    || asciiShare(b[0]) - asciiShare(a[0]) || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

/** The entities of an article's text. Pure. */
export function articleEntities(text: string, language: string): ArticleEntity[] {
  const ws = tokenize(text);
  const keyOf = cachedWordKey();
  const mentions = findMentions(text, language, ws);
  const byKey = new Map<string, Group>();
  const groups: Group[] = [];
  const acronymOf = new Map<string, Group>();
  const byLast = new Map<string, Group[]>();
  const add = (m: Mention, g: Group | undefined, key: string): void => {
    let target = g ?? byKey.get(key);
    if (target === undefined) {
      target = { key, mentions: [], extra: [] };
      byKey.set(key, target);
      groups.push(target);
      const last = key.slice(key.lastIndexOf(' ') + 1);
      byLast.set(last, [...(byLast.get(last) ?? []), target]);
    }
    target.mentions.push(m);
    if (m.acronymAfter !== undefined && !acronymOf.has(m.acronymAfter)) acronymOf.set(m.acronymAfter, target);
  };
  // Longer names first, so shorter forms find the full name they stand for.
  const ordered = [...mentions].sort((a, b) => b.words.length - a.words.length || a.start - b.start);
  for (const m of ordered) {
    if (m.entry !== undefined) { add(m, undefined, m.entry.id); continue; }
    const key = nameKey(m.words, keyOf);
    const viaAcronym = m.words.length === 1 ? acronymOf.get(m.text) : undefined;
    if (viaAcronym !== undefined) { add(m, viaAcronym, key); continue; }
    if (byKey.has(key)) { add(m, undefined, key); continue; }
    const target = attachTarget(m, byLast, keyOf);
    if (target !== undefined) { add(m, target, key); continue; }
    if (m.weak) continue;
    add(m, undefined, key);
  }
  resolveRoles(text, ws, groups);
  return groups.map((g) => {
    const name = pickName(g);
    const forms = new Set(g.mentions.map((m) => m.text));
    forms.delete(name);
    const mentionList: EntityMention[] = [...g.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })), ...g.extra]
      .sort((a, b) => a.start - b.start);
    const roles = [...new Set(g.mentions.flatMap((m) => m.roles))];
    return { name, type: groupType(g), aliases: [...forms].sort(), mentions: mentionList, key: g.key, roles };
  }).sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}
