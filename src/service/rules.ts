// Named constants of the service's incremental grouping.

/**
 * The grouper weighs names and terms by document frequencies over the articles it is given. A
 * regrouping window with fewer stored articles than this is widened (for those statistics only:
 * articles outside the event window cannot join its events) so that a small window is not
 * grouped with statistics of a handful of documents. Example corpus: the German report of the
 * first Vienna talks joins its event with ≥ 16 articles in the batch, not with 8 or 12, where the
 * ministers' names occur in most documents and weigh nothing.
 */
export const MIN_CONTEXT_ARTICLES = 200;

/** The widening stops at this many days either side of the change. */
export const MAX_CONTEXT_DAYS = 120;
