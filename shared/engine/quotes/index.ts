// PROVISIONAL stub (owned by the quote-extraction work).
import type { ParsedArticle, Quote } from '../../types';

export function extractQuotes(_article: ParsedArticle): Quote[] {
  return [];
}
