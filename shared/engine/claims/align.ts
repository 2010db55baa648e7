// Alignment: claims from different articles that report the same fact form a cluster.
// blocking (inverted index) -> pair scores (the samePair scorer, values masked so that
// a different number still aligns and is then reported as a conflict; a claim opening with
// "X said" is also scored on what it reports, attribution.ts) -> clustering
// -> copied-sentence flags -> conflicts -> suggested verdicts.
import type { CopiedSpan, Claim, Cluster, Conflict, ParsedArticle, Quote, SourceGroup } from '../../types';
import { framedScore, reportedSpan } from './attribution';
import { candidatePairs } from './blocking';
import { detectConflicts, type ConflictContext } from './conflicts';
import { containment, detailOf, eventOverlap, prepare, rareCoverage, type Prepared } from './features';
import { pairScore, SAME_THRESHOLD } from './pairs';
import { foldText } from './text';
import { suggestVerdict } from './verdict';

export interface AlignInput {
  claims: readonly Claim[];
  articles: readonly ParsedArticle[];
  sourceGroups: readonly SourceGroup[];
  /** sentence-level copies found by the sources stage */
  copies: readonly CopiedSpan[];
  quotes: readonly Quote[];
}

export interface AlignStats {
  claims: number;
  candidatePairs: number;
  /** candidates that passed the cheap filter and were scored by the pair model */
  scoredPairs: number;
  allPairs: number;
  edges: number;
}

/** Trigram overlap above which a sentence counts as copied nearly word for word. */
const COPY_DICE = 0.8;
/** Conflict checks per cluster are all-pairs inside the cluster: cap them for huge clusters. */
const MAX_CONFLICT_MEMBERS = 40;
/** below this rarity-weighted overlap of the smaller claim, a pair is not scored (0.2% of MSRP paraphrases are) */
const MIN_RARE_COVERAGE = 0.3;
/** share of the smaller claim's non-name words the other must also use (see eventOverlap) */
const MIN_EVENT_OVERLAP = 0.4;

/** rarity-weighted share of the shorter claim the longer must state (features.containment)... */
const MIN_CONTAINMENT = 0.75;
/** ...with at least this share of its non-name words */
const MIN_CONTAINED_EVENT = 0.5;

/** A weak (containment) edge merges two clusters only when this share of their cross pairs are linked. */
const MIN_WEAK_LINKED = 0.5;

/** [claim, claim, score, weak]: weak edges come from containment, not from the paraphrase model. */
type Edge = [number, number, number, boolean];

/**
 * Single-link clustering by descending score, never putting two claims of one article together.
 * Weak edges are average-link instead: one containment link must not chain two whole clusters.
 */
function cluster(n: number, owner: readonly number[], edges: readonly Edge[]): number[] {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const members: Array<number[] | null> = owner.map((_, i) => [i]);
  const linked = new Set<number>();
  for (const [a, b] of edges) linked.add(a * n + b).add(b * n + a);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const crossLinked = (xs: readonly number[], ys: readonly number[]): number => {
    let pairs = 0;
    let hit = 0;
    for (const x of xs) for (const y of ys) {
      if (owner[x] === owner[y]) continue;
      pairs++;
      if (linked.has(x * n + y)) hit++;
    }
    return pairs ? hit / pairs : 0;
  };
  for (const [a, b, , weak] of edges) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    const ma = members[ra] as number[];
    const mb = members[rb] as number[];
    const arts = new Set(ma.map((i) => owner[i]));
    if (mb.some((i) => arts.has(owner[i]))) continue;
    if (weak && crossLinked(ma, mb) < MIN_WEAK_LINKED) continue;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    parent[drop] = keep;
    members[keep] = ma.concat(mb);
    members[drop] = null;
  }
  return Array.from({ length: n }, (_, i) => find(i));
}

export function alignClaimsWithStats(input: AlignInput): { claims: Claim[]; clusters: Cluster[]; stats: AlignStats } {
  const { claims: raw, articles, sourceGroups, quotes } = input;
  const articleIndex = new Map(articles.map((a, i) => [a.id, i]));
  const groupOf = new Map<string, SourceGroup>();
  for (const g of sourceGroups) for (const a of g.articles) groupOf.set(a, g);
  const owner = raw.map((c) => articleIndex.get(c.article) ?? -1);
  const prepared: Prepared[] = raw.map((c) => prepare(c.text));
  const quoteById = new Map(quotes.map((q) => [q.id, q]));
  // what a claim reports without its "X said" frame (attribution.ts), for claims that have one
  const reported: Array<Prepared | null> = raw.map((c) => {
    const span = reportedSpan(c, quoteById);
    return span ? prepare(c.text.slice(span.start - c.start, span.end - c.start)) : null;
  });
  const modelScore = (x: Prepared, y: Prepared): number => pairScore(x, y, { ignoreValues: true });

  const { pairs, compared } = candidatePairs(prepared, owner);
  let scored = 0;
  const edges: Edge[] = [];
  const copied: Array<[number, number]> = [];
  for (const [i, j] of pairs) {
    const a = prepared[i] as Prepared;
    const b = prepared[j] as Prepared;
    // cheap rarity-weighted overlap first: pairs sharing only common words never reach the model
    if (rareCoverage(a, b) < MIN_RARE_COVERAGE || eventOverlap(a, b) < MIN_EVENT_OVERLAP) continue;
    scored++;
    const ga = groupOf.get((raw[i] as Claim).article)?.id;
    const gb = groupOf.get((raw[j] as Claim).article)?.id;
    if (ga !== gb && trigramDice(a, b) >= COPY_DICE) copied.push([i, j]);
    const score = framedScore(modelScore(a, b), a, b, reported[i] ?? null, reported[j] ?? null, modelScore);
    if (score >= SAME_THRESHOLD) edges.push([i, j, score, false]);
    // a short fact restated inside a longer claim: linked last, after every paraphrase edge
    else if (eventOverlap(a, b) >= MIN_CONTAINED_EVENT && containment(a, b) >= MIN_CONTAINMENT) edges.push([i, j, score, true]);
  }
  // paraphrase edges first (by score), then containment edges (by score)
  edges.sort((x, y) => Number(x[3]) - Number(y[3]) || y[2] - x[2]);
  const root = cluster(raw.length, owner, edges);

  const copiedFrom = raw.map(() => [] as string[]);
  for (const [i, j] of copied) {
    (copiedFrom[i] as string[]).push((raw[j] as Claim).id);
    (copiedFrom[j] as string[]).push((raw[i] as Claim).id);
  }

  // clusters ordered by their first claim (claims arrive in article order)
  const clusterId = new Map<number, string>();
  const memberIdx = new Map<string, number[]>();
  const claims: Claim[] = raw.map((c, i) => {
    const r = root[i] as number;
    let id = clusterId.get(r);
    if (!id) {
      id = `k${clusterId.size + 1}`;
      clusterId.set(r, id);
      memberIdx.set(id, []);
    }
    (memberIdx.get(id) as number[]).push(i);
    return { ...c, cluster: id, copiedFrom: copiedFrom[i] as string[] };
  });

  const folded = new Map<string, string>();
  const claimIndex = new Map(raw.map((c, i) => [c.id, i]));
  const preparedOf = (c: Claim): Prepared => prepared[claimIndex.get(c.id) ?? -1] ?? prepare(c.text);
  const labels = new Map(articles.map((a) => [a.id, a.label]));
  const labelOf = (id: string): string => labels.get(id) ?? id;
  const ctx: ConflictContext = {
    labelOf,
    overlap: (a, b) => eventOverlap(preparedOf(a), preparedOf(b)),
    sentenceOf: (c) => articles[articleIndex.get(c.article) ?? -1]?.text.slice(c.sentence.start, c.sentence.end) ?? c.text,
    quotes: quoteById,
    articleText: (id) => {
      let t = folded.get(id);
      if (t === undefined) {
        t = foldText(articles[articleIndex.get(id) ?? -1]?.text ?? '');
        folded.set(id, t);
      }
      return t;
    },
  };
  const clusters: Cluster[] = [];
  for (const [id, idx] of memberIdx) {
    const members = idx.map((i) => claims[i] as Claim);
    const conflicts: Conflict[] = [];
    const checked = members.slice(0, MAX_CONFLICT_MEMBERS);
    for (let x = 0; x < checked.length; x++) {
      for (let y = x + 1; y < checked.length; y++) conflicts.push(...detectConflicts(checked[x] as Claim, checked[y] as Claim, ctx));
    }
    const v = suggestVerdict(members, conflicts, groupOf, labelOf);
    clusters.push({ id, claims: members.map((c) => c.id), suggestedVerdict: v.verdict, reasons: v.reasons, sourceGroups: v.groups, conflicts });
  }
  const n = raw.length;
  return { claims, clusters, stats: { claims: n, candidatePairs: compared, scoredPairs: scored, allPairs: (n * (n - 1)) / 2, edges: edges.length } };
}

function trigramDice(a: Prepared, b: Prepared): number {
  const ta = detailOf(a).trigrams;
  const tb = detailOf(b).trigrams;
  const total = ta.size + tb.size;
  if (!total) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return (2 * shared) / total;
}

export function alignClaims(input: AlignInput): { claims: Claim[]; clusters: Cluster[] } {
  const { claims, clusters } = alignClaimsWithStats(input);
  return { claims, clusters };
}
