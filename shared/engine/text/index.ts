// The text layer: the one place where text is read. Every stage imports from here, and
// only from here, for tokens, sentences, quotation marks, word classes and the lexicon.
export * from './chars';
export * from './abbreviations';
export * from './tokens';
export * from './marks';
export * from './sentences';
export * from './lemma';
export * from './wordclass';
export * from './wordclass-types';
export * from './doc';
export * from './collections';
export * from './sequence';
export * from './fold';
export * as lexicon from './lexicon';
