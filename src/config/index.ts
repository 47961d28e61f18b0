// Engine configuration: defaults, resolved once and passed down through the stage context.
import { ParallaxError } from '../errors.js';

export type Config = {
  /** Files larger than this are rejected (bytes). */
  maxFileBytes: number;
  /** Articles whose event dates are further apart than this never share an event (days). */
  eventWindowDays: number;
  /** Events further apart than this are never linked into one story (days). */
  storyWindowDays: number;
};

export const DEFAULT_CONFIG: Config = {
  maxFileBytes: 20 * 1024 * 1024,
  eventWindowDays: 3,
  storyWindowDays: 45,
};

export function resolveConfig(overrides: Partial<Config> = {}): Config {
  const config: Config = { ...DEFAULT_CONFIG, ...overrides };
  for (const [key, value] of Object.entries(config)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new ParallaxError('E_CONFIG', `configuration "${key}" must be a positive number, got ${String(value)}`);
    }
  }
  return config;
}
