// Public library API: what is exported here is supported; everything else is internal.
export { createEngine, analyze, analyzeArticles, analyzeArticlesParallel, type Engine, type EngineOptions } from './engine.js';
export { ParallaxError, ERROR_CODES, type ErrorCode } from './errors.js';
export { DEFAULT_CONFIG, type Config } from './config/index.js';
export type { Progress } from './context.js';
export { createGrouper, type Grouper, type GrouperOptions, type Grouping } from './stages/06-cluster/index.js';
export { createStreamClusterer, type StreamClusterer, type StreamClustererConfig, type StreamClustererOptions } from './stages/06-cluster/stream.js';
export { loadCorrections, parseCorrections, type Correction, type Corrections } from './stages/06-cluster/corrections.js';
export { createDedupIndex, type DedupIndex, type DedupIndexOptions, type DedupVerdict } from './stages/05-dedup/stream.js';
export { createReportValidator, type ReportValidator, type ValidationResult } from './report/validate.js';
export { renderHtml } from './render/html.js';
export { renderText } from './render/text.js';
export * from './model/index.js';
