// ClaimReview JSON-LD: one per reviewed claim, the documented rating scale,
// the speaker as the claim's author and every article as an appearance.
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../shared/report';
import type { ClaimReviewLd } from '../../shared/report/claimreview';
import { fixtureInput } from './fixture';

function reviews(input = fixtureInput()): ClaimReviewLd[] {
  return JSON.parse(renderReport(input, 'claimreview').content) as ClaimReviewLd[];
}

describe('ClaimReview export', () => {
  it('has one review per reviewed, settled cluster and none for unreviewed ones', () => {
    const input = fixtureInput();
    const settled = input.clusters.filter((c) => c.row.reviewed !== null && !c.row.mixed);
    const out = reviews(input);
    expect(out.length).toBe(settled.length);
    const unreviewedLabels = input.clusters.filter((c) => c.row.reviewed === null).map((c) => c.row.label);
    for (const r of out) expect(unreviewedLabels).not.toContain(r.claimReviewed);
  });

  it('rates on the documented 1..3 scale with the verdict as alternateName', () => {
    const expected = { contradicted: 1, 'single-sourced': 2, corroborated: 3 } as const;
    const out = reviews();
    expect(new Set(out.map((r) => r.reviewRating.alternateName))).toEqual(new Set(['contradicted', 'corroborated', 'single-sourced']));
    for (const r of out) {
      expect(r.reviewRating.ratingValue).toBe(expected[r.reviewRating.alternateName]);
      expect(r.reviewRating.worstRating).toBe(1);
      expect(r.reviewRating.bestRating).toBe(3);
      expect(r['@context']).toBe('https://schema.org');
      expect(r.author).toEqual({ '@type': 'Organization', name: 'Harbour Fact Desk', url: 'https://factdesk.example.org' });
    }
  });

  it('lists every article of the cluster as an appearance, with publisher and date when known', () => {
    const input = fixtureInput();
    const evac = reviews(input).find((r) => r.reviewRating.alternateName === 'contradicted');
    expect(evac?.itemReviewed.appearance).toEqual([
      {
        '@type': 'CreativeWork',
        headline: 'Flooding forces 1,200 from homes in Dunmore',
        publisher: { '@type': 'Organization', name: 'Riverside Gazette' },
        datePublished: '2029-03-11',
      },
      // Untitled and undated: no headline, no date, the publisher only.
      { '@type': 'CreativeWork', publisher: { '@type': 'Organization', name: 'Metro Daily' } },
    ]);
    expect(evac?.datePublished).toBe('2029-03-13');
    expect(evac?.itemReviewed.author).toBeUndefined();
  });

  it('uses the speaker as the claim author, typed from the names table', () => {
    const water = reviews().find((r) => r.itemReviewed.author?.name === 'Dunmore Water Authority');
    expect(water?.itemReviewed.author?.['@type']).toBe('Organization');
    const input = fixtureInput();
    const shelter = input.clusters.find((c) => c.row.id === 14);
    if (!shelter) throw new Error('fixture cluster 14');
    shelter.row.mixed = false;
    const person = reviews(input).find((r) => r.itemReviewed.author?.name === 'Helen Okafor');
    expect(person?.itemReviewed.author?.['@type']).toBe('Person');
  });

  it('shortens a long claim at a word boundary with an ellipsis, under 75 characters', () => {
    const long = reviews().find((r) => r.claimReviewed.startsWith('tap water'));
    expect(long?.claimReviewed.length).toBeLessThan(75);
    expect(long?.claimReviewed.endsWith('…')).toBe(true);
    const words = long?.claimReviewed.slice(0, -1).split(' ') ?? [];
    const source = 'tap water remained safe to drink throughout the flooding and that no contamination had been detected at any of its treatment works'.split(' ');
    expect(words).toEqual(source.slice(0, words.length));
  });

  it('gives every review a stable url on the organisation\u2019s site, the same in every render', () => {
    const out = reviews();
    const urls = out.map((r) => r.url);
    for (const u of urls) expect(u).toMatch(/^https:\/\/factdesk\.example\.org#claim-[0-9a-f]{16}-\d+-\d+$/);
    expect(new Set(urls).size).toBe(urls.length);
    expect(reviews().map((r) => r.url)).toEqual(urls);
    // the url follows the claim, not the row id: renumbering the clusters changes nothing
    const input = fixtureInput();
    for (const c of input.clusters) c.row.id += 1000;
    expect(reviews(input).map((r) => r.url)).toEqual(urls);
  });

  it('refuses to publish without an organisation name and an http(s) address; never a javascript: author url', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', '', 'factdesk.example.org']) {
      const input = fixtureInput();
      input.organisation.url = url;
      expect(() => renderReport(input, 'claimreview'), url).toThrow(/web address/);
      // the HTML report then embeds no ClaimReview at all
      expect(renderReport(input, 'html').content).not.toContain('"@type": "ClaimReview"');
    }
    const unnamed = fixtureInput();
    unnamed.organisation.name = '  ';
    expect(() => renderReport(unnamed, 'claimreview')).toThrow(/organisation's name/);
  });
});
