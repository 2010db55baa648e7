import { describe, expect, it } from 'vitest';
import { pair, quote } from './helpers';

/** The cluster holding both reports; fails when they did not align. */
function shared(a: string, b: string, hintA: string, hintB: string, quotes?: Parameters<typeof pair>[2]) {
  const r = pair(a, b, quotes);
  const ka = r.clusterOf('a1', hintA);
  const kb = r.clusterOf('b2', hintB);
  expect(kb.id).toBe(ka.id);
  return ka;
}

describe('contradictions between aligned claims', () => {
  it('different counts of the same thing', () => {
    const k = shared('Three soldiers were killed in the attack on the army base near Kharkiv.', 'Five soldiers were killed in the attack on the army base near Kharkiv.', 'soldiers', 'soldiers');
    expect(k.suggestedVerdict).toBe('contradicted');
    const c = k.conflicts.find((x) => x.kind === 'number');
    expect(c?.a.value).toBe('Three soldiers');
    expect(c?.b.value).toBe('Five soldiers');
    expect(k.reasons.join(' ')).toContain("'Three soldiers' (a1) vs 'Five soldiers' (b2)");
  });

  it('different money amounts', () => {
    const k = shared('The company paid $5 million to settle the lawsuit brought by the city.', 'The company paid $7.5 million to settle the lawsuit brought by the city.', 'paid', 'paid');
    expect(k.conflicts.map((c) => c.kind)).toContain('number');
  });

  it('different percentages', () => {
    const k = shared('Unemployment in the region rose to 5.2 percent in March, the statistics agency said.', 'Unemployment in the region rose to 5.8% in March, the statistics agency said.', 'Unemployment', 'Unemployment');
    expect(k.conflicts.find((c) => c.kind === 'number')?.b.value).toBe('5.8%');
  });

  it('different ages', () => {
    const k = shared('The victim, a 45-year-old teacher, was found dead at the school on the hill.', 'The victim, a 54-year-old teacher, was found dead at the school on the hill.', 'victim', 'victim');
    expect(k.conflicts.map((c) => c.kind)).toContain('number');
  });

  it('different dates, whatever their format', () => {
    const k = shared('The treaty was signed by both foreign ministers in Geneva on March 3, 2021.', 'The treaty was signed by both foreign ministers in Geneva on Mar. 5, 2021.', 'treaty', 'treaty');
    expect(k.conflicts.find((c) => c.kind === 'date')?.a.value).toBe('March 3, 2021');
  });

  it('different days of the week', () => {
    const k = shared('The labour minister met the union leaders on Monday to discuss the strike.', 'The labour minister met the union leaders on Thursday to discuss the strike.', 'minister', 'minister');
    const c = k.conflicts.find((x) => x.kind === 'date');
    expect([c?.a.value, c?.b.value]).toEqual(['Monday', 'Thursday']);
  });

  it('different places', () => {
    const k = shared('The summit between the two leaders will take place in Geneva next month.', 'The summit between the two leaders will take place in Vienna next month.', 'summit', 'summit');
    const c = k.conflicts.find((x) => x.kind === 'place');
    expect([c?.a.value, c?.b.value]).toEqual(['Geneva', 'Vienna']);
  });

  it('negation flip: invited vs not invited', () => {
    const k = shared('The mayor was invited to the opening ceremony at the new stadium.', 'The mayor was not invited to the opening ceremony at the new stadium.', 'mayor', 'mayor');
    const c = k.conflicts.find((x) => x.kind === 'status');
    expect(c?.b.value).toContain('not');
  });

  it('status flip: will travel vs postponed the trip', () => {
    const k = shared(
      'The prime minister will likely travel to Berlin later this week for talks with the chancellor.',
      'The prime minister postponed his trip to Berlin for talks with the chancellor.',
      'travel',
      'postponed',
    );
    const c = k.conflicts.find((x) => x.kind === 'status');
    expect(c?.a.value).toContain('travel');
    expect(c?.b.value).toContain('postponed');
    expect(k.reasons.some((r) => r.startsWith('conflict:') && r.includes('(a1) vs') && r.includes('(b2)'))).toBe(true);
  });

  it('status flip inside a longer sentence: the short plan aligns by containment and both cues are quoted', () => {
    const k = shared(
      'The prime minister will likely travel to Madrid later this week.',
      'The prime minister postponed his own trip to Madrid scheduled for this week, citing the fact that his coalition partners were not consulted on the budget.',
      'travel',
      'postponed',
    );
    const c = k.conflicts.find((x) => x.kind === 'status');
    expect(c?.a.value).toBe('will likely travel ... later this week');
    expect(c?.b.value).toBe('postponed his own trip');
    expect(k.reasons).toContain("conflict: 'will likely travel ... later this week' (a1) vs 'postponed his own trip' (b2)");
  });

  it('status flip: is expected to hold vs called off', () => {
    const k = shared('The union is expected to hold the national strike vote on Friday.', 'The union called off the national strike vote on Friday.', 'union', 'union');
    const c = k.conflicts.find((x) => x.kind === 'status');
    expect(c?.b.value).toContain('called off');
    expect(c?.a.value).toMatch(/^is expected to/);
  });

  it('same quote credited to different people', () => {
    const q = 'we will rebuild the bridge before the winter comes';
    const k = shared(`Mayor Anna Smith said: "${q}."`, `Governor Tom Jones said: "${q}."`, 'rebuild', 'rebuild', (x, y) => [quote(x, q, 'Anna Smith'), quote(y, q, 'Tom Jones')]);
    const c = k.conflicts.find((x) => x.kind === 'speaker');
    expect([c?.a.value, c?.b.value]).toEqual(['Anna Smith', 'Tom Jones']);
  });

  it('no speaker conflict when a speaker was only resolved through a pronoun', () => {
    const q = 'we will rebuild the bridge before the winter comes';
    const k = shared(`Mayor Anna Smith spoke first. She said: "${q}."`, `Governor Tom Jones said: "${q}."`, 'rebuild', 'rebuild', (x, y) => [
      { ...quote(x, q, 'Anna Smith'), speakerMention: { start: x.text.indexOf('She'), end: x.text.indexOf('She') + 3, text: 'She' } },
      quote(y, q, 'Tom Jones'),
    ]);
    expect(k.conflicts.filter((c) => c.kind === 'speaker')).toEqual([]);
  });

  it('same speaker with materially different words', () => {
    const qa = 'the bridge will be rebuilt before winter with federal money';
    const qb = 'the bridge will be rebuilt before winter with city money';
    const k = shared(`Mayor Anna Smith said: "${qa}."`, `Mayor Anna Smith said: "${qb}."`, 'bridge', 'bridge', (x, y) => [quote(x, qa, 'Anna Smith'), quote(y, qb, 'Smith')]);
    const c = k.conflicts.find((x) => x.kind === 'wording');
    expect(c?.a.value).toContain('federal');
    expect(c?.b.value).toContain('city');
  });
});

describe('not contradictions', () => {
  it('injuring vs wounding', () => {
    const k = shared('The blast killed two people and injured five others near the market.', 'The blast killed two people and wounded five others near the market.', 'blast', 'blast');
    expect(k.conflicts).toEqual([]);
    expect(k.suggestedVerdict).toBe('corroborated');
  });

  it('adviser vs advisor', () => {
    const k = shared('The national security adviser resigned on Friday after the report.', 'The national security advisor resigned on Friday after the report.', 'resigned', 'resigned');
    expect(k.conflicts).toEqual([]);
  });

  it('U.S. vs United States and Feb. 24, 2022 vs February 24, 2022', () => {
    const k = shared('The U.S. imposed new sanctions on the bank on Feb. 24, 2022.', 'The United States imposed new sanctions on the bank on February 24, 2022.', 'sanctions', 'sanctions');
    expect(k.conflicts).toEqual([]);
    expect(k.suggestedVerdict).toBe('corroborated');
  });

  it('a hedged number consistent with an exact one', () => {
    const k = shared('The talks between the delegations ran for more than four hours on Tuesday.', 'The talks between the delegations ran for five hours on Tuesday.', 'talks', 'talks');
    expect(k.conflicts).toEqual([]);
  });

  it('two wordings of the same postponement (postponed vs delayed)', () => {
    const k = shared('The minister postponed his visit to the flooded region until next month.', 'The minister delayed his visit to the flooded region until next month.', 'postponed', 'delayed');
    expect(k.conflicts).toEqual([]);
  });

  it('a negation of something else in the same sentence is not a status flip', () => {
    const k = shared(
      'The foreign minister will travel to Rome next week for the donor conference.',
      'The foreign minister, whose deputy was not invited, will travel to Rome next week for the donor conference.',
      'travel',
      'travel',
    );
    expect(k.conflicts.filter((c) => c.kind === 'status')).toEqual([]);
  });

  it('a plan stated two ways (will travel vs is expected to visit) does not conflict', () => {
    const k = shared('The chancellor will travel to Warsaw on Thursday for talks on energy.', 'The chancellor is expected to visit Warsaw on Thursday for talks on energy.', 'chancellor', 'chancellor');
    expect(k.conflicts).toEqual([]);
  });

  it('a shorter excerpt of the same quote', () => {
    const qa = 'the bridge will be rebuilt before winter with federal money';
    const qb = 'the bridge will be rebuilt before winter';
    const k = shared(`Mayor Anna Smith said: "${qa}."`, `Mayor Anna Smith said: "${qb}."`, 'bridge', 'bridge', (x, y) => [quote(x, qa, 'Anna Smith'), quote(y, qb, 'Smith')]);
    expect(k.conflicts).toEqual([]);
  });
});

describe('alignment', () => {
  it('aligns a paraphrase', () => {
    shared('Ukraine steadily loses ground to the larger Russian forces.', 'The country is slowly but steadily losing ground against more numerous Russian troops.', 'loses', 'losing');
  });

  it('containment does not pull in a longer claim that only shares names, place and week', () => {
    const r = pair('The foreign minister will travel to Madrid later this week.', 'The foreign minister criticised the Madrid city council this week over its budget deficit and the state of its roads.');
    expect(r.clusterOf('a1', 'travel').id).not.toBe(r.clusterOf('b2', 'criticised').id);
  });

  it('does not merge claims that only share names and topic', () => {
    const r = pair('Anna Smith met Tom Jones in Paris on Monday to discuss the harbour project.', 'Anna Smith criticised Tom Jones over the budget deficit of the harbour authority.');
    expect(r.clusterOf('a1', 'met').id).not.toBe(r.clusterOf('b2', 'criticised').id);
  });
});
