// Hand-written articles for the speaker of quoted words in harder frames: adjuncts between the
// subject and its verb, leading participles and datelines, "according to" over a reported
// speaker, parenthetical and "as X put it" attributions, asides after a name, and nested reports.
import { describe, expect, it } from 'vitest';
import { mentionOf } from './helpers';

describe('the subject before an adjunct', () => {
  it('skips a prepositional phrase between the speaker and the verb', () => {
    const text = 'The council met.\n\nMayor Varga at the time said she had asked her “staff” to “look into” the ferry fees.';
    expect(mentionOf(text, 'look into')).toBe('Varga');
  });

  it('keeps a clause after "after" as it is', () => {
    const text = 'The vote came two days after Okafor told the Harbour Gazette he was “not ready yet” to back the plan.';
    expect(mentionOf(text, 'not ready yet')).toBe('Okafor');
  });
});

describe('openings before the clause subject', () => {
  it('skips a leading participle clause and a time phrase', () => {
    const a = 'Facing mounting criticism from the board, Okafor released a statement on Sunday, calling the audit “a sham.”';
    expect(mentionOf(a, 'a sham')).toBe('Okafor');
    const b = 'Hours later, Varga returned the compliment, telling the Gazette, “She is a wonderful neighbour and a fair rival.”';
    expect(mentionOf(b, 'wonderful neighbour')).toBe('Varga');
  });

  it('skips a dateline with an agency', () => {
    const text = 'PORTVILLE (HNS) — Mayor Lena Varga rallied supporters on Friday, saying: “We have to be ready to win this.”';
    expect(mentionOf(text, 'ready to win')).toBe('Lena Varga');
  });
});

describe('outermost sources', () => {
  it('gives the words to the source after "according to" when the speaker follows them', () => {
    const text = 'The talks ended.\n\n“I ask you to stay calm and go home tonight,” Okafor said, according to the Harbour Gazette.';
    expect(mentionOf(text, 'stay calm')).toBe('Harbour Gazette');
  });

  it('keeps the speaker who frames a reported clause before the quotation', () => {
    const text = 'Okafor said the port “did not know anything about” the deal, according to local radio.';
    expect(mentionOf(text, 'did not know anything')).toBe('Okafor');
  });

  it('gives a nested report to the outer speaker', () => {
    const text = 'The mayor spoke.\n\nVarga said she recalled thinking, “This is what people warned me about, and they were right.”';
    expect(mentionOf(text, 'This is what people warned')).toBe('Varga');
  });

  it('reads the outer speech after a leading prepositional phrase', () => {
    const text = 'In a letter posted Friday, Okafor said he had “serious doubts” about the harbour plan.';
    expect(mentionOf(text, 'serious doubts')).toBe('Okafor');
  });
});

describe('attributions off the usual places', () => {
  it('reads a parenthetical "he said" inside the sentence', () => {
    const text = 'Okafor said the port would reopen in May.\n\n“Most of the delay comes from the permits” for dredging, she said, rather than from the money that the council set aside last spring for the new pier.';
    expect(mentionOf(text, 'Most of the delay')).toBe('she');
  });

  it('reads "as X put it"', () => {
    const text = 'The board was split.\n\nAs Nora Lindqvist, a professor of planning at the college, put it, the harbour is “a car park with a view.”';
    expect(mentionOf(text, 'a car park with a view')).toBe('Nora Lindqvist');
  });

  it('reads a description with a verb and a particle after the words', () => {
    const text = 'Varga asked who should pay.\n\n“The port!” the audience screamed back.\n\n“Not the port,” Okafor shot back.';
    expect(mentionOf(text, 'The port!')).toBe('the audience');
    expect(mentionOf(text, 'Not the port')).toBe('Okafor');
  });

  it('gives the asides after a name (age, town, state) to that name', () => {
    const text = 'Dana Holm, 34, of Millbrook, Ore., said she would vote for the “harbour plan” next week.';
    expect(mentionOf(text, 'harbour plan')).toBe('Dana Holm');
  });
});

describe('headlines and polls', () => {
  it('reads a headline signed at its end', () => {
    const text = '‘Harbour Truther’ Okafor Is Like A Captain Without A Ship, Lena Varga Says.\n\nThe mayor spoke on the radio.';
    expect(mentionOf(text, 'Harbour Truther')).toBe('Lena Varga');
  });

  it('gives the answers of respondents to the poll that asked them', () => {
    const text = 'The race is close.\n\nIn a Harbour Gazette poll released Monday, 61 percent of voters said the ferry was “badly run.”';
    expect(mentionOf(text, 'badly run')).toBe('a Harbour Gazette poll released Monday');
  });

  it('does not take voting polls for a survey', () => {
    const text = 'In a memo released as polls closed Tuesday, Okafor said the result was one “we long expected.”';
    expect(mentionOf(text, 'we long expected')).toBe('Okafor');
  });
});

describe('inverted speakers', () => {
  it('does not read the object of a verb after the words as an inverted speaker', () => {
    const text = 'Mr. Holm, who has called the plan “a harbour for the rich,” portrayed his own party’s mayor as a passing storm.';
    expect(mentionOf(text, 'a harbour for the rich')).not.toBe('his own party’s mayor');
  });

  it('keeps a possessive speaker after a saying verb', () => {
    const text = 'The mayor was away.\n\n“We will fix the ferry by June,” said her spokesman.';
    expect(mentionOf(text, 'We will fix the ferry')).toBe('her spokesman');
  });
});
