// Engine configuration: defaults, resolved once and passed down through the stage context.
import { ParallaxError } from '../errors.js';

export type Config = {
  /** Files larger than this are rejected (bytes). */
  maxFileBytes: number;
  /** Articles whose event dates are further apart than this never share an event (days). */
  eventWindowDays: number;
  /**
   * Stream clustering: an event that took no article in this many articles leaves the index
   * (forgetting, bounds memory on undated streams). Dated streams are bounded by eventWindowDays.
   */
  streamWindowArticles: number;
  /** Events further apart than this are never linked into one story (days). */
  storyWindowDays: number;
  /**
   * Language the report is written for (ISO 639-1): event and story titles come from an article
   * in this language when the event has one.
   */
  outputLanguage: string;
};

export const DEFAULT_CONFIG: Config = {
  maxFileBytes: 20 * 1024 * 1024,
  eventWindowDays: 3,
  storyWindowDays: 45,
  streamWindowArticles: 100_000,
  outputLanguage: 'en',
};

const POSITIVE_NUMBERS = ['maxFileBytes', 'eventWindowDays', 'storyWindowDays', 'streamWindowArticles'] as const;

export function resolveConfig(overrides: Partial<Config> = {}): Config {
  const config: Config = { ...DEFAULT_CONFIG, ...overrides };
  for (const key of POSITIVE_NUMBERS) {
    const value: unknown = config[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new ParallaxError('E_CONFIG', `configuration "${key}" must be a positive number, got ${String(value)}`);
    }
  }
  const language: unknown = config.outputLanguage;
  if (typeof language !== 'string' || !/^[a-z]{2}$/.test(language)) {
    throw new ParallaxError('E_CONFIG', `configuration "outputLanguage" must be a two-letter ISO 639-1 code such as "en", got ${String(language)}`);
  }
  return config;
}
