// Suite `language`: language identification by stage 3's `articleLanguage()` (eld, medium model)
// on real news articles with known languages — the SemEval-2022 Task 8 sample
// (../shared/bench-data/semeval2022-task8-sample/pairs.original.jsonl: every pair gives the
// language of both its articles; the machine-translated pairs are left out, their labels are not
// gold). Accuracy on the full text, per language, and on short inputs (the headline, the first
// 100 characters). Baseline in the same run: franc-min 6.2 (trigram detector, 82 languages).
// Notes compare eld's other model sizes and sample lengths, and the declared-language fallback.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eld as eldExtraSmall } from 'eld/extrasmall';
import { eld as eldSmall } from 'eld/small';
import { eld as eldLarge } from 'eld/large';
import { franc } from 'franc-min';
import { asArticleId } from '../../../src/model/ids.js';
import { annotate } from '../../../src/stages/03-language/index.js';
import { articleLanguage, detect } from '../../../src/stages/03-language/language.js';
import { ARTICLE_LANGUAGE_SAMPLE_CHARS } from '../../../src/stages/03-language/rules.js';
import { benchDataDir } from '../../support/shared.js';
import type { EvalSuite } from '../types.js';

const pairsPath = join(benchDataDir, 'semeval2022-task8-sample', 'pairs.original.jsonl');
/** Short input: the first this many characters of the text. */
const SHORT_CHARS = 100;
/** A headline is the first line (ended by a newline or 2+ spaces, as these scrapes have it) of this length. */
const HEADLINE = /^\s*([^\n]{10,200}?)(?:\n|\s{2,})/u;

/** franc-min answers in ISO 639-3; the languages of the data and their near neighbours in 639-1. */
const ISO3_TO_1: Readonly<Record<string, string>> = {
  eng: 'en', deu: 'de', spa: 'es', fra: 'fr', tur: 'tr', pol: 'pl', arb: 'ar', ita: 'it', por: 'pt', nld: 'nl',
  rus: 'ru', cmn: 'zh', hin: 'hi', swe: 'sv', dan: 'da', nob: 'no', ces: 'cs', slk: 'sk', srp: 'sr', hrv: 'hr',
  bos: 'bs', ron: 'ro', hun: 'hu', pes: 'fa', urd: 'ur', azj: 'az', uzn: 'uz', ukr: 'uk', bul: 'bg', cat: 'ca',
  glg: 'gl', ind: 'id', zlm: 'ms', tgl: 'tl', hau: 'ha', jav: 'jv', sot: 'st', som: 'so', yor: 'yo', ibo: 'ig',
};

type Item = { text: string; language: string; headline: string | undefined };
type Detector = (text: string) => string;

function readItems(): Item[] {
  const byText = new Map<string, string>();
  for (const line of readFileSync(pairsPath, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const p = JSON.parse(line) as { text1: string; text2: string; lang1: string; lang2: string };
    byText.set(p.text1, p.lang1);
    byText.set(p.text2, p.lang2);
  }
  return [...byText].filter(([text]) => text.trim() !== '').map(([text, language]) => ({ text, language, headline: HEADLINE.exec(text)?.[1]?.trim() }));
}

const ours: Detector = (text) => articleLanguage(text, undefined);
const francMin: Detector = (text) => {
  const code = franc(text);
  return ISO3_TO_1[code] ?? code;
};
const eldWith = (e: typeof eldSmall): Detector => (text) => {
  const l = e.detect(text.slice(0, ARTICLE_LANGUAGE_SAMPLE_CHARS)).language;
  return l === '' ? 'und' : l;
};

type Scored = { accuracy: number; n: number; msPerItem: number; wrong: Map<string, number>; perLanguage: Map<string, [number, number]> };

function score(items: readonly Item[], detector: Detector, input: (i: Item) => string | undefined): Scored {
  let ok = 0;
  let n = 0;
  const wrong = new Map<string, number>();
  const perLanguage = new Map<string, [number, number]>();
  const started = performance.now();
  for (const item of items) {
    const text = input(item);
    if (text === undefined) continue;
    n++;
    const got = detector(text);
    const counts = perLanguage.get(item.language) ?? [0, 0];
    counts[1]++;
    if (got === item.language) {
      ok++;
      counts[0]++;
    } else {
      const key = `${item.language}→${got}`;
      wrong.set(key, (wrong.get(key) ?? 0) + 1);
    }
    perLanguage.set(item.language, counts);
  }
  return { accuracy: n === 0 ? 0 : ok / n, n, msPerItem: (performance.now() - started) / Math.max(1, n), wrong, perLanguage };
}

const full = (i: Item): string => i.text;
const first100 = (i: Item): string => i.text.trim().slice(0, SHORT_CHARS);
const headline = (i: Item): string | undefined => i.headline;

function topErrors(s: Scored, k = 5): string {
  return [...s.wrong].sort((a, b) => b[1] - a[1]).slice(0, k).map(([w, c]) => `${w} ×${c}`).join(', ') || 'none';
}

function figures(items: readonly Item[], detector: Detector): { metrics: Record<string, number>; scored: Scored[] } {
  const f = score(items, detector, full);
  const h = score(items, detector, headline);
  const s = score(items, detector, first100);
  const metrics: Record<string, number> = {
    'accuracy (full text)': f.accuracy,
    [`accuracy (first ${SHORT_CHARS} chars)`]: s.accuracy,
    'accuracy (headline)': h.accuracy,
    'ms per article (full text)': f.msPerItem,
  };
  for (const [l, [ok, n]] of [...f.perLanguage].sort((a, b) => b[1][1] - a[1][1])) metrics[`${l} accuracy (n=${n})`] = ok / n;
  for (const [l, [ok, n]] of [...s.perLanguage].sort((a, b) => b[1][1] - a[1][1])) metrics[`${l} accuracy, first ${SHORT_CHARS}`] = ok / n;
  return { metrics, scored: [f, h, s] };
}

/** Per-article cost of the whole stage 3 (language, foreign paragraphs, sentences). */
function annotateCost(items: readonly Item[]): number {
  const started = performance.now();
  items.forEach((item, i) => {
    annotate({ id: asArticleId(`a${i}`), file: 'x.txt', format: 'text', encoding: 'utf-8', text: item.text.replace(/\s{2,}/gu, '\n\n'), removed: [] });
  });
  return (performance.now() - started) / items.length;
}

export const language: EvalSuite = {
  name: 'language',
  description: 'language identification of stage 3 (eld medium) on SemEval-2022 Task 8 articles in 7 languages; franc-min baseline',
  run() {
    if (!existsSync(pairsPath)) {
      throw new Error(`language: ${pairsPath} not found — this suite needs ../shared/bench-data/semeval2022-task8-sample (set PARALLAX_SHARED or run where ../shared exists)`);
    }
    const started = performance.now();
    const items = readItems();
    // Warm both detectors (module load, first-call JIT) so the per-article costs compare.
    for (const item of items.slice(0, 50)) { ours(item.text); francMin(item.text); }
    const o = figures(items, ours);
    const b = figures(items, francMin);
    const [of, oh, os] = o.scored as [Scored, Scored, Scored];
    const [bf, bh, bs] = b.scored as [Scored, Scored, Scored];
    o.metrics['ms per article, whole stage 3 (annotate)'] = annotateCost(items);

    const notes: string[] = [
      `${items.length} distinct articles from ${pairsPath.split('/').slice(-2).join('/')} (machine-translated pairs excluded); headline = first line when the scrape has one (${oh.n} articles)`,
      `ours misclassified (full text): ${topErrors(of)}; first ${SHORT_CHARS}: ${topErrors(os)}; headline: ${topErrors(oh)}`,
      `franc-min misclassified (full text): ${topErrors(bf)}; first ${SHORT_CHARS}: ${topErrors(bs)}; headline: ${topErrors(bh)}`,
    ];
    const mislabelled = items.filter((i) => ours(i.text) !== i.language);
    for (const m of mislabelled.slice(0, 5)) notes.push(`  full-text miss, labelled ${m.language}, detected ${ours(m.text)}: ${JSON.stringify(m.text.slice(0, 90))}`);

    for (const [name, e] of [['extrasmall', eldExtraSmall], ['small', eldSmall], ['large', eldLarge]] as const) {
      const d = eldWith(e);
      d(items[0]?.text ?? '');
      const [f, h, s] = [score(items, d, full), score(items, d, headline), score(items, d, first100)];
      notes.push(`eld ${name}: full ${f.accuracy.toFixed(4)}, first ${SHORT_CHARS} ${s.accuracy.toFixed(4)}, headline ${h.accuracy.toFixed(4)}, ${f.msPerItem.toFixed(3)} ms/article`);
    }
    for (const chars of [200, 500, 1000, ARTICLE_LANGUAGE_SAMPLE_CHARS]) {
      const f = score(items, (t) => detect(t.slice(0, chars)).language, full);
      notes.push(`eld medium on the first ${chars} chars: accuracy ${f.accuracy.toFixed(4)}, ${f.msPerItem.toFixed(3)} ms/article${chars === ARTICLE_LANGUAGE_SAMPLE_CHARS ? ' (the stage setting)' : ''}`);
    }
    // Declared language: before = it wins only when eld is unreliable; now = also on short texts when eld scores it close.
    const before = (text: string, declared: string): string => {
      const d = detect(text.slice(0, ARTICLE_LANGUAGE_SAMPLE_CHARS));
      return d.language !== 'und' && d.reliable ? d.language : declared;
    };
    for (const [label, input] of [['headline', headline], [`first ${SHORT_CHARS}`, first100]] as const) {
      const inputs = items.flatMap((item) => {
        const text = input(item);
        return text === undefined ? [] : [{ text, language: item.language }];
      });
      const acc = (f: (text: string, language: string) => string, subset = inputs): string =>
        (subset.filter((i) => f(i.text, i.language) === i.language).length / subset.length).toFixed(4);
      const nonEnglish = inputs.filter((i) => i.language !== 'en');
      const key = label === 'headline' ? 'accuracy (headline), right language declared' : `accuracy (first ${SHORT_CHARS}), right language declared`;
      o.metrics[key] = Number(acc((t, l) => articleLanguage(t, l)));
      notes.push(
        `${label}, declared language: right one declared — before ${acc((t, l) => before(t, l))}, now ${acc((t, l) => articleLanguage(t, l))}; ` +
          `"en" declared for non-English inputs — before ${acc((t) => before(t, 'en'), nonEnglish)}, now ${acc((t) => articleLanguage(t, 'en'), nonEnglish)}, undeclared ${acc((t) => articleLanguage(t, undefined), nonEnglish)}`,
      );
    }
    notes.push(`baseline: franc-min 6.2.0 on the same inputs (ISO 639-3 mapped to 639-1; franc needs ≥ 10 chars, else "und")`);
    return Promise.resolve({
      suite: 'language', dataset: 'SemEval-2022 Task 8 sample, original pairs (de, en, es, pl, tr, ar, fr)', items: items.length,
      metrics: o.metrics, baseline: b.metrics, seconds: (performance.now() - started) / 1000, notes,
    });
  },
};
