// Status and negation flips between two aligned claims: "will likely travel ... later this week"
// vs "postponed his own trip"; "was invited" vs "was not invited". Each side is quoted from its
// cue (the negation / status verb, or the plan wording) to the word both claims talk about, so a
// reviewer sees at once what flipped.
import type { Span } from '../../types';
import { NEGATION_RE } from './extract';
import { wordKey } from './text';

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
const PLAIN_NEGATOR_RE = /^(?:not|no|never|neither|nor|none|nobody|without|cannot|n['’]t)$/i;
/** Wording that announces a plan or expectation: the side a postponement or cancellation flips. */
const PLAN_RE = /\b(?:will|would|shall|(?:is|are|was|were) (?:expected|scheduled|due|set|slated|going) to|plans? to|planned to|intends? to|(?:likely|expected) to)\b|['’]ll\b/gi;
/** Words kept after the target on the plan side ("travel to Saudi Arabia later this week"). */
const MAX_TAIL_WORDS = 6;

interface Word extends Span {
  key: string | null;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD_RE)) out.push({ start: m.index, end: m.index + m[0].length, key: wordKey(m[0]) });
  return out;
}

export interface StatusSides {
  /** the negated / postponed side, relative to its claim text */
  neg: Span;
  /** the other side */
  pos: Span;
}

/**
 * Finds a negation or status cue in `neg` whose target (the next content word after a plain negator,
 * the first two after a status verb such as "postponed") the other claim also states; returns the
 * two spans to quote, or null when the two claims negate different things.
 */
export function statusSides(neg: string, pos: string): StatusSides | null {
  const posWords = words(pos);
  const posKeys = new Set(posWords.map((w) => w.key).filter((k): k is string => k !== null));
  const re = new RegExp(NEGATION_RE.source, 'gi');
  for (let m = re.exec(neg); m; m = re.exec(neg)) {
    const cueEnd = m.index + m[0].length;
    const after = words(neg.slice(cueEnd)).filter((w, i) => !(i === 0 && w.start === 0)); // rest of the cue word
    const content = after.filter((w) => w.key !== null).slice(0, PLAIN_NEGATOR_RE.test(m[0]) ? 1 : 2);
    const hit = content.find((w) => posKeys.has(w.key as string));
    if (!hit) continue;
    const negSpan = { start: m.index, end: cueEnd + hit.end };
    const target = posWords.findIndex((w) => w.key === hit.key);
    const tw = posWords[target] as Word;
    // the plan side: from its plan cue (when close before the target) to a few words after the target
    let start = tw.start;
    const plan = new RegExp(PLAN_RE.source, 'gi');
    for (let p = plan.exec(pos); p && p.index < tw.start; p = plan.exec(pos)) {
      if (pos.slice(p.index, tw.start).split(/\s+/).length <= 6) {
        start = p.index;
        break;
      }
    }
    const tail = posWords.slice(target, target + MAX_TAIL_WORDS + 1);
    const end = (tail[tail.length - 1] as Word).end;
    return { neg: negSpan, pos: { start, end } };
  }
  return null;
}

/** "first three words ... last three words" for a long span, the span itself otherwise. */
export function shorten(text: string, span: Span): string {
  const t = text.slice(span.start, span.end);
  const ws = words(t);
  if (ws.length <= 7) return t;
  const w = (i: number): Word => ws[i] as Word;
  return `${t.slice(0, w(2).end)} ... ${t.slice(w(ws.length - 3).start)}`;
}
