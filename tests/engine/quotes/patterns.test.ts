// Hand-written articles, one per attribution pattern of issue 3.
import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';
import type { Quote } from '../../../shared/types';

function find(qs: readonly Quote[], start: string): Quote {
  const q = qs.find((x) => x.text.startsWith(start));
  if (!q) throw new Error(`no quote starting with ${start}: ${qs.map((x) => x.text).join(' | ')}`);
  return q;
}
function brief(q: Quote): [string, string | null, string | null, string | null] {
  return [q.kind, q.cue, q.speakerMention?.text ?? null, q.speaker];
}

describe('direct quotes', () => {
  it('handles curly, straight and mixed marks with exact offsets and ids', () => {
    const text = 'Senator Jane Holt spoke on Monday.\n\n“We will vote,” Holt said. "Then we rest," she added. "Mixed marks work,” she said.';
    const qs = quotes(text);
    const direct = qs.filter((q) => q.kind === 'direct');
    expect(direct.map((q) => q.text)).toEqual(['We will vote,', 'Then we rest,', 'Mixed marks work,']);
    for (const q of direct) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(direct.map((q) => q.speaker)).toEqual(['Jane Holt', 'Jane Holt', 'Jane Holt']);
    expect(qs.map((q) => q.id)).toEqual(qs.map((_, i) => `art:q${i + 1}`));
  });

  it('splits a quote around its attribution and lets the second half inherit the speaker', () => {
    const qs = quotes('Mayor Tom Reyes defended the plan.\n\n“The bridge is unsafe,” Reyes said. “It must close before winter.”');
    expect(brief(find(qs, 'It must close'))).toEqual(['direct', null, 'Reyes', 'Tom Reyes']);
  });

  it('gives a quote-only paragraph the speaker of the paragraph before', () => {
    const qs = quotes('Finance Minister Ana Brik said the budget was balanced.\n\n“We cut spending and raised no taxes.”');
    expect(find(qs, 'We cut spending').speaker).toBe('Ana Brik');
  });

  it('handles multi-paragraph quotes that reopen the mark without closing it', () => {
    const text = 'The coach, Lee Park, spoke after the match: “We played badly in the first half.\n\n“We fixed it after the break,” Park said.';
    const qs = quotes(text);
    expect(find(qs, 'We played badly').speaker).toBe('Lee Park');
    expect(find(qs, 'We fixed it').speaker).toBe('Lee Park');
  });

  it('attributes speakers named after the verb and descriptions with appositions', () => {
    const qs = quotes(
      'Markets fell. “The outlook is grim,” said Omar Velez, an economist at the bank.\n\n' +
        '“Rates will rise,” Velez, who has studied the market for years, told reporters.',
    );
    expect(brief(find(qs, 'The outlook'))).toEqual(['direct', 'said', 'Omar Velez', 'Omar Velez']);
    expect(brief(find(qs, 'Rates will rise'))).toEqual(['direct', 'told', 'Velez', 'Omar Velez']);
  });

  it('reads "X told AP", "X wrote on X" and colon-introduced quotes', () => {
    const qs = quotes(
      'Prime Minister Lena Strand wrote on X: “We stand together.”\n\n' +
        '“Talks are useful,” Strand told AP.\n\n' +
        'Strand later told lawmakers:\n\n“We will not give up.”',
    );
    expect(brief(find(qs, 'We stand'))).toEqual(['direct', 'wrote', 'Lena Strand', 'Lena Strand']);
    expect(brief(find(qs, 'Talks are'))).toEqual(['direct', 'told', 'Strand', 'Lena Strand']);
    expect(find(qs, 'We will not give up').speaker).toBe('Lena Strand');
  });

  it('resolves pronouns and descriptions to the nearest compatible named person', () => {
    const qs = quotes(
      'Carla Mendes, head of the national pension fund, met investors. Her deputy, Paul Ford, stayed home.\n\n' +
        '“Returns were strong,” the fund manager told state TV. “We grew,” she said.',
    );
    expect(brief(find(qs, 'Returns'))).toEqual(['direct', 'told', 'the fund manager', 'Carla Mendes']);
    expect(find(qs, 'We grew').speaker).toBe('Carla Mendes');
  });

  it('leaves a speaker unresolved when a story opens with a pronoun and no antecedent', () => {
    const qs = quotes('He stressed that the talks would continue. “This is only the start,” he said.');
    const q = find(qs, 'This is only the start');
    expect(q.speakerMention?.text).toBe('he');
    expect(q.speaker).toBeNull();
    expect(find(qs, 'the talks would continue').speaker).toBeNull();
  });
});

describe('partial quotes and scare quotes', () => {
  it('marks a quoted fragment inside reported speech as partial', () => {
    const qs = quotes('Envoy Rana Aziz said Monday the talks would be “purely bilateral” and short.');
    expect(brief(find(qs, 'purely bilateral'))).toEqual(['partial', 'said', 'Rana Aziz', 'Rana Aziz']);
  });

  it('finds the agent of a passive naming verb', () => {
    const qs = quotes('The prince, once described as a “pariah” by former President Joe Biden, hosted the talks.');
    expect(brief(find(qs, 'pariah'))).toEqual(['partial', 'described', 'Joe Biden', 'Joe Biden']);
  });

  it('reads attributed headline quotes but skips unattributed one-word scare quotes', () => {
    // headlines quote their subject ("Minister calls plan ‘reckless’"); PolNeAR annotates them
    const qs = quotes('Minister calls plan ‘reckless’\n\nThe so-called “reform” was passed on Monday by a wide margin.');
    const marked = qs.filter((q) => q.kind !== 'indirect');
    expect(marked.map((q) => [q.text, q.speakerMention?.text])).toEqual([['reckless', 'Minister']]);
  });

  it('does not take programme titles for quotes', () => {
    const qs = quotes('Governor Ray Olsen said on NBC’s “Meet the Press” that taxes would fall.');
    expect(qs.some((q) => q.text.startsWith('Meet the Press'))).toBe(false);
  });

  it('ignores captions, credits and furniture', () => {
    const text = 'The vote passed, said Speaker Ann Cole.\n\nPopular\n\nMinister says plan is ‘mistakenly mixed’ with others\n\nComments';
    expect(quotes(text).every((q) => !q.text.includes('mistakenly'))).toBe(true);
  });
});

describe('indirect speech', () => {
  it('finds "X said (that) …", "…, X said" and "according to X"', () => {
    const qs = quotes(
      'Secretary of State Mia Cole said Tuesday that ending the war would require concessions from all sides.\n\n' +
        'The bridge will reopen in May, the transport ministry said.\n\n' +
        'Drones hit three villages overnight, according to regional officials.',
    );
    expect(brief(find(qs, 'ending the war'))).toEqual(['indirect', 'said', 'Mia Cole', 'Mia Cole']);
    expect(brief(find(qs, 'The bridge will reopen'))).toEqual(['indirect', 'said', 'the transport ministry', null]);
    expect(brief(find(qs, 'Drones hit'))).toEqual(['indirect', 'according to', 'regional officials', null]);
  });
});
