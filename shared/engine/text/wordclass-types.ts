// The word classes of the word-class pass (wordclass.ts), in a file of their own so the
// tokenizer can name them without importing the pass.

/** Likely class of a token in its context: coarse on purpose, and cheap to compute. */
export type WordClass =
  | 'noun'
  | 'verb'
  | 'adjective'
  | 'adverb'
  | 'name' // a proper name or a part of one
  | 'pronoun'
  | 'determiner'
  | 'preposition'
  | 'conjunction'
  | 'auxiliary' // be, have, do and the modals
  | 'particle' // "to", "not", infinitive and negation markers
  | 'number'
  | 'punct'
  | 'symbol';

export const FUNCTION_CLASSES: ReadonlySet<WordClass> = new Set(['pronoun', 'determiner', 'preposition', 'conjunction', 'auxiliary', 'particle']);
