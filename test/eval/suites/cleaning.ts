// Suite `cleaning`: noise removal (stage 2) against line-level gold.
//
// 1. The example corpus (examples/corpus/gold.json `noise`), through ingest → clean. A gold noise
//    line is *found* when stage 2 removed it (whitespace-normalised text), or when ingest removed it
//    at the markup level (in its removals, or simply absent from the text it produced). Stage 2's
//    removals are *gold noise* when their text is a gold noise line of the article, or several
//    consecutive ones that ingest joined into one line (inline elements: a byline next to a date).
//    Ingest's removals outside <article> (menus, banners, asides) are outside the gold and are not
//    scored for precision.
// 2. The five seeds (test/fixtures/clean/seeds-noise.json: file, line, fingerprint, reason).
//
// Baseline in the same run: no stage 2 (ingest only on the corpus; the raw text on the seeds).
// `recall_text_level` only counts gold lines still present after ingest: 0 for the baseline.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createEngine } from '../../../src/engine.js';
import type { RawArticle, Removal, RemovalReason } from '../../../src/model/article.js';
import { ingest } from '../../../src/stages/01-ingest/index.js';
import { clean, cleanText } from '../../../src/stages/02-clean/index.js';
import { repoRoot, seedsDir } from '../../support/shared.js';
import type { EvalResult, EvalSuite } from '../types.js';

const corpusDir = join(repoRoot, 'examples', 'corpus');
const seedsGoldPath = join(repoRoot, 'test', 'fixtures', 'clean', 'seeds-noise.json');

export type GoldNoise = { article: string; text: string; reason: string };

/**
 * Reason pairs accepted although they differ, each with why. Keep this list short: every entry is a
 * disagreement between two golds, not a tolerance.
 */
export const REASON_EQUIVALENCES: readonly { gold: string; rule: string; reason: RemovalReason; why: string }[] = [
  {
    gold: 'source-credit', rule: 'AGENCY_INFO_CREDIT', reason: 'byline',
    why: 'the seeds gold labels "*With information from <agencies>" a byline; the corpus gold labels "Mit Material der <agency>" a source credit',
  },
];

export const normalise = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/** A prose-like line: six words or more and a sentence end. Removing one of these is the costly mistake. */
export function looksLikeProse(s: string): boolean {
  return s.split(' ').length >= 6 && /[.!?…]["'”’»)]{0,3}$/u.test(s);
}

// ——— Corpus ————————————————————————————————————————————————————————————————————————————————

export type LineVerdict = {
  gold: GoldNoise;
  /** 'clean' (stage 2 removed it), 'ingest' (listed in ingest's removals or absent from its text), or undefined (kept). */
  by: 'clean' | 'ingest' | undefined;
  removal?: Removal;
  reasonOk: boolean;
};

export type CorpusScore = {
  articles: number;
  lines: LineVerdict[];
  /** Stage 2 removals with whether they are gold noise. */
  removals: { article: string; removal: Removal; gold: boolean }[];
  /** Ingest removals (markup level), with whether they contain a gold line. */
  ingestRemovals: { article: string; removal: Removal; gold: boolean }[];
};

function articleKey(raw: RawArticle): string {
  const file = relative(corpusDir, raw.file).split('\\').join('/');
  return raw.item === undefined ? file : `${file}#${raw.item}`;
}

function reasonAccepted(goldReason: string, removal: Removal, joined: readonly GoldNoise[]): boolean {
  if (removal.reason === goldReason) return true;
  if (joined.length > 1 && joined.some((g) => g.reason === removal.reason)) return true;
  return REASON_EQUIVALENCES.some((e) => e.gold === goldReason && e.rule === removal.rule && e.reason === removal.reason);
}

/** The gold lines a removed text stands for: one equal line, or a run of consecutive lines joined by spaces. */
function goldLinesOf(text: string, gold: readonly GoldNoise[]): GoldNoise[] {
  const t = normalise(text);
  for (let i = 0; i < gold.length; i++) {
    let joined = '';
    for (let j = i; j < gold.length; j++) {
      joined = joined === '' ? normalise(gold[j]?.text ?? '') : `${joined} ${normalise(gold[j]?.text ?? '')}`;
      if (joined === t) return gold.slice(i, j + 1);
      if (!t.startsWith(joined)) break;
    }
  }
  return [];
}

/** Ingest + clean over the corpus, or ingest alone (`withClean: false`, the baseline). */
export async function scoreCorpus(withClean = true): Promise<CorpusScore> {
  const gold = (JSON.parse(readFileSync(join(corpusDir, 'gold.json'), 'utf8')) as { noise: GoldNoise[] }).noise;
  const engine = createEngine();
  const { articles } = await ingest([corpusDir], {}, engine.ctx);
  const score: CorpusScore = { articles: articles.length, lines: [], removals: [], ingestRemovals: [] };
  const seen = new Set<string>();
  for (const raw of articles) {
    const key = articleKey(raw);
    seen.add(key);
    const goldHere = gold.filter((g) => g.article === key);
    const cleaned = withClean ? clean(raw) : { text: raw.body, removed: raw.removed };
    const stage2 = cleaned.removed.slice(raw.removed.length);
    const text = normalise(cleaned.text);
    const ingestTexts = raw.removed.map((r) => normalise(r.text));
    for (const r of raw.removed) {
      const t = normalise(r.text);
      score.ingestRemovals.push({ article: key, removal: r, gold: goldHere.some((g) => t.includes(normalise(g.text))) });
    }
    const byGold = new Map<GoldNoise, { removal: Removal; joined: GoldNoise[] }>();
    for (const r of stage2) {
      const joined = goldLinesOf(r.text, goldHere);
      score.removals.push({ article: key, removal: r, gold: joined.length > 0 });
      for (const g of joined) if (!byGold.has(g)) byGold.set(g, { removal: r, joined });
    }
    for (const g of goldHere) {
      const line = normalise(g.text);
      const hit = byGold.get(g);
      if (hit !== undefined) {
        score.lines.push({ gold: g, by: 'clean', removal: hit.removal, reasonOk: reasonAccepted(g.reason, hit.removal, hit.joined) });
      } else {
        const ingestHit = raw.removed.find((_, i) => ingestTexts[i]?.includes(line) === true);
        const gone = ingestHit !== undefined || !normalise(raw.body).includes(line);
        const verdict: LineVerdict = { gold: g, by: gone ? 'ingest' : undefined, reasonOk: ingestHit === undefined || ingestHit.reason === g.reason };
        if (ingestHit !== undefined) verdict.removal = ingestHit;
        score.lines.push(verdict);
        if (gone && text.includes(line)) verdict.by = undefined; // present after all (split differently)
      }
    }
  }
  for (const g of gold) if (!seen.has(g.article)) score.lines.push({ gold: g, by: undefined, reasonOk: false });
  return score;
}

type Tally = { found: number; total: number; right: number; removed: number };

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function corpusMetrics(s: CorpusScore): Record<string, number> {
  const byReason = new Map<string, Tally>();
  const tally = (r: string): Tally => {
    const t = byReason.get(r) ?? { found: 0, total: 0, right: 0, removed: 0 };
    byReason.set(r, t);
    return t;
  };
  for (const l of s.lines) {
    const t = tally(l.gold.reason);
    t.total++;
    if (l.by !== undefined) t.found++;
  }
  for (const r of s.removals) {
    const t = tally(r.removal.reason);
    t.removed++;
    if (r.gold) t.right++;
  }
  const found = s.lines.filter((l) => l.by !== undefined).length;
  const atText = s.lines.filter((l) => l.by !== 'ingest');
  const right = s.removals.filter((r) => r.gold).length;
  const metrics: Record<string, number> = {
    gold_lines: s.lines.length,
    recall: ratio(found, s.lines.length),
    recall_text_level: ratio(atText.filter((l) => l.by === 'clean').length, atText.length),
    reason_agreement: ratio(s.lines.filter((l) => l.by !== undefined && l.reasonOk).length, found),
    removed_lines: s.removals.length,
    article_sentences_removed: s.removals.filter((r) => !r.gold && looksLikeProse(normalise(r.removal.text))).length,
  };
  if (s.removals.length > 0) metrics['precision'] = ratio(right, s.removals.length);
  for (const [reason, t] of [...byReason].sort(([a], [b]) => a.localeCompare(b))) {
    if (t.total > 0) metrics[`recall.${reason}`] = ratio(t.found, t.total);
    if (t.removed > 0) metrics[`precision.${reason}`] = ratio(t.right, t.removed);
  }
  return metrics;
}

function corpusNotes(s: CorpusScore): string[] {
  const quote = (t: string): string => JSON.stringify(t.length > 120 ? `${t.slice(0, 117)}…` : t);
  const notes = [
    `found = removed by stage 2, or removed by ingest at the markup level (${String(s.lines.filter((l) => l.by === 'ingest').length)} lines);` +
      ' precision is over stage 2 removals; ingest removals outside <article> are not in the gold',
  ];
  for (const l of s.lines) {
    if (l.by === undefined) notes.push(`kept noise [${l.gold.reason}] ${l.gold.article}: ${quote(l.gold.text)}`);
    else if (!l.reasonOk) notes.push(`reason differs: gold ${l.gold.reason}, got ${l.removal?.reason ?? '?'} (${l.removal?.rule ?? '?'}) ${quote(l.gold.text)}`);
  }
  for (const r of s.removals) {
    if (r.gold) continue;
    const kind = looksLikeProse(normalise(r.removal.text)) ? 'ARTICLE SENTENCE removed' : 'removed, not in gold';
    notes.push(`${kind} [${r.removal.reason} ${r.removal.rule}] ${r.article}: ${quote(r.removal.text)}`);
  }
  for (const e of REASON_EQUIVALENCES) notes.push(`accepted: gold ${e.gold} as ${e.reason} from ${e.rule} — ${e.why}`);
  return notes;
}

// ——— Seeds ————————————————————————————————————————————————————————————————————————————————

type SeedGold = { file: string; line: number; sha1: string; reason: string };

const fingerprint = (line: string): string => createHash('sha1').update(line.trim().slice(0, 40)).digest('hex');

function scoreSeeds(withClean: boolean): { metrics: Record<string, number>; notes: string[]; items: number } {
  const gold = (JSON.parse(readFileSync(seedsGoldPath, 'utf8')) as { lines: SeedGold[] }).lines;
  const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  const byReason = new Map<string, Tally>();
  const tally = (r: string): Tally => {
    const t = byReason.get(r) ?? { found: 0, total: 0, right: 0, removed: 0 };
    byReason.set(r, t);
    return t;
  };
  const notes: string[] = [];
  let found = 0;
  let removedCount = 0;
  let right = 0;
  let reasonOk = 0;
  let prose = 0;
  for (const file of files) {
    const lines = readFileSync(join(seedsDir, file), 'utf8').split('\n');
    const normalised = lines.map(normalise);
    const goldHere = gold.filter((g) => g.file === file && fingerprint(lines[g.line - 1] ?? '') === g.sha1);
    const stale = gold.filter((g) => g.file === file).length - goldHere.length;
    if (stale > 0) notes.push(`${file}: ${String(stale)} gold line(s) no longer match their fingerprint`);
    const got = new Map<number, Removal>();
    for (const r of withClean ? cleanText(lines.join('\n')).removed : []) {
      const index = normalised.findIndex((l, i) => l === r.text && !got.has(i + 1));
      removedCount++;
      tally(r.reason).removed++;
      const g = goldHere.find((x) => x.line === index + 1);
      if (g === undefined) {
        if (looksLikeProse(r.text)) prose++;
        notes.push(`seeds: removed, not in gold [${r.reason} ${r.rule}] ${file}:${String(index + 1)}`);
      } else {
        right++;
        tally(r.reason).right++;
      }
      got.set(index + 1, r);
    }
    for (const g of goldHere) {
      tally(g.reason).total++;
      const r = got.get(g.line);
      if (r === undefined) {
        notes.push(`seeds: kept noise [${g.reason}] ${file}:${String(g.line)}`);
        continue;
      }
      found++;
      tally(g.reason).found++;
      if (r.reason === g.reason) reasonOk++;
      else notes.push(`seeds: reason differs at ${file}:${String(g.line)}: gold ${g.reason}, got ${r.reason} (${r.rule})`);
    }
  }
  const metrics: Record<string, number> = {
    gold_lines: gold.length,
    recall: ratio(found, gold.length),
    reason_agreement: ratio(reasonOk, found),
    removed_lines: removedCount,
    article_sentences_removed: prose,
  };
  if (removedCount > 0) metrics['precision'] = ratio(right, removedCount);
  for (const [reason, t] of [...byReason].sort(([a], [b]) => a.localeCompare(b))) {
    if (t.total > 0) metrics[`recall.${reason}`] = ratio(t.found, t.total);
    if (t.removed > 0) metrics[`precision.${reason}`] = ratio(t.right, t.removed);
  }
  return { metrics, notes, items: files.length };
}

// ——— Suite ————————————————————————————————————————————————————————————————————————————————

async function corpusResult(): Promise<EvalResult> {
  const start = performance.now();
  const ours = await scoreCorpus(true);
  const base = await scoreCorpus(false);
  return {
    suite: 'cleaning',
    dataset: 'examples/corpus (47 fictional articles, gold noise lines per article)',
    items: ours.articles,
    metrics: corpusMetrics(ours),
    baseline: corpusMetrics(base),
    seconds: (performance.now() - start) / 1000,
    notes: ['baseline = ingest only (stage 2 skipped)', ...corpusNotes(ours)],
  };
}

function seedsResult(): EvalResult {
  const start = performance.now();
  const ours = scoreSeeds(true);
  const base = scoreSeeds(false);
  return {
    suite: 'cleaning',
    dataset: '../shared/seeds (5 scraped articles, test/fixtures/clean/seeds-noise.json)',
    items: ours.items,
    metrics: ours.metrics,
    baseline: base.metrics,
    seconds: (performance.now() - start) / 1000,
    notes: ['baseline = no cleaning', ...ours.notes],
  };
}

export const cleaning: EvalSuite = {
  name: 'cleaning',
  description: 'noise-line recall/precision per reason on the example corpus gold and the seeds gold',
  run: async () => {
    const first = await corpusResult();
    if (!existsSync(seedsDir)) return { ...first, notes: [...(first.notes ?? []), `seeds skipped: ${seedsDir} not found`] };
    return { ...first, more: [seedsResult()] };
  },
};
