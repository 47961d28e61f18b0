// Template sentences from the event's compared facts (stage 7): disputes stated as disputes and
// single-source facts labelled. They contain only the fact's topic, outlet names and values that
// carry evidence spans checked against the articles' cleaned text.
import type { Article } from '../../model/article.js';
import type { Evidence, Fact, FactValue } from '../../model/event.js';
import type { ArticleId } from '../../model/ids.js';
import { fold } from '../../text/fold.js';
import { STOPWORDS } from '../../text/stopwords.js';
import { APPROXIMATORS } from './rules.js';
import type { SummarySentenceOut } from './types.js';

const FUNCTION_WORDS: ReadonlySet<string> = new Set(STOPWORDS.en);

/** A fact value reduced to what its evidence proves: the articles whose span really holds the value. */
export type CheckedValue = { value: FactValue; evidence: Evidence[]; articleIds: ArticleId[] };
export type CheckedFact = { fact: Fact; values: CheckedValue[] };

/** Name a reader knows an article by: its outlet, else its file name. */
export function outletName(a: Article): string {
  const outlet = a.outlet?.replace(/\s+/gu, ' ').trim();
  if (outlet !== undefined && outlet !== '') return outlet;
  return a.file.split(/[\\/]/u).pop() ?? a.file;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/** Evidence whose span lies in an event article and whose text is that span's text. */
function validEvidence(e: Evidence, byId: ReadonlyMap<ArticleId, Article>): boolean {
  const a = byId.get(e.articleId);
  return a !== undefined && e.start >= 0 && e.end > e.start && e.end <= a.text.length && a.text.slice(e.start, e.end) === e.text;
}

/** Facts with each value kept only when some evidence checks out; its sources = the articles with checked evidence. */
export function checkFacts(facts: readonly Fact[], byId: ReadonlyMap<ArticleId, Article>): CheckedFact[] {
  const out: CheckedFact[] = [];
  for (const fact of facts) {
    const values: CheckedValue[] = [];
    for (const value of fact.values) {
      const evidence = value.evidence.filter((e) => validEvidence(e, byId));
      const articleIds = [...new Set(evidence.map((e) => e.articleId))];
      if (value.value.trim() !== '' && evidence.length > 0) values.push({ value, evidence, articleIds });
    }
    if (values.length > 0) out.push({ fact, values });
  }
  return out;
}

/** "the duration of the meeting" (a topic already starting with a determiner is kept as is). */
function topicPhrase(topic: string): string {
  const t = topic.replace(/\s+/gu, ' ').trim();
  return /^(the|a|an|this|that)\s/iu.test(t) ? t : `the ${t}`;
}

/** Evidence that opened its sentence ("About 120 firefighters") lowercased when its first word is a function word or an approximator. */
function midSentence(text: string): string {
  const first = fold(/^\p{L}+/u.exec(text)?.[0] ?? '');
  return FUNCTION_WORDS.has(first) || APPROXIMATORS.has(first) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * A value as written: from an output-language article's evidence when there is one, else quoted
 * from the first evidence as its source wrote it (cited, not translated).
 */
function valueText(v: CheckedValue, byId: ReadonlyMap<ArticleId, Article>, language: string): string {
  const own = v.evidence.find((e) => byId.get(e.articleId)?.language === language);
  if (own !== undefined) return midSentence(own.text.replace(/\s+/gu, ' ').trim());
  return `"${(v.evidence[0]?.text ?? v.value.value).replace(/\s+/gu, ' ').trim()}"`;
}

function outletsOf(ids: readonly ArticleId[], byId: ReadonlyMap<ArticleId, Article>): string[] {
  const names: string[] = [];
  for (const id of ids) {
    const a = byId.get(id);
    if (a === undefined) continue;
    const n = outletName(a);
    if (!names.includes(n)) names.push(n);
  }
  return names;
}

const union = (values: readonly CheckedValue[]): ArticleId[] => [...new Set(values.flatMap((v) => v.articleIds))];

/** "Sources differ on the duration of the meeting: A and B say nearly four hours; C says three hours." */
export function disputeSentence(f: CheckedFact, byId: ReadonlyMap<ArticleId, Article>, language: string): SummarySentenceOut | undefined {
  if (f.fact.status !== 'disputed' || f.values.length < 2) return undefined;
  const sides = f.values.map((v) => {
    const names = outletsOf(v.articleIds, byId);
    return `${joinNames(names)} ${names.length > 1 ? 'say' : 'says'} ${valueText(v, byId, language)}`;
  });
  return {
    kind: 'dispute',
    text: `Sources differ on ${topicPhrase(f.fact.topic)}: ${sides.join('; ')}.`,
    sources: union(f.values),
    evidence: f.values.flatMap((v) => v.evidence),
  };
}

/** "Only A reports the number of recalled units: 1.4 million." */
export function singleSourceFactSentence(f: CheckedFact, byId: ReadonlyMap<ArticleId, Article>, language: string): SummarySentenceOut | undefined {
  const v = f.values[0];
  if (f.fact.status !== 'single-source' || v === undefined || f.values.length !== 1) return undefined;
  const names = outletsOf(v.articleIds, byId);
  return {
    kind: 'single-source',
    text: `Only ${joinNames(names)} ${names.length > 1 ? 'report' : 'reports'} ${topicPhrase(f.fact.topic)}: ${valueText(v, byId, language)}.`,
    sources: v.articleIds,
    evidence: v.evidence,
  };
}
