// Source independence: articles that share most of their text (wire copy,
// republications, updated versions) or come from the same outlet are ONE source.
// Counting three copies of a wire story as three confirmations is the classic
// fact-checking mistake this stage exists to prevent.
import type { ParsedArticle, SourceAnalysis, SourceGroup } from '../../types';
import { detectWire } from './wire';

/** Word 5-grams: long enough that shared stock phrases rarely match, short enough to survive light edits. */
const SHINGLE = 5;
/** Fraction of the smaller article's shingles that must be shared (containment, so an updated
 * version with a new lede or a shortened republication still counts). */
const MIN_CONTAINMENT = 0.2;
/** ...and an absolute floor, so two short texts sharing one quoted sentence are not merged. */
const MIN_SHARED = 15;
/** Shingles found in this many articles are boilerplate (site furniture, legal lines): ignored. */
const MAX_SHINGLE_DF = 50;

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** 32-bit FNV-1a of a shingle: a number key keeps the index small for large projects. */
function hashWords(words: readonly string[], from: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < from + SHINGLE; k++) {
    const w = words[k] as string;
    for (let i = 0; i < w.length; i++) {
      h ^= w.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x20;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Shingles of the story body: paragraphs only, so shared captions or furniture do not tie articles. */
export function shingles(article: ParsedArticle): Set<number> {
  const words: string[] = [];
  for (const b of article.blocks) {
    if (b.kind !== 'paragraph') continue;
    for (const m of article.text.slice(b.start, b.end).toLowerCase().matchAll(WORD_RE)) words.push(m[0]);
  }
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(hashWords(words, i));
  return out;
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    while (this.parent[i] !== r) {
      const next = this.parent[i] as number;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // keep the earliest article as root so group order follows article order
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

interface Link {
  a: number;
  b: number;
  why: string;
}

/** Pairs of articles sharing text, found through an inverted index of shingles (no all-pairs scan). */
function sharedTextLinks(articles: readonly ParsedArticle[]): Link[] {
  const sets = articles.map(shingles);
  const postings = new Map<number, number[]>();
  sets.forEach((set, i) => {
    for (const h of set) {
      const list = postings.get(h);
      if (list) list.push(i);
      else postings.set(h, [i]);
    }
  });
  const shared = new Map<number, number>(); // key a * n + b
  const n = articles.length;
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > MAX_SHINGLE_DF) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = (list[x] as number) * n + (list[y] as number);
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const links: Link[] = [];
  for (const [key, count] of shared) {
    const a = Math.floor(key / n);
    const b = key % n;
    const smaller = Math.min((sets[a] as Set<number>).size, (sets[b] as Set<number>).size);
    const containment = smaller ? count / smaller : 0;
    if (count >= MIN_SHARED && containment >= MIN_CONTAINMENT) {
      links.push({ a, b, why: `${Math.round(containment * 100)}% shared text` });
    }
  }
  return links;
}

function outletKey(a: ParsedArticle): string | null {
  const o = a.outlet?.trim().toLowerCase();
  return o ? o : null;
}

export function groupSources(articles: readonly ParsedArticle[]): SourceAnalysis {
  return { groups: articleGroups(articles), copies: [] };
}

function articleGroups(articles: readonly ParsedArticle[]): SourceGroup[] {
  const uf = new UnionFind(articles.length);
  const reasons = new Map<number, string[]>(); // root-independent: keyed by article index, gathered later
  const note = (i: number, why: string): void => {
    const list = reasons.get(i) ?? [];
    list.push(why);
    reasons.set(i, list);
  };
  for (const l of sharedTextLinks(articles)) {
    uf.union(l.a, l.b);
    const la = articles[l.a] as ParsedArticle;
    const lb = articles[l.b] as ParsedArticle;
    note(l.a, `${la.label}–${lb.label} ${l.why}`);
  }
  const byOutlet = new Map<string, number>();
  articles.forEach((a, i) => {
    const key = outletKey(a);
    if (key === null) return;
    const first = byOutlet.get(key);
    if (first === undefined) byOutlet.set(key, i);
    else {
      uf.union(first, i);
      note(i, `same outlet ${a.outlet ?? ''}`);
    }
  });

  const members = new Map<number, number[]>();
  articles.forEach((_, i) => {
    const r = uf.find(i);
    const list = members.get(r) ?? [];
    list.push(i);
    members.set(r, list);
  });
  const groups: SourceGroup[] = [];
  for (const idx of members.values()) {
    const arts = idx.map((i) => articles[i] as ParsedArticle);
    const outlet = arts.find((a) => a.outlet)?.outlet ?? null;
    const wire = arts.map(detectWire).find((w) => w !== null) ?? null;
    const label = outlet ?? wire ?? (arts[0] as ParsedArticle).label;
    const why = idx.flatMap((i) => reasons.get(i) ?? []);
    groups.push({
      id: `g${groups.length + 1}`,
      label,
      articles: arts.map((a) => a.id),
      reason: arts.length === 1 ? 'no shared text with other articles' : why.join('; '),
    });
  }
  return groups;
}

/** Every article its own group: what the claims stage gets when grouping itself failed. */
export function singletonGroups(articles: readonly ParsedArticle[]): SourceGroup[] {
  return articles.map((a, i) => ({ id: `g${i + 1}`, label: a.outlet ?? a.title ?? a.file, articles: [a.id], reason: 'source grouping failed; each article counted alone' }));
}
