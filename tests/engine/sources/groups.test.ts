import { describe, expect, it } from 'vitest';
import { groupSources } from '../../../shared/engine/sources';
import { article, run } from '../claims/helpers';

const WIRE = [
  'CITY — (AP) — The harbour authority said on Monday that three cargo ships collided near the northern pier, spilling oil into the bay.',
  'Rescue teams worked through the night to contain the spill, and fishermen were told to keep their boats in port until further notice.',
  'The authority said the pier would remain closed for at least two weeks while divers inspect the damage to the old concrete foundations.',
  'Local officials said the clean-up could cost the city several million dollars, and the mayor asked the national government for help.',
].join('\n\n');

describe('source groups', () => {
  it('puts a republished wire story and its updated version in one group, labelled by the wire', () => {
    const original = article('100_aaaa', WIRE);
    // a republication with a new first paragraph and one changed figure
    const updated = article('101_bbbb', `Officials gave a new toll on Tuesday.\n\n${WIRE.replace('three cargo ships', 'four cargo ships')}`);
    const other = article('102_cccc', 'A different newspaper reported that the pier collision involved ships from two companies and that the port would reopen soon after an inspection by engineers.');
    const groups = groupSources([original, updated, other]).groups;
    expect(groups.map((g) => g.articles)).toEqual([['100_aaaa', '101_bbbb'], ['102_cccc']]);
    expect(groups[0]?.label).toBe('AP');
    expect(groups[0]?.reason).toMatch(/shared text/);
  });

  it('groups articles of the same outlet even without shared text', () => {
    const a = article('x1', 'The council approved the new budget on Monday after a long debate about school funding.', 'Daily Planet');
    const b = article('x2', 'Heavy rain flooded several streets in the old town, and the fire brigade pumped out dozens of cellars.', 'daily planet');
    const c = article('x3', 'The council approved the new budget on Monday after a long debate about school funding.', 'Other Times');
    const groups = groupSources([a, b, c]).groups;
    expect(groups.map((g) => g.articles)).toEqual([['x1', 'x2'], ['x3']]);
  });

  it('near-duplicates count once: their shared claim is single-sourced, not corroborated', () => {
    const r = run([article('100_aaaa', WIRE), article('101_bbbb', WIRE.replace('Rescue teams', 'Emergency crews'))]);
    const k = r.clusterOf('100_aaaa', 'pier would remain closed');
    expect(k.claims.length).toBe(2);
    expect(k.suggestedVerdict).toBe('single-sourced');
    expect(k.reasons[0]).toBe('only one source group: AP (100_aaaa, 101_bbbb) (2 reports, not independent)');
  });

  it("still reports a contradiction inside one group (an update changing a figure)", () => {
    const r = run([article('100_aaaa', WIRE), article('101_bbbb', WIRE.replace('three cargo ships', 'four cargo ships'))]);
    expect(r.groups.length).toBe(1);
    const k = r.clusterOf('100_aaaa', 'cargo ships');
    expect(k.suggestedVerdict).toBe('contradicted');
    expect(k.conflicts[0]?.kind).toBe('number');
    expect(k.reasons).toContain("different numbers: 'three cargo ships' (100_aaaa) vs 'four cargo ships' (101_bbbb)");
  });

  it('reports a status flip between a wire story and its update (will travel vs postponed the trip)', () => {
    const first = `${WIRE}\n\nThe transport minister will likely travel to the harbour later this week.`;
    const update = `${WIRE}\n\nThe transport minister postponed his own trip to the harbour scheduled for this week, citing the fact that the divers had not finished their inspection.`;
    const r = run([article('100_aaaa', first), article('101_bbbb', update)]);
    expect(r.groups.length).toBe(1);
    const k = r.clusterOf('100_aaaa', 'will likely travel');
    expect(r.clusterOf('101_bbbb', 'postponed').id).toBe(k.id);
    expect(k.suggestedVerdict).toBe('contradicted');
    expect(k.reasons).toContain("conflict: 'will likely travel ... later this week' (100_aaaa) vs 'postponed his own trip' (101_bbbb)");
    expect(k.reasons.some((x) => x.startsWith('reports within one source group disagree'))).toBe(true);
  });
});
