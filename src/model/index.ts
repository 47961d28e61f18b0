export type * from './ids.js';
export { asArticleId, asEventId, asStoryId } from './ids.js';
export type * from './article.js';
export type * from './event.js';
export type * from './report.js';
export { SCHEMA_VERSION } from './report.js';
export type * from './extraction.js';
export { emptyExtraction } from './extraction.js';
