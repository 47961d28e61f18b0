// Stage 6 — group articles into events and events into stories, behind the Grouper port. A batch
// is one `add` to the online clusterer (stream.ts), then stories are linked. Features: features.ts; scores:
// similarity.ts; events: events.ts; stories: stories.ts; every constant: rules.ts.
import { createHash } from 'node:crypto';
import type { Article } from '../../model/article.js';
import type { Assignment, NewsEvent, Story } from '../../model/event.js';
import { asEventId, asStoryId, type ArticleId, type EventId } from '../../model/ids.js';
import type { StageContext } from '../../context.js';
import { applyCorrections } from './constrain.js';
import type { CorrectionKind, CorrectionOutcome, Corrections } from './corrections.js';
import type { Cluster, Placement } from './events.js';
import { formatDay } from './features.js';
import { TITLE_MAX_CHARS, TITLE_MIN_WORDS, W_NAMES, W_TERMS } from './rules.js';
import type { Profile } from './similarity.js';
import { createStreamClusterer } from './stream.js';
import { linkStories } from './stories.js';
import { cosineToCentroid } from './vectors.js';

export type Grouping = {
  events: NewsEvent[];
  stories: Story[];
  /** Present when corrections were given: ids not found, corrections a later one contradicted. */
  corrections?: CorrectionOutcome;
};

export interface Grouper {
  group(articles: readonly Article[], ctx: StageContext): Grouping;
}

export type GrouperOptions = {
  /** A user's corrections (corrections.ts), applied as constraints after clustering. */
  corrections?: Corrections;
};

export function createGrouper(options: GrouperOptions = {}): Grouper {
  const { corrections } = options;
  return { group: (articles, ctx) => groupArticles(articles, ctx, corrections) };
}

/** Stable id from member article ids, whatever order they come in. */
export function stableId(prefix: string, articleIds: readonly string[]): string {
  const h = createHash('sha1').update([...articleIds].sort().join('\n')).digest('hex');
  return `${prefix}-${h.slice(0, 16)}`;
}

/** An article's title, or its first sentence (first line of TITLE_MIN_WORDS+ words when no sentences are known), trimmed. */
export function articleTitle(a: Article): string {
  const title = a.title?.trim();
  if (title !== undefined && title !== '') return title;
  const first = a.sentences.find((s) => wordCount(a.text.slice(s.start, s.end)) >= TITLE_MIN_WORDS) ?? a.sentences[0];
  const lines = a.text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const line = lines.find((l) => wordCount(l) >= TITLE_MIN_WORDS) ?? lines[0] ?? '';
  const text = first === undefined ? (line.split(/(?<=[.!?])\s/u)[0] ?? '') : a.text.slice(first.start, first.end);
  const clean = text.replace(/\s+/gu, ' ').trim();
  if (clean.length <= TITLE_MAX_CHARS) return clean;
  const cut = clean.slice(0, TITLE_MAX_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_MAX_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const wordCount = (s: string): number => s.split(/\s+/u).filter((w) => w !== '').length;

/**
 * The member closest to the event's centroids (ties: smaller id), among the members written in
 * `language` when there are any, so titles come in the report's language where possible.
 */
function centralMember(c: Cluster, byId: ReadonlyMap<ArticleId, Article>, language: string): Profile {
  const inLanguage = c.members.filter((m) => byId.get(m.id)?.language === language);
  let best: Profile | undefined;
  let bestScore = -1;
  for (const m of inLanguage.length > 0 ? inLanguage : c.members) {
    const s = W_NAMES * cosineToCentroid(m.names, c.names) + W_TERMS * cosineToCentroid(m.terms, c.terms);
    if (best === undefined || s > bestScore + 1e-12 || (Math.abs(s - bestScore) <= 1e-12 && m.id < best.id)) { best = m; bestScore = s; }
  }
  return best as Profile;
}

function toAssignment(p: Placement, idOf: (cluster: number) => EventId | undefined, correction: CorrectionKind | undefined): Assignment {
  const a: Assignment = {
    articleId: p.article.id,
    score: round(p.score),
    threshold: p.threshold,
    sharedNames: p.sharedNames,
    sharedTerms: p.sharedTerms,
    sharedNumbers: p.sharedNumbers,
  };
  if (p.matched !== undefined) a.matchedArticleId = p.matched.id;
  if (p.parts?.dayGap !== undefined) a.dateGapDays = p.parts.dayGap;
  const runnerUp = p.runnerUp === undefined ? undefined : idOf(p.runnerUp.cluster);
  if (p.runnerUp !== undefined && runnerUp !== undefined) a.runnerUp = { eventId: runnerUp, score: round(p.runnerUp.score) };
  if (correction !== undefined) a.correction = correction;
  return a;
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

function groupArticles(articles: readonly Article[], ctx: StageContext, corrections: Corrections | undefined): Grouping {
  if (articles.length === 0) return { events: [], stories: [] };
  const { eventWindowDays, storyWindowDays } = ctx.config;
  ctx.progress.start('group', articles.length);
  // One batch into the stream clusterer: statistics over the batch, then (event day, id) order.
  const stream = createStreamClusterer({ eventWindowDays, streamWindowArticles: ctx.config.streamWindowArticles }, { forgetQuietUndated: false });
  stream.add(articles);
  const constrained = corrections === undefined ? undefined : applyCorrections(stream.events(), corrections, eventWindowDays);
  const clusters = constrained?.clusters ?? stream.events();
  ctx.progress.tick(articles.length);
  ctx.progress.stop();

  const byId = new Map<ArticleId, Article>(articles.map((a) => [a.id, a]));
  const eventIds = clusters.map((c) => asEventId(stableId('ev', c.members.map((m) => m.id))));
  const position = new Map(clusters.map((c, i) => [c.index, i]));
  const idOf = (cluster: number): EventId | undefined => eventIds[position.get(cluster) ?? -1];
  const titles = clusters.map((c) => articleTitle(byId.get(centralMember(c, byId, ctx.config.outputLanguage).id) as Article));

  const groups = linkStories(clusters.map((cluster, i) => ({ cluster, label: titles[i] as string })), storyWindowDays);
  const storyOf: StoryIdLookup = new Map();
  const stories: Story[] = groups.map((g) => {
    const memberIds = g.members.flatMap((i) => (clusters[i] as Cluster).members.map((m) => m.id));
    const id = asStoryId(stableId('st', memberIds));
    const lead = [...g.members].sort((x, y) => (clusters[y] as Cluster).members.length - (clusters[x] as Cluster).members.length || x - y)[0] as number;
    for (const i of g.members) storyOf.set(i, id);
    return { id, title: titles[lead] as string, eventIds: g.members.map((i) => eventIds[i] as EventId), explanation: g.explanation };
  });

  const events: NewsEvent[] = clusters.map((c, i) => {
    const event: NewsEvent = {
      id: eventIds[i] as EventId,
      storyId: storyOf.get(i) as Story['id'],
      title: titles[i] as string,
      articleIds: c.members.map((m) => m.id),
      entities: [], quotes: [], facts: [], timeline: [], summary: [], exclusive: [],
      explanation: c.placements.map((p) => toAssignment(p, idOf, constrained?.decided.get(p.article.id))),
    };
    if (c.days.mode !== undefined) event.date = formatDay(c.days.mode);
    return event;
  });
  const order = (e: NewsEvent): string => `${e.date ?? '9999-99-99'}|${e.id}`;
  events.sort((a, b) => (order(a) < order(b) ? -1 : 1));
  const eventPosition = new Map(events.map((e, i) => [e.id, i]));
  const at = (id: EventId): number => eventPosition.get(id) ?? 0;
  for (const s of stories) s.eventIds.sort((x, y) => at(x) - at(y));
  stories.sort((a, b) => at(a.eventIds[0] as EventId) - at(b.eventIds[0] as EventId));
  return constrained === undefined ? { events, stories } : { events, stories, corrections: constrained.outcome };
}

type StoryIdLookup = Map<number, Story['id']>;
