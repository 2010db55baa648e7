// Word-level difference between two wordings of the same quote: marks the words
// of each side that are not part of their longest common subsequence.
export interface DiffToken {
  text: string;
  /** true when this word is not shared with the other wording */
  changed: boolean;
}

const WORD = /\S+/g;

/** Compares words case- and punctuation-insensitively: "Ukraine," equals "ukraine". */
function key(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Quotes are short (tens of words), so the quadratic LCS table is cheap here. */
export function wordDiff(a: string, b: string): { a: DiffToken[]; b: DiffToken[] } {
  const wa = words(a);
  const wb = words(b);
  const ka = wa.map(key);
  const kb = wb.map(key);
  const n = wa.length;
  const m = wb.length;
  const table: Uint16Array[] = [];
  for (let i = 0; i <= n; i++) table.push(new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = table[i] as Uint16Array;
    const below = table[i + 1] as Uint16Array;
    for (let j = m - 1; j >= 0; j--) {
      row[j] = ka[i] === kb[j] ? (below[j + 1] as number) + 1 : Math.max(below[j] as number, row[j + 1] as number);
    }
  }
  const outA: DiffToken[] = wa.map((text) => ({ text, changed: true }));
  const outB: DiffToken[] = wb.map((text) => ({ text, changed: true }));
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (ka[i] === kb[j]) {
      (outA[i] as DiffToken).changed = false;
      (outB[j] as DiffToken).changed = false;
      i++;
      j++;
    } else if (((table[i + 1] as Uint16Array)[j] as number) >= ((table[i] as Uint16Array)[j + 1] as number)) {
      i++;
    } else {
      j++;
    }
  }
  return { a: outA, b: outB };
}
