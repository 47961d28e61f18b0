// Branded identifiers: an ArticleId cannot be passed where an EventId is expected.
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type ArticleId = Brand<string, 'ArticleId'>;
export type EventId = Brand<string, 'EventId'>;
export type StoryId = Brand<string, 'StoryId'>;

export const asArticleId = (s: string): ArticleId => s as ArticleId;
export const asEventId = (s: string): EventId => s as EventId;
export const asStoryId = (s: string): StoryId => s as StoryId;
