// Where reported content starts and ends around a cue, shared by the indirect-speech passes:
// the first content word after "said (on Monday) (that)", the last word before a final
// attribution, and whether what follows a final attribution is an adjunct or a clause of its own.
import type { Attribution } from './attrib';
import type { Paragraph, SentenceTokens } from './context';
import type { FoundSpeech } from './direct';
import { npAfter, WEEKDAYS } from './phrases';
import type { Token } from './tokens';

const PARENTHETICAL = new Set(['however', 'though', 'meanwhile', 'moreover', 'nonetheless', 'nevertheless', 'instead', 'again', 'too', 'also', 'later']);
/** Words of content around a mid-sentence or final attribution ("content, X said"). */
export const MIN_WORDS = 3;
/**
 * Words of reported content after a cue: one is enough ("endorsed Clinton", "declined to comment"
 * has two); measured on PolNeAR train, short objects of stance verbs are annotated contents.
 */
export const MIN_CONTENT = 1;

export function words(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k <= to; k++) if (!tokens[k]!.punct) n++;
  return n;
}

const PARTICLES = new Set(['back', 'out', 'up', 'off', 'down']);

/** Index of the first content token after the cue at `c`. */
export function contentStart(tokens: readonly Token[], c: number, end: number): number {
  let k = c + 1;
  const cue = tokens[c]!.lower;
  if (cue === 'told' || cue === 'tells' || cue === 'tell' || cue === 'telling' || cue === 'warned' || cue === 'assured' || cue === 'reminded') {
    // skip the listener: "told Russia's Channel One that …"
    for (let j = k; j <= Math.min(end, k + 8); j++) {
      if (tokens[j]!.lower === 'that') return j + 1;
    }
    const np = npAfter(tokens, k, end);
    if (np) k = np.to + 1;
  }
  // the particle of a phrasal verb: "hit back at", "lashed out at", "pointed out that"
  if (PARTICLES.has(tokens[k]?.lower ?? '')) {
    k++;
    if (tokens[k]?.lower === 'at' || tokens[k]?.lower === 'against') k++;
  }
  // "said Monday that", "said on Tuesday", "said in a statement that"
  let guard = 0;
  while (k <= end && guard < 6 && (WEEKDAYS.has(tokens[k]!.lower) || (tokens[k]!.lower === 'that' && guard === 0))) {
    k++;
    guard++;
  }
  if (tokens[k]?.lower === 'on' && WEEKDAYS.has(tokens[k + 1]?.lower ?? '')) k += 2;
  if (tokens[k]?.lower === 'in' && (tokens[k + 1]?.lower === 'a' || tokens[k + 1]?.lower === 'an') && /^(?:statement|interview|tweet|post|speech|letter|memo|note|release)$/.test(tokens[k + 2]?.lower ?? '')) {
    k += 3;
    if (tokens[k]?.w === ',') k++;
  }
  if (tokens[k]?.w === ',') k++;
  // "stressed, however, that …"
  if (PARENTHETICAL.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.w === ',') k += 2;
  if (tokens[k]?.lower === 'that') k++;
  return k;
}

export function speech(p: Paragraph, s: SentenceTokens, from: number, to: number, a: Attribution | null): FoundSpeech | null {
  if (to < from || words(p.tokens, from, to) < MIN_CONTENT) return null;
  return { start: p.tokens[from]!.start, end: p.tokens[to]!.end, kind: 'indirect', attribution: a, para: p, inherit: 'none', open: false, sentenceStart: s.start };
}

/** A saying-verb that continues a clause after "and", "but" or a comma: "…, but said the plan …". */
export function coordinated(tokens: readonly Token[], c: number, first: number): boolean {
  const prev = tokens[c - 1];
  const t = tokens[c]!;
  return c - 1 > first && prev !== undefined && (prev.lower === 'and' || prev.lower === 'but' || prev.w === ',') && !t.cap && SAYING.has(t.lower) && /(?:ed|id|ld|te)$/.test(t.lower);
}

export const INVERTED_SAYING = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'argued', 'argues', 'explained', 'noted', 'notes', 'warned', 'continued']);
/** After an inverted speaker only its apposition or relative clause may follow, not a verb ("said the Boeing was …"). */
export function npEndsClause(tokens: readonly Token[], to: number, end: number): boolean {
  const next = tokens[to + 1];
  return to >= end || !next || next.punct || ['who', 'which', 'of', 'in', 'at', 'on', 'for', 'from', 'with'].includes(next.lower);
}
export const ADJUNCT_START = new Set('in on at during of after before last this earlier later recently while when as about from with by via through over and but'.split(' '));
const TELL = new Set(['told', 'tells', 'tell', 'telling', 'warned', 'assured', 'reminded']);
/**
 * What follows a final attribution must be an adjunct ("…, Novak said on Monday.", "…, he
 * told reporters."), not a clause of its own ("…, the agency reports that Hess missed the flight").
 */
export function adjunctTail(tokens: readonly Token[], a: Attribution, end: number): boolean {
  const k = Math.max(a.cueTo, a.np.to) + 1;
  if (k > end) return true;
  const t = tokens[k]!;
  if (t.punct || ADJUNCT_START.has(t.lower) || WEEKDAYS.has(t.lower) || (t.lower.endsWith('ly') && !t.cap)) return true;
  // after an inverted pronoun ("…, said he …") only punctuation may follow
  if (a.np.kind === 'pronoun' && a.np.from > a.cueTo) return false;
  return TELL.has(tokens[a.cueTo]!.lower) && a.cueTo === k - 1 && t.lower !== 'that';
}

export function lastWordIndex(tokens: readonly Token[], from: number, to: number): number {
  let e = to;
  while (e >= from && tokens[e]!.punct) e--;
  return e;
}

export const SAYING = new Set(['say', 'says', 'said', 'argue', 'argues', 'argued', 'believe', 'believes', 'believed', 'think', 'thinks', 'contend', 'contends', 'note', 'notes', 'noted', 'added', 'adds', 'warn', 'warns', 'warned', 'insist', 'insists', 'insisted', 'suggest', 'suggests', 'suggested', 'explained', 'explains', 'told', 'wrote', 'writes', 'claimed', 'claims', 'predicted', 'predict', 'predicts']);
