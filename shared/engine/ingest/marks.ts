// Quotation-mark pairing inside one block of text. Shared by sentence segmentation
// (do not split inside a short quote) and quote extraction.
//
// Real articles mix curly and straight marks, open with " and close with ”, and
// reopen a quote at the start of each paragraph of a multi-paragraph quote without
// closing the previous one. So a mark's role is decided by its context (space before
// it = opening, space after = closing) first and by its glyph only when context is silent.

export interface QuoteSpan {
  /** index of the opening mark */
  open: number;
  /** index just after the closing mark, or the block end when the quote runs on */
  end: number;
  /** inner text range (between the marks) */
  innerStart: number;
  innerEnd: number;
  /** false when the block ended before a closing mark (multi-paragraph quote) */
  closed: boolean;
  /** true for single-mark pairs (‘…’), used in headlines and British style */
  single: boolean;
}

const DOUBLE = new Set(['"', '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2033']);
const SINGLE = new Set(["'", '\u2018', '\u2019', '\u201a', '\u201b']);

function isSpace(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';
}
/** characters after which a mark opens a quote */
function opensAfter(c: string | undefined): boolean {
  return isSpace(c) || c === '(' || c === '[' || c === '{' || c === '\u2014' || c === '\u2013' || c === '-' || c === '/' || c === ':';
}
function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0xc0;
}

type Role = 'open' | 'close' | 'either';

function doubleRole(text: string, i: number, from: number, to: number): Role {
  const ch = text[i];
  const before = i > from ? text[i - 1] : undefined;
  const after = i + 1 < to ? text[i + 1] : undefined;
  const leftOpen = opensAfter(before);
  const rightSpace = isSpace(after) || after === ',' || after === '.' || after === ';' || after === ')' || after === '?' || after === '!' || after === ':';
  if (leftOpen && !rightSpace) return 'open';
  if (!leftOpen && rightSpace) return 'close';
  if (ch === '\u201c' || ch === '\u201e' || ch === '\u00ab') return 'open';
  if (ch === '\u201d' || ch === '\u00bb') return 'close';
  return 'either';
}

/** Pairs double marks in text[from, to). Unclosed openers run to `to`. */
export function pairQuotes(text: string, from: number, to: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (!DOUBLE.has(ch)) continue;
    const role = doubleRole(text, i, from, to);
    if (openAt < 0) {
      if (role !== 'close') openAt = i;
      continue;
    }
    if (role === 'open') {
      // A second opener while a quote is open: the first was never closed. End it here.
      pushSpan(spans, text, openAt, i, false);
      openAt = i;
    } else {
      spans.push({ open: openAt, end: i + 1, innerStart: openAt + 1, innerEnd: i, closed: true, single: false });
      openAt = -1;
    }
  }
  if (openAt >= 0) pushSpan(spans, text, openAt, to, false);
  for (const s of singleQuotes(text, from, to, spans)) spans.push(s);
  spans.sort((a, b) => a.open - b.open);
  return spans;
}

function pushSpan(spans: QuoteSpan[], text: string, open: number, limit: number, closed: boolean): void {
  let e = limit;
  while (e > open + 1 && isSpace(text[e - 1])) e--;
  if (e > open + 1) spans.push({ open, end: e, innerStart: open + 1, innerEnd: e, closed, single: false });
}

/**
 * Single-mark quotes outside double quotes: ‘…’ or '…'. The closing glyph is also the
 * apostrophe, so a closer must not be followed by a letter (don’t, Russia’s) and an
 * opener must start a word.
 */
function singleQuotes(text: string, from: number, to: number, doubles: readonly QuoteSpan[]): QuoteSpan[] {
  const inDouble = (i: number): boolean => doubles.some((d) => i >= d.open && i < d.end);
  const found: QuoteSpan[] = [];
  let openAt = -1;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (!SINGLE.has(ch)) continue;
    const before = i > from ? text[i - 1] : undefined;
    const after = i + 1 < to ? text[i + 1] : undefined;
    if (openAt < 0) {
      // ’ as an opener is a common typo, but ’90s is an elision, not a quote.
      const digit = after !== undefined && after >= '0' && after <= '9';
      if (opensAfter(before) && isWordChar(after) && !(ch === '\u2019' && digit) && !inDouble(i)) openAt = i;
      continue;
    }
    if (!isWordChar(after) && !isSpace(before) && ch !== '\u2018') {
      // "voters’ anger": a plural possessive looks like a closer; accept only if short enough.
      if (i - openAt <= 200) found.push({ open: openAt, end: i + 1, innerStart: openAt + 1, innerEnd: i, closed: true, single: true });
      openAt = -1;
    }
  }
  return found;
}

export function isQuoteMark(ch: string | undefined): boolean {
  return ch !== undefined && (DOUBLE.has(ch) || SINGLE.has(ch));
}
