// The online clusterer: articles arrive one at a time or in batches; each is profiled against
// statistics that grow with the stream (document frequencies, names per language) and assigned
// to a live event or opens one. Events leave the index when they fall out of the window (event
// days behind the newest article, or articles since they last grew); they are handed to
// `onRetire` (a consumer writing them out keeps memory bounded) or kept for `events()`.
import type { Config } from '../../config/index.js';
import type { Article } from '../../model/article.js';
import { createEventIndex, processingOrder, type Cluster, type EventIndexStats, type Placement } from './events.js';
import { UNDATED_QUIET_TURNS } from './rules.js';
import { emptyStats, profileBatch } from './similarity.js';

export type StreamClustererConfig = Pick<Config, 'eventWindowDays' | 'streamWindowArticles'>;

export type StreamClustererOptions = {
  /** Receives each event (members, centroids, explanations) when it leaves the window. */
  onRetire?: (event: Cluster) => void;
  /**
   * Undated events that went quiet for UNDATED_QUIET_TURNS turns of the live events leave the
   * index (rules.ts). Default true: articles are added in arrival order. The batch grouper turns
   * it off (a single batch is ordered by (day, id), not by arrival).
   */
  forgetQuietUndated?: boolean;
};

export type StreamStats = EventIndexStats & { vocabulary: number };

export type StreamClusterer = {
  /**
   * Adds articles and returns where each went (event index = opening order; score, threshold,
   * matched article, shared names/terms/numbers, date gap, runner-up), in processing order.
   * A batch first updates the statistics with all its articles, then assigns them in
   * (event day, id) order, so the result does not depend on the order within the batch.
   */
  add(input: Article | readonly Article[]): Placement[];
  /** Every event not handed to onRetire, live or retired, in opening order. */
  events(): Cluster[];
  stats(): StreamStats;
};

export function createStreamClusterer(config: StreamClustererConfig, options: StreamClustererOptions = {}): StreamClusterer {
  const stats = emptyStats();
  const index = createEventIndex({
    windowDays: config.eventWindowDays,
    windowArticles: config.streamWindowArticles,
    ...(options.forgetQuietUndated === false ? {} : { quietTurns: UNDATED_QUIET_TURNS }),
    ...(options.onRetire === undefined ? {} : { onRetire: options.onRetire }),
  });
  let seen = 0;
  return {
    add(input) {
      const batch: readonly Article[] = Array.isArray(input) ? input : [input as Article];
      const profiles = profileBatch(batch, stats, seen);
      seen += batch.length;
      return processingOrder(profiles).map((p) => index.place(p));
    },
    events: () => index.clusters(),
    stats: () => ({ ...index.stats(), vocabulary: stats.termDf.size + stats.nameDf.size + stats.numberDf.size }),
  };
}
