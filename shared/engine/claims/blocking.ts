// Candidate blocking: which claim pairs are worth scoring at all.
// An inverted index over content stems; a pair becomes a candidate only when it shares
// at least MIN_SHARED stems that are not ubiquitous. Counting runs in a typed array
// with a touched-list reset, so a large project costs sum(df) per claim, never n^2.
import type { Prepared } from './features';

/** Stems held by more claims than this say little about which fact is reported. */
const MAX_DF_FLOOR = 60;
const MAX_DF_SHARE = 0.01;
const MIN_SHARED = 2;
/** share of the smaller claim's indexed stems that must be shared (cheap pre-filter) */
const MIN_SHARE = 0.25;

export interface Candidates {
  pairs: Array<[number, number]>;
  /** pairs that reached the scorer, for the scale benchmark */
  compared: number;
}

/**
 * @param items prepared claims
 * @param owner article index of each claim: claims of the same article are never paired
 */
export function candidatePairs(items: readonly Prepared[], owner: readonly number[]): Candidates {
  const n = items.length;
  const postings = new Map<string, number[]>();
  items.forEach((p, i) => {
    for (const s of p.stemSet) {
      const list = postings.get(s);
      if (list) list.push(i);
      else postings.set(s, [i]);
    }
  });
  const maxDf = Math.max(MAX_DF_FLOOR, Math.floor(n * MAX_DF_SHARE));
  const indexedSize = new Uint16Array(n);
  const lists: number[][][] = items.map(() => []);
  items.forEach((p, i) => {
    for (const s of p.stemSet) {
      const list = postings.get(s) as number[];
      if (list.length < 2 || list.length > maxDf) continue;
      (lists[i] as number[][]).push(list);
      indexedSize[i] = (indexedSize[i] as number) + 1;
    }
  });
  const counts = new Uint16Array(n);
  const touched: number[] = [];
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < n; i++) {
    const mine = owner[i];
    for (const list of lists[i] as number[][]) {
      for (const j of list) {
        if (j <= i || owner[j] === mine) continue;
        if (counts[j] === 0) touched.push(j);
        counts[j] = (counts[j] as number) + 1;
      }
    }
    for (const j of touched) {
      const c = counts[j] as number;
      counts[j] = 0;
      if (c < MIN_SHARED) continue;
      const smaller = Math.min(indexedSize[i] as number, indexedSize[j] as number);
      if (smaller && c / smaller >= MIN_SHARE) pairs.push([i, j]);
    }
    touched.length = 0;
  }
  return { pairs, compared: pairs.length };
}
