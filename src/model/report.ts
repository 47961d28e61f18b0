import type { Article } from './article.js';
import type { NewsEvent, Story } from './event.js';

export const SCHEMA_VERSION = 1;

/** An input that could not be analysed, and why. Expected rejections are values, not crashes. */
export type Rejection = { input: string; code: string; message: string };

export type ReportArticle = Article;

export type Report = {
  schemaVersion: typeof SCHEMA_VERSION;
  generatedAt: string;
  articles: ReportArticle[];
  events: NewsEvent[];
  stories: Story[];
  rejected: Rejection[];
};
