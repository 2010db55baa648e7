// The whole engine: a composition of pure stages (see DESIGN.md "One pass of data").
// Each stage lives in its own folder and can be run and benchmarked alone.
import type { Analysis, AnalysedArticle, ArticleInput, Progress } from '../types';
import { parseArticle } from './ingest';
import { extractQuotes } from './quotes';
import { extractMentions, linkEntities } from './names';
import { extractClaims } from './claims/extract';
import { alignClaims } from './claims/align';
import { groupSources } from './sources';

export interface AnalyzeOptions {
  onProgress?: Progress;
  /** checked between articles; returning true stops the run with an AbortError */
  isCancelled?: () => boolean;
}

export class AnalysisCancelled extends Error {
  constructor() {
    super('Analysis cancelled');
    this.name = 'AnalysisCancelled';
  }
}

export function analyze(inputs: readonly ArticleInput[], options: AnalyzeOptions = {}): Analysis {
  const { onProgress, isCancelled } = options;
  const check = (): void => {
    if (isCancelled?.()) throw new AnalysisCancelled();
  };
  const parsed = inputs.map((input, i) => {
    check();
    onProgress?.('parse', i + 1, inputs.length);
    return parseArticle(input);
  });
  const quotes = parsed.flatMap((article, i) => {
    check();
    onProgress?.('quotes', i + 1, parsed.length);
    return extractQuotes(article);
  });
  const sourceGroups = groupSources(parsed);
  const groupOf = new Map<string, string>();
  for (const g of sourceGroups) for (const a of g.articles) groupOf.set(a, g.id);

  check();
  onProgress?.('names', 0, 1);
  const mentions = parsed.flatMap((article) => extractMentions(article, quotes));
  const entities = linkEntities(mentions, parsed, sourceGroups);

  const rawClaims = parsed.flatMap((article, i) => {
    check();
    onProgress?.('claims', i + 1, parsed.length);
    return extractClaims(article, quotes);
  });
  check();
  onProgress?.('align', 0, 1);
  const { claims, clusters } = alignClaims({ claims: rawClaims, articles: parsed, sourceGroups, quotes });
  onProgress?.('align', 1, 1);

  const articles: AnalysedArticle[] = parsed.map((a) => ({
    id: a.id,
    file: a.file,
    title: a.title,
    outlet: a.outlet,
    published: a.published,
    sourceGroup: groupOf.get(a.id) ?? '',
    hash: a.hash,
    format: a.format,
    blocks: a.blocks,
    text: a.text,
  }));
  return { articles, quotes, entities, claims, clusters, sourceGroups };
}
