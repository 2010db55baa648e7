// Renderers must cope with any valid snapshot: an empty project, missing
// settings, offsets that do not fit, references to rows that are gone.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { REPORT_FORMATS } from '../../shared/api/types';
import { renderReport } from '../../shared/report';
import type { ReportInput } from '../../shared/report/input';
import { fixtureInput } from './fixture';
import { parseCsv } from './csv-parse';

const schema: unknown = JSON.parse(readFileSync(fileURLToPath(new URL('../../shared/report/report.schema.json', import.meta.url)), 'utf8'));
const validate = new Ajv2020({ strict: true }).compile(schema as object);

function empty(): ReportInput {
  return {
    ...fixtureInput(),
    organisation: { name: '', url: '' },
    articles: [],
    sourceGroups: [],
    clusters: [],
    quotes: [],
    entities: [],
  };
}

/** The fixture with broken references and offsets, as a store bug or an old project might give. */
function odd(): ReportInput {
  const input = fixtureInput();
  const evac = input.clusters.find((c) => c.row.id === 9);
  const spill = input.clusters.find((c) => c.row.id === 11);
  if (!evac || !spill) throw new Error('fixture clusters 9 and 11');
  const first = evac.claims[0];
  if (!first) throw new Error('fixture claim');
  first.start = first.sentenceStart - 5; // offsets that do not fit the sentence
  evac.row.articleIds.push(999); // an article that is no longer in the project
  const k = evac.conflicts[0];
  if (k) k.b = { ...k.b, claimId: 4242, articleId: 999 };
  spill.decidedAt = null;
  spill.decidedBy = null;
  for (const a of input.articles) a.published = null;
  return input;
}

describe('report edge cases', () => {
  for (const [name, make] of [
    ['empty project', empty],
    ['odd references', odd],
  ] as const) {
    it(`${name}: every format renders, the JSON validates`, () => {
      const input = make();
      for (const f of REPORT_FORMATS) {
        // ClaimReview is published under an organisation: without one it is refused, with the reason
        if (f === 'claimreview' && !input.organisation.url) expect(() => renderReport(make(), f)).toThrow(/organisation's name and web address/);
        else expect(renderReport(make(), f).content.length).toBeGreaterThan(0);
      }
      const data: unknown = JSON.parse(renderReport(make(), 'json').content);
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    });
  }

  it('empty project: empty sections say so, no ClaimReview, CSV is the header only', () => {
    const html = renderReport(empty(), 'html').content;
    expect(html.match(/<p class="empty">None\.<\/p>/g)?.length).toBe(4);
    expect(html).toContain('(organisation not set in Settings)');
    expect(() => renderReport(empty(), 'claimreview')).toThrow(/set both in Settings/);
    expect(html).not.toContain('"@type": "ClaimReview"');
    expect(parseCsv(renderReport(empty(), 'csv').content.slice(1)).length).toBe(1);
  });

  it('odd references: no wrong highlight, unknown article cited as such, review dated by the report', () => {
    const html = renderReport(odd(), 'html').content;
    const card = html.slice(html.indexOf('id="cluster-9"'), html.indexOf('</article>', html.indexOf('id="cluster-9"')));
    // claims[0] of cluster 9 is the Metro Daily claim: shown whole, nothing marked.
    expect(card).toContain('<li><blockquote>Only about 800 residents were evacuated overnight, according to the fire service.</blockquote>');
    expect(card).toContain('article not in this project');
    const reviews = JSON.parse(renderReport(odd(), 'claimreview').content) as Array<{ claimReviewed: string; datePublished: string }>;
    expect(reviews.find((r) => r.claimReviewed.startsWith('The dam operator'))?.datePublished).toBe('2030-05-06');
  });
});
