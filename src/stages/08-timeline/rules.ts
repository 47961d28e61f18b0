// Stage 8 — story timeline: the heuristics, as named constants (cases in index.test.ts).

/**
 * Two entries of one date and precision tell the same happening when they share at least
 * STORY_MERGE_MIN_SHARED content stems covering STORY_MERGE_OVERLAP of the shorter text
 * (STORY_MERGE_CROSS_LANGUAGE_OVERLAP when the two texts are in different languages: fewer words
 * meet across languages, names and numbers do).
 */
export const STORY_MERGE_MIN_SHARED = 2;
export const STORY_MERGE_OVERLAP = 0.4;
