// Word tokens of one block with offsets into the article text, and runs of
// capitalised words: the raw material of name mentions.
import { FAMILY_PARTICLES, HONORIFICS, PATRONYMIC_PARTICLES } from './lexicon';

export interface Tok {
  /** word as written, without a possessive 's */
  text: string;
  start: number;
  end: number;
  /** lower case without dots ("u.s." -> "us") */
  key: string;
  word: boolean;
  cap: boolean;
  /** acronym in capitals ("NATO", "AP"); not a name part */
  allCaps: boolean;
  possessive: boolean;
  /** first word of a sentence: its capital says nothing */
  sentStart: boolean;
}

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*\.?|\S/gu;
const UPPER_RE = /^\p{Lu}/u;
/** "al-Aiban", "bin-Talal": a glued particle before a capitalised part is a name word. */
const GLUED_PARTICLE_RE = /^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|abd)-\p{Lu}/u;
const HAS_LOWER_RE = /\p{Ll}/u;
const POSSESSIVE_RE = /['’]s$/;
const SENTENCE_END = new Set(['.', '!', '?']);
const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’', '(', '«', '»', '—', '–', '-']);
/** Dotted abbreviations that keep their dot (not a sentence end). */
const KEEP_DOT = new Set([...HONORIFICS, 'jr', 'sr', 'st', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'feb', 'jan', 'aug', 'sept', 'oct', 'nov', 'dec']);

export function tokenize(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  const part = text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  let sentenceBoundary = true;
  for (let m = TOKEN_RE.exec(part); m; m = TOKEN_RE.exec(part)) {
    let raw = m[0];
    const start = from + m.index;
    const isWord = /[\p{L}\p{N}]/u.test(raw.charAt(0));
    if (!isWord) {
      out.push({ text: raw, start, end: start + raw.length, key: raw, word: false, cap: false, allCaps: false, possessive: false, sentStart: false });
      if (SENTENCE_END.has(raw)) sentenceBoundary = true;
      else if (!QUOTE_MARKS.has(raw)) sentenceBoundary = false;
      continue;
    }
    let trailingDot = false;
    if (raw.endsWith('.')) {
      const bare = raw.slice(0, -1);
      const keep = bare.length === 1 || bare.includes('.') || KEEP_DOT.has(bare.toLowerCase());
      if (!keep) {
        raw = bare;
        trailingDot = true;
      }
    }
    let possessive = false;
    if (POSSESSIVE_RE.test(raw)) {
      raw = raw.slice(0, -2);
      possessive = true;
    }
    const key = raw.toLowerCase().replace(/\./g, '');
    const letters = raw.replace(/[^\p{L}]/gu, '');
    out.push({
      text: raw,
      start,
      end: start + raw.length,
      key,
      word: true,
      cap: UPPER_RE.test(raw) || GLUED_PARTICLE_RE.test(raw),
      allCaps: letters.length >= 2 && !HAS_LOWER_RE.test(letters) && !raw.includes('.'),
      possessive,
      sentStart: sentenceBoundary,
    });
    sentenceBoundary = false;
    if (trailingDot) {
      const dot = start + raw.length + (possessive ? 2 : 0);
      out.push({ text: '.', start: dot, end: dot + 1, key: '.', word: false, cap: false, allCaps: false, possessive: false, sentStart: false });
      sentenceBoundary = true;
    }
  }
  return out;
}

const isParticleTok = (t: Tok): boolean => t.word && !t.cap && (PATRONYMIC_PARTICLES.has(t.key) || FAMILY_PARTICLES.has(t.key));

/**
 * Runs of capitalised words, with lower-case particles (bin, al-, de, van) and "of"
 * inside ("Secretary of State Marco Rubio", "Faisal bin Farhan"). A possessive ends a run.
 * Returns [first, last] token indexes (inclusive).
 */
export function capitalisedRuns(toks: readonly Tok[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (!t || !t.word || !t.cap) {
      i++;
      continue;
    }
    let j = i;
    while (true) {
      const cur = toks[j];
      if (!cur || cur.possessive) break;
      const next = toks[j + 1];
      const after = toks[j + 2];
      if (next?.word && next.cap) {
        j++;
        continue;
      }
      if (next && (isParticleTok(next) || next.key === 'of') && after?.word && after.cap) {
        j += 2;
        continue;
      }
      break;
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}
