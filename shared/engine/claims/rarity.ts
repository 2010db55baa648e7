import { PAIR_DF, PAIR_DF_DOCS } from './pair-idf';

// Word rarity from the fitted document frequencies (pair-idf.ts): a shared rare word says far more
// than a shared common one. Unknown words count as rarest.
const DF = new Map<string, number>();
for (const entry of PAIR_DF.split(' ')) {
  const cut = entry.lastIndexOf(':');
  if (cut > 0) DF.set(entry.slice(0, cut), Number(entry.slice(cut + 1)));
}
const IDF_CACHE = new Map<string, number>();
export function idf(stem: string): number {
  let v = IDF_CACHE.get(stem);
  if (v === undefined) {
    v = Math.log((PAIR_DF_DOCS + 1) / ((DF.get(stem) ?? 0) + 1));
    if (IDF_CACHE.size < 200000) IDF_CACHE.set(stem, v);
  }
  return v;
}

