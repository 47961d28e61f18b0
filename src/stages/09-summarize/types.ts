// The summary sentence this stage produces. The model's `SummarySentence` ({ text, sources }) is
// extended here until the report carries the extra fields (see the request in issue D's notes):
// `kind` says what the sentence is, `evidence` gives, for every source, the span of its cleaned
// text that supports it, and `origin` the span a copied sentence was taken from verbatim.
import type { Evidence, SummarySentence } from '../../model/event.js';

export type SummaryKind = 'what' | 'fact' | 'dispute' | 'single-source';

export type SummarySentenceOut = SummarySentence & {
  kind: SummaryKind;
  /** One or more spans per source (the supporting sentence, or a fact value's evidence). */
  evidence: Evidence[];
  /** For a sentence copied from an article: the copied span (its text appears verbatim in `text`). */
  origin?: Evidence;
};

export type SummarizeOptions = {
  /** Language of the summary (default 'en'); sentences of other languages are cited as written. */
  outputLanguage?: string;
  minSentences?: number;
  maxSentences?: number;
  /** Word budget: a sentence that would take the summary past it is skipped (the first is always kept). */
  maxWords?: number;
};
