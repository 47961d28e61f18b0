import type { ArticleId, EventId, StoryId } from './ids.js';

export type EntityType = 'person' | 'organization' | 'place' | 'other';

export type Entity = { name: string; type: EntityType; aliases: string[]; articleIds: ArticleId[] };

export type QuoteVariant = { text: string; articleId: ArticleId; start?: number; end?: number };
export type Quote = {
  speaker: string;
  text: string;
  articleIds: ArticleId[];
  variants: QuoteVariant[];
  /** Reported speech rather than a direct quotation. */
  indirect?: boolean;
};

export type Evidence = { articleId: ArticleId; start: number; end: number; text: string };
export type FactValue = {
  value: string;
  normalized?: number | string;
  unit?: string;
  articleIds: ArticleId[];
  evidence: Evidence[];
};
export type FactStatus = 'agreed' | 'disputed' | 'single-source';
export type Fact = { topic: string; status: FactStatus; values: FactValue[] };

export type DatePrecision = 'day' | 'week' | 'month' | 'year';
export type TimelineEntry = { date: string; precision: DatePrecision; text: string; articleIds: ArticleId[] };

export type SummarySentence = { text: string; sources: ArticleId[] };
export type Exclusive = { articleId: ArticleId; text: string };

/** Why an article was put in its event: the evidence the grouper used. */
export type Assignment = {
  articleId: ArticleId;
  /** Similarity to the event it joined (0 for the article that opened the event). */
  score: number;
  threshold: number;
  /** The article of the event it matched best. */
  matchedArticleId?: ArticleId;
  sharedNames: string[];
  sharedTerms: string[];
  sharedNumbers: string[];
  /** Days between the two articles' event dates (absent when a date is unknown). */
  dateGapDays?: number;
  /** Best other event and its score, when there was one. */
  runnerUp?: { eventId: EventId; score: number };
  /**
   * Set when a user's correction decided where the article went (corrections file): then
   * `matchedArticleId` is the article it was grouped with by the correction, when there is one.
   */
  correction?: 'move' | 'merge' | 'split';
};

export type NewsEvent = {
  id: EventId;
  storyId: StoryId;
  title: string;
  /** ISO date the event happened (best estimate), when known. */
  date?: string;
  articleIds: ArticleId[];
  entities: Entity[];
  quotes: Quote[];
  facts: Fact[];
  timeline: TimelineEntry[];
  summary: SummarySentence[];
  exclusive: Exclusive[];
  explanation: Assignment[];
  /** Distinct origins among the articles: syndicated and duplicate copies count once. */
  independentSources?: number;
};

export type Story = { id: StoryId; title: string; eventIds: EventId[]; explanation: string[] };
