// Public library API: what is exported here is supported; everything else is internal.
export { createEngine, analyze, analyzeArticles, analyzeArticlesParallel, type Engine, type EngineOptions } from './engine.js';
export { ParallaxError, ERROR_CODES, type ErrorCode } from './errors.js';
export { DEFAULT_CONFIG, type Config } from './config/index.js';
export type { Grouper, Grouping } from './stages/06-cluster/index.js';
export * from './model/index.js';
