// Fallback subjects and extra cue shapes for reported speech, added after measuring misses on
// PolNeAR train: subjects that are no name, pronoun or role ("Sixty-six percent said …",
// "new fundraising reports show …"), which the speaker grammar in phrases.ts does not cover.
import type { NP } from './phrases';
import { NEGATED_AUX, VERB_FILLERS, WEEKDAYS } from './phrases';
import type { Token } from './tokens';

/** Words that end a subject phrase when walking back from the verb. */
const SUBJECT_STOP = new Set(
  'that which who whom whose what when where while because if unless although though as and but or so than to of by with from for at on in into about after before since until was were is are be been being has have had do does did will would can could should may might must not it its this these those there here then'.split(
    ' ',
  ),
);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'our', 'its', 'some', 'many', 'most', 'few', 'several', 'about', 'around', 'nearly', 'almost', 'roughly', 'only', 'just', 'over', 'more', 'less', 'than']);

function skippable(t: Token): boolean {
  return !t.punct && (VERB_FILLERS.has(t.lower) || WEEKDAYS.has(t.lower) || NEGATED_AUX.test(t.lower) || (!t.cap && t.lower.length > 4 && t.lower.endsWith('ly')));
}

/**
 * The subject phrase before the verb at `c` when it is a quantity or a plain noun phrase
 * ("47 percent", "Six in 10", "the new reports"): walks back over at most 8 words to a comma,
 * a clause word or the sentence start. Returns an indefinite description (never resolved to
 * a person), or null when the word before the verb cannot end a noun phrase.
 */
export function looseSubject(tokens: readonly Token[], c: number, floor: number): NP | null {
  let k = c - 1;
  while (k >= floor && skippable(tokens[k]!)) k--;
  if (k < floor) return null;
  const head = tokens[k]!;
  if (head.punct || SUBJECT_STOP.has(head.lower) || DETERMINERS.has(head.lower) || /(?:ing|ly)$/.test(head.lower)) return null;
  // a participle ends the subject only after a noun: "those surveyed said", "a court document filed Thursday says"
  if (!head.cap && /ed$/.test(head.lower) && !/^\d/.test(head.w) && !reducedRelative(tokens, k, floor)) return null;
  let s = k;
  while (s - 1 >= floor && k - s < 8) {
    const u = tokens[s - 1]!;
    if (u.punct && u.w !== '-' && u.w !== '\u2019' && u.w !== "'") break;
    // "in" joins quantities ("Six in 10", "7 in 10"), otherwise it ends the phrase
    if (u.lower === 'in' && /^\d/.test(tokens[s]!.w)) {
      s--;
      continue;
    }
    if (SUBJECT_STOP.has(u.lower) && !DETERMINERS.has(u.lower)) break;
    s--;
  }
  return { from: s, to: k, kind: 'description', definite: false };
}

function reducedRelative(tokens: readonly Token[], k: number, floor: number): boolean {
  const prev = tokens[k - 1];
  if (!prev || k - 1 < floor || prev.punct) return false;
  return prev.lower === 'those' || (!SUBJECT_STOP.has(prev.lower) && !DETERMINERS.has(prev.lower) && !/(?:ed|ly|ing)$/.test(prev.lower) && !VERB_FILLERS.has(prev.lower));
}

/** Participles that continue an attribution after a quotation: "…,” he said, referring to the plan. */
const TAIL_PARTICIPLES = new Set(['referring', 'noting', 'citing', 'adding', 'saying', 'arguing', 'suggesting', 'pointing', 'claiming', 'insisting', 'warning', 'explaining', 'asking', 'describing', 'calling', 'alluding', 'predicting', 'acknowledging', 'stressing']);

/**
 * After the last quotation of a sentence: ", referring to X" / ", adding that X" — returns the
 * participle index and the first content token, or null. `from` is the first token after the quotation.
 */
export function participleTail(tokens: readonly Token[], from: number, end: number): { cue: number; content: number } | null {
  for (let k = from; k < end - 1; k++) {
    if (tokens[k]!.w !== ',') continue;
    const v = tokens[k + 1]!;
    if (!TAIL_PARTICIPLES.has(v.lower) || v.cap) continue;
    let c = k + 2;
    const next = tokens[c]?.lower;
    if (next === 'to' || next === 'that' || next === 'out' || next === 'on') c++;
    if (tokens[c - 1]?.lower === 'out' && tokens[c]?.lower === 'that') c++;
    return c <= end ? { cue: k + 1, content: c } : null;
  }
  return null;
}

/** Nouns that report a stance or statement: "her criticism of the deal", "his support for Kane". */
const NOUN_CUES = new Set(
  'criticism criticisms support endorsement opposition questions question concerns concern claim claims statement statements argument arguments view views belief beliefs plan plans promise promises call calls praise attack attacks warning warnings doubts fears hopes demand demands insistence assertion assertions allegation allegations accusation accusations complaint complaints suggestion proposal pledge vow comments remarks denial objections'.split(
    ' ',
  ),
);
const NOUN_LINKS = new Set(['of', 'for', 'about', 'to', 'that', 'over', 'against', 'on']);

/**
 * "X's criticism of Y", "their support for Y", "the claim that Y": the stance noun is the cue,
 * the content runs from after the link word to the next comma or the sentence end.
 */
export function nounCue(tokens: readonly Token[], from: number, end: number): { cue: number; content: number; stop: number } | null {
  for (let k = from; k < end - 1; k++) {
    const t = tokens[k]!;
    if (t.punct || !NOUN_CUES.has(t.lower) || !NOUN_LINKS.has(tokens[k + 1]!.lower)) continue;
    let stop = k + 2;
    while (stop < end && !(tokens[stop + 1]!.punct && tokens[stop + 1]!.w !== '-' && tokens[stop + 1]!.w !== '\u2019')) stop++;
    if (stop - (k + 2) < 0) continue;
    return { cue: k, content: k + 2, stop };
  }
  return null;
}
