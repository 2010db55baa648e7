// Words for what went wrong reading or analysing an article: a failed engine stage
// (its findings are missing) and what the decoder repaired or neutralised.
import type { ArticleError, ArticleRow } from '../../../shared/api/types';
import { describeNote } from '../../../shared/engine/ingest/decode';
import type { StageName } from '../../../shared/types';

const STAGE_WORDS: Record<StageName, string> = {
  parse: 'reading the article’s structure',
  quotes: 'finding quotes',
  names: 'finding names',
  claims: 'finding claims',
  sources: 'grouping sources',
  entities: 'linking names across articles',
  alignment: 'lining up claims across articles',
};

export function stageWords(stage: StageName): string {
  return STAGE_WORDS[stage];
}

/** "quotes stage failed (finding quotes): <message>" */
export function errorLine(e: ArticleError): string {
  return `The ${e.stage} stage failed (${stageWords(e.stage)}): ${e.message}. What it would have found is missing.`;
}

/** Short label naming the failed stages, for the article list. */
export function failedStages(a: Pick<ArticleRow, 'errors'>): string | null {
  if (a.errors.length === 0) return null;
  return `Analysis incomplete: ${[...new Set(a.errors.map((e) => e.stage))].join(', ')} stage${a.errors.length === 1 ? '' : 's'} failed`;
}

export function noteLines(a: Pick<ArticleRow, 'notes'>): string[] {
  return a.notes.map(describeNote);
}
