// Word tokens of one block with offsets into the article text, and runs of
// capitalised words: the raw material of name mentions.
import { HONORIFICS, ORG_HEAD, ORG_TAIL, ROLE_WORDS, RUN_PARTICLES } from './lexicon';

export interface Tok {
  /** word as written, without a possessive 's */
  text: string;
  start: number;
  end: number;
  /** lower case without dots ("u.s." -> "us") */
  key: string;
  word: boolean;
  cap: boolean;
  /** acronym in capitals ("UNESCO", "BBC"); not a name part */
  allCaps: boolean;
  possessive: boolean;
  /** first word of a sentence: its capital says nothing */
  sentStart: boolean;
}

/** A word (group 1) with inner hyphens, apostrophes, dots and a trailing dot, or one other character. */
const TOKEN_RE = /([\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*\.?)|\S/gu;
const UPPER_RE = /^\p{Lu}/u;
/** "al-Thani", "bin-Talal": a glued particle before a capitalised part is a name word. */
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
    if (m[1] === undefined) {
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
    out.push({
      text: raw,
      start,
      end: start + raw.length,
      key,
      word: true,
      cap: UPPER_RE.test(raw) || GLUED_PARTICLE_RE.test(raw),
      allCaps: raw.length >= 2 && !HAS_LOWER_RE.test(raw) && raw !== raw.toLowerCase() && !raw.includes('.'),
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

const isParticleTok = (t: Tok): boolean => t.word && !t.cap && RUN_PARTICLES.has(t.key);
/** "of" continues a run only after a title or institution word ("Secretary of State", "University of Utah"), not after a person ("Holt of NBC"). */
const joinsOf = (t: Tok): boolean => ROLE_WORDS.has(t.key) || ORG_HEAD.has(t.key) || ORG_TAIL.has(t.key);

/**
 * Runs of capitalised words, with lower-case particles (bin, al-, de, van) and "of"
 * inside ("Secretary of State Jane Doe", "Tamim bin Hamad"). A possessive ends a run.
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
      if (next?.key === 'of' && after?.word && after.cap && joinsOf(cur)) {
        j += 2;
        continue;
      }
      // One or more particles between capitalised parts: "bin", "van der", "de la".
      let p = j + 1;
      while (p < toks.length && p - j <= 3 && toks[p] && isParticleTok(toks[p] as Tok)) p++;
      const resume = toks[p];
      if (p > j + 1 && resume?.word && resume.cap) {
        j = p;
        continue;
      }
      break;
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}
