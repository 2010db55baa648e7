// The one lexicon. Every list is written once, as lemmas, and queried through a token (or a
// lower-case word): verbs through their verb lemma, nouns through their noun lemma, so no
// list spells out inflections.
import type { Token } from '../tokens';
import { nounLemma, verbLemma } from '../lemma';
import { BELIEF_VERBS, NAMING_VERBS, SPEECH_VERBS, STANCE_VERBS } from './verbs';
import { FEMALE_WORDS, MALE_WORDS, ROLE_NOUNS } from './people';
import { PRONOUNS, type Gender } from './function-words';

export * from './verbs';
export * from './people';
export * from './names';
export * from './organisations';
export * from './calendar';
export * from './function-words';

type WordLike = Token | string;
const keyOf = (w: WordLike): string => (typeof w === 'string' ? w : w.key);

export function isSpeechVerb(w: WordLike): boolean {
  return SPEECH_VERBS.has(verbLemma(keyOf(w)));
}
export function isBeliefVerb(w: WordLike): boolean {
  return BELIEF_VERBS.has(verbLemma(keyOf(w)));
}
export function isNamingVerb(w: WordLike): boolean {
  return NAMING_VERBS.has(verbLemma(keyOf(w)));
}
export function isStanceVerb(w: WordLike): boolean {
  return STANCE_VERBS.has(verbLemma(keyOf(w)));
}
export function isRoleNoun(w: WordLike): boolean {
  const k = keyOf(w);
  return ROLE_NOUNS.has(k) || ROLE_NOUNS.has(nounLemma(k));
}

/** The gender a word carries: a pronoun, a gendered role noun or honorific; else 'unknown'. */
export function wordGender(w: WordLike): Gender {
  const k = keyOf(w);
  const p = PRONOUNS.get(k);
  if (p) return p.gender;
  const n = nounLemma(k);
  if (FEMALE_WORDS.has(k) || FEMALE_WORDS.has(n)) return 'female';
  if (MALE_WORDS.has(k) || MALE_WORDS.has(n)) return 'male';
  return 'unknown';
}
