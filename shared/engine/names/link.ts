// Cross-article entities. Each distinct spelling (an article-level full name) is a node;
// candidate pairs come from blocking keys (skeleton, confusable and phonetic codes of
// each name part), so the work grows with the number of spellings that share a key,
// not with the square of the corpus. A pair merges only when compareNames agrees on
// more than one signal, and two groups merge only if no member pair contradicts.
import { doubleMetaphone } from 'double-metaphone';
import type { Entity, EntityType, NameMention, ParsedArticle, SourceGroup, Spelling } from '../../types';
import { compareNames, compareParts, matchStrength } from './compare';
import { DEMONYMS, ROLE_STOP, ROLE_SYNONYMS } from './lexicon';
import { confusableKey, nameWords, orgKey, parseName, skeleton, type ParsedName } from './normalize';
import { assembleEntity, type SpelledMention } from './summary';

interface Node {
  type: EntityType;
  spelling: string;
  parsed: ParsedName;
  /** order of the first mention in the corpus */
  order: number;
  articles: string[];
  roleWords: Set<string>;
  places: Set<string>;
  mentions: SpelledMention[];
}

const spaced = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function linkEntities(mentions: readonly NameMention[], articles: readonly ParsedArticle[], groups: readonly SourceGroup[]): Entity[] {
  const articleOrder = new Map(articles.map((a, i) => [a.id, i]));
  const groupOf = new Map<string, string>();
  for (const g of groups) for (const a of g.articles) groupOf.set(a, g.id);
  const orderOf = (m: NameMention): number => (articleOrder.get(m.article) ?? articles.length) * 1e9 + m.start;
  const sorted = [...mentions].sort((a, b) => orderOf(a) - orderOf(b));

  const nodes: Node[] = [];
  const byKey = new Map<string, Node>();
  for (const m of sorted) {
    const spelling = spaced(m.full);
    const key = `${m.type}:${spelling}`;
    let node = byKey.get(key);
    if (!node) {
      node = { type: m.type, spelling, parsed: parseName(spelling), order: orderOf(m), articles: [], roleWords: new Set(), places: new Set(), mentions: [] };
      byKey.set(key, node);
      nodes.push(node);
    }
    if (!node.articles.includes(m.article)) node.articles.push(m.article);
    if (m.role) addRole(m.role, node);
    node.mentions.push({ start: m.start, end: m.end, text: m.text, article: m.article, spelling, role: m.role });
  }

  const uf = new UnionFind(nodes.length);
  linkOrganisations(nodes, uf);
  linkPeople(nodes, uf);
  const dropped = new Set<number>();
  attachSurnames(nodes, uf, dropped);

  const clusters = new Map<number, Node[]>();
  nodes.forEach((n, i) => {
    if (dropped.has(i)) return;
    const root = uf.find(i);
    const list = clusters.get(root) ?? [];
    list.push(n);
    clusters.set(root, list);
  });
  const ordered = [...clusters.values()].sort((a, b) => (a[0]?.order ?? 0) - (b[0]?.order ?? 0));
  return ordered.map((members, i) => {
    const details: Spelling[] = members.map((n) => ({
      spelling: n.spelling,
      articles: [...n.articles],
      sourceGroups: unique(n.articles.map((a) => groupOf.get(a) ?? a)),
    }));
    const all = members.flatMap((n) => n.mentions).sort((a, b) => (articleOrder.get(a.article) ?? 0) - (articleOrder.get(b.article) ?? 0) || a.start - b.start);
    return assembleEntity(`e${i + 1}`, members[0]?.type ?? 'person', details, all);
  });
}

const unique = (xs: readonly string[]): string[] => [...new Set(xs)];

function addRole(role: string, node: Node): void {
  for (const w of nameWords(role)) {
    if (ROLE_STOP.has(w)) continue;
    if (DEMONYMS.has(w)) node.places.add(w);
    else node.roleWords.add(ROLE_SYNONYMS.get(w) ?? w);
  }
}

/** Same role in both: a shared role word and no clash of nationality ("Russian President" is not "Ukrainian President"). */
export function sameRole(a: { roleWords: ReadonlySet<string>; places: ReadonlySet<string> }, b: { roleWords: ReadonlySet<string>; places: ReadonlySet<string> }): boolean {
  if (a.places.size && b.places.size && ![...a.places].some((p) => b.places.has(p))) return false;
  let shared = 0;
  for (const w of a.roleWords) if (b.roleWords.has(w)) shared++;
  const smaller = Math.min(a.roleWords.size, b.roleWords.size);
  return smaller > 0 && (shared >= 2 || shared === smaller);
}

function linkOrganisations(nodes: readonly Node[], uf: UnionFind): void {
  const first = new Map<string, number>();
  nodes.forEach((n, i) => {
    if (n.type !== 'organisation') return;
    const key = orgKey(n.spelling);
    const j = first.get(key);
    if (j === undefined) first.set(key, i);
    else uf.union(j, i);
  });
}

function partKeys(norm: string): string[] {
  const [p1, p2] = doubleMetaphone(norm);
  return [`s:${skeleton(norm)}`, `c:${confusableKey(norm)}`, `m:${p1}`, `m:${p2}`];
}

function linkPeople(nodes: readonly Node[], uf: UnionFind): void {
  // Block on (given-name key, key of a later part): a merge needs both to match, so two
  // spellings that share no such pair are never compared and blocks stay small.
  const blocks = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    const parts = n.parsed.parts;
    const given = parts[0]?.norm;
    if (n.type !== 'person' || parts.length < 2 || !given) return;
    // Initials only pair with initials when one side is an initial, or blocks grow large.
    const keysOf = (norm: string): string[] => (norm.length === 1 ? [`i:${norm}`] : [...partKeys(norm), `i:${norm.charAt(0)}`]);
    const keys = new Set<string>();
    const givenKeys = keysOf(given);
    for (let p = 1; p < parts.length; p++) {
      const norm = parts[p]?.norm ?? '';
      for (const g of givenKeys)
        for (const r of keysOf(norm)) {
          const bothInitials = g.startsWith('i:') && r.startsWith('i:');
          if (!bothInitials || given.length === 1 || norm.length === 1) keys.add(`${g}|${r}`);
        }
    }
    for (const k of keys) {
      const list = blocks.get(k) ?? [];
      list.push(i);
      blocks.set(k, list);
    }
  });
  const seen = new Set<number>();
  const pairs: Array<{ i: number; j: number; score: number }> = [];
  for (const list of blocks.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x] as number;
        const j = list[y] as number;
        const id = i * nodes.length + j;
        if (seen.has(id)) continue;
        seen.add(id);
        const a = nodes[i] as Node;
        const b = nodes[j] as Node;
        const match = compareNames(a.parsed, b.parsed, sameRole(a, b));
        if (match.same) pairs.push({ i, j, score: match.score });
      }
    }
  }
  pairs.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
  const members = new Map<number, number[]>();
  const membersOf = (i: number): number[] => members.get(uf.find(i)) ?? [i];
  for (const { i, j } of pairs) {
    const ri = uf.find(i);
    const rj = uf.find(j);
    if (ri === rj) continue;
    const left = membersOf(i);
    const right = membersOf(j);
    if (!compatible(left, right, nodes)) continue;
    uf.union(ri, rj);
    members.set(uf.find(ri), [...left, ...right]);
  }
}

/** Two groups may merge only if every given name in one matches every given name in the other. */
function compatible(left: readonly number[], right: readonly number[], nodes: readonly Node[]): boolean {
  for (const i of left)
    for (const j of right) {
      const a = nodes[i]?.parsed.parts[0]?.norm ?? '';
      const b = nodes[j]?.parsed.parts[0]?.norm ?? '';
      if (matchStrength(compareParts(a, b), a, b) === 0) return false;
      const sa = nodes[i]?.parsed.suffix;
      const sb = nodes[j]?.parsed.suffix;
      if (sa && sb && sa !== sb) return false;
    }
  return true;
}

/**
 * A surname used alone in an article that never gives the full name ("Novak said")
 * joins the one person entity with that surname; if two entities share it, it stays apart.
 */
function attachSurnames(nodes: readonly Node[], uf: UnionFind, dropped: Set<number>): void {
  const bySurname = new Map<string, Set<number>>();
  nodes.forEach((n, i) => {
    const parts = n.parsed.parts;
    const last = parts[parts.length - 1]?.norm;
    if (n.type !== 'person' || parts.length < 2 || !last) return;
    const set = bySurname.get(last) ?? new Set<number>();
    set.add(uf.find(i));
    bySurname.set(last, set);
  });
  const singles = new Map<string, number>();
  nodes.forEach((n, i) => {
    const only = n.parsed.parts[0]?.norm;
    if (n.type !== 'person' || n.parsed.parts.length !== 1 || !only) return;
    const roots = bySurname.get(only);
    if (roots && roots.size === 1) {
      uf.union([...roots][0] as number, i);
      return;
    }
    // Unattached and without a title, a single capitalised word is too weak to be an entity ("Iowa said").
    if (!n.mentions.some((m) => m.role)) {
      dropped.add(i);
      return;
    }
    const prev = singles.get(only);
    if (prev === undefined) singles.set(only, i);
    else uf.union(prev, i);
  });
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    let x = i;
    while (this.parent[x] !== r) {
      const next = this.parent[x] as number;
      this.parent[x] = r;
      x = next;
    }
    return r;
  }
  /** The smaller index stays root, so a group is named by its first-seen spelling. */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
  }
}
