// The one model of quotation marks, inside one block of text. Shared by sentence
// segmentation (never split a short attributed quotation) and by every stage that asks
// "is this inside quotation marks?".
//
// Real articles mix curly and straight marks, open with " and close with ”, write doubled
// apostrophes ('' and ``) for double marks, use guillemets in either direction, and reopen a
// quotation at the start of each paragraph of a multi-paragraph quote without closing the
// previous one. So a mark's role is decided by its context first (space before it = opening,
// space after = closing) and by its glyph only when the context is silent. Linear in the
// length of the block, whatever the number of marks.
import { isSpace, isWordChar } from './chars';

export interface QuoteSpan {
  /** index of the opening mark */
  open: number;
  /** index just after the closing mark, or the block end when the quotation runs on */
  end: number;
  /** inner text range, between the marks */
  innerStart: number;
  innerEnd: number;
  /** false when the block ended before a closing mark (a multi-paragraph quotation) */
  closed: boolean;
  /** single marks (‘…’), as headlines and British style use them */
  single: boolean;
}

/** Marks that count as double quotation marks (one character each). */
const DOUBLE = new Set(['"', '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2033', '\u301d', '\u301e', '\uff02']);
const SINGLE = new Set(["'", '\u2018', '\u2019', '\u201a', '\u201b', '\u2039', '\u203a']);
/** Glyphs that only ever open, or only ever close, when the context does not say. */
const OPENING_GLYPH = new Set(['\u201c', '\u201e', '\u00ab', '\u2018', '\u201a', '\u2039', '\u301d']);
const CLOSING_GLYPH = new Set(['\u201d', '\u00bb', '\u2019', '\u203a', '\u301e']);

type Role = 'open' | 'close' | 'either';

interface Mark {
  at: number;
  /** 2 for a doubled apostrophe or backtick standing for one double mark */
  length: number;
  role: Role;
}

function opensAfter(c: string | undefined): boolean {
  return c === undefined || isSpace(c) || '([{\u2014\u2013-/:'.includes(c);
}
function closesBefore(c: string | undefined): boolean {
  return c === undefined || isSpace(c) || ',.;:)?!]}\u2014\u2013'.includes(c);
}

function roleOf(text: string, at: number, length: number, from: number, to: number, glyph: string): Role {
  const before = at > from ? text[at - 1] : undefined;
  const after = at + length < to ? text[at + length] : undefined;
  const left = opensAfter(before);
  const right = closesBefore(after);
  if (left && !right) return 'open';
  if (!left && right) return 'close';
  if (OPENING_GLYPH.has(glyph)) return 'open';
  if (CLOSING_GLYPH.has(glyph)) return 'close';
  return 'either';
}

/** Double marks of the block, in order: one-character marks, '' and `` pairs. */
function doubleMarks(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if ((ch === "'" || ch === '`') && text[i + 1] === ch && i + 1 < to) {
      marks.push({ at: i, length: 2, role: ch === '`' ? 'open' : roleOf(text, i, 2, from, to, ch) });
      i++;
      continue;
    }
    if (DOUBLE.has(ch)) marks.push({ at: i, length: 1, role: roleOf(text, i, 1, from, to, ch) });
  }
  return marks;
}

/** Pairs the quotation marks of text[from, to). Unclosed openers run to `to`. */
export function pairQuotes(text: string, from: number, to: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: Mark | null = null;
  for (const m of doubleMarks(text, from, to)) {
    if (!open) {
      if (m.role !== 'close') open = m;
      continue;
    }
    if (m.role === 'open') {
      // a second opener while one is open: the first was never closed (a new paragraph of speech)
      pushOpen(spans, text, open, m.at);
      open = m;
    } else {
      spans.push({ open: open.at, end: m.at + m.length, innerStart: open.at + open.length, innerEnd: m.at, closed: true, single: false });
      open = null;
    }
  }
  if (open) pushOpen(spans, text, open, to);
  const singles = singleQuotes(text, from, to, spans);
  if (singles.length === 0) return spans;
  return mergeByOpen(spans, singles);
}

function pushOpen(spans: QuoteSpan[], text: string, open: Mark, limit: number): void {
  let e = limit;
  while (e > open.at + open.length && isSpace(text[e - 1])) e--;
  if (e > open.at + open.length) spans.push({ open: open.at, end: e, innerStart: open.at + open.length, innerEnd: e, closed: false, single: false });
}

/**
 * Single-mark quotations outside double ones: ‘…’ or '…'. The closing glyph is also the
 * apostrophe, so a closer must not be followed by a letter (don’t, Vell’s) and an opener must
 * start a word; a doubled apostrophe is a double mark, handled above.
 */
function singleQuotes(text: string, from: number, to: number, doubles: readonly QuoteSpan[]): QuoteSpan[] {
  const found: QuoteSpan[] = [];
  let d = 0;
  let openAt = -1;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (!SINGLE.has(ch)) continue;
    if (ch === "'" && (text[i + 1] === "'" || text[i - 1] === "'")) continue;
    while (d < doubles.length && doubles[d]!.end <= i) d++;
    const inDouble = d < doubles.length && doubles[d]!.open <= i;
    const before = i > from ? text[i - 1] : undefined;
    const after = i + 1 < to ? text[i + 1] : undefined;
    if (openAt < 0) {
      // ’ as an opener is a common typo, but ’90s is an elision, not a quotation
      const digit = after !== undefined && after >= '0' && after <= '9';
      if (!inDouble && opensAfter(before) && isWordChar(after) && !(ch === '\u2019' && digit) && ch !== '\u203a') openAt = i;
      continue;
    }
    if (inDouble) {
      openAt = -1;
      continue;
    }
    if (!isWordChar(after) && !isSpace(before) && ch !== '\u2018' && ch !== '\u2039') {
      // "voters’ anger": a plural possessive looks like a closer; only short spans count
      if (i - openAt <= 200) found.push({ open: openAt, end: i + 1, innerStart: openAt + 1, innerEnd: i, closed: true, single: true });
      openAt = -1;
    }
  }
  return found;
}

function mergeByOpen(a: readonly QuoteSpan[], b: readonly QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.open <= b[j]!.open)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

export function isQuoteMark(ch: string | undefined): boolean {
  return ch !== undefined && (DOUBLE.has(ch) || SINGLE.has(ch) || ch === '`');
}

/** 1 for each position of `tokens` that lies inside one of `spans` (marks included). */
export function insideSpans(starts: readonly number[], spans: readonly QuoteSpan[]): Uint8Array {
  const out = new Uint8Array(starts.length);
  let s = 0;
  for (let k = 0; k < starts.length; k++) {
    const pos = starts[k]!;
    while (s < spans.length && spans[s]!.end <= pos) s++;
    // spans are sorted by opening mark and do not overlap (singles live outside doubles)
    if (s < spans.length && spans[s]!.open <= pos) out[k] = 1;
  }
  return out;
}
