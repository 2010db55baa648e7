// Character classes every stage agrees on. Unicode-aware throughout: letters of every
// script (\p{L}), combining marks (\p{M}), capitals by \p{Lu} (and title-case \p{Lt}),
// so "Émile", "Şefčovič" and "Лавров" read like "Emile".

const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /[\p{Lu}\p{Lt}]/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;

/** Code points that stand for an apostrophe inside or after a word (O'Neil, Ma’ruf, Bara'). */
export const APOSTROPHES = new Set(["'", '\u2019', '\u02bc', '\u2032']);
/** Arabic transliteration signs: ayn and hamza written as modifier letters; letters, not marks. */
export const TRANSLIT_SIGNS = new Set(['\u02bf', '\u02be', '\u02bb']);
/** Hyphens that join the parts of one word (Jean-Luc, al-Amin, 24-year-old). */
export const HYPHENS = new Set(['-', '\u2010', '\u2011']);
/** Dashes that separate phrases. */
export const DASHES = new Set(['\u2012', '\u2013', '\u2014', '\u2015', '\u2212']);

export function isLetter(c: string | undefined): boolean {
  return c !== undefined && c !== '' && LETTER.test(c);
}
export function isUpper(c: string | undefined): boolean {
  return c !== undefined && c !== '' && UPPER.test(c);
}
export function isLower(c: string | undefined): boolean {
  return c !== undefined && c !== '' && LOWER.test(c);
}
export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c !== '' && DIGIT.test(c);
}
export function isWordChar(c: string | undefined): boolean {
  return isLetter(c) || isDigit(c);
}
/** White space including no-break and the other Unicode spaces. */
export function isSpace(c: string | undefined): boolean {
  if (c === undefined) return false;
  const n = c.charCodeAt(0);
  return n === 32 || n === 10 || n === 9 || n === 13 || n === 12 || n === 11 || n === 0xa0 || n === 0x1680 || (n >= 0x2000 && n <= 0x200a) || n === 0x2028 || n === 0x2029 || n === 0x202f || n === 0x205f || n === 0x3000;
}

/** Starts with a capital (first letter, skipping a leading apostrophe sign such as ʿ). */
export function startsUpper(word: string): boolean {
  for (const ch of word) {
    if (TRANSLIT_SIGNS.has(ch) || APOSTROPHES.has(ch)) continue;
    return isUpper(ch);
  }
  return false;
}

/** No lower-case letter and at least one capital: "NATO", "U.S.", "AP". */
export function allUpper(word: string): boolean {
  return UPPER.test(word) && !LOWER.test(word);
}

/** ASCII apostrophe for every apostrophe sign, so lexicon keys match however the text writes them. */
export function foldApostrophes(s: string): string {
  let out = '';
  for (const ch of s) out += APOSTROPHES.has(ch) ? "'" : ch;
  return out;
}
