// Suite `sentences`: sentence boundary precision / recall / F1 of stage 3's `sentenceSpans`
// against plain Intl.Segmenter (ICU, the baseline) on
//   (a) test/fixtures/sentences/gold.json — hard cases written for Parallax (en/fr/es/de), and
//   (b) MEANTIME (../shared/bench-data/meantime/parallel/*.jsonl): 120 WikiNews articles in English
//       with Spanish, Italian and Dutch translations, gold sentences given as token lists.
// A false split (boundary not in the gold) lowers precision, a false merge (gold boundary missed)
// lowers recall. wink-nlp (English only) is reported in the notes as a second reference.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from '../../../src/model/article.js';
import { paragraphSpans, sentenceSpans } from '../../../src/stages/03-language/index.js';
import { benchDataDir, repoRoot } from '../../support/shared.js';
import {
  addCounts, boundaryScore, countBoundaries, detokenise, emptyCounts, innerStarts,
  type BoundaryCounts, type Detokenised,
} from '../metrics/boundaries.js';
import type { EvalResult, EvalSuite } from '../types.js';

const goldPath = join(repoRoot, 'test', 'fixtures', 'sentences', 'gold.json');
const meantimeDir = join(benchDataDir, 'meantime', 'parallel');
const MEANTIME_LANGUAGES = ['en', 'es', 'it', 'nl'] as const;
/** Error examples listed per dataset in the notes. */
const EXAMPLES = Number(process.env["SENTENCE_EXAMPLES"] ?? 6);

type Doc = { id: string; language: string; gold: Detokenised };
type Splitter = (text: string, paragraph: Span, language: string) => Span[];

const icuCache = new Map<string, Intl.Segmenter>();
/** Baseline: ICU's sentence segmenter alone, segments trimmed. */
const icu: Splitter = (text, p, language) => {
  let seg = icuCache.get(language);
  if (seg === undefined) {
    seg = new Intl.Segmenter(language, { granularity: 'sentence' });
    icuCache.set(language, seg);
  }
  const out: Span[] = [];
  for (const s of seg.segment(text.slice(p.start, p.end))) {
    const lead = s.segment.length - s.segment.trimStart().length;
    if (s.segment.trim() !== '') out.push({ start: p.start + s.index + lead, end: p.start + s.index + s.segment.trimEnd().length });
  }
  return out;
};

const ours: Splitter = sentenceSpans;

let wink: ReturnType<typeof winkNLP> | undefined;
/** wink-nlp's sentences, located back in the text in order. */
const winkSplitter: Splitter = (text, p) => {
  wink ??= winkNLP(model);
  const slice = text.slice(p.start, p.end);
  const out: Span[] = [];
  let cursor = 0;
  for (const s of wink.readDoc(slice).sentences().out()) {
    const t = s.trim();
    const at = slice.indexOf(t, cursor);
    if (at < 0) continue;
    out.push({ start: p.start + at, end: p.start + at + t.length });
    cursor = at + t.length;
  }
  return out;
};

type Errors = { merges: string[]; splits: string[] };

function evaluate(docs: readonly Doc[], split: Splitter, errors?: Errors): BoundaryCounts {
  const total = emptyCounts();
  for (const d of docs) {
    const { text } = d.gold;
    const paragraphs = paragraphSpans(text);
    const starts = new Set(paragraphs.map((p) => p.start));
    const predicted = innerStarts(paragraphs.flatMap((p) => split(text, p, d.language)), starts);
    addCounts(total, countBoundaries(predicted, d.gold.boundaries));
    if (errors === undefined) continue;
    const p = new Set(predicted);
    const g = new Set(d.gold.boundaries);
    const show = (at: number): string => `${d.id}: …${text.slice(Math.max(0, at - 45), at).replace(/\s+/gu, ' ')}‖${text.slice(at, at + 30).replace(/\s+/gu, ' ')}…`;
    for (const b of d.gold.boundaries) if (!p.has(b) && errors.merges.length < EXAMPLES) errors.merges.push(show(b));
    for (const b of predicted) if (!g.has(b) && errors.splits.length < EXAMPLES) errors.splits.push(show(b));
  }
  return total;
}

function figures(c: BoundaryCounts, prefix = ''): Record<string, number> {
  const s = boundaryScore(c);
  return {
    [`${prefix}precision`]: s.precision, [`${prefix}recall`]: s.recall, [`${prefix}F1`]: s.f1,
    [`${prefix}false splits`]: s.fp, [`${prefix}false merges`]: s.fn,
  };
}

function errorNotes(e: Errors): string[] {
  return [
    ...e.merges.map((m) => `ours false merge (gold boundary at ‖ missed): ${m}`),
    ...e.splits.map((m) => `ours false split (boundary at ‖ not in gold): ${m}`),
  ];
}

/** Runs ours, ICU and (for English) wink over docs; per language and overall. */
function run(dataset: string, docs: readonly Doc[], started: number, extraNotes: string[]): EvalResult {
  const languages = [...new Set(docs.map((d) => d.language))];
  const errors: Errors = { merges: [], splits: [] };
  const metrics: Record<string, number> = { ...figures(evaluate(docs, ours, errors)), 'gold boundaries': docs.reduce((n, d) => n + d.gold.boundaries.length, 0) };
  const baseline: Record<string, number> = figures(evaluate(docs, icu));
  for (const l of languages) {
    const sub = docs.filter((d) => d.language === l);
    metrics[`${l} F1`] = boundaryScore(evaluate(sub, ours)).f1;
    baseline[`${l} F1`] = boundaryScore(evaluate(sub, icu)).f1;
  }
  const notes = [...extraNotes];
  const en = docs.filter((d) => d.language === 'en');
  if (en.length > 0) {
    const w = boundaryScore(evaluate(en, winkSplitter));
    notes.push(`wink-nlp 2.4 + wink-eng-lite-web-model (English only): P ${w.precision.toFixed(3)} R ${w.recall.toFixed(3)} F1 ${w.f1.toFixed(3)} (${w.fp} false splits, ${w.fn} false merges)`);
  }
  notes.push(...errorNotes(errors));
  return { suite: 'sentences', dataset, items: docs.length, metrics, baseline, seconds: (performance.now() - started) / 1000, notes };
}

// ---------------------------------------------------------------------------------------------
// Datasets.

type GoldCase = { language: string; sentences: string[]; note?: string };

/** Fixture cases: each is one paragraph; sentences joined by one space (the gold.json contract). */
function fixtureDocs(): Doc[] {
  const { cases } = JSON.parse(readFileSync(goldPath, 'utf8')) as { cases: GoldCase[] };
  return cases.map((c, i) => ({ id: `case ${i}`, language: c.language, gold: detokenise([c.sentences.map((s) => [s])]) }));
}

type MeantimeLine = { doc_id: string; lang: string; sentences: string[][] };

/**
 * MEANTIME documents: sentence 0 is the headline and sentence 1 the dateline ("March 06, 2008"),
 * given as paragraphs of their own (as a cleaned article would have them); the body is one paragraph.
 */
function meantimeDocs(): Doc[] {
  const docs: Doc[] = [];
  for (const language of MEANTIME_LANGUAGES) {
    const path = join(meantimeDir, `${language}.jsonl`);
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const d = JSON.parse(line) as MeantimeLine;
      const [title, dateline, ...body] = d.sentences;
      const paragraphs: string[][][] = [];
      if (title !== undefined) paragraphs.push([title]);
      if (dateline !== undefined) paragraphs.push([dateline]);
      if (body.length > 0) paragraphs.push(body);
      docs.push({ id: `${language}/${d.doc_id}`, language, gold: detokenise(paragraphs) });
    }
  }
  return docs;
}

export const sentences: EvalSuite = {
  name: 'sentences',
  description: 'sentence boundary P/R/F1 of stage 3 vs plain Intl.Segmenter: written gold fixture (en/fr/es/de) and MEANTIME (en/es/it/nl)',
  run() {
    if (!existsSync(meantimeDir)) {
      throw new Error(`sentences: ${meantimeDir} not found — this suite needs ../shared/bench-data/meantime (set PARALLAX_SHARED or run where ../shared exists)`);
    }
    let started = performance.now();
    const fixture = run('test/fixtures/sentences/gold.json (written hard cases, en/fr/es/de)', fixtureDocs(), started, [
      'each case is one paragraph; boundaries inside it are scored (false split = FP, false merge = FN)',
      'the cases were written together with the repair rules (each rule has one): in-sample by construction. MEANTIME below is real text, but its en/es error listings motivated several rules too',
    ]);
    started = performance.now();
    const docs = meantimeDocs();
    const unpunctuated = docs.reduce((n, d) => n + d.gold.sentences.filter((s, i, all) => i > 2 && i < all.length - 1 && !/[.!?"”»)…]$/u.test(d.gold.text.slice(s.start, s.end))).length, 0);
    const meantime = run('MEANTIME parallel (120 WikiNews articles × en/es/it/nl, gold sentence token lists, detokenised)', docs, started, [
      'text rebuilt from gold tokens (test/eval/metrics/boundaries.ts detokenise); headline and dateline are their own paragraphs, the body one paragraph',
      `${unpunctuated} gold body sentence(s) followed by another end without . ! ? or a closing quote/bracket (captions, translation/tokenisation noise): no splitter without layout finds those boundaries`,
    ]);
    return Promise.resolve({ ...fixture, more: [meantime] });
  },
};
