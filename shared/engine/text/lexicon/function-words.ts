// Closed-class English words with their class: the part of the word-class pass that never
// needs guessing. All lower case.
import type { WordClass } from '../wordclass-types';
import { wordSet } from './words';

export type Gender = 'male' | 'female' | 'neuter' | 'unknown';
export type GrammaticalNumber = 'singular' | 'plural' | 'unknown';

export interface PronounInfo {
  gender: Gender;
  number: GrammaticalNumber;
  person: 1 | 2 | 3;
  /** he/she/they as a subject; him/his/her as object or possessive */
  role: 'subject' | 'object' | 'possessive' | 'reflexive' | 'relative';
}

const P = (gender: Gender, number: GrammaticalNumber, person: 1 | 2 | 3, role: PronounInfo['role']): PronounInfo => ({ gender, number, person, role });

export const PRONOUNS: ReadonlyMap<string, PronounInfo> = new Map([
  ['he', P('male', 'singular', 3, 'subject')],
  ['him', P('male', 'singular', 3, 'object')],
  ['his', P('male', 'singular', 3, 'possessive')],
  ['himself', P('male', 'singular', 3, 'reflexive')],
  ['she', P('female', 'singular', 3, 'subject')],
  ['her', P('female', 'singular', 3, 'possessive')],
  ['hers', P('female', 'singular', 3, 'possessive')],
  ['herself', P('female', 'singular', 3, 'reflexive')],
  ['it', P('neuter', 'singular', 3, 'subject')],
  ['its', P('neuter', 'singular', 3, 'possessive')],
  ['itself', P('neuter', 'singular', 3, 'reflexive')],
  ['they', P('unknown', 'plural', 3, 'subject')],
  ['them', P('unknown', 'plural', 3, 'object')],
  ['their', P('unknown', 'plural', 3, 'possessive')],
  ['theirs', P('unknown', 'plural', 3, 'possessive')],
  ['themselves', P('unknown', 'plural', 3, 'reflexive')],
  ['i', P('unknown', 'singular', 1, 'subject')],
  ['me', P('unknown', 'singular', 1, 'object')],
  ['my', P('unknown', 'singular', 1, 'possessive')],
  ['mine', P('unknown', 'singular', 1, 'possessive')],
  ['myself', P('unknown', 'singular', 1, 'reflexive')],
  ['we', P('unknown', 'plural', 1, 'subject')],
  ['us', P('unknown', 'plural', 1, 'object')],
  ['our', P('unknown', 'plural', 1, 'possessive')],
  ['ours', P('unknown', 'plural', 1, 'possessive')],
  ['ourselves', P('unknown', 'plural', 1, 'reflexive')],
  ['you', P('unknown', 'unknown', 2, 'subject')],
  ['your', P('unknown', 'unknown', 2, 'possessive')],
  ['yours', P('unknown', 'unknown', 2, 'possessive')],
  ['yourself', P('unknown', 'singular', 2, 'reflexive')],
  ['who', P('unknown', 'unknown', 3, 'relative')],
  ['whom', P('unknown', 'unknown', 3, 'relative')],
  ['whose', P('unknown', 'unknown', 3, 'relative')],
]);

export const DETERMINERS = wordSet(`the a an this that these those some any each every no another either neither both all
  such what which whatever whichever many much few several most more less fewer enough`);
export const DEFINITE_DETERMINERS = wordSet(`the this that these those`);
export const PREPOSITIONS = wordSet(`of in on at by for with from to into onto upon over under about above below across
  after before behind beside besides between beyond during except inside outside near through throughout toward towards
  against along amid amidst among amongst around via within without despite per since until till unlike like versus
  underneath beneath off out up down past plus minus regarding concerning including following according`);
export const CONJUNCTIONS = wordSet(`and or but nor so yet if because although though while whereas unless whether
  when whenever where wherever than as once lest`);
export const AUXILIARIES = wordSet(`be am is are was were been being have has had having do does did will would shall
  should can could may might must ought`);
export const PARTICLES = wordSet(`to not n't never`);
export const FUNCTION_ADVERBS = wordSet(`also just only even still already yet then now here there again very too quite
  rather almost nearly however instead perhaps maybe thus therefore meanwhile moreover furthermore nevertheless
  nonetheless indeed otherwise later earlier soon ever`);

/** The fixed class of a closed-class word, or null for open-class words. */
export function functionClass(lower: string): WordClass | null {
  if (PRONOUNS.has(lower)) return 'pronoun';
  if (AUXILIARIES.has(lower)) return 'auxiliary';
  if (PARTICLES.has(lower)) return 'particle';
  if (DETERMINERS.has(lower)) return 'determiner';
  if (PREPOSITIONS.has(lower)) return 'preposition';
  if (CONJUNCTIONS.has(lower)) return 'conjunction';
  if (FUNCTION_ADVERBS.has(lower)) return 'adverb';
  return null;
}
