// Attributions without a cue before the words: the agent of a passive naming verb ("described
// as a “pariah” by X") and the subject of the clause when no reporting verb is found
// ("Manafort dismissed the kerfuffle as “absurd.”"). Split from attrib.ts to keep files small.
import { clauseSubject, isCue, type Attribution } from './attrib';
import { NAMING_VERBS } from './lexicon';
import { npAfter, VERB_FILLERS, WEEKDAYS } from './phrases';
import type { Token } from './tokens';

/** "described as a “pariah” by former President Joe Biden": the agent after "by". */
export function findAgent(tokens: readonly Token[], qFrom: number, a: number, limit: number, floor: number): Attribution | null {
  let v = -1;
  for (let k = qFrom - 1; k >= floor && qFrom - k <= 5; k--) {
    if (NAMING_VERBS.has(tokens[k]!.lower) || tokens[k]!.lower === 'quoted') {
      v = k;
      break;
    }
  }
  if (v < 0) return null;
  let i = a;
  while (i <= limit && tokens[i]!.punct) i++;
  if (tokens[i]?.lower !== 'by') return null;
  const np = npAfter(tokens, i + 1, limit);
  return np ? { cueFrom: v, cueTo: v, np } : null;
}

/**
 * No reporting verb: the sentence subject when it names someone and its verb follows
 * ("Campaign chair Paul Manafort dismissed the kerfuffle as “absurd.”"). The verb becomes the cue.
 */
export function subjectFallback(tokens: readonly Token[], floor: number, qFrom: number, inQuote: Uint8Array): Attribution | null {
  const np = clauseSubject(tokens, floor, qFrom, inQuote);
  if (!np || np.kind === 'description') return null;
  let v = np.to + 1;
  if (tokens[v]?.w === ',') {
    // "Filippo Grandi, the U.N. refugee chief, reacted …"
    let k = v + 1;
    while (k < qFrom && k - v < 25 && tokens[k]!.w !== ',') k++;
    if (k < qFrom && tokens[k]!.w === ',') v = k + 1;
  }
  while (v < qFrom && (VERB_FILLERS.has(tokens[v]!.lower) || WEEKDAYS.has(tokens[v]!.lower)) && !VERB_LIKE_AUX.has(tokens[v]!.lower)) v++;
  const verb = tokens[v];
  if (!verb || v >= qFrom || verb.punct || verb.cap || inQuote[v] || !/^[a-z]+$/.test(verb.w)) return null;
  if (!/(?:ed|s)$/.test(verb.lower) && !isCue(verb, true)) return null;
  return { cueFrom: v, cueTo: v, np };
}
const VERB_LIKE_AUX = new Set<string>();
