// The report model: one ordered, derived view of a ReportInput that every
// format renders. Ordering happens here, once, with deterministic keys, so the
// same project always renders to the same bytes whatever order the store used.
import type { ClaimEvidence, EntityRow, HistoryEntry, QuoteGroup } from '../api/types';
import type { ConflictKind, Verdict } from '../types';
import type { ReportArticle, ReportCluster, ReportInput } from './input';
import { compareText, oneLine, slugify } from './text';

/**
 * Where a cluster is listed. Reviewed clusters go under the reviewer's verdict;
 * unreviewed ones get their own section so nothing unreviewed reads as verified.
 */
export type Section = 'contradicted' | 'corroborated' | 'single-sourced' | 'unreviewed';
export const SECTION_ORDER: readonly Section[] = ['contradicted', 'corroborated', 'single-sourced', 'unreviewed'];
/** Contradictions first: they are what an editor must act on. */
export const VERDICTS_IN_REPORT_ORDER: readonly Verdict[] = ['contradicted', 'corroborated', 'single-sourced'];

export interface ConflictSideItem {
  claimId: number;
  articleId: number;
  value: string;
  /** the sentence of the side's claim when the claim is in this cluster */
  sentence: string | null;
  article: ReportArticle | null;
}

export interface ConflictItem {
  kind: ConflictKind;
  reason: string;
  a: ConflictSideItem;
  b: ConflictSideItem;
}

export interface ClusterItem {
  id: number;
  label: string;
  /** position of the first claim in article order (from the store) */
  order: number;
  section: Section;
  reviewed: Verdict | null;
  suggested: Verdict;
  /** null while unreviewed: there is nothing to compare */
  matchesSuggestion: boolean | null;
  mixed: boolean;
  note: string | null;
  speaker: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  reasons: string[];
  conflicts: ConflictItem[];
  claims: ClaimEvidence[];
  history: HistoryEntry[];
  /** articles with a claim of this cluster, in article order */
  articles: ReportArticle[];
  outlets: string[];
  sourceGroupCount: number;
  firstPublished: string | null;
  lastPublished: string | null;
}

export interface ReportSummary {
  clusters: number;
  reviewed: number;
  unreviewed: number;
  byVerdict: Record<Verdict, number>;
  unreviewedBySuggestion: Record<Verdict, number>;
  matchingSuggestion: number;
  overridingSuggestion: number;
  mixed: number;
  articles: number;
  sourceGroups: number;
  quotes: number;
  entities: number;
  spellingConflicts: number;
}

export interface ReportModel {
  input: ReportInput;
  slug: string;
  summary: ReportSummary;
  /** all clusters, in report order (section, then position in the articles) */
  clusters: ClusterItem[];
  sections: Array<{ section: Section; clusters: ClusterItem[] }>;
  quotes: QuoteGroup[];
  entities: EntityRow[];
}

export function buildModel(input: ReportInput): ReportModel {
  // Articles keep the store's order: it is the user's order of the project.
  const articleIndex = new Map<number, number>();
  input.articles.forEach((a, i) => articleIndex.set(a.id, i));
  const articleById = new Map(input.articles.map((a) => [a.id, a] as const));
  const posOf = (articleId: number): number => articleIndex.get(articleId) ?? Number.MAX_SAFE_INTEGER;

  const clusters = input.clusters.map((c) => buildCluster(c, articleById, posOf));
  clusters.sort((x, y) => SECTION_ORDER.indexOf(x.section) - SECTION_ORDER.indexOf(y.section) || orderWithinSection(x, y));
  const sections = SECTION_ORDER.map((section) => ({ section, clusters: clusters.filter((c) => c.section === section) }));

  const quotes = input.quotes
    .map((g) => ({
      ...g,
      quotes: [...g.quotes].sort((x, y) => posOf(x.articleId) - posOf(y.articleId) || x.start - y.start || x.id - y.id),
    }))
    .sort((x, y) => compareText(x.speaker, y.speaker) || (x.entityId ?? 0) - (y.entityId ?? 0));
  const entities = [...input.entities].sort((x, y) => compareText(x.name, y.name) || x.id - y.id);

  return {
    input,
    slug: slugify(input.project.name, `project-${input.project.id}`),
    summary: summarise(input, clusters, quotes, entities),
    clusters,
    sections,
    quotes,
    entities,
  };
}

function orderWithinSection(x: ClusterItem, y: ClusterItem): number {
  // Unreviewed clusters follow the same contradicted-first order by suggestion.
  const vx = VERDICTS_IN_REPORT_ORDER.indexOf(x.reviewed ?? x.suggested);
  const vy = VERDICTS_IN_REPORT_ORDER.indexOf(y.reviewed ?? y.suggested);
  return vx - vy || x.order - y.order || x.id - y.id;
}

function buildCluster(
  c: ReportCluster,
  articleById: Map<number, ReportArticle>,
  posOf: (articleId: number) => number,
): ClusterItem {
  const claims = [...c.claims].sort((x, y) => posOf(x.articleId) - posOf(y.articleId) || x.start - y.start || x.id - y.id);
  const claimById = new Map(claims.map((cl) => [cl.id, cl] as const));
  const articleIds = [...new Set([...c.row.articleIds, ...claims.map((cl) => cl.articleId)])].sort(
    (x, y) => posOf(x) - posOf(y) || x - y,
  );
  const articles = articleIds.map((id) => articleById.get(id)).filter((a): a is ReportArticle => a !== undefined);
  const outlets = [...new Set(articles.map((a) => a.outlet).filter((o): o is string => !!o))];
  const dates = articles.map((a) => a.published).filter((d): d is string => !!d).sort();
  const side = (s: ReportCluster['conflicts'][number]['a']): ConflictSideItem => ({
    claimId: s.claimId,
    articleId: s.articleId,
    value: s.value,
    sentence: claimById.get(s.claimId)?.sentence ?? null,
    article: articleById.get(s.articleId) ?? null,
  });
  const reviewed = c.row.reviewed;
  return {
    id: c.row.id,
    label: c.row.label,
    order: c.row.order,
    section: reviewed ?? 'unreviewed',
    reviewed,
    suggested: c.row.suggested,
    matchesSuggestion: reviewed === null ? null : reviewed === c.row.suggested,
    mixed: c.row.mixed,
    note: c.row.note,
    speaker: c.speaker,
    decidedBy: c.decidedBy,
    decidedAt: c.decidedAt,
    reasons: c.reasons,
    conflicts: c.conflicts.map((k) => ({ kind: k.kind, reason: k.reason, a: side(k.a), b: side(k.b) })),
    claims,
    // Chronological: the decision trail reads top to bottom.
    history: [...c.history].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : x.id - y.id)),
    articles,
    outlets,
    sourceGroupCount: c.row.groupCount,
    firstPublished: dates[0] ?? null,
    lastPublished: dates[dates.length - 1] ?? null,
  };
}

function summarise(input: ReportInput, clusters: ClusterItem[], quotes: QuoteGroup[], entities: EntityRow[]): ReportSummary {
  const byVerdict: Record<Verdict, number> = { contradicted: 0, corroborated: 0, 'single-sourced': 0 };
  const unreviewedBySuggestion: Record<Verdict, number> = { contradicted: 0, corroborated: 0, 'single-sourced': 0 };
  let matching = 0;
  for (const c of clusters) {
    if (c.reviewed === null) unreviewedBySuggestion[c.suggested] += 1;
    else byVerdict[c.reviewed] += 1;
    if (c.matchesSuggestion === true) matching += 1;
  }
  const reviewed = clusters.length - clusters.filter((c) => c.reviewed === null).length;
  return {
    clusters: clusters.length,
    reviewed,
    unreviewed: clusters.length - reviewed,
    byVerdict,
    unreviewedBySuggestion,
    matchingSuggestion: matching,
    overridingSuggestion: reviewed - matching,
    mixed: clusters.filter((c) => c.mixed).length,
    articles: input.articles.length,
    sourceGroups: input.sourceGroups.length,
    quotes: quotes.reduce((n, g) => n + g.quotes.length, 0),
    entities: entities.length,
    spellingConflicts: entities.filter((e) => e.spellingConflict).length,
  };
}

/** Article label used in citations: outlet, title (or file name), date. */
export function articleCitation(a: ReportArticle | null): { outlet: string; title: string; date: string } {
  if (!a) return { outlet: 'Unknown outlet', title: 'article not in this project', date: 'undated' };
  return { outlet: a.outlet ?? 'Unknown outlet', title: a.title ?? a.fileName, date: a.published ?? 'undated' };
}

/** The reviewing organisation from settings, or a visible placeholder when it was never set. */
export function organisationName(input: ReportInput): string {
  return oneLine(input.organisation.name) || '(organisation not set in Settings)';
}
