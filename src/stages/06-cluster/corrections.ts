// A user's corrections to the grouping, read from a JSON file and applied as constraints on the
// next run (constrain.ts). Articles are named by their content-hash ids, which survive re-runs;
// event ids change whenever membership changes, so they are never accepted here.
//
//   { "version": 1, "corrections": [
//       { "kind": "move",  "article": "<id>", "to": "<id it must be grouped with>" },
//       { "kind": "merge", "articles": ["<id>", "<id>", …] },          // their events become one
//       { "kind": "split", "articles": ["<id>", …], "from": ["<id>", …] } ] }  // never together
import { readFileSync } from 'node:fs';
import { ParallaxError } from '../../errors.js';
import { asArticleId, type ArticleId } from '../../model/ids.js';

export const CORRECTIONS_VERSION = 1;

export type Correction =
  | { kind: 'move'; article: ArticleId; to: ArticleId }
  | { kind: 'merge'; articles: ArticleId[] }
  | { kind: 'split'; articles: ArticleId[]; from: ArticleId[] };

export type CorrectionKind = Correction['kind'];

export type Corrections = { version: typeof CORRECTIONS_VERSION; corrections: Correction[] };

/** What applying corrections found: ids not among the articles, corrections a later one undid. */
export type CorrectionOutcome = {
  /** Article ids named by a correction but not among the articles grouped (sorted, unique). */
  unknown: ArticleId[];
  /** Positions (0-based) of corrections not satisfied by the result (a later correction contradicted them). */
  unsatisfied: number[];
};

/** Reads and validates a corrections file. Throws E_CORRECTIONS naming the file (and entry). */
export function loadCorrections(file: string): Corrections {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ParallaxError('E_CORRECTIONS', `${file}: cannot read the corrections file (${(e as Error).message})`, file, { cause: e });
  }
  return parseCorrections(text, file);
}

/** Parses and validates corrections JSON; `file` names the source in error messages. */
export function parseCorrections(text: string, file: string): Corrections {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ParallaxError('E_CORRECTIONS', `${file}: not valid JSON (${(e as Error).message})`, file, { cause: e });
  }
  const fail = (where: string, what: string): never => {
    throw new ParallaxError('E_CORRECTIONS', `${file}: ${where}: ${what}`, file);
  };
  if (!isRecord(data)) return fail('top level', 'expected an object { "version": 1, "corrections": [...] }');
  if (data.version !== CORRECTIONS_VERSION) return fail('"version"', `expected ${CORRECTIONS_VERSION}, got ${show(data.version)}`);
  if (!Array.isArray(data.corrections)) return fail('"corrections"', 'expected an array');
  const corrections = (data.corrections as unknown[]).map((entry, i) => parseEntry(entry, `corrections[${i}]`, fail));
  return { version: CORRECTIONS_VERSION, corrections };
}

type Fail = (where: string, what: string) => never;

function parseEntry(entry: unknown, where: string, fail: Fail): Correction {
  if (!isRecord(entry)) return fail(where, 'expected an object with "kind"');
  const allowed = (keys: readonly string[]): void => {
    const extra = Object.keys(entry).filter((k) => !keys.includes(k));
    if (extra.length > 0) fail(where, `unexpected field(s) ${extra.map((k) => `"${k}"`).join(', ')} for kind "${String(entry.kind)}"`);
  };
  switch (entry.kind) {
    case 'move':
      allowed(['kind', 'article', 'to']);
      return { kind: 'move', article: articleId(entry.article, `${where}.article`, fail), to: articleId(entry.to, `${where}.to`, fail) };
    case 'merge': {
      allowed(['kind', 'articles']);
      const articles = idList(entry.articles, `${where}.articles`, fail);
      if (articles.length < 2) fail(`${where}.articles`, 'a merge needs at least two article ids');
      return { kind: 'merge', articles };
    }
    case 'split': {
      allowed(['kind', 'articles', 'from']);
      const articles = idList(entry.articles, `${where}.articles`, fail);
      const from = idList(entry.from, `${where}.from`, fail);
      if (articles.length === 0 || from.length === 0) fail(where, 'a split needs at least one id in "articles" and one in "from"');
      const both = articles.filter((a) => from.includes(a));
      if (both.length > 0) fail(where, `article ${both[0] as string} is in both "articles" and "from"`);
      return { kind: 'split', articles, from };
    }
    default:
      return fail(`${where}.kind`, `expected "move", "merge" or "split", got ${show(entry.kind)}`);
  }
}

/** Article ids look like what ingest makes: a short lowercase content hash (event ids "ev-…" are refused). */
const ARTICLE_ID = /^[0-9a-z]{8,64}$/u;

function articleId(v: unknown, where: string, fail: Fail): ArticleId {
  if (typeof v !== 'string') return fail(where, `expected an article id string, got ${show(v)}`);
  if (v.startsWith('ev-') || v.startsWith('st-')) return fail(where, `"${v}" is an event or story id; name articles (their ids survive re-runs, event ids do not)`);
  if (!ARTICLE_ID.test(v)) return fail(where, `"${v}" is not an article id (lowercase letters and digits, as in the report's "articles[].id")`);
  return asArticleId(v);
}

function idList(v: unknown, where: string, fail: Fail): ArticleId[] {
  if (!Array.isArray(v)) return fail(where, 'expected an array of article ids');
  return [...new Set((v as unknown[]).map((x, i) => articleId(x, `${where}[${i}]`, fail)))];
}

/** A JSON value for a message ('nothing' when absent). */
const show = (v: unknown): string => (v === undefined ? 'nothing' : JSON.stringify(v));

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every article id the corrections name, in first-mention order. */
export function correctionArticleIds(c: Corrections): ArticleId[] {
  const ids = c.corrections.flatMap((k) => (k.kind === 'move' ? [k.article, k.to] : k.kind === 'merge' ? k.articles : [...k.articles, ...k.from]));
  return [...new Set(ids)];
}

/** The ids the corrections name that are not in `known` (sorted). */
export function unknownArticleIds(c: Corrections, known: ReadonlySet<string>): ArticleId[] {
  return correctionArticleIds(c).filter((id) => !known.has(id)).sort();
}

/**
 * Positions of corrections the partition does not satisfy, among those whose articles are present
 * (`eventOf` maps article → its group; absent articles are ignored).
 */
export function unsatisfiedCorrections(c: Corrections, eventOf: ReadonlyMap<string, unknown>): number[] {
  const out: number[] = [];
  c.corrections.forEach((k, i) => {
    const present = (ids: readonly ArticleId[]): ArticleId[] => ids.filter((id) => eventOf.has(id));
    let ok: boolean;
    if (k.kind === 'move') ok = !eventOf.has(k.article) || !eventOf.has(k.to) || eventOf.get(k.article) === eventOf.get(k.to);
    else if (k.kind === 'merge') ok = new Set(present(k.articles).map((id) => eventOf.get(id))).size <= 1;
    else {
      const away = new Set(present(k.from).map((id) => eventOf.get(id)));
      ok = !present(k.articles).some((id) => away.has(eventOf.get(id)));
    }
    if (!ok) out.push(i);
  });
  return out;
}
