// Attribution frames: "Foreign Minister Pavel Novak said the city was not invited to the
// talks" reports the fact "the city was not invited to the talks". For alignment the frame (speaker,
// role, cue, "Monday that") is not the fact: left in, it makes two different statements of one
// speaker look alike (shared name, title, "said") and makes the same fact, reported with and
// without a speaker, look different. The frame is found from the quote stage's indirect quotes,
// so no list of speakers or verbs lives here.
import type { Claim, Quote, Span } from '../../types';
import { wordCount } from './clauses';

/** A frame longer than this is a sentence of its own ("Ahead of the talks, X, the head of Y, said"). */
const MAX_FRAME_WORDS = 12;
/** The reported part must still be a fact of its own. */
const MIN_REPORTED_WORDS = 4;

/**
 * Absolute span of what the claim reports when the claim opens with its own attribution: an
 * indirect quote starting inside the claim whose speaker mention stands before it, inside the claim.
 * The reported span runs to the claim's end (a trailing clause belongs to the claim, not the quote).
 * Null when the claim carries no such frame.
 */
export function reportedSpan(claim: Claim, quotes: ReadonlyMap<string, Quote>): Span | null {
  for (const id of claim.quotes) {
    const q = quotes.get(id);
    const m = q?.speakerMention;
    if (!q || !m || q.kind !== 'indirect') continue;
    if (q.start <= claim.start || q.start >= claim.end) continue;
    if (m.start < claim.start || m.end > q.start) continue;
    const frame = claim.text.slice(0, q.start - claim.start);
    const reported = claim.text.slice(q.start - claim.start);
    if (wordCount(frame) > MAX_FRAME_WORDS || wordCount(reported) < MIN_REPORTED_WORDS) continue;
    return { start: q.start, end: claim.end };
  }
  return null;
}

/**
 * Score of a pair given the score of the full texts and a scorer for other variants.
 * - both framed: the lower of full and reported-vs-reported, so a shared speaker and cue cannot
 *   carry two different statements over the threshold, and two speakers (names differ in the full
 *   texts) are not merged on shared content alone;
 * - one framed: the higher of full and its reported part vs the other's full text, so the fact
 *   aligns whether or not an outlet names who said it.
 */
export function framedScore<P>(
  full: number,
  a: P,
  b: P,
  reportedA: P | null,
  reportedB: P | null,
  score: (x: P, y: P) => number,
): number {
  if (reportedA && reportedB) return Math.min(full, score(reportedA, reportedB));
  if (reportedA) return Math.max(full, score(reportedA, b));
  if (reportedB) return Math.max(full, score(a, reportedB));
  return full;
}
