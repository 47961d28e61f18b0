// Folding and comparison keys for names.
import { fold } from '../../../text/fold.js';
import { FIRST_NAME_SKELETON, NAME_SPELLING_RULES } from './rules.js';

export { fold };

/** Comparison key of one name word: folded, then NAME_SPELLING_RULES ("Welikow" → "velikov"). */
export function wordKey(word: string): string {
  let key = fold(word);
  for (const [pattern, replacement] of NAME_SPELLING_RULES) key = key.replace(pattern, replacement);
  return key;
}

/** First names of one person (see FIRST_NAME_SKELETON). Keys, not surfaces. */
export function sameFirstName(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  if (a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1] || Math.abs(a.length - b.length) > 1) return false;
  return a.slice(1).replace(FIRST_NAME_SKELETON, '') === b.slice(1).replace(FIRST_NAME_SKELETON, '');
}

/** The plain-ASCII share of a string (to prefer English/ASCII spellings on ties). */
export function asciiShare(s: string): number {
  let ascii = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 128) ascii++;
  return s.length === 0 ? 1 : ascii / s.length;
}
