// Report rendering entry point: one pure function from a project snapshot to a
// file's content, for the UI, the CLI and tests alike.
import type { RenderedReport, ReportFormat } from '../api/types';
import type { ReportInput } from './input';
import { buildModel } from './model';
import { renderClaimReview } from './claimreview';
import { renderCsv } from './csv';
import { renderHtml } from './html';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';

export type { ReportInput } from './input';
export { REPORT_SCHEMA_VERSION } from './json';
export { RATING_SCALE, BEST_RATING, WORST_RATING } from './claimreview';

export function renderReport(input: ReportInput, format: ReportFormat): RenderedReport {
  const model = buildModel(input);
  const base = `${model.slug}-report`;
  switch (format) {
    case 'html':
      return { filename: `${base}.html`, mime: 'text/html; charset=utf-8', content: renderHtml(model) };
    case 'md':
      return { filename: `${base}.md`, mime: 'text/markdown; charset=utf-8', content: renderMarkdown(model) };
    case 'json':
      return { filename: `${base}.json`, mime: 'application/json', content: renderJson(model) };
    case 'csv':
      return { filename: `${base}.csv`, mime: 'text/csv; charset=utf-8', content: renderCsv(model) };
    case 'claimreview':
      return { filename: `${base}.claimreview.jsonld`, mime: 'application/ld+json', content: renderClaimReview(model) };
    default:
      return unreachable(format);
  }
}

function unreachable(format: never): never {
  throw new Error(`unknown report format: ${String(format)}`);
}
