// Numbers with units in one article, as intervals in a base unit. PLACEHOLDER (issue B).
import type { Article } from '../../../model/article.js';
import type { Quantity } from '../../../model/extraction.js';

export function extractQuantities(_article: Article): Quantity[] {
  return [];
}
