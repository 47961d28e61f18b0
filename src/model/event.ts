import type { ArticleId, EventId, StoryId } from './ids.js';

export type EntityType = 'person' | 'organization' | 'place' | 'other';

export type Entity = { name: string; type: EntityType; aliases: string[]; articleIds: ArticleId[] };

export type QuoteVariant = { text: string; articleId: ArticleId; start?: number; end?: number };
/** How one variant of a quote differs in meaning from the other variants (stage 7). */
export type MeaningChangeKind = 'strengthened' | 'weakened' | 'negation' | 'number';
export type MeaningChange = {
  /** The article whose variant changes the meaning. */
  articleId: ArticleId;
  /** strengthened/weakened: an intensifier, hedge or stronger/weaker verb added or dropped; negation: a negation added or dropped; number: other numbers. */
  kind: MeaningChangeKind;
  /** The words that make the difference (from this variant, or from the variant compared against when they were dropped). */
  words: string[];
  /** The article whose variant this one was compared against (one that reads like the majority). */
  against?: ArticleId;
};
export type Quote = {
  speaker: string;
  text: string;
  articleIds: ArticleId[];
  variants: QuoteVariant[];
  /** Reported speech rather than a direct quotation. */
  indirect?: boolean;
  /** Stage 7: variants (translations, rewordings) that change the meaning materially; absent when none do. */
  meaningChanges?: MeaningChange[];
};

export type Evidence = { articleId: ArticleId; start: number; end: number; text: string };
export type FactValue = {
  value: string;
  normalized?: number | string;
  unit?: string;
  articleIds: ArticleId[];
  evidence: Evidence[];
  /** Lower bound of what the value allows, in `unit` (a quantity: minutes, person, %, EUR …); a date value: its first day (YYYY-MM-DD). */
  low?: number | string;
  /** Upper bound, like `low`; absent for an open bound ("more than 40"). */
  high?: number | string;
  /** Stated as an approximation ("about", "nearly", "some"). */
  approximate?: boolean;
  /** Indices (in the fact's `values`) of the other values this one is compatible with ("less than two hours" with "90 minutes"). */
  compatibleWith?: number[];
};
export type FactStatus = 'agreed' | 'disputed' | 'single-source';
/** What a fact's values are: a number with a unit, a date, or a place (`normalized` is the place entity's key). */
export type FactKind = 'quantity' | 'date' | 'place';
export type Fact = {
  topic: string;
  status: FactStatus;
  values: FactValue[];
  /** Stage 7: quantity or date. */
  kind?: FactKind;
  /** Stage 7: language-independent topic key ("duration:meeting", "count:people|dead", "date:meeting|next"), stable across runs. */
  key?: string;
  /** Stage 7: distinct origins behind the fact (syndicated and duplicate copies count once). */
  origins?: number;
};

export type DatePrecision = 'day' | 'week' | 'month' | 'year';
export type TimelineEntry = { date: string; precision: DatePrecision; text: string; articleIds: ArticleId[] };

/** What a summary sentence is: the lead (what happened), a supported fact, a dispute, a claim only one origin makes. */
export type SummaryKind = 'what' | 'fact' | 'dispute' | 'single-source';
export type SummarySentence = {
  text: string;
  /** Every article of the event whose text supports the sentence (stage 9's own alignment, not assumed). */
  sources: ArticleId[];
  kind: SummaryKind;
  /** For each source, the span of its cleaned text that supports the sentence. */
  evidence: Evidence[];
  /** For a sentence copied from an article: the span it was copied from (its text appears verbatim). */
  origin?: Evidence;
};
/** What an exclusive is: a single-source fact, a quote, or a detail (a name, a number, a date) no other origin reports. */
export type ExclusiveKind = 'fact' | 'quote' | 'entity' | 'number' | 'date';
export type Exclusive = {
  articleId: ArticleId;
  text: string;
  /** Stage 7: span of `text` in the article's cleaned text. */
  start?: number;
  end?: number;
  /** Stage 7: what kind of detail it is. */
  kind?: ExclusiveKind;
  /** Stage 7: for a fact, its topic. */
  topic?: string;
};

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

/** A story timeline entry (stage 8): an event timeline entry plus the events that tell it. */
export type StoryTimelineEntry = TimelineEntry & { eventIds: EventId[] };

export type Story = {
  id: StoryId;
  title: string;
  eventIds: EventId[];
  explanation: string[];
  /** Stage 8: the events' timelines merged (same date and happening told once). */
  timeline?: StoryTimelineEntry[];
};
