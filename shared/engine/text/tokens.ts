// The one tokenizer. Offsets index the article text exactly; nothing is cleaned first.
// A word is a run of letters (any script), combining marks and digits, joined by inner
// hyphens, apostrophes, periods and ampersands ("al-Amin", "O'Neil", "U.S.", "AT&T");
// numbers keep their separators ("1,250,000", "3.5"); an abbreviation or an initial keeps
// its final period; a possessive ending stays in the word and is flagged.
import { abbreviation, isDotted } from './abbreviations';
import { allUpper, APOSTROPHES, foldApostrophes, isLower, isSpace, isUpper, startsUpper } from './chars';
import type { WordClass } from './wordclass-types';

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token {
  start: number;
  end: number;
  /** end of the word without its possessive ending: text.slice(start, coreEnd) is "Novak" for "Novak's" */
  coreEnd: number;
  /** the token as written */
  text: string;
  /** lower case of the core (possessive removed), apostrophes folded to ' */
  lower: string;
  /** `lower` without periods ("u.s." -> "us"): the lexicon key */
  key: string;
  kind: TokenKind;
  /** starts with a capital letter */
  cap: boolean;
  /** capitals only, two letters or more: an acronym ("NATO") or a shouted word */
  allCaps: boolean;
  possessive: boolean;
  /** likely word class, set by the word-class pass (wordclass.ts) */
  cls: WordClass;
  /** dictionary form for the word class ("said" -> "say", "women" -> "woman") */
  lemma: string;
}

// One alternative per kind, tried in this order: URLs and handles, words (with inner joiners
// and number groups), runs of dashes or periods, and any other single character.
const TOKEN_RE =
  /(https?:\/\/[^\s"“”<>]+|www\.[^\s"“”<>]+|[@#][\p{L}\p{N}_]+)|([\p{L}\p{M}\p{N}]+(?:(?:[-\u2010\u2011'\u2019\u02bc.&][\p{L}\p{M}\p{N}]+)|(?<=\p{Nd}),\p{Nd}{3}(?!\p{Nd}))*)|(-{2,}|\.{2,}|…)|(\S)/gu;
const NUMBER_RE = /^\p{Nd}+(?:[.,]\p{Nd}+)*$/u;
const SYMBOLS = new Set(['$', '€', '£', '¥', '%', '&', '#', '@', '+', '=', '*', '/', '\\', '|', '~', '^', '<', '>', '°', '§', '©', '®', '™']);

function punctKind(ch: string): TokenKind {
  return SYMBOLS.has(ch) || /\p{S}/u.test(ch) ? 'symbol' : 'punct';
}

export function makeToken(text: string, start: number, kind: TokenKind, possessive: boolean, coreLength: number): Token {
  const core = text.slice(0, coreLength);
  const lower = foldApostrophes(core.toLowerCase());
  const isWord = kind === 'word' || kind === 'number';
  return {
    start,
    end: start + text.length,
    coreEnd: start + coreLength,
    text,
    lower,
    key: isWord && lower.length > 1 ? lower.replace(/\./g, '') : lower,
    kind,
    cap: kind === 'word' && startsUpper(core),
    allCaps: kind === 'word' && core.length >= 2 && allUpper(core),
    possessive,
    cls: kind === 'number' ? 'number' : kind === 'word' ? 'noun' : kind === 'symbol' ? 'symbol' : 'punct',
    lemma: lower,
  };
}

/** "it's", "that's", "let's": a contraction, not a possessive. */
const CONTRACTION_HOSTS = new Set(['it', 'he', 'she', 'that', 'there', 'here', 'what', 'who', 'where', 'how', 'let', 'when', 'why']);

/** Whether the period right after `word` belongs to it: an initial, "U.S.", "Dr.", "Inc.". */
function keepsPeriod(word: string): boolean {
  if (word.length === 1) return isUpper(word) || isLower(word);
  if (isDotted(word)) return true;
  return abbreviation(word.toLowerCase()) !== null;
}

/**
 * "Bara' Qatirji": an apostrophe closing a capitalised name part that another name part follows
 * is the transliterated hamza or ayn, a letter of the name. After an "s" it is a plural
 * possessive instead ("the Joneses' house").
 */
function nameApostrophe(text: string, word: string, after: number): boolean {
  if (!startsUpper(word) || /s$/i.test(word) || word.length < 2) return false;
  return isSpace(text[after + 1]) && isUpper(text[after + 2]);
}

/** Tokens of text[from, to). */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const part = text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(part); m; m = TOKEN_RE.exec(part)) {
    const at = from + m.index;
    if (m[1] !== undefined) {
      out.push(makeToken(m[1], at, 'symbol', false, m[1].length));
      continue;
    }
    if (m[2] === undefined) {
      const s = m[0];
      out.push(makeToken(s, at, s.length > 1 ? 'punct' : punctKind(s), false, s.length));
      continue;
    }
    let word = m[2];
    let possessive = false;
    let core = word.length;
    const next = part[m.index + word.length];
    const afterAt = at + word.length;
    if (next === '.' && keepsPeriod(word)) {
      word += '.';
      core = word.length;
    } else if (next !== undefined && APOSTROPHES.has(next)) {
      if (/s$/i.test(word) && !isLower(part[m.index + word.length + 1]) && word.length > 1 && !nameApostrophe(text, word, afterAt)) {
        // plural possessive "voters'": the apostrophe belongs to the word
        word += next;
        possessive = true;
      } else if (nameApostrophe(text, word, afterAt)) {
        word += next;
        core = word.length;
      }
    }
    const poss = /['\u2019\u02bc][sS]$/.exec(word);
    if (poss && word.length > 2 && !CONTRACTION_HOSTS.has(word.slice(0, -2).toLowerCase())) {
      possessive = true;
      core = word.length - 2;
    }
    TOKEN_RE.lastIndex = m.index + word.length;
    const kind: TokenKind = NUMBER_RE.test(word) ? 'number' : 'word';
    out.push(makeToken(word, at, kind, possessive, core));
  }
  return out;
}

/** Index of the first token starting at or after `pos` (tokens.length when none). */
export function tokenAtOrAfter(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the token covering `pos`, or -1. */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  const k = tokenAtOrAfter(tokens, pos + 1) - 1;
  return k >= 0 && tokens[k]!.end > pos ? k : -1;
}
