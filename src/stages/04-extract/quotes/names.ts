// Who can speak in an article: people (and organisations) with their mentions and roles, from the
// article's entities when stage 4's entity extraction provides them, else from capitalised name
// sequences in the text. Speaker phrases are resolved against them by name alone.
import type { Article } from '../../../model/article.js';
import type { ArticleEntity } from '../../../model/extraction.js';
import { ACCORDING_BEFORE_NAME, ASCII, SPELLING_FOLD, SPELLING_FOLDS, MAX_ANTECEDENT_CANDIDATES, MAX_SUBJECT_SENTENCES_BACK, NAME_AS_MODIFIER, PRONOUN_SUBJECT, POSSESSIVE_AFTER, PREPOSITION_BEFORE } from './rules.js';
import { DETERMINERS, NAME_PARTICLES, NON_PERSON_WORDS, PERSON_ROLES, PREPOSITION_WORDS, PRONOUNS, TITLE_WORDS } from './lexicon.js';
import { isGroup, isOrgRole, personRole } from './roles.js';

export type Candidate = { name: string; kind: 'person' | 'org'; start: number; end: number; roles: string[] };
export type Speakers = {
  mentions: Candidate[];
  entities: readonly ArticleEntity[];
  /** Name keys, built on the first speaker phrase that needs them (most articles resolve few or none). */
  index: () => NameIndex;
  text: string;
  sentences: readonly { start: number; end: number }[];
};

type NameIndex = {
  /** Per entity (same order): folded name, folded aliases, folded surname. */
  keys: { entity: string; name: string; aliases: string[]; surname: string; person: boolean }[];
  /** Folded surname → the person's name as written most often (then the longest form). */
  bySurname: Map<string, string>;
};

/** A function that builds once and then returns the same value (per article, no module state). */
function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

function nameIndex(entities: readonly ArticleEntity[], mentions: readonly Candidate[]): NameIndex {
  const keys = entities.filter((e) => e.type === 'person' || e.type === 'organization')
    .map((e) => ({ entity: e.name, name: foldName(e.name), aliases: e.aliases.map(foldName), surname: surname(e.name), person: e.type === 'person' }));
  return { keys, bySurname: surnameIndex(mentions) };
}

function surnameIndex(mentions: readonly Candidate[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  const keyOf = new Map<string, string>();
  for (const c of mentions) {
    if (c.kind !== 'person') continue;
    let key = keyOf.get(c.name);
    if (key === undefined) { key = surname(c.name); keyOf.set(c.name, key); }
    const forms = counts.get(key) ?? new Map<string, number>();
    counts.set(key, forms);
    forms.set(c.name, (forms.get(c.name) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  for (const [key, forms] of counts) {
    let best = '';
    let bestN = 0;
    for (const [n, k] of forms) if (k > bestN || (k === bestN && n.length > best.length)) { best = n; bestN = k; }
    out.set(key, best);
  }
  return out;
}

const NON_PERSON = new Set(NON_PERSON_WORDS);
const TITLES = new Set(TITLE_WORDS);
const PARTICLES = new Set(NAME_PARTICLES);
const PERSON_ROLE_SET = new Set(PERSON_ROLES);
const PRONOUN_SET = new Set(PRONOUNS);
const DETERMINER_SET = new Set(DETERMINERS);
const PREPOSITIONS = new Set(PREPOSITION_WORDS);
const NAME_RUN = /[\p{Lu}][\p{L}\p{M}'’-]*(?:\s+(?:(?:von|van|der|de|del|di|da|bin|al)\s+)?[\p{Lu}][\p{L}\p{M}'’-]*)*/gu;

/** Accent-free lower case with a few spelling folds (Welikow/Velikov, Sergei/Sergey, Otxoa/Ochoa). */
export function foldName(s: string): string {
  const base = (ASCII.test(s) ? s : s.normalize('NFD').replace(/\p{M}/gu, '')).toLowerCase();
  return base.replace(SPELLING_FOLD, (m) => SPELLING_FOLDS[m] ?? m).replace(/(\p{L})\1/gu, '$1');
}

export const surname = (name: string): string => foldName(name.trim().split(/\s+/u).at(-1) ?? '');
const lower = (w: string): string => w.toLowerCase().replace(/[.,;:]+$/u, '');

/** Strips leading titles and roles: "US Secretary of State Antony Blinken" → "Antony Blinken". */
export function bareName(phrase: string): { name: string; roles: string[] } {
  const words = phrase.trim().split(/\s+/u);
  let i = words.length;
  while (i > 0) {
    const w = words[i - 1] ?? '';
    const l = lower(w);
    if (!/^\p{Lu}/u.test(w) && !(PARTICLES.has(l) && i < words.length)) break;
    if (TITLES.has(l) || personRole(l, true) !== undefined || NON_PERSON.has(l)) break;
    i--;
  }
  while (i < words.length && PARTICLES.has(lower(words[i] ?? ''))) i++;
  const roles = words.slice(0, i).flatMap((w) => personRole(lower(w), /^\p{Lu}/u.test(w)) ?? (isOrgRole(lower(w)) ? [lower(w)] : []));
  return { name: words.slice(i).join(' '), roles };
}

/** Roles written around a mention: "spokeswoman Oana Lungescu", "Oana Lungescu, the spokeswoman". */
function rolesAround(text: string, start: number, end: number): string[] {
  const before = text.slice(Math.max(0, start - 60), start).split(/\s+/u).slice(-5).map(lower);
  const after = /^,\s+((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)/u.exec(text.slice(end, end + 60))?.[1]?.split(/\s+/u).map(lower) ?? [];
  return [...before, ...after].filter((w) => PERSON_ROLE_SET.has(w));
}

/** People named in the text: runs of 2+ capitalised words (no org/place word), and later surname-only mentions. */
function textCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const full = new Map<string, string>(); // folded surname → full name
  for (const m of text.matchAll(NAME_RUN)) {
    const raw = m[0];
    const { name } = bareName(raw);
    if (name === '') continue;
    const start = m.index + raw.length - name.length;
    const words = name.split(/\s+/u);
    if (words.some((w) => NON_PERSON.has(lower(w)) || /^\p{Lu}{2,}$/u.test(w))) continue;
    if (words.length >= 2) {
      full.set(surname(name), name);
      out.push({ name, kind: 'person', start, end: start + name.length, roles: rolesAround(text, m.index, start + name.length) });
    } else {
      const known = full.get(surname(name));
      if (known !== undefined) out.push({ name: known, kind: 'person', start, end: start + name.length, roles: rolesAround(text, m.index, start + name.length) });
    }
  }
  return out;
}

/** Speaker candidates of an article: entity mentions when there are entities, else names found in the text. */
export function speakersOf(article: Article, entities: readonly ArticleEntity[]): Speakers {
  if (entities.length === 0) {
    const found = textCandidates(article.text);
    return { mentions: found, entities, index: lazy(() => nameIndex(entities, found)), text: article.text, sentences: article.sentences };
  }
  const mentions: Candidate[] = [];
  for (const e of entities) {
    if (e.type !== 'person' && e.type !== 'organization') continue;
    const kind = e.type === 'person' ? 'person' : 'org';
    const roles = e.roles.map(lower);
    for (const m of e.mentions) mentions.push({ name: e.name, kind, start: m.start, end: m.end, roles });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, entities, index: lazy(() => nameIndex(entities, mentions)), text: article.text, sentences: article.sentences };
}

/** Whether `pos` lies inside one of `spans` (sorted by start, disjoint). Binary search. */
function inside(spans: readonly { start: number; end: number }[], pos: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = spans[mid];
    if (q === undefined) return false;
    if (pos < q.start) hi = mid - 1;
    else if (pos >= q.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Index of the first mention starting at or after `pos` (mentions are sorted by start). */
function firstMentionAtOrAfter(s: Speakers, pos: number): number {
  let lo = 0;
  let hi = s.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((s.mentions[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Nearest candidate of a kind that ends before `pos` and outside `skip` (the quotes); optionally with a role. */
function nearestBefore(s: Speakers, pos: number, kind: Candidate['kind'], skip: readonly { start: number; end: number }[], role?: string): Candidate | undefined {
  const lo = firstMentionAtOrAfter(s, pos);
  for (let i = lo - 1, seen = 0; i >= 0 && seen < MAX_ANTECEDENT_CANDIDATES; i--, seen++) {
    const c = s.mentions[i];
    if (c === undefined || c.end > pos || c.kind !== kind || inside(skip, c.start)) continue;
    if (role !== undefined && !c.roles.some((r) => r === role || r.endsWith(role))) continue;
    return c;
  }
  return undefined;
}

/** An entity (or text candidate) whose name, alias or surname matches `name`. */
function byName(s: Speakers, name: string): string | undefined {
  const key = foldName(name);
  const last = surname(name);
  const { keys, bySurname } = s.index();
  for (const k of keys) if (k.name === key || k.aliases.includes(key)) return k.entity;
  for (const k of keys) if (k.person && k.surname === last) return k.entity;
  return bySurname.get(last); // the form written most often ("Sergei Lavrov" over a one-off "Diplomats Sergei Lavrov")
}

export type Resolved = { speaker: string; resolved: boolean };

/**
 * Resolves a speaker phrase written at `at` (pronoun, name with titles, role phrase) to a canonical
 * name. `skip`: spans (quotes) whose names cannot be the antecedent.
 */
export function resolveSpeaker(s: Speakers, phrase: string, at: number, skip: readonly { start: number; end: number }[]): Resolved | undefined {
  const words = phrase.trim().split(/\s+/u).filter((w) => w !== '');
  if (words.length === 0) return undefined;
  const first = lower(words[0] ?? '');
  if (words.length === 1 && PRONOUN_SET.has(first)) {
    const p = subjectBefore(s, at, skip) ?? nearestBefore(s, at, 'person', skip);
    return p === undefined ? undefined : { speaker: p.name, resolved: true };
  }
  const { name, roles } = bareName(phrase);
  if (name !== '') {
    const hit = byName(s, name);
    if (hit !== undefined) return { speaker: hit, resolved: true };
    // "der Angreifer", "der 24-Jährige": a determiner and one capitalised noun is a description, not a name
    const described = words.length === 2 && DETERMINER_SET.has(first) ? subjectBefore(s, at, skip) ?? nearestBefore(s, at, 'person', skip) : undefined;
    return described === undefined ? { speaker: name, resolved: false } : { speaker: described.name, resolved: true };
  }
  const head = words.map((w) => personRole(lower(w), /^\p{Lu}/u.test(w)) ?? (isOrgRole(lower(w)) ? lower(w) : undefined)).reverse().find((w) => w !== undefined) ?? roles[0];
  if (head === undefined) {
    // "critics said", "according to senior officials": a group speaks; kept as written, never given a person's name
    if (!isGroup(lower(words.at(-1) ?? ''))) return undefined;
    const group = DETERMINER_SET.has(first) ? words.slice(1) : words;
    return { speaker: group.join(' '), resolved: false };
  }
  if (PERSON_ROLE_SET.has(head)) {
    // the nearest person with that role; else the nearest person whose role the article does not say
    // (one with another role is someone else: "Mayor Ilse Varga … the spokesperson said" → "spokesperson")
    const p = nearestBefore(s, at, 'person', skip, head) ?? nearestBefore(s, at, 'person', skip);
    if (p !== undefined && (p.roles.length === 0 || p.roles.some((r) => r === head || r.endsWith(head)))) return { speaker: p.name, resolved: true };
  } else {
    const o = nearestBefore(s, at, 'org', skip);
    if (o !== undefined && o.roles.includes(head)) return { speaker: o.name, resolved: true };
  }
  return { speaker: phrase.trim(), resolved: false };
}

/** The nearest person named before `pos` (the baseline attribution, and the last resort). */
export function nearestPerson(s: Speakers, pos: number, skip: readonly { start: number; end: number }[]): Candidate | undefined {
  return nearestBefore(s, pos, 'person', skip);
}

/** People named in [from, to) outside `skip`, in text order. */
export function personsIn(s: Speakers, from: number, to: number, skip: readonly { start: number; end: number }[]): Candidate[] {
  const lo = firstMentionAtOrAfter(s, from);
  const out: Candidate[] = [];
  for (let i = lo; i < s.mentions.length; i++) {
    const c = s.mentions[i];
    if (c === undefined || c.start >= to) break;
    if (c.kind === 'person' && c.end <= to && !inside(skip, c.start)) out.push(c);
  }
  return out;
}

/**
 * A mention that cannot be its clause's subject: a possessive ("Obama’s agenda"), a noun modifier ("the
 * Obama administration"), or the object of a preposition ("in his interview with Fox News").
 */
export function notSubject(text: string, c: { start: number; end: number }): boolean {
  if (POSSESSIVE_AFTER.test(text.slice(c.end, c.end + 3)) || NAME_AS_MODIFIER.test(text.slice(c.end, c.end + 24))) return true;
  const head = text.slice(Math.max(0, c.start - 24), c.start);
  const before = PREPOSITION_BEFORE.exec(head);
  return before !== null && PREPOSITIONS.has((before[1] ?? '').toLowerCase()) && !ACCORDING_BEFORE_NAME.test(head); // "according to X": X speaks
}

/**
 * Antecedent of a pronoun at `at`: the first person (not possessive) named earlier in its own sentence,
 * else the first named in the nearest earlier sentence that names one (its subject, usually), at most
 * MAX_SUBJECT_SENTENCES_BACK sentences back.
 */
export function subjectBefore(s: Speakers, at: number, skip: readonly { start: number; end: number }[]): Candidate | undefined {
  let lo = 0;
  let hi = s.sentences.length - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const sentence = s.sentences[mid];
    if (sentence === undefined) break;
    if (at < sentence.start) hi = mid - 1;
    else if (at >= sentence.end) lo = mid + 1;
    else { k = mid; break; }
  }
  if (k < 0) return undefined;
  for (let j = k; j >= 0 && j >= k - MAX_SUBJECT_SENTENCES_BACK; j--) {
    const sentence = s.sentences[j];
    if (sentence === undefined) break;
    // an earlier sentence whose subject is itself a pronoun refers further back ("He also said … . “…,” he told CNN.")
    if (j < k && PRONOUN_SUBJECT.test(s.text.slice(sentence.start, sentence.start + 40))) continue;
    const found = personsIn(s, sentence.start, j === k ? at : sentence.end, skip).find((c) => !notSubject(s.text, c));
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The first person or organisation named in [from, to) outside `skip`, not as a possessive: a clause's subject. */
export function firstSpeakerIn(s: Speakers, from: number, to: number, skip: readonly { start: number; end: number }[]): Candidate | undefined {
  const lo = firstMentionAtOrAfter(s, from);
  for (let i = lo; i < s.mentions.length; i++) {
    const c = s.mentions[i];
    if (c === undefined || c.start >= to) break;
    if (c.end <= to && !inside(skip, c.start) && !notSubject(s.text, c)) return c;
  }
  return undefined;
}

/** End of the sentence holding `pos` (or `pos`). */
export function sentenceEndAt(s: Speakers, pos: number): number {
  let lo = 0;
  let hi = s.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const sentence = s.sentences[mid];
    if (sentence === undefined) break;
    if (pos < sentence.start) hi = mid - 1;
    else if (pos >= sentence.end) lo = mid + 1;
    else return sentence.end;
  }
  return pos;
}
