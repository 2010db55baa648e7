// Noun phrases around a reporting verb, on the token list of one sentence:
// the speaker before the verb ("Government spokesman Oleg Sobol said"), after it
// ("said Novak", "said a statement from the campaign"), or after "according to".
import { NAME_PARTICLES, NOT_NAMES, NOUN_LIKE_CUES, PERSON_PRONOUNS, ROLE_NOUNS, SPEECH_VERBS } from './lexicon';
import type { Token } from './tokens';

export interface NP {
  /** token index range, inclusive */
  from: number;
  to: number;
  kind: 'name' | 'pronoun' | 'description';
  definite: boolean;
  /** for a relative "who": the phrase it refers to */
  antecedent?: NP;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'these', 'those', 'our', 'one', 'another', 'some', 'many', 'several', 'two', 'three', 'both', 'other']);
const DEFINITE = new Set(['the', 'his', 'her', 'its', 'their', 'this', 'that', 'these', 'those', 'our']);
/** Words that may stand between a speaker and the verb: "Moreau also said", "Trump has said". */
export const VERB_FILLERS = new Set(
  'also later earlier then again previously recently once further repeatedly reportedly flatly simply has had have would will was were is are did does do often frequently publicly privately quickly finally first initially already still never even just only since subsequently immediately separately similarly specifically bluntly angrily quietly proudly explicitly directly openly herself himself itself themselves not can could may might should must'.split(' '),
);
/** Negated auxiliaries between a speaker and the verb: "the campaign hasn't commented". */
export const NEGATED_AUX = /^(?:has|have|had|did|does|do|would|will|was|were|is|are|could|should|ca|wo)n['\u2019]t$|^won['\u2019]t$|^can['\u2019]t$/;
export const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday today yesterday tonight'.split(' '));
const STOP_AFTER = new Set(['of', 'in', 'at', 'on', 'to', 'from', 'who', 'which', 'that', 'for', 'with', 'during', 'after', 'before', 'as', 'and', 'but', 'when', 'while', 'because', 'if', 'said', 'says']);

function nameLike(t: Token | undefined): boolean {
  return t !== undefined && !t.punct && (t.cap || /^(?:al|el|bin|ibn|abu)-[A-Z]/.test(t.w)) && !/^\d/.test(t.w) && !NOT_NAMES.has(t.lower);
}
/** Month abbreviations are names inside a name ("Ai Jun", "Chris May") unless a day number follows. */
const MONTH_ABBR = new Set(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
function nameGoesOn(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (nameLike(t)) return true;
  return t !== undefined && t.cap && MONTH_ABBR.has(t.lower) && !/^\d/.test(tokens[k + 1]?.w ?? '');
}
function possessive(t: Token | undefined): boolean {
  return t !== undefined && /['\u2019]s?$/.test(t.w) && t.w.length > 2;
}
/** A description must end in a noun: not "his repeated", "the newly". */
function nounHead(t: Token): boolean {
  return ROLE_NOUNS.has(t.lower) || (!/(?:ed|ing|ly)$/.test(t.lower) && !FUNCTION_WORDS.has(t.lower));
}
/** Words that never sit inside a speaker description ("the resolution which", "was refusing to"). */
const FUNCTION_WORDS = new Set('to that which who whom whose was were is are be been being has have had do does did will would can could should may might must not by of in on at for with from as than and or but if so this'.split(' '));

/** NP that ends at token `idx` (the word right before the verb). */
export function npBefore(tokens: readonly Token[], idx: number, floor: number): NP | null {
  const t = tokens[idx];
  if (!t || t.punct || idx < floor) return null;
  if (PERSON_PRONOUNS.has(t.lower) && !(t.lower === 'it' && idx > floor && tokens[idx - 1]!.lower === 'as')) {
    if (t.lower === 'who' || (t.lower === 'i' && !t.cap)) {
      // "Reyes, who said …": the speaker is the noun phrase before the comma
      // "Pence, who said …": the mention is "who", the speaker its antecedent
      const comma = tokens[idx - 1];
      if (t.lower === 'who' && comma && comma.w === ',') {
        const ante = npBefore(tokens, idx - 2, floor);
        return ante ? { from: idx, to: idx, kind: 'pronoun', definite: true, antecedent: ante } : null;
      }
      // "voters who say …": a restrictive "who" is the mention, its noun the antecedent when it is a name
      if (t.lower === 'who') {
        const ante = npBefore(tokens, idx - 1, floor);
        return ante ? { from: idx, to: idx, kind: 'pronoun', definite: true, antecedent: ante } : null;
      }
      return { from: idx, to: idx, kind: 'pronoun', definite: true };
    }
    return { from: idx, to: idx, kind: 'pronoun', definite: true };
  }
  // "the Chicago Police Department, which reported …": "which" is the mention, an organisation its antecedent
  if (t.lower === 'which' && idx > floor) {
    const ante = npBefore(tokens, tokens[idx - 1]!.w === ',' ? idx - 2 : idx - 1, floor);
    return ante && ante.kind === 'name' ? { from: idx, to: idx, kind: 'pronoun', definite: true, antecedent: ante } : null;
  }
  if (nameLike(t)) {
    let s = idx;
    while (s - 1 >= floor && !possessive(tokens[s - 1]) && (nameLike(tokens[s - 1]) || (NAME_PARTICLES.has(tokens[s - 1]!.lower) && nameLike(tokens[s - 2])))) s--;
    return { from: s, to: idx, kind: 'name', definite: true };
  }
  // a determiner alone is no phrase ("a swiftly called meeting": "called" is an adjective here)
  if (/^[a-z]/.test(t.w) && nounHead(t) && t.lower !== 'a' && t.lower !== 'an' && t.lower !== 'the') {
    // description: walk back to a determiner over at most 6 modifiers
    for (let s = idx; s >= Math.max(floor, idx - 7); s--) {
      const u = tokens[s]!;
      if (u.punct || (s < idx && FUNCTION_WORDS.has(u.lower) && !DETERMINERS.has(u.lower))) break;
      if (DETERMINERS.has(u.lower)) return { from: s, to: idx, kind: 'description', definite: DEFINITE.has(u.lower) };
    }
    if (ROLE_NOUNS.has(t.lower)) {
      let s = idx;
      while (s - 1 >= floor && !tokens[s - 1]!.punct && idx - s < 3 && (nameLike(tokens[s - 1]) || /^[a-z]+$/.test(tokens[s - 1]!.w)) && !STOP_AFTER.has(tokens[s - 1]!.lower) && !VERB_FILLERS.has(tokens[s - 1]!.lower)) s--;
      return { from: s, to: idx, kind: 'description', definite: false };
    }
  }
  return null;
}

/**
 * "the report stated", "a statement said": a noun-like cue word inside a phrase that opens with a
 * determiner and is followed by a verb is the phrase's head noun, not its verb.
 */
function nounCueAt(tokens: readonly Token[], e: number, idx: number): boolean {
  const next = tokens[e + 1];
  if (e <= idx || !DETERMINERS.has(tokens[idx]!.lower) || !NOUN_LIKE_CUES.has(tokens[e]!.lower) || !next || next.punct || next.cap) return false;
  return SPEECH_VERBS.has(next.lower) || /^[a-z]+(?:ed|s)$/.test(next.w);
}

/** NP that starts at token `idx` (after an inverted verb or "according to"). */
export function npAfter(tokens: readonly Token[], idx: number, ceil: number): NP | null {
  const t = tokens[idx];
  if (!t || t.punct || idx > ceil) return null;
  if (PERSON_PRONOUNS.has(t.lower) && t.lower !== 'who' && t.lower !== 'it') return { from: idx, to: idx, kind: 'pronoun', definite: true };
  let e = idx;
  let lastNameFrom = -1;
  let lastNameTo = -1;
  while (e <= ceil && e - idx < 12) {
    const u = tokens[e]!;
    // an adverb ends the phrase before its verb: "the editorial board recently wrote"
    if (u.punct || (STOP_AFTER.has(u.lower) && !u.cap) || (!u.cap && SPEECH_VERBS.has(u.lower) && !nounCueAt(tokens, e, idx)) || (e > idx && !u.cap && u.lower.length > 4 && u.lower.endsWith('ly'))) break;
    if (nameLike(u)) {
      const s = e;
      while (e + 1 <= ceil && (nameGoesOn(tokens, e + 1) || (NAME_PARTICLES.has(tokens[e + 1]!.lower) && nameLike(tokens[e + 2])))) e++;
      lastNameFrom = s;
      lastNameTo = e;
    }
    e++;
  }
  if (DETERMINERS.has(t.lower) && e - 1 > idx) {
    // "the New Jersey governor", "a source involved in …": a description, cut before a participle
    // (a participle is lower-case: "Jared", "Sterling" are names)
    const participle = (u: Token): boolean => !u.cap && /(?:ed|ing)$/.test(u.lower);
    let end = idx + 1;
    while (end < e - 1 && !participle(tokens[end + 1]!)) end++;
    if (participle(tokens[end]!) && end > idx + 1) end--;
    const head = tokens[end]!;
    if (!head.cap && nounHead(head)) return { from: idx, to: end, kind: 'description', definite: DEFINITE.has(t.lower) };
  }
  if (lastNameFrom >= 0) return { from: lastNameFrom, to: lastNameTo, kind: 'name', definite: true };
  if (e - 1 >= idx && DETERMINERS.has(t.lower) && nounHead(tokens[e - 1]!)) return { from: idx, to: e - 1, kind: 'description', definite: DEFINITE.has(t.lower) };
  if (e - 1 >= idx && ROLE_NOUNS.has(tokens[e - 1]!.lower)) return { from: idx, to: e - 1, kind: 'description', definite: false };
  return null;
}
