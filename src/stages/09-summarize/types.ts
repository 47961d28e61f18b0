// The summary sentence this stage produces is the model's `SummarySentence`: `kind` says what the
// sentence is, `evidence` gives, for every source, the span of its cleaned text that supports it,
// and `origin` the span a copied sentence was taken from verbatim.
import type { SummarySentence } from '../../model/event.js';
export type { SummaryKind } from '../../model/event.js';

/** The model's summary sentence (kind, evidence and origin are part of the report contract). */
export type SummarySentenceOut = SummarySentence;

export type SummarizeOptions = {
  /** Language of the summary (default 'en'); sentences of other languages are cited as written. */
  outputLanguage?: string;
  minSentences?: number;
  maxSentences?: number;
  /** Word budget: a sentence that would take the summary past it is skipped (the first is always kept). */
  maxWords?: number;
};
