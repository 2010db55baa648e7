// Helpers for the word lists of the lexicon: each list is written once, as lemmas, and read
// through the token's lemma, so every inflection ("said", "says", "saying") is covered.

export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/).filter(Boolean));
}
