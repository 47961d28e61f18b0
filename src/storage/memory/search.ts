// The memory driver's full-text index: an inverted index over title and cleaned text, ranked with
// BM25 the way SQLite FTS5's bm25() ranks (column weights, whole-document length), all terms
// required, and snippets that mark matched words with «». Terms are folded as FTS5's unicode61
// tokenizer with remove_diacritics 2 folds them (derive.ts searchTerms).
import { ELLIPSIS, MARK_CLOSE, MARK_OPEN, SNIPPET_TOKENS, TEXT_WEIGHT, TITLE_WEIGHT, searchTerms } from '../derive.js';

/** BM25 parameters, FTS5's defaults. */
const K1 = 1.2;
const B = 0.75;
/** FTS5 floors a term's IDF at this value so that very common terms still count a little. */
const MIN_IDF = 1e-6;
/** A snippet window starts this share of its length before the first matched word it shows. */
const SNIPPET_LEAD = 0.25;

type Doc = { seq: number; title: string; text: string; terms: string[]; length: number };
/** Counts of a term in one document, packed as title × TF_SCALE + text (no small array per posting). */
const TF_SCALE = 65_536;
/** Per term: document → packed counts. */
type Postings = Map<string, Map<string, number>>;

export type SearchResult = { total: number; hits: { id: string; snippet: string }[] };

export type SearchIndex = {
  add(id: string, title: string, text: string): void;
  remove(id: string): void;
  search(text: string, limit: number, offset: number): SearchResult;
};

function counts(terms: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

type Token = { start: number; end: number; term: string };

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu)) {
    const term = searchTerms(m[0])[0];
    if (term !== undefined) out.push({ start: m.index, end: m.index + m[0].length, term });
  }
  return out;
}

/** The best window of one column: most distinct query terms, earliest first. */
function bestWindow(toks: readonly Token[], wanted: ReadonlySet<string>): { start: number; score: number } {
  let best = { start: 0, score: 0 };
  const lead = Math.floor(SNIPPET_TOKENS * SNIPPET_LEAD);
  for (let i = 0; i < toks.length; i++) {
    if (!wanted.has((toks[i] as Token).term)) continue;
    const start = Math.max(0, Math.min(i - lead, toks.length - SNIPPET_TOKENS));
    const seen = new Set<string>();
    for (let j = start; j < Math.min(toks.length, start + SNIPPET_TOKENS); j++) {
      const term = (toks[j] as Token).term;
      if (wanted.has(term)) seen.add(term);
    }
    if (seen.size > best.score) best = { start, score: seen.size };
  }
  return best;
}

function render(text: string, toks: readonly Token[], start: number, wanted: ReadonlySet<string>): string {
  const end = Math.min(toks.length, start + SNIPPET_TOKENS);
  const first = toks[start];
  const last = toks[end - 1];
  if (first === undefined || last === undefined) return text;
  let out = start > 0 ? ELLIPSIS : '';
  let at = first.start;
  for (let j = start; j < end; j++) {
    const t = toks[j] as Token;
    out += text.slice(at, t.start);
    out += wanted.has(t.term) ? `${MARK_OPEN}${text.slice(t.start, t.end)}${MARK_CLOSE}` : text.slice(t.start, t.end);
    at = t.end;
  }
  return end < toks.length ? `${out}${ELLIPSIS}` : `${out}${text.slice(at)}`;
}

function snippet(doc: Doc, wanted: ReadonlySet<string>): string {
  const titleTokens = tokens(doc.title);
  const textTokens = tokens(doc.text);
  const inTitle = bestWindow(titleTokens, wanted);
  const inText = bestWindow(textTokens, wanted);
  return inText.score > inTitle.score ? render(doc.text, textTokens, inText.start, wanted) : render(doc.title, titleTokens, inTitle.start, wanted);
}

export function createSearchIndex(): SearchIndex {
  const docs = new Map<string, Doc>();
  const postings: Postings = new Map();
  let totalLength = 0;
  let seq = 0;

  function remove(id: string): void {
    const doc = docs.get(id);
    if (doc === undefined) return;
    for (const term of doc.terms) {
      const list = postings.get(term);
      list?.delete(id);
      if (list?.size === 0) postings.delete(term);
    }
    totalLength -= doc.length;
    docs.delete(id);
  }

  function add(id: string, title: string, text: string): void {
    const previous = docs.get(id)?.seq;
    remove(id);
    const titleTerms = counts(searchTerms(title));
    const textTerms = counts(searchTerms(text));
    const terms = [...new Set([...titleTerms.keys(), ...textTerms.keys()])];
    let length = 0;
    for (const n of titleTerms.values()) length += n;
    for (const n of textTerms.values()) length += n;
    for (const term of terms) {
      let list = postings.get(term);
      if (list === undefined) postings.set(term, (list = new Map<string, number>()));
      list.set(id, (titleTerms.get(term) ?? 0) * TF_SCALE + Math.min(TF_SCALE - 1, textTerms.get(term) ?? 0));
    }
    docs.set(id, { seq: previous ?? seq++, title, text, terms, length });
    totalLength += length;
  }

  function search(text: string, limit: number, offset: number): SearchResult {
    const wanted = [...new Set(searchTerms(text))];
    const lists = wanted.map((t) => postings.get(t));
    if (wanted.length === 0 || lists.some((l) => l === undefined)) return { total: 0, hits: [] };
    const present = lists as Map<string, number>[];
    const shortest = present.reduce((a, b) => (b.size < a.size ? b : a));
    const n = docs.size;
    const avg = totalLength / Math.max(1, n);
    const idf = present.map((l) => Math.max(MIN_IDF, Math.log((n - l.size + 0.5) / (l.size + 0.5))));
    const scored: { id: string; score: number; seq: number }[] = [];
    for (const id of shortest.keys()) {
      if (!present.every((l) => l.has(id))) continue;
      const doc = docs.get(id) as Doc;
      let score = 0;
      present.forEach((l, i) => {
        const packed = l.get(id) as number;
        const inTitle = Math.floor(packed / TF_SCALE);
        const inText = packed % TF_SCALE;
        const f = TITLE_WEIGHT * inTitle + TEXT_WEIGHT * inText;
        score += ((idf[i] as number) * f * (K1 + 1)) / (f + K1 * (1 - B + (B * doc.length) / avg));
      });
      scored.push({ id, score, seq: doc.seq });
    }
    scored.sort((a, b) => b.score - a.score || a.seq - b.seq);
    const set = new Set(wanted);
    const hits = scored.slice(offset, offset + limit).map(({ id }) => ({ id, snippet: snippet(docs.get(id) as Doc, set) }));
    return { total: scored.length, hits };
  }

  return { add, remove, search };
}
