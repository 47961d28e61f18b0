// Telling markup from plain text in feed item content and JSON Lines fields. Pure.

/** True when a string holds markup (a tag or an entity-escaped tag is not counted: decode first). */
export function looksLikeHtml(s: string): boolean {
  return /<(?:[a-z][a-z0-9]*\b[^>]*|\/[a-z][a-z0-9]*\s*)>/i.test(s) || /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i.test(s);
}
