// Small helpers for the hand-written quote-rule tests.
import { parseArticle } from '../../../shared/engine/ingest';
import { extractQuotes } from '../../../shared/engine/quotes';
import type { Quote } from '../../../shared/types';

/** Direct and partial quotes of a one-article text. */
export function quoted(text: string): Quote[] {
  return extractQuotes(parseArticle({ id: 'art', file: 'a.txt', text })).filter((q) => q.kind !== 'indirect');
}

/** The speaker mention of the quote that contains `part`. */
export function mentionOf(text: string, part: string): string | undefined {
  return quoted(text).find((q) => q.text.includes(part))?.speakerMention?.text;
}

/** Every quote of a one-article text, indirect ones included. */
export function quotes(text: string, file = 'a.txt'): Quote[] {
  return extractQuotes(parseArticle({ id: 'art', file, text }));
}

/** The quote whose text contains `part`. */
export function having(qs: readonly Quote[], part: string): Quote | undefined {
  return qs.find((x) => x.text.includes(part));
}
