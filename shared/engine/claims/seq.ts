// Set and sequence similarity helpers for pair features: plain functions over token lists.

export function overlap<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let n = 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) n++;
  return n;
}

export function dice<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const t = a.size + b.size;
  return t ? (2 * overlap(a, b)) / t : 0;
}

/** Longest common subsequence of two stem lists, as a share of the shorter list. */
export function lcsRatio(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const prev = new Uint16Array(b.length + 1);
  const cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? (prev[j - 1] as number) + 1 : Math.max(prev[j] as number, cur[j - 1] as number);
    }
    prev.set(cur);
  }
  return (prev[b.length] as number) / Math.min(a.length, b.length);
}

/** Token-level edit distance (insert/delete/substitute) over the longer length. */
export function tokenEdit(a: readonly string[], b: readonly string[]): number {
  const m = b.length;
  if (!a.length || !m) return 1;
  let prev = new Uint16Array(m + 1).map((_, j) => j);
  let cur = new Uint16Array(m + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const sub = (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur[j] = Math.min(sub, (prev[j] as number) + 1, (cur[j - 1] as number) + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return (prev[m] as number) / Math.max(a.length, m);
}

/** Longest run of identical consecutive tokens, over the shorter length. */
export function longestRun(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  let best = 0;
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? (prev[j - 1] as number) + 1 : 0;
      if ((cur[j] as number) > best) best = cur[j] as number;
    }
    [prev, cur] = [cur, prev];
    cur.fill(0);
  }
  return best / Math.min(a.length, b.length);
}

/** Dice of adjacent content-stem pairs: order of the facts, with function words ignored. */
export function stemBigramDice(a: readonly string[], b: readonly string[]): number {
  const set = (x: readonly string[]): Set<string> => {
    const out = new Set<string>();
    for (let i = 0; i + 1 < x.length; i++) out.add(`${x[i]} ${x[i + 1]}`);
    return out;
  };
  return dice(set(a), set(b));
}
