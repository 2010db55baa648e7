// The one sentence splitter, for one block. A boundary is [.!?…] (plus closing marks) + space
// + a capital (any script), a digit or an opening mark, unless the word before the period is
// a title, month, initial or other abbreviation, or the boundary lies inside a short
// quotation that is attributed after it ("… the whole valley. Only together …,” she told
// reporters. stays one sentence). A block without final punctuation still ends its sentence.
import type { Span } from '../../types';
import { abbreviation, isDotted } from './abbreviations';
import { isDigit, isLower, isSpace, isUpper } from './chars';
import type { QuoteSpan } from './marks';

/** Sentence-opening words that prove an abbreviation like "U.S." or "Inc." did end the sentence. */
const STARTERS = new Set(
  ('the a an he she it they we i you his her its their our this that these those there but and or so yet ' +
    'in on at for after before while when if as however meanwhile still also some many most one two three')
    .split(' '),
);
const CLOSERS = '"\'\u201d\u2019)]\u00bb\u203a';
const OPENERS = '"\'\u201c\u2018(\u00ab[\u2039\u201e';
const ENDERS = '.!?\u2026';

/** The word that ends at `end` (exclusive), e.g. "U.S" before the final period. */
function wordBefore(text: string, end: number, from: number): string {
  let s = end;
  while (s > from && !isSpace(text[s - 1]) && !OPENERS.includes(text[s - 1]!) && text[s - 1] !== '\u2014') s--;
  return text.slice(s, end);
}

function nextWord(text: string, start: number, to: number): string {
  let e = start;
  while (e < to && /\p{L}/u.test(text[e]!)) e++;
  return text.slice(start, e);
}

/** Whether the period at `dot` ends a sentence whose next text starts at `next`. */
function periodEnds(text: string, dot: number, next: number, from: number, to: number): boolean {
  const whole = wordBefore(text, dot, from);
  // "then-U.S." is judged by its last part
  const word = whole.slice(whole.lastIndexOf('-') + 1);
  const nextCh = text[next];
  const starter = (): boolean => STARTERS.has(nextWord(text, next, to).toLowerCase());
  switch (abbreviation(word.toLowerCase())) {
    case 'title':
    case 'other':
      return false;
    case 'month':
      return !isDigit(nextCh);
    case 'suffix':
      return starter();
    case null:
      break;
  }
  // an initial ("Ana T. Reyes"); but "wrote on X. “To …" ends before an opening mark
  if (word.length === 1 && isUpper(word)) return OPENERS.includes(nextCh ?? '');
  // U.S., a.m.: ends the sentence only before a typical starter or an opening mark
  if (isDotted(word)) return starter() || OPENERS.includes(nextCh ?? '');
  return true;
}

/**
 * True when the boundary at [dot, after) is inside a closed double quotation of moderate
 * length: splitting there would cut the speech from its attribution.
 */
function insideAttributedQuote(quotes: readonly QuoteSpan[], dot: number, after: number): boolean {
  for (const q of quotes) {
    if (q.open > dot) break;
    if (q.single || !q.closed) continue;
    if (dot > q.innerStart && after < q.innerEnd && q.innerEnd - q.innerStart < 500) return true;
  }
  return false;
}

/** Sentences of text[from, to), trimmed of surrounding space. `quotes` are the block's spans, sorted. */
export function splitSentences(text: string, from: number, to: number, quotes: readonly QuoteSpan[]): Span[] {
  const out: Span[] = [];
  let start = from;
  while (start < to && isSpace(text[start])) start++;
  for (let i = start; i < to; i++) {
    const ch = text[i]!;
    if (!ENDERS.includes(ch)) continue;
    if (ch === '.' && isDigit(text[i + 1])) continue; // decimals 2.5
    let j = i + 1;
    while (j < to && (CLOSERS.includes(text[j]!) || ENDERS.includes(text[j]!))) j++;
    if (j >= to) break;
    if (!isSpace(text[j])) continue;
    let k = j;
    while (k < to && isSpace(text[k])) k++;
    if (k >= to) break;
    const nc = text[k];
    if (isLower(nc)) continue;
    if (!(isUpper(nc) || isDigit(nc) || OPENERS.includes(nc ?? '') || (nc !== undefined && /[\p{Lo}\p{Lm}]/u.test(nc)))) continue;
    if (ch === '.' && !periodEnds(text, i, k, start, to)) continue;
    if (insideAttributedQuote(quotes, i, j)) continue;
    out.push({ start, end: j });
    start = k;
    i = k - 1;
  }
  let end = to;
  while (end > start && isSpace(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
  return out;
}
