// Abbreviation-aware sentence segmentation of one block.
// A boundary is [.!?] (plus closing marks) + space + a capital, digit or opening mark,
// unless the word before the period is a title, month, initial or other abbreviation,
// or the boundary lies inside a short quotation that is attributed after it
// ("… the whole region. Only together …,” Reyes told AP. stays one sentence).
import type { Span } from '../../types';
import type { QuoteSpan } from './marks';

/** Never end a sentence: titles and abbreviations always followed by more. */
const ALWAYS_CONT = new Set(
  ('mr mrs ms dr prof gen sen rep gov lt col sgt capt cmdr adm maj cpl pvt st jr sr rev hon pres supt insp det amb ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no nos vs v etc al fig ft mt pp approx est dept ave blvd ' +
    'inc corp co ltd bros assn univ gov\'t')
    .split(' '),
);
/** Sentence-opening words that prove an abbreviation like "U.S." did end the sentence. */
const STARTERS = new Set(
  ('the a an he she it they we i you his her its their our this that these those there but and or so yet ' +
    'in on at for after before while when if as however meanwhile still also some many most one two three')
    .split(' '),
);
const ORG_AFTER_CO = new Set(['inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'etc']);

function isUpper(c: string | undefined): boolean {
  return c !== undefined && c >= 'A' && c <= 'Z';
}
function isLower(c: string | undefined): boolean {
  return c !== undefined && c >= 'a' && c <= 'z';
}
function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
function isSpaceChar(c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';
}
const CLOSERS = '"\'\u201d\u2019)]\u00bb';
const OPENERS = '"\'\u201c\u2018(\u00ab[';

/** The word that ends at `end` (exclusive), e.g. "U.S" before the final period. */
function wordBefore(text: string, end: number, from: number): string {
  let s = end;
  while (s > from && !isSpaceChar(text[s - 1]) && !OPENERS.includes(text[s - 1]!) && text[s - 1] !== '\u2014') s--;
  return text.slice(s, end);
}

function nextWord(text: string, start: number, to: number): string {
  let e = start;
  while (e < to && /[A-Za-z]/.test(text[e]!)) e++;
  return text.slice(start, e);
}

/** Decides whether the period at `dot` ends a sentence whose next text starts at `next`. */
function periodEnds(text: string, dot: number, next: number, from: number, to: number): boolean {
  const whole = wordBefore(text, dot, from);
  // "then-U.S." is judged by its last part
  const word = whole.slice(whole.lastIndexOf('-') + 1);
  const lower = word.toLowerCase();
  const nextCh = text[next];
  if (ALWAYS_CONT.has(lower)) {
    // "Acme Inc. The company …": company suffixes may end a sentence before a starter word.
    return ORG_AFTER_CO.has(lower) && STARTERS.has(nextWord(text, next, to).toLowerCase());
  }
  // initial: "John F. Kennedy"; but "wrote on X. “To …" ends before an opening mark
  if (word.length === 1 && isUpper(word)) return OPENERS.includes(nextCh ?? '');
  if (word.includes('.')) {
    // U.S., U.K., a.m., p.m.: an abbreviation; ends the sentence only before a typical starter.
    if (/^([A-Za-z]\.)+[A-Za-z]$/.test(word)) return STARTERS.has(nextWord(text, next, to).toLowerCase()) || OPENERS.includes(nextCh ?? '');
  }
  if (isDigit(nextCh) && /^\d+$/.test(word)) return true;
  return true;
}

export function segmentBlock(text: string, from: number, to: number, quotes: readonly QuoteSpan[]): Span[] {
  const out: Span[] = [];
  let start = from;
  while (start < to && isSpaceChar(text[start])) start++;
  for (let i = start; i < to; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    if (ch === '.' && isDigit(text[i + 1])) continue; // decimals 2.5
    let j = i + 1;
    while (j < to && (CLOSERS.includes(text[j]!) || text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    if (j >= to) break;
    if (!isSpaceChar(text[j])) continue;
    let k = j;
    while (k < to && isSpaceChar(text[k])) k++;
    if (k >= to) break;
    const nc = text[k];
    if (isLower(nc)) continue;
    if (!(isUpper(nc) || isDigit(nc) || OPENERS.includes(nc ?? '') || (nc !== undefined && nc.charCodeAt(0) > 0xbf))) continue;
    if (ch === '.' && !periodEnds(text, i, k, start, to)) continue;
    if (insideAttributedQuote(quotes, i, j)) continue;
    out.push({ start, end: j });
    start = k;
    i = k - 1;
  }
  let end = to;
  while (end > start && isSpaceChar(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
  return out;
}

/**
 * True when the boundary at [dot, after) is inside a closed quotation of moderate length:
 * splitting there would cut the speech from its attribution.
 */
function insideAttributedQuote(quotes: readonly QuoteSpan[], dot: number, after: number): boolean {
  for (const q of quotes) {
    if (q.single || !q.closed) continue;
    if (dot > q.innerStart && after < q.innerEnd && q.innerEnd - q.innerStart < 500) return true;
  }
  return false;
}
