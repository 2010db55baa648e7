// Content of one sentence that nothing in the other accounts for, once WordNet synonyms may pair
// words up (wordnet-synsets.ts via text.ts). A feature of the pair scorer (features.ts).
import type { Prepared } from './features';
import { idf } from './rarity';
import { wordSenses, type WordSenses } from './text';

function nearMatch(w: string, b: Prepared): boolean {
  return b.stemSet.has(w) || (w.length >= 5 && b.prefixes.has(w.slice(0, 5)));
}

/**
 * Rarity mass of the content of `a` that nothing in `b` accounts for: not the same stem, not a
 * near spelling, not a WordNet synonym or one-hop hypernym/similar word ("purchase" / "buy",
 * "rifle" / "gun") of a still unmatched word of `b`. Names only match as written: WordNet's
 * common-noun senses would tie "Bush" to "shrub". Kept because it raised train 5-fold CV.
 */
export function unalignedIdf(a: Prepared, b: Prepared): number {
  const sa = sensesOf(a);
  // synsets of the still unmatched words of `b`: bit 1 = a sense, bit 2 = one hop away.
  // One pass over `b` instead of testing every word pair keeps alignment of large projects fast.
  let reach: Map<number, number> | null = null;
  let m = 0;
  for (const w of a.stemSet) {
    if (nearMatch(w, b)) continue;
    const senses = sa.get(w);
    if (senses) {
      reach ??= reachable(b, a);
      if (reach.size && (senses.syn.some((id) => reach?.has(id)) || senses.rel.some((id) => ((reach?.get(id) ?? 0) & 1) !== 0))) continue;
    }
    m += idf(w);
  }
  return m;
}

function sensesOf(p: Prepared): Map<string, WordSenses> {
  if (p.senses) return p.senses;
  p.senses = new Map();
  for (const w of p.stemSet) {
    if (p.names.has(w)) continue;
    const s = wordSenses(w);
    if (s.syn.length || s.rel.length) p.senses.set(w, s);
  }
  return p.senses;
}

function reachable(b: Prepared, a: Prepared): Map<number, number> {
  const out = new Map<number, number>();
  for (const [v, s] of sensesOf(b)) {
    if (nearMatch(v, a)) continue;
    for (const id of s.syn) out.set(id, (out.get(id) ?? 0) | 1);
    for (const id of s.rel) out.set(id, (out.get(id) ?? 0) | 2);
  }
  return out;
}

