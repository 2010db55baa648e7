// Sequence comparison of token lists: longest common subsequence and edit distance.

/** Length of the longest common subsequence of a and b (O(|a|·|b|) time, O(|b|) memory). */
export function lcsLength<T>(a: readonly T[], b: readonly T[]): number {
  if (!a.length || !b.length) return 0;
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** LCS as a share of the shorter list (0 when either is empty). */
export function lcsRatio<T>(a: readonly T[], b: readonly T[]): number {
  if (!a.length || !b.length) return 0;
  return lcsLength(a, b) / Math.min(a.length, b.length);
}

/** Token edit distance (insert, delete, substitute) over the longer length: 0 same, 1 nothing shared. */
export function editRatio<T>(a: readonly T[], b: readonly T[]): number {
  const m = b.length;
  if (!a.length || !m) return 1;
  let prev = new Uint32Array(m + 1).map((_, j) => j);
  let cur = new Uint32Array(m + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) cur[j] = Math.min(prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1);
    [prev, cur] = [cur, prev];
  }
  return prev[m]! / Math.max(a.length, m);
}
