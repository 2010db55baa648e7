// The whole engine: a composition of pure stages (see DESIGN.md "One pass of data").
// Two phases, so the per-article work can run on several cores:
//   1. `analyzeArticle`: parse, quotes, name mentions and claims of ONE article;
//   2. `combineArticles`: the cross-article stages (source groups, entities, alignment).
// Every stage runs isolated: a stage that throws records an error for that article and
// stage, and the rest of the analysis goes on with what the other stages found.
import type { Analysis, AnalysedArticle, AnalysisError, ArticleInput, Claim, NameMention, ParsedArticle, Progress, Quote, StageName } from '../types';
import { parseArticle, fallbackArticle } from './ingest';
import { extractQuotes } from './quotes';
import { extractMentions, linkEntities } from './names';
import { extractClaims } from './claims/extract';
import { alignClaims } from './claims/align';
import { groupSources, singletonGroups } from './sources';

export interface AnalyzeOptions {
  onProgress?: Progress;
  /** checked between articles; returning true stops the run with an AnalysisCancelled */
  isCancelled?: () => boolean;
}

export class AnalysisCancelled extends Error {
  constructor() {
    super('Analysis cancelled');
    this.name = 'AnalysisCancelled';
  }
}

/** What the per-article phase hands to the cross-article phase (structured-clone safe). */
export interface ArticleAnalysis {
  article: ParsedArticle;
  quotes: Quote[];
  mentions: NameMention[];
  claims: Claim[];
  errors: AnalysisError[];
}

function message(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}

/** Runs `fn`; on a throw records the error for `stage` and returns `fallback`. */
function isolated<T>(errors: AnalysisError[], article: string | null, stage: StageName, fallback: T, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof AnalysisCancelled) throw err;
    errors.push({ article, stage, message: message(err) });
    return fallback;
  }
}

/** Each claim alone in its cluster: what the reviewer gets when alignment itself failed. */
function unaligned(raw: readonly Claim[], groupOf: ReadonlyMap<string, string>): Pick<Analysis, 'claims' | 'clusters'> {
  const claims = raw.map((c, i) => ({ ...c, cluster: `k${i + 1}` }));
  const clusters = claims.map((c) => ({
    id: c.cluster,
    claims: [c.id],
    suggestedVerdict: 'single-sourced' as const,
    reasons: ['claim alignment failed, so this claim was compared with no other'],
    sourceGroups: [groupOf.get(c.article) ?? ''],
    conflicts: [],
  }));
  return { claims, clusters };
}

/** Phase 1: everything that reads one article alone. Never throws. */
export function analyzeArticle(input: ArticleInput): ArticleAnalysis {
  const errors: AnalysisError[] = [];
  const article = isolated(errors, input.id, 'parse', null, () => parseArticle(input)) ?? fallbackArticle(input);
  // names first: the quote stage resolves speakers against the article's people
  const mentions = isolated(errors, input.id, 'names', [], () => extractMentions(article, []));
  const quotes = isolated(errors, input.id, 'quotes', [], () => extractQuotes(article, mentions));
  const claims = isolated(errors, input.id, 'claims', [], () => extractClaims(article, quotes));
  return { article, quotes, mentions, claims, errors };
}

/** Phase 2: the stages that compare articles. Never throws (but for a cancel). */
export function combineArticles(parts: readonly ArticleAnalysis[], options: AnalyzeOptions = {}): Analysis {
  const { onProgress, isCancelled } = options;
  const check = (): void => {
    if (isCancelled?.()) throw new AnalysisCancelled();
  };
  const errors: AnalysisError[] = parts.flatMap((p) => p.errors);
  const parsed = parts.map((p) => p.article);
  const quotes = parts.flatMap((p) => p.quotes);
  const mentions = parts.flatMap((p) => p.mentions);
  const rawClaims = parts.flatMap((p) => p.claims);

  check();
  onProgress?.('sources', 0, 1);
  const sources = isolated(errors, null, 'sources', null, () => groupSources(parsed)) ?? { groups: singletonGroups(parsed), copies: [] };
  const { groups: sourceGroups, copies } = sources;
  const groupOf = new Map<string, string>();
  for (const g of sourceGroups) for (const a of g.articles) groupOf.set(a, g.id);

  check();
  onProgress?.('entities', 0, 1);
  const entities = isolated(errors, null, 'entities', [], () => linkEntities(mentions, parsed, sourceGroups));

  check();
  onProgress?.('align', 0, 1);
  const { claims, clusters } = isolated(errors, null, 'alignment', null, () => alignClaims({ claims: rawClaims, articles: parsed, sourceGroups, copies, quotes })) ?? unaligned(rawClaims, groupOf);
  onProgress?.('align', 1, 1);

  const connected = connectedArticles(entities, claims, clusters);
  const articles: AnalysedArticle[] = parsed.map((a) => ({
    id: a.id,
    file: a.file,
    label: a.label,
    title: a.title,
    outlet: a.outlet,
    published: a.published,
    sourceGroup: groupOf.get(a.id) ?? '',
    hash: a.hash,
    format: a.format,
    blocks: a.blocks,
    text: a.text,
    offTopic: parsed.length >= 3 && !connected.has(a.id),
  }));
  return { articles, quotes, entities, claims, clusters, sourceGroups, copies, errors };
}

/** Articles that share an entity or a claim cluster with at least one other article. */
function connectedArticles(entities: Analysis['entities'], claims: readonly Claim[], clusters: Analysis['clusters']): Set<string> {
  const out = new Set<string>();
  const addIfShared = (ids: Iterable<string>): void => {
    const set = new Set(ids);
    if (set.size > 1) for (const id of set) out.add(id);
  };
  for (const e of entities) addIfShared(e.mentions.map((m) => m.article));
  const articleOf = new Map(claims.map((c) => [c.id, c.article]));
  for (const k of clusters) addIfShared(k.claims.map((id) => articleOf.get(id) ?? ''));
  return out;
}

/** The whole engine in one thread: phase 1 for each article, then phase 2. */
export function analyze(inputs: readonly ArticleInput[], options: AnalyzeOptions = {}): Analysis {
  const { onProgress, isCancelled } = options;
  const parts = inputs.map((input, i) => {
    if (isCancelled?.()) throw new AnalysisCancelled();
    onProgress?.('articles', i + 1, inputs.length);
    return analyzeArticle(input);
  });
  return combineArticles(parts, options);
}
