// Speaker phrases next to a cue: read forward after "said" ("said the deputy minister") or backward
// before it ("US Secretary of State Antony Blinken said"). Word-by-word, bounded by MAX_SPEAKER_WORDS.
import { DETERMINERS, NAME_PARTICLES, PRONOUNS, TITLE_WORDS } from './lexicon.js';
import { isGroup, isRole } from './roles.js';
import { MAX_SPEAKER_WORDS, MIN_ROLE_MODIFIER_CHARS, PHRASE_WINDOW_CHARS } from './rules.js';

export type Phrase = { text: string; start: number; end: number };

const DET = new Set(DETERMINERS);
const TITLE = new Set(TITLE_WORDS);
const PARTICLE = new Set([...NAME_PARTICLES, 'of']); // "Secretary of State"
const PRONOUN = new Set(PRONOUNS);

type Tok = { w: string; l: string; start: number; end: number; stop: boolean };

const TOKEN = /[\p{L}\p{M}\p{N}.'’-]+|[^\s\p{L}\p{M}\p{N}]/gu;

function tokens(text: string, base: number, max = 3 * MAX_SPEAKER_WORDS): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const c = raw.charCodeAt(0);
    const isPunct = !((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && !/[\p{L}\p{N}]/u.test(raw);
    const w = raw.length > 3 && raw.endsWith('.') ? raw.slice(0, -1) : raw;
    const l = w.toLowerCase();
    // a full stop ends the phrase, except after a title abbreviation ("Rep. Darrell Issa", "Sen. Warren")
    out.push({ w, l, start: base + m.index, end: base + m.index + w.length, stop: isPunct || (w !== raw && !TITLE.has(l)) });
    if (out.length > max) break;
  }
  return out;
}

const capital = (w: string): boolean => /^\p{Lu}/u.test(w);
const role = (t: Tok | undefined): boolean => t !== undefined && (isRole(t.l, capital(t.w)) || isGroup(t.l));
const nameish = (t: Tok): boolean => capital(t.w) || role(t) || TITLE.has(t.l);
const hasHead = (ts: readonly Tok[]): boolean => ts.some((t) => capital(t.w) || role(t));

function phraseOf(ts: readonly Tok[]): Phrase | undefined {
  const first = ts[0];
  const last = ts.at(-1);
  if (first === undefined || last === undefined) return undefined;
  return { text: ts.map((t) => t.w).join(' '), start: first.start, end: last.end };
}

/** The speaker phrase that starts `text` (offset `base` in the article), e.g. after a cue. */
export function phraseAfter(text: string, base: number): Phrase | undefined {
  const ts = tokens(text.slice(0, PHRASE_WINDOW_CHARS), base);
  const first = ts[0];
  if (first === undefined) return undefined;
  if (PRONOUN.has(first.l)) return phraseOf([first]);
  const out: Tok[] = [];
  for (let i = 0; i < ts.length && out.length < MAX_SPEAKER_WORDS; i++) {
    const t = ts[i];
    if (t === undefined || (t.stop && !/[\p{L}]/u.test(t.w))) break;
    if (out.length === 0 && DET.has(t.l)) { out.push(t); continue; }
    // particles inside names ("Ursula von der Leyen"); "of" only after a title or role ("Secretary of State", not "Thompson of California")
    const particle = PARTICLE.has(t.l) && out.length > 0 && capital(ts[i + 1]?.w ?? '')
      && (t.l !== 'of' || TITLE.has(out.at(-1)?.l ?? '') || role(out.at(-1)));
    if (nameish(t) || particle) {
      out.push(t);
      if (t.stop) break;
      continue;
    }
    // lower-case modifiers between a determiner and a role noun: "the deputy minister", "the Russian official"
    const ahead = ts.slice(i, i + 3).findIndex(role);
    if (out.length > 0 && DET.has(out[0]?.l ?? '') && ahead > 0 && !ts.slice(i, i + ahead).some((x) => x.stop)) {
      out.push(...ts.slice(i, i + ahead + 1));
      i += ahead;
      if (ts[i]?.stop === true) break; // "der dravonische Außenminister." ends the phrase
      continue;
    }
    // lower-case modifiers between a role noun and the name: "le dirigeant syndical Joaquín Ferrer"
    const nameAt = ts.slice(i, i + 3).findIndex((x) => capital(x.w));
    const between = ts.slice(i, i + nameAt);
    if (role(out.at(-1)) && nameAt > 0 && between.every((x) => !x.stop && !DET.has(x.l) && x.w.length >= MIN_ROLE_MODIFIER_CHARS)) {
      out.push(...between);
      i += nameAt - 1;
      continue;
    }
    break;
  }
  return hasHead(out) ? phraseOf(out) : undefined;
}

/** The speaker phrase that ends `text` (its last words), e.g. before a cue. */
export function phraseBefore(text: string, base: number): Phrase | undefined {
  const from = Math.max(0, text.length - PHRASE_WINDOW_CHARS);
  const ts = tokens(text.slice(from), base + from, Infinity); // read from the end: keep every token of the window
  const out: Tok[] = [];
  // "Rafael Otxoa, defendió" / "X, the spokesman, said": the comma closing an apposition before the cue
  const last = ts.length - 1 - (ts.at(-1)?.w === ',' ? 1 : 0);
  for (let i = last; i >= 0 && out.length < MAX_SPEAKER_WORDS; i--) {
    const t = ts[i];
    if (t === undefined || t.stop) break;
    if (out.length === 0 && PRONOUN.has(t.l)) return phraseOf([t]);
    if (DET.has(t.l)) { if (out.length > 0) out.unshift(t); break; }
    if (nameish(t) || (PARTICLE.has(t.l) && out.length > 0)) { out.unshift(t); continue; }
    // "the diplomatic spokeswoman": up to two modifiers after a determiner
    if (out.length > 0 && role(out.at(-1))) {
      const det = [i - 1, i - 2].find((j) => DET.has(ts[j]?.l ?? ''));
      if (det !== undefined) { out.unshift(...ts.slice(det, i + 1)); break; }
    }
    break;
  }
  while (out.length > 0 && PARTICLE.has(out[0]?.l ?? '') && !DET.has(out[0]?.l ?? '')) out.shift();
  const head = out[0];
  if (last < ts.length - 1 && head !== undefined) {
    // only an apposition enclosed by commas ("…, Rafael Otxoa, defendió"), not "on Monday, saying"
    const before = ts[ts.indexOf(head) - 1];
    if (before !== undefined && before.w !== ',') return undefined;
  }
  return hasHead(out) ? phraseOf(out) : undefined;
}
