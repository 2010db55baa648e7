// Titles of shows, books, songs and slogans in quotation marks: every word capitalised. They are
// not speech unless a reporting verb before them makes them the words reported ("Trump reiterated
// the premise of the “Ferguson Effect.”").
import type { QuoteSpan } from '../text';
import type { Attribution } from './attrib';
import type { Paragraph } from './context';

const SMALL = new Set(['of', 'and', 'the', 'a', 'an', 'in', 'on', 'for', 'to', 'is', 'at', 'with', 'or', 'from', 'by']);
export const TITLE_BEFORE = /(?:\b(?:on|of|in|the|show|program|programme|book|film|movie|series|song|titled|entitled|magazine|newspaper)|['\u2019]s?)\s*$/i;

/** Names of shows, books, slogans: every word capitalised ("Meet the Press", "Morning Joe"). */
export function looksLikeTitle(text: string, s: number, e: number, q: QuoteSpan): boolean {
  const words = text.slice(s, e).replace(/[.,!?;:]+$/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 7) return false;
  for (const w of words) {
    if (SMALL.has(w.toLowerCase())) continue;
    const c = w.charAt(0);
    if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) return false;
  }
  if (words.length >= 2) return true;
  return TITLE_BEFORE.test(text.slice(Math.max(0, q.open - 30), q.open));
}

/** An earlier quotation of the paragraph with its attribution, as findSpeech has kept it. */
export interface EarlierQuote {
  start: number;
  attribution: Attribution | null;
}

/**
 * A title-like quotation is skipped unless a cue before it reports it. A cue that already
 * introduced an earlier quotation standing before it ("“…,” Clinton said in an interview with
 * “Fox News Sunday.”", "“…,” she wrote in her memoir, “Tough Choices.”") has its words: the
 * title after it names the medium or the work, not more speech.
 */
export function skipTitle(text: string, p: Paragraph, q: QuoteSpan, qFrom: number, attr: Attribution | null, earlier: readonly EarlierQuote[]): boolean {
  if (!attr || attr.cueFrom < 0 || attr.cueTo >= qFrom || TITLE_BEFORE.test(text.slice(Math.max(0, q.open - 30), q.open))) return true;
  const cueStart = p.tokens[attr.cueFrom]!.start;
  return earlier.some((o) => o.attribution !== null && o.attribution.cueFrom === attr.cueFrom && o.start < cueStart);
}
