// The Service port: what the HTTP API, the web UI and the CLI's service commands (ingest, watch,
// events, show) call. One implementation (createService in ./index.ts) wires the engine's stages
// to a Store: incremental ingest (only affected events are recomputed) and corrections.
import type { RawArticle } from '../model/article.js';
import type { EventId, StoryId } from '../model/ids.js';
import type { Rejection } from '../model/report.js';
import type { Correction } from '../stages/06-cluster/corrections.js';
import type { Store, StoredCorrection } from '../storage/store.js';

export type IngestSummary = {
  /** Articles new to the store. */
  added: number;
  /** Articles whose content was already stored (same content hash): nothing changed. */
  unchanged: number;
  /** Articles that replaced an earlier version under the same key (URL, or file + item). */
  replaced: number;
  rejected: Rejection[];
  /** Events created, updated (members or enrichment changed) and deleted by this ingest. */
  eventsCreated: EventId[];
  eventsUpdated: EventId[];
  eventsDeleted: EventId[];
  storiesChanged: StoryId[];
};

export type CorrectionResult = { stored: StoredCorrection; eventsCreated: EventId[]; eventsUpdated: EventId[]; eventsDeleted: EventId[] };

export interface Service {
  readonly store: Store;
  /** Analyses raw articles (stages 2–4) and merges them into the store. */
  ingestRaw(raws: readonly RawArticle[], rejected?: readonly Rejection[]): Promise<IngestSummary>;
  /** Reads files, folders or feed files (stage 1) and merges what they hold. */
  ingestPaths(paths: readonly string[]): Promise<IngestSummary>;
  /** Stores a correction and regroups the events it touches. */
  correct(correction: Correction, author?: string): Promise<CorrectionResult>;
  /**
   * Ends the service's worker threads after the running ingest; later calls are refused
   * (E_STORE). The store stays open: whoever opened it closes it.
   */
  close(): Promise<void>;
}
