// Splitting a sentence into checkable clauses, and deciding what is not a claim.
// A long compound sentence ("X met Y on Tuesday, and Z said on Monday ...") carries two
// facts that other outlets often report separately; one claim each lets them align apart.
import type { Span } from '../../types';

/** Conjunction points where a new independent clause usually starts. */
const SPLIT_RE = /;\s+|,\s+(?:and|but|while|whereas|although)\s+|\s+[—–]\s+(?:and|but|while)\s+|,\s+(?:who|which)\s+(?=(?:has|had|have|was|were|is|are)\b)|,\s+which\s+(?:came|comes)\s+as\s+|,\s+as\s+(?=the\b|a\b|an\b|[A-Z])/g;
/** Both sides must carry enough words to be a fact of their own. */
const MIN_PART_WORDS = 6;
const EMBED_RE = /(,\s+)(?:which|who)\s+[^,;“”"]{12,}?(,\s+)(?=[a-z])/g;
const LONG_SENTENCE_WORDS = 18;
const QUOTE_CHARS = /["“”]/g;

/** Words = runs of letters/digits; a char loop, as this runs for every cut of every sentence. */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const wordChar = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
    if (wordChar && !inWord) n++;
    inWord = wordChar;
  }
  return n;
}

/** True when position `at` of `s` sits inside an open quotation. */
function insideQuote(s: string, at: number): boolean {
  const before = s.slice(0, at).match(QUOTE_CHARS);
  if (!before) return false;
  let open = 0;
  for (const q of before) {
    if (q === '“') open = 1;
    else if (q === '”') open = 0;
    else open = 1 - open;
  }
  return open === 1;
}

/** Clause spans of one sentence (absolute offsets, trimmed of spaces and joining punctuation). */
export function splitClauses(text: string, sentence: Span): Span[] {
  const s = text.slice(sentence.start, sentence.end);
  if (wordCount(s) < LONG_SENTENCE_WORDS) return [trimSpan(text, sentence)];
  const cuts: Array<[number, number]> = [];
  SPLIT_RE.lastIndex = 0;
  for (let m = SPLIT_RE.exec(s); m; m = SPLIT_RE.exec(s)) {
    if (insideQuote(s, m.index)) continue;
    cuts.push([m.index, m.index + m[0].length]);
  }
  // an embedded relative clause ("the talks, which ran for four hours, confirmed ...") is a fact
  // of its own: cut before "which" and after its closing comma
  EMBED_RE.lastIndex = 0;
  for (let m = EMBED_RE.exec(s); m; m = EMBED_RE.exec(s)) {
    if (insideQuote(s, m.index)) continue;
    const close = m.index + m[0].length - (m[2] ?? '').length;
    cuts.push([m.index, m.index + (m[1] ?? '').length]);
    cuts.push([close, m.index + m[0].length]);
  }
  cuts.sort((x, y) => x[0] - y[0]);
  const parts: Span[] = [];
  let from = 0;
  for (const [a, b] of cuts) {
    if (a < from) continue; // overlapping cut points (a split word inside a relative clause)
    const left = s.slice(from, a);
    const right = s.slice(b);
    // keep the relative clause attached when either side is too short to stand alone
    if (wordCount(left) < MIN_PART_WORDS || wordCount(right) < MIN_PART_WORDS) continue;
    parts.push({ start: sentence.start + from, end: sentence.start + a });
    from = b;
  }
  parts.push({ start: sentence.start + from, end: sentence.end });
  return parts.map((p) => trimSpan(text, p)).filter((p) => p.end > p.start);
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /[\s,;:—–-]/.test(text[end - 1] as string)) end--;
  return { start, end };
}

const OPINION_RE = /\b(?:I|we) (?:think|believe|feel|hope)\b|\bin (?:my|our) (?:view|opinion)\b|\b(?:should|ought to|must)\b(?! have)/i;
const ATTRIBUTION_RE = /\b(?:said|says|told|according to|stated|announced|reported|added|wrote|tweeted|insisted|claimed)\b/i;
const CAPITAL_OR_DIGIT_RE = /(?:^|\s)[^\s]*?[A-Z0-9][^\s]*/g;

/**
 * A clause is a claim when it states something checkable: a fact, a value, a named actor,
 * or an attributed statement. Questions, very short fragments and unattributed opinion are not.
 */
export function isCheckable(clause: string, hasValues: boolean): boolean {
  const words = wordCount(clause);
  if (words < 4) return false;
  const t = clause.trim();
  if (/\?["”’]?$/.test(t)) return false;
  const attributed = ATTRIBUTION_RE.test(t);
  if (OPINION_RE.test(t) && !hasValues && !attributed) return false;
  // a named actor or a number anywhere past the first word, or a value, or an attribution
  const caps = t.slice(1).match(CAPITAL_OR_DIGIT_RE)?.length ?? 0;
  return hasValues || attributed || caps > 0 || words >= 8;
}
