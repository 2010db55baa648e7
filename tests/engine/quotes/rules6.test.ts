// Hand-written articles for the owner of a noun of saying ("her remark that “…”"): the owner is
// the source of the words in the noun's complement, unless a reporting verb frames them.
import { describe, expect, it } from 'vitest';
import { mentionOf } from './helpers';

describe('the owner of a noun of saying', () => {
  it('takes a named owner over the clause subject', () => {
    const text = 'The harbour board met on Monday.\n\nThe Gazette pounced on Varga’s claim that the ferry had “never once run late” this year.';
    expect(mentionOf(text, 'never once run late')).toBe('Varga');
  });

  it('takes a possessive pronoun over the subject of a verb that reports nothing', () => {
    const text = 'Councillor Okafor drew jeers last spring over her remark that the old pier was “a waste of good timber.”';
    expect(mentionOf(text, 'waste of good timber')).toBe('her');
  });

  it('reads over modifiers and a "was that" complement', () => {
    const text = 'Inspector Mara Lind spoke for an hour.\n\nLind’s most striking suggestion was that the depot had been “left to rot for years.”';
    expect(mentionOf(text, 'left to rot')).toBe('Lind');
  });

  it('keeps the subject of a reporting verb before the noun', () => {
    const text = 'Okafor suggested on Monday that Varga’s call for a “harbour first” budget would shape the vote.';
    expect(mentionOf(text, 'harbour first')).toBe('Okafor');
  });

  it('ignores a noun whose quotation is what a verb names it', () => {
    const text = 'Okafor called Varga’s comments “deeply unfair to the fishermen.”';
    expect(mentionOf(text, 'deeply unfair')).toBe('Okafor');
  });

  it('ignores a noun followed by an infinitive of purpose', () => {
    const text = 'At the dinner on Friday, Varga used her speech to offer “encouragement” to the volunteers.';
    expect(mentionOf(text, 'encouragement')).toBe('Varga');
  });
});

describe('a coordinated report', () => {
  it('gives a fragment to the clause that holds it, not to the first report of the sentence', () => {
    const text = 'Chief Dana Holt said the tapes did not show the whole night, but he said that the new footage “supports what we have heard” about it.';
    expect(mentionOf(text, 'supports what we')).toBe('he');
  });

  it('keeps the first report when the fragment sits in its own clause', () => {
    const text = 'Varga said on Monday that the ferry was “a lifeline” and that it would keep running.';
    expect(mentionOf(text, 'a lifeline')).toBe('Varga');
  });
});

describe('names and verbs after the words', () => {
  it('reads a role before a name ending in -ed as a description of that name', () => {
    const text = 'Fares rose.\n\n“The ferry will pay for itself,” the economist Jared Lind, a former adviser to the port, wrote on his blog.';
    expect(mentionOf(text, 'pay for itself')).toBe('Jared Lind');
  });

  it('takes verbs of assuring and reminding as reporting verbs', () => {
    const text = 'The two met on the pier.\n\n“Your boats are the best in the bay,” Varga assured Okafor, after Okafor praised the new harbour.';
    expect(mentionOf(text, 'best in the bay')).toBe('Varga');
  });
});

describe('a leading subordinate clause', () => {
  it('keeps a cue inside it from reaching the quotation after its comma', () => {
    const text = 'With harbour staff increasingly worried about the storms, Mayor Varga is sending a new message: “We are ready.”';
    expect(mentionOf(text, 'We are ready')).toBe('Varga');
  });

  it('still reads "As X put it," as the source', () => {
    const text = 'As Okafor put it, the ferry is “the spine of the town.”';
    expect(mentionOf(text, 'spine of the town')).toBe('Okafor');
  });
});

describe('a coordinated reporting verb', () => {
  it('takes the named subject that opens the clause over its apposition', () => {
    const text = 'Lena Varga, the harbour master, toured the pier and said she thought the storms were a “very, very big problem” for the town.';
    expect(mentionOf(text, 'very big problem')).toBe('Lena Varga');
  });
});

describe('fragments in a row', () => {
  it('gives an earlier fragment the attribution after the last one', () => {
    const text = 'The ferry is “the spine of the town” and “worth every penny,” Lena Varga, the harbour master, proclaimed to the crowd on Friday.';
    expect(mentionOf(text, 'spine of the town')).toBe('Lena Varga');
    expect(mentionOf(text, 'worth every penny')).toBe('Lena Varga');
  });

  it('does not reach over a reporting verb between the fragments', () => {
    const text = 'Okafor called the plan “a mistake” but Varga said it was “worth every penny,” she added.';
    expect(mentionOf(text, 'a mistake')).toBe('Okafor');
  });
});

describe('speaker phrases after the words', () => {
  it('takes the name in apposition to a possessive description', () => {
    const text = 'The storm passed.\n\n“We are grateful to every volunteer,” Mayor Varga’s spokesman, Tomas Reyes, wrote on Twitter.';
    expect(mentionOf(text, 'grateful to every')).toBe('Tomas Reyes');
  });

  it('reads a decomposed accent as part of the name', () => {
    const text = 'The talks ended.\n\n“Europe must be able to defend itself,” Jose\u0301 Morales said on Friday.';
    expect(mentionOf(text, 'defend itself')).toBe('Jose\u0301 Morales');
  });
});

describe('a relative "which"', () => {
  it('reports "which" for a named organisation', () => {
    const text = 'Reporters turned to the Harbour Police Department, which reported “2,500 incidents” in the town this year.';
    expect(mentionOf(text, '2,500 incidents')).toBe('which');
  });
});

describe('nouns and clause breaks', () => {
  it('reads a reporting word after "a" and a modifier as a noun', () => {
    const text = 'Okafor delivered a snappy retort: “No one is tearing this up.”';
    expect(mentionOf(text, 'tearing this up')).toBe('Okafor');
  });

  it('lets a dash end the clause of an earlier report', () => {
    const text = 'Varga called on the council to act on the ferry -- delays the harbour master said are “simply unacceptable” for the town.';
    expect(mentionOf(text, 'simply unacceptable')).toBe('the harbour master');
  });
});

describe('a viewpoint adjunct', () => {
  it('gives the words to the owner of "in X\'s view"', () => {
    const text = 'Only the old ferries are “safe enough” in Varga’s view.';
    expect(mentionOf(text, 'safe enough')).toBe('Varga');
  });

  it('ignores "in her …" after a verb', () => {
    const text = 'Okafor said the voters “trusted me twice” and believed in her account.';
    expect(mentionOf(text, 'trusted me twice')).toBe('Okafor');
  });
});
