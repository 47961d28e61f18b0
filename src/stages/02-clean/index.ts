// Stage 2 — clean: classify each paragraph/line as content or noise; keep every removal with a reason.
//
// Cascade (trafilatura-style, precise first): split into units (blank-line blocks; a block's lines
// are separate units unless they are hard-wrapped prose) → LINE_RULES on each unit → context rules:
// related lists after a header, duplicates, pull quotes, the edge-only line rules (bylines), a
// press release's "About …" tail, author bios and contacts at the end, a trailing link label. All
// heuristics live in rules.ts (word lists in lexicon.ts, the line cascade's order in cascade.ts). Pure.
import type { CleanArticle, RawArticle, Removal, RemovalReason } from '../../model/article.js';
import { LINE_RULES, wordCount, type LineRule } from './cascade.js';
import {
  AUTHOR_TAIL, CLOSING_MARKS, DUPLICATE_PARAGRAPH, EDGE_SENTENCES, HAS_INVISIBLE_CHARS, HAS_ODD_SPACE, HAS_QUOTE, HEADLINE_LIKE, INLINE_SPACE, INVISIBLE_CHARS,
  PRESS_RELEASE_ABOUT, PULL_QUOTE, RELATED_LIST_AFTER_HEADER, SENTENCE_END, TRAILING_LINK_LABEL, WORD, WRAPPED_PROSE,
} from './rules.js';

export type CleanResult = { text: string; removed: Removal[] };

const PARAGRAPH_SEPARATOR = '\n\n';

type Verdict = { reason: RemovalReason; rule: string };
type Unit = { text: string; verdict: Verdict | undefined };

/** Cleans plain text (paragraphs separated by blank lines). Pure. */
export function cleanText(body: string): CleanResult {
  const units = splitUnits(body);
  applyContextRules(units);
  const kept: string[] = [];
  const removed: Removal[] = [];
  let offset = 0; // where the next kept paragraph starts in the cleaned text
  for (const u of units) {
    if (u.verdict === undefined) {
      kept.push(u.text);
      offset += u.text.length + PARAGRAPH_SEPARATOR.length;
    } else {
      removed.push({ text: u.text, reason: u.verdict.reason, rule: u.verdict.rule, at: offset });
    }
  }
  const text = kept.join(PARAGRAPH_SEPARATOR);
  for (const r of removed) if (r.at !== undefined && r.at > text.length) r.at = text.length;
  return { text, removed };
}

export function clean(raw: RawArticle): CleanArticle {
  const { body, ...rest } = raw;
  const result = cleanText(body);
  return { ...rest, text: result.text, removed: [...raw.removed, ...result.removed] };
}

// ——— Units ————————————————————————————————————————————————————————————————————————————————

const EDGE_RULES = LINE_RULES.filter((r) => r.edgesOnly === true);
const PRECISE_RULES = LINE_RULES.filter((r) => r.edgesOnly !== true);

function normaliseLine(line: string): string {
  let s = HAS_INVISIBLE_CHARS.test(line) ? line.replace(INVISIBLE_CHARS, '') : line;
  if (HAS_ODD_SPACE.test(s)) s = s.replace(INLINE_SPACE, ' ');
  return s.trim();
}

function firstMatch(text: string, rules: readonly LineRule[]): Verdict | undefined {
  for (const rule of rules) {
    if (text.length <= rule.maxChars && rule.test(text)) return { reason: rule.reason, rule: rule.name };
  }
  return undefined;
}

/** Blank-line blocks → units. A block's lines stay separate unless they read as hard-wrapped prose. */
function splitUnits(body: string): Unit[] {
  const units: Unit[] = [];
  let block: string[] = [];
  const flush = (): void => {
    if (block.length === 1) {
      const text = block[0] ?? '';
      units.push({ text, verdict: firstMatch(text, PRECISE_RULES) });
    } else if (block.length > 1) {
      const verdicts = block.map((text) => firstMatch(text, PRECISE_RULES));
      if (verdicts.every((v) => v === undefined) && isWrappedProse(block)) {
        units.push({ text: block.join(' '), verdict: undefined });
      } else {
        block.forEach((text, i) => units.push({ text, verdict: verdicts[i] }));
      }
    }
    block = [];
  };
  for (const raw of body.split('\n')) {
    const line = normaliseLine(raw);
    if (line === '') flush();
    else block.push(line);
  }
  flush();
  return units;
}

function isWrappedProse(lines: readonly string[]): boolean {
  let openEnded = false;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i] ?? '';
    if (line.length < WRAPPED_PROSE.minLineChars) return false;
    if (!SENTENCE_END.test(stripClosing(line)) && !line.endsWith('?') && !line.endsWith('!')) openEnded = true;
  }
  return openEnded;
}

// ——— Shapes ————————————————————————————————————————————————————————————————————————————————

function stripClosing(s: string): string {
  return s.replace(CLOSING_MARKS, '');
}

function isHeadlineLike(s: string): boolean {
  return s.length <= HEADLINE_LIKE.maxChars && wordCount(s) <= HEADLINE_LIKE.maxWords && !SENTENCE_END.test(stripClosing(s));
}

/** Lower-cased words with their offsets, for comparing text across punctuation and quote styles. */
function words(s: string): { word: string; start: number }[] {
  return Array.from(s.matchAll(WORD), (m) => ({ word: m[0].toLowerCase(), start: m.index }));
}

// ——— Context rules ——————————————————————————————————————————————————————————————————————————

function mark(unit: Unit, reason: RemovalReason, rule: string): void {
  unit.verdict = { reason, rule };
}

function keptIndexes(units: readonly Unit[]): number[] {
  const out: number[] = [];
  units.forEach((u, i) => { if (u.verdict === undefined) out.push(i); });
  return out;
}

function applyContextRules(units: Unit[]): void {
  relatedListsAfterHeaders(units);
  duplicates(units);
  pullQuotes(units);
  edgeRules(units);
  pressReleaseAbout(units);
  authorTail(units);
  trailingLinkLabel(units);
}

function relatedListsAfterHeaders(units: Unit[]): void {
  for (let i = 0; i < units.length; i++) {
    if (units[i]?.verdict?.rule !== 'RELATED_HEADER') continue;
    let taken = 0;
    for (let j = i + 1; j < units.length && taken < RELATED_LIST_AFTER_HEADER.maxLines; j++) {
      const u = units[j];
      if (u === undefined || u.verdict !== undefined || !isHeadlineLike(u.text)) break;
      mark(u, RELATED_LIST_AFTER_HEADER.reason, 'RELATED_LIST_AFTER_HEADER');
      taken++;
    }
  }
}

function duplicates(units: Unit[]): void {
  const seen = new Set<string>();
  for (const u of units) {
    if (u.verdict !== undefined || u.text.length < DUPLICATE_PARAGRAPH.minChars || isHeadlineLike(u.text)) continue;
    const key = u.text;
    if (seen.has(key)) mark(u, DUPLICATE_PARAGRAPH.reason, 'DUPLICATE_PARAGRAPH');
    else seen.add(key);
  }
}

/** Walks a unit's text forwards, telling whether an offset is inside a quotation (linear overall). */
function quoteTracker(text: string): (pos: number) => boolean {
  let at = 0;
  let inside = false;
  return (pos) => {
    for (; at < pos; at++) {
      const c = text.charAt(at);
      if (PULL_QUOTE.opening.includes(c)) inside = true;
      else if (PULL_QUOTE.closing.includes(c)) inside = false;
      else if (c === PULL_QUOTE.straight) inside = !inside;
    }
    return inside;
  };
}

function pullQuotes(units: Unit[]): void {
  const kept = keptIndexes(units);
  // Candidates: headline-like kept units (never the first), keyed by their first word.
  const candidates = new Map<string, { pos: number; words: string[] }[]>();
  const probes: string[] = [];
  for (let k = 1; k < kept.length; k++) {
    const text = units[kept[k] ?? -1]?.text ?? '';
    if (!isHeadlineLike(text)) continue;
    const w = words(text).map((m) => m.word);
    const first = w[0];
    if (first === undefined || w.length < PULL_QUOTE.minWords) continue;
    const list = candidates.get(first) ?? [];
    list.push({ pos: k, words: w });
    candidates.set(first, list);
    probes.push(w.reduce((a, b) => (b.length > a.length ? b : a)));
  }
  if (candidates.size === 0) return;
  const hits = new Set<number>();
  for (let k = 0; k < kept.length; k++) {
    const text = units[kept[k] ?? -1]?.text ?? '';
    if (isHeadlineLike(text) || !HAS_QUOTE.test(text)) continue;
    const lower = text.toLowerCase();
    if (!probes.some((p) => lower.includes(p))) continue;
    const w = words(text);
    const insideQuote = quoteTracker(text);
    for (let i = 0; i < w.length; i++) {
      const here = w[i];
      const list = here === undefined ? undefined : candidates.get(here.word);
      if (here === undefined || list === undefined) continue;
      for (const c of list) {
        if (c.pos + 1 === k || hits.has(c.pos)) continue;
        if (c.words.every((cw, j) => w[i + j]?.word === cw) && insideQuote(here.start)) hits.add(c.pos);
      }
    }
  }
  for (const pos of hits) {
    const u = units[kept[pos] ?? -1];
    if (u !== undefined) mark(u, PULL_QUOTE.reason, 'PULL_QUOTE');
  }
}

function lastSentenceLike(units: readonly Unit[]): number {
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i];
    if (u !== undefined && u.verdict === undefined && !isHeadlineLike(u.text)) return i;
  }
  return -1;
}

/** Edge-only rules (bylines): before the EDGE_SENTENCES-th sentence-like paragraph or after the last one. */
function edgeRules(units: Unit[]): void {
  const last = lastSentenceLike(units);
  let sentences = 0;
  let first = true;
  units.forEach((u, i) => {
    if (u.verdict !== undefined) return;
    const title = first;
    first = false;
    if (!isHeadlineLike(u.text)) { sentences++; return; }
    if (title || (sentences >= EDGE_SENTENCES && i < last)) return;
    const verdict = firstMatch(u.text, EDGE_RULES);
    if (verdict !== undefined) u.verdict = verdict;
  });
}

/** "About <Org>" among the last kept units, and the paragraphs after it that describe <Org>. */
function pressReleaseAbout(units: Unit[]): void {
  const kept = keptIndexes(units);
  for (let k = Math.max(0, kept.length - PRESS_RELEASE_ABOUT.withinLast); k < kept.length - 1; k++) {
    const header = units[kept[k] ?? -1];
    const org = header === undefined ? undefined : PRESS_RELEASE_ABOUT.header.exec(header.text)?.[1]?.split(' ')[0];
    if (header === undefined || org === undefined) continue;
    const described: Unit[] = [];
    for (let j = k + 1; j < kept.length && described.length < PRESS_RELEASE_ABOUT.maxUnits; j++) {
      const u = units[kept[j] ?? -1];
      if (u === undefined || !u.text.startsWith(org) || !PRESS_RELEASE_ABOUT.description.test(u.text)) break;
      described.push(u);
    }
    if (described.length === 0) continue;
    for (const u of [header, ...described]) mark(u, PRESS_RELEASE_ABOUT.reason, 'PRESS_RELEASE_ABOUT');
    return;
  }
}

function isAuthorTail(s: string): boolean {
  if (s.length > AUTHOR_TAIL.maxChars) return false;
  if (s.includes('@') && AUTHOR_TAIL.contact.test(s)) return true;
  const name = AUTHOR_TAIL.name.exec(s);
  if (name === null) return false;
  const rest = s.slice(name[0].length);
  return AUTHOR_TAIL.bio.test(rest) || AUTHOR_TAIL.covers.test(rest);
}

/** Author bios and contact lines closing the article: the last kept units, from the end, while they match. */
function authorTail(units: Unit[]): void {
  const kept = keptIndexes(units);
  for (let k = kept.length - 1; k >= Math.max(1, kept.length - AUTHOR_TAIL.maxUnits); k--) {
    const u = units[kept[k] ?? -1];
    if (u === undefined || !isAuthorTail(u.text)) return;
    mark(u, AUTHOR_TAIL.reason, 'AUTHOR_TAIL');
  }
}

/** The last kept unit, a lower-case link label right after a sentence-like paragraph. */
function trailingLinkLabel(units: Unit[]): void {
  const kept = keptIndexes(units);
  const last = units[kept[kept.length - 1] ?? -1];
  const before = units[kept[kept.length - 2] ?? -1];
  if (last === undefined || before === undefined || isHeadlineLike(before.text)) return;
  if (wordCount(last.text) <= TRAILING_LINK_LABEL.maxWords && TRAILING_LINK_LABEL.pattern.test(last.text)) {
    mark(last, TRAILING_LINK_LABEL.reason, 'TRAILING_LINK_LABEL');
  }
}
