// Small data structures the stages share: a union-find over indices and a counter.

/** Disjoint sets over 0..n-1 with path compression; the smaller index stays the root. */
export class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  /** Joins the sets of a and b; returns false when they were one already. */
  union(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    // the earlier index is the root, so groups keep input order
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
    return true;
  }
  /** Members of every set, each list in index order, sets ordered by their first member. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const r = this.find(i);
      const list = byRoot.get(r);
      if (list) list.push(i);
      else byRoot.set(r, [i]);
    }
    return [...byRoot.values()];
  }
}

/** Counts of keys. */
export class Counter<K> {
  private readonly m = new Map<K, number>();
  add(key: K, by = 1): void {
    this.m.set(key, (this.m.get(key) ?? 0) + by);
  }
  get(key: K): number {
    return this.m.get(key) ?? 0;
  }
  get size(): number {
    return this.m.size;
  }
  entries(): IterableIterator<[K, number]> {
    return this.m.entries();
  }
  /** Keys by count, highest first; ties in insertion order. */
  ranked(): K[] {
    return [...this.m.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  }
}
