// Hand-written sentences for the second round of attribution rules (PolNeAR train error analysis).
import { describe, expect, it } from 'vitest';
import { having, quotes } from './helpers';

describe('negations and time phrases between speaker and verb', () => {
  it('finds the speaker across "hasn\'t" and "on Tuesday"', () => {
    const qs = quotes('Mayor Ines Varga on Tuesday dismissed the plan to close the library.\n\nThe council hasn’t commented on the decision to sell the old depot.');
    expect(having(qs, 'the plan to close')?.speakerMention?.text).toBe('Ines Varga');
    expect(having(qs, 'the decision to sell')?.speakerMention?.text).toBe('The council');
  });
});

describe('subjects outside the speaker grammar', () => {
  it('takes quantities and plain noun phrases as the subject of a saying-verb', () => {
    const qs = quotes('Sixty-two percent said the bridge should be rebuilt first.\n\nSix in 10 say the tax is unfair to farmers.');
    expect(having(qs, 'the bridge should be rebuilt')?.speakerMention?.text).toBe('Sixty-two percent');
    expect(having(qs, 'the tax is unfair')?.speakerMention?.text).toBe('Six in 10');
  });

  it('does not take a clause word or a participle as a subject', () => {
    const qs = quotes('The report that was leaked said nothing new about the budget.\n\nIt was raining when the bus left the depot.');
    expect(having(qs, 'raining')).toBeUndefined();
  });
});

describe('participles after the last quotation of a sentence', () => {
  it('report what the speaker referred to', () => {
    const qs = quotes('Governor Tom Reyes spoke in Austin.\n\n“We will not wait,” Reyes said, referring to the stalled highway bill.');
    const q = having(qs, 'the stalled highway bill');
    expect(q?.kind).toBe('indirect');
    expect(q?.text).toBe('the stalled highway bill');
  });
});

describe('stance nouns', () => {
  it('take the content after "criticism of" and the possessive owner as the source', () => {
    const qs = quotes('The union stepped up its campaign on Monday.\n\nVarga’s criticism of the new parking fees drew a crowd downtown.');
    const q = having(qs, 'the new parking fees');
    expect(q?.kind).toBe('indirect');
    expect(q?.speakerMention?.text).toBe('Varga');
    expect(q?.text).toBe('the new parking fees drew a crowd downtown');
  });
});
