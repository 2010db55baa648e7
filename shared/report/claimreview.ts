// schema.org ClaimReview JSON-LD: what fact-checkers publish for search engines
// and fact-check aggregators. One ClaimReview per REVIEWED claim cluster.
//
// Rating scale (reviewRating.ratingValue, worstRating 1, bestRating 3;
// reviewRating.alternateName is the reviewer's verdict, verbatim):
//   3  corroborated    reported consistently by at least two independent source groups
//   2  single-sourced  found in only one independent source group; not confirmed elsewhere
//   1  contradicted    independent sources disagree on a checkable detail
// The scale measures independent support for the claim as reported, not the
// truth of the claim: "contradicted" means the sources disagree, not "false".
//
// Left out on purpose: unreviewed clusters (the engine's suggestion is not a
// review), and clusters whose member claims carry different reviewer verdicts
// after a re-cluster (there is no single rating to publish until someone looks).
//
// A ClaimReview is published under the reviewing organisation: the export needs its
// name and an http(s) address in the settings, and each review's `url` is that
// address with a fragment naming the cluster's first claim by its stable key
// (article hash + span), so the same review keeps its URL across renders and
// re-analyses.
import { isHttpUrl } from '../api/urls';
import type { Verdict } from '../types';
import type { ReportInput } from './input';
import type { ClusterItem, ReportModel } from './model';
import { oneLine, shortenAtWord } from './text';

export const RATING_SCALE: Record<Verdict, number> = { corroborated: 3, 'single-sourced': 2, contradicted: 1 };
export const BEST_RATING = 3;
export const WORST_RATING = 1;
/** schema.org / Google guidance: claimReviewed should be under 75 characters */
export const CLAIM_REVIEWED_LIMIT = 75;

interface Thing {
  '@type': string;
  name: string;
  url?: string;
}

interface CreativeWork {
  '@type': 'CreativeWork';
  headline?: string;
  publisher?: Thing;
  datePublished?: string;
}

export interface ClaimReviewLd {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  datePublished: string;
  author: Thing;
  reviewRating: {
    '@type': 'Rating';
    ratingValue: number;
    bestRating: number;
    worstRating: number;
    alternateName: Verdict;
  };
  itemReviewed: {
    '@type': 'Claim';
    author?: Thing;
    appearance: CreativeWork[];
    firstAppearance?: CreativeWork;
  };
  reviewBody?: string;
}

/** Why ClaimReview cannot be exported with these settings, or null when it can. */
export function claimReviewProblem(input: ReportInput): string | null {
  const name = oneLine(input.organisation.name);
  const url = input.organisation.url.trim();
  if (!name && !url) return "ClaimReview needs your organisation's name and web address (http:// or https://): set both in Settings.";
  if (!name) return "ClaimReview needs your organisation's name: set it in Settings.";
  if (!isHttpUrl(url)) return "ClaimReview needs your organisation's web address, starting with http:// or https://: set it in Settings.";
  return null;
}

/** The review's address: the organisation's URL with a fragment for the first claim's stable key. */
export function reviewUrl(c: ClusterItem, organisationUrl: string): string {
  const base = organisationUrl.trim().replace(/#.*$/, '');
  const first = c.claims[0];
  const anchor = first ? `claim-${first.key.articleHash.slice(0, 16)}-${first.key.start}-${first.key.end}` : `cluster-${c.id}`;
  return `${base}#${anchor}`;
}

/**
 * The reviews to publish; none while the organisation is incomplete (the HTML report
 * then embeds no ClaimReview, and the ClaimReview export refuses with the reason).
 */
export function claimReviews(model: ReportModel): ClaimReviewLd[] {
  if (claimReviewProblem(model.input)) return [];
  const out: ClaimReviewLd[] = [];
  for (const c of model.clusters) {
    if (c.reviewed === null || c.mixed) continue;
    out.push(claimReview(c, c.reviewed, model));
  }
  return out;
}

function claimReview(c: ClusterItem, verdict: Verdict, model: ReportModel): ClaimReviewLd {
  const { input } = model;
  const appearance = c.articles.map((a): CreativeWork => {
    // An untitled article gets no headline: a file name is not what the outlet published.
    const work: CreativeWork = { '@type': 'CreativeWork' };
    if (a.title) work.headline = oneLine(a.title);
    if (a.outlet) work.publisher = { '@type': 'Organization', name: a.outlet };
    if (a.published) work.datePublished = a.published;
    return work;
  });
  const itemReviewed: ClaimReviewLd['itemReviewed'] = { '@type': 'Claim', appearance };
  if (c.speaker) itemReviewed.author = { '@type': speakerType(c.speaker, input), name: oneLine(c.speaker) };
  const first = earliest(appearance);
  if (first) itemReviewed.firstAppearance = first;

  const review: ClaimReviewLd = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: reviewUrl(c, input.organisation.url),
    claimReviewed: shortenAtWord(c.label, CLAIM_REVIEWED_LIMIT),
    // The review is published when the reviewer decided; the report date only as a fallback.
    datePublished: (c.decidedAt ?? input.generatedAt).slice(0, 10),
    author: organisation(input),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: RATING_SCALE[verdict],
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: verdict,
    },
    itemReviewed,
  };
  if (c.note) review.reviewBody = c.note;
  return review;
}

function organisation(input: ReportInput): Thing {
  // claimReviewProblem has checked both: a name, and an http(s) address (never javascript: or data:)
  return { '@type': 'Organization', name: oneLine(input.organisation.name), url: input.organisation.url.trim() };
}

/** A speaker that the names table knows as an organisation is not a Person. */
function speakerType(speaker: string, input: ReportInput): 'Person' | 'Organization' {
  const e = input.entities.find((x) => x.name === speaker || x.preferred === speaker || x.spellings.some((s) => s.spelling === speaker));
  return e?.type === 'organisation' ? 'Organization' : 'Person';
}

/** The dated appearance published first; undefined when no appearance has a date. */
function earliest(works: CreativeWork[]): CreativeWork | undefined {
  let best: CreativeWork | undefined;
  for (const w of works) {
    if (w.datePublished && (!best?.datePublished || w.datePublished < best.datePublished)) best = w;
  }
  return best;
}

export function renderClaimReview(model: ReportModel): string {
  const problem = claimReviewProblem(model.input);
  if (problem) throw new Error(problem);
  return `${JSON.stringify(claimReviews(model), null, 2)}\n`;
}
