// Named constants for stage 5 (near-duplicates and syndication). Each has a fixture or an eval
// figure: test/fixtures/dedup/ (copy, reprint, translation, same-topic article), the example
// corpus wire copies (test/eval/suites/dedup.ts) and the seeds (src/stages/05-dedup/seeds.test.ts).

/** Words per shingle. Five-word runs rarely repeat between two outlets' own writing on one topic. */
export const SHINGLE_WORDS = 5;
/** A word for shingling: letters and digits, after lower-casing and folding accents. */
export const WORD = /[\p{L}\p{N}]+/gu;
/** Combining marks dropped after NFKD, so "Vélikov" and "Velikov" shingle alike. */
export const COMBINING_MARKS = /\p{M}+/gu;

/**
 * MinHash: BANDS × ROWS seeded hash functions; LSH banding makes a pair a candidate when one band
 * agrees, with probability 1 − (1 − J^ROWS)^BANDS: 0.98 at J = 0.28 (a reprint that kept two of
 * seven paragraphs, caught by containment), ≈ 1 at J ≥ 0.35, 0.11 at J = 0.05 (two outlets on one
 * event: verified and dropped). Three rows (40 × 3) missed the short reprint fixture ~40 % of the time.
 */
export const LSH_BANDS = 48;
export const LSH_ROWS = 2;
/** Seed of the MinHash permutations (results are reproducible for a given input order). */
export const MINHASH_SEED = 0x5eed_d0d0;

/** Exact Jaccard at or above this: a near-identical copy (`duplicateOf`). */
export const DUPLICATE_JACCARD = 0.9;
/**
 * Exact Jaccard at or above this (below DUPLICATE_JACCARD): an edited copy of the same origin
 * (`syndicatedFrom`). Measured on the example corpus: wire reprints 0.56–0.79, two outlets' own
 * articles on one event ≤ 0.05 (seeds ≤ 0.05 too); the threshold sits well inside that gap.
 */
export const SYNDICATION_JACCARD = 0.35;
/**
 * Containment of the smaller article in the larger at or above this: a reprint that trimmed the
 * last paragraphs (its Jaccard falls with every paragraph cut, its containment does not).
 * Corpus reprints: 0.78–0.90; distinct articles ≤ 0.12 (seeds 000/001).
 */
export const SYNDICATION_CONTAINMENT = 0.6;
/** Containment only counts when the smaller article has at least this many shingles (a shared quote is not a reprint). */
export const MIN_CONTAINMENT_SHINGLES = 40;

/** At most this many candidates (most bands shared first) are verified per article: bounded work under mass copying. */
export const MAX_CANDIDATES = 32;
/** A bucket stops growing at this many articles: the copies it already holds represent their origin. */
export const MAX_BUCKET = 16;

/** Stream window: articles published this many days before the newest one are evicted. */
export const WINDOW_DAYS = 7;
/** Hard cap on indexed articles, whatever their dates (memory bound for undated or out-of-order streams). */
export const MAX_INDEXED = 200_000;
