// What the format parsers hand to the orchestration: one article as found in its input, before
// HTML extraction, sidecar metadata, normalisation and ids. Pure types.
import type { InputFormat } from '../../model/article.js';

export type DraftContent =
  | { kind: 'text'; text: string }
  /** `fragment`: feed item or JSONL content (plain HTML-to-text is an acceptable fallback); else a page. */
  | { kind: 'html'; html: string; fragment: boolean };

export type Draft = {
  format: InputFormat;
  /** How rejections name this article: `file`, `file:line` (JSONL) or `file#item` (feeds). */
  label: string;
  /** JSONL `id` or line number; feed guid/id or position. */
  item?: string;
  content: DraftContent;
  url?: string;
  title?: string;
  outlet?: string;
  /** As written in the input; normalised later. */
  published?: string;
  language?: string;
};

/** Sets optional string fields only when they hold text (exactOptionalPropertyTypes-friendly). */
export function withStrings<T extends object>(target: T, values: Partial<Record<keyof T, unknown>>): T {
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string' && value.trim() !== '') (target as Record<string, unknown>)[key] = value.trim();
  }
  return target;
}
