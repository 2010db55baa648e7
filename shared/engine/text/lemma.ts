// Dictionary forms and possible word classes of common words, from the generated table
// (generated/word-table.ts, built from WordNet and wink-lemmatizer). Parsed once, lazily.
import { WORD_TABLE } from './generated/word-table';

export type OpenClass = 'noun' | 'verb' | 'adjective' | 'adverb';

export interface Reading {
  cls: OpenClass;
  lemma: string;
}

const CODE: Record<string, OpenClass> = { n: 'noun', v: 'verb', a: 'adjective', r: 'adverb' };
let table: Map<string, readonly Reading[]> | null = null;

function load(): Map<string, readonly Reading[]> {
  const m = new Map<string, readonly Reading[]>();
  for (const line of WORD_TABLE.split('\n')) {
    const sp = line.indexOf(' ');
    const word = line.slice(0, sp);
    const readings: Reading[] = [];
    for (const r of line.slice(sp + 1).split(',')) {
      const eq = r.indexOf('=');
      const cls = CODE[eq < 0 ? r : r.slice(0, eq)];
      if (cls) readings.push({ cls, lemma: eq < 0 ? word : r.slice(eq + 1).replace(/_/g, ' ') });
    }
    m.set(word, readings);
  }
  return m;
}

/** The readings of a lower-case word, most likely first; empty for words the table lacks. */
export function readings(word: string): readonly Reading[] {
  table ??= load();
  return table.get(word) ?? NONE;
}
const NONE: readonly Reading[] = [];

/** Dictionary form of `word` read as `cls`; a regular-suffix guess for words the table lacks. */
export function lemmaAs(word: string, cls: OpenClass): string {
  for (const r of readings(word)) if (r.cls === cls) return r.lemma;
  return cls === 'verb' ? guessVerb(word) : cls === 'noun' ? guessNoun(word) : word;
}

export function verbLemma(word: string): string {
  return lemmaAs(word, 'verb');
}
export function nounLemma(word: string): string {
  return lemmaAs(word, 'noun');
}

/** Whether the table knows `word` as `cls`. */
export function canBe(word: string, cls: OpenClass): boolean {
  return readings(word).some((r) => r.cls === cls);
}

// Regular English inflection for rare words (the table covers the common ones).
function guessVerb(w: string): string {
  if (w.length > 5 && w.endsWith('ied')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}
function guessNoun(w: string): string {
  if (w.length > 4 && w.endsWith('men')) return w.slice(0, -3) + 'man';
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}
