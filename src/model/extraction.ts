// What stage 4 (extract) finds in one article. Every item points into the article's cleaned text
// with a half-open span [start, end); `text` is that slice, kept for convenience.
import type { Span } from './article.js';
import type { DatePrecision, EntityType } from './event.js';

export type EntityMention = Span & { text: string };

/** An entity as one article names it, all its mentions merged. */
export type ArticleEntity = {
  /** Canonical name: the fullest form the article uses, titles and roles stripped. */
  name: string;
  type: EntityType;
  /** Other forms the article uses (surname only, acronym, other spelling). */
  aliases: string[];
  mentions: EntityMention[];
  /** Key comparable across articles and languages (accent-free, spelling-folded). */
  key: string;
  /** Roles named with the entity ("foreign minister", "spokeswoman"). */
  roles: string[];
};

export type QuoteMention = Span & {
  /** The quoted words without quote marks (parts joined by " … " when an attribution splits it); the reported content for indirect speech. */
  text: string;
  /** Canonical speaker: an `ArticleEntity.name` of the same article when resolved, else the attribution as written. */
  speaker?: string;
  speakerSpan?: Span;
  /** Attribution cue as written ("said", "according to", "a déclaré", "sagte"). */
  cue?: string;
  /** Reported (indirect) speech rather than a direct quotation. */
  indirect: boolean;
  /** The quoted parts' spans (one unless an attribution splits the quote). */
  parts: Span[];
};

export type QuantityDimension = 'duration' | 'money' | 'count' | 'percent' | 'distance' | 'area' | 'mass' | 'other';

export type Quantity = Span & {
  text: string;
  /** Point value in the base unit (the midpoint of a range, the bound of "less than"). */
  value: number;
  /** Interval in the base unit; `high` absent = no upper bound ("more than"). */
  low: number;
  high?: number;
  /** Base unit: "min", "EUR", "USD", "person", "%", "km", "ha", "kg", or "" for a plain count. */
  unit: string;
  dimension: QuantityDimension;
  approximate: boolean;
  /** What is counted or measured ("troops", "dead", "talks"), as written near the number. */
  counted?: string;
};

export type DateMention = Span & {
  text: string;
  /** Resolved value: YYYY-MM-DD (day), YYYY-Www (week), YYYY-MM (month) or YYYY (year); absent when unresolved. */
  value?: string;
  precision?: DatePrecision;
  /** Time of day "HH:MM" with "Z" or an offset when the text gives one ("10:00 GMT" → "10:00Z"). */
  time?: string;
  /** Expressed relative to publication ("next week", "on Friday", "yesterday"). */
  relative: boolean;
  /** Why a relative expression was left unresolved (e.g. "no publication date"). Never guessed. */
  unresolved?: string;
};

export type Extraction = {
  entities: ArticleEntity[];
  quotes: QuoteMention[];
  quantities: Quantity[];
  dates: DateMention[];
};

export const emptyExtraction = (): Extraction => ({ entities: [], quotes: [], quantities: [], dates: [] });
