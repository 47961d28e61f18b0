// What every stage receives besides its input: configuration, a clock and a progress sink.
// Injected so stages stay pure and tests deterministic.
import type { Config } from './config/index.js';

export type Progress = { start(label: string, total: number): void; tick(n?: number): void; stop(): void };

export type StageContext = {
  config: Config;
  /** Current time; reports use it for generatedAt. */
  now: () => Date;
  progress: Progress;
};

export const silentProgress: Progress = { start() {}, tick() {}, stop() {} };
