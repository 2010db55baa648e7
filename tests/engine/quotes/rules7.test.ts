// Hand-written articles for participles of naming ("a film called “…”": the clause subject quotes
// the name) and long speaker phrases after the words (a long "of" phrase, three appositions).
import { describe, expect, it } from 'vitest';
import { mentionOf } from './helpers';

describe('a participle of naming', () => {
  it('gives the name to the subject of the clause, not the named thing', () => {
    const text = 'The council met on Monday.\n\nBoth candidates oppose a pension formula called the “chained index” that would cut payments.';
    expect(mentionOf(text, 'chained index')).toBe('Both candidates');
  });

  it('reads back over a prepositional phrase to the verb', () => {
    const text = 'Mayor Ann Carr opened the fair.\n\nLater, Carr shared a syllabus for a class called “Perception” on her page.';
    expect(mentionOf(text, 'Perception')).toBe('Carr');
  });

  it('keeps a finite verb of naming with its own subject', () => {
    const text = 'The council met on Monday.\n\nThe harbour board called the plan “a disgrace to the harbour.”';
    expect(mentionOf(text, 'a disgrace')).toBe('The harbour board');
  });
});

describe('a long speaker phrase after the words', () => {
  it('reads a name over a long "of" phrase to its verb', () => {
    const text = 'The council met on Monday.\n\n“The ferry will run late all winter,” Jeffrey Lowe of the Harbour Institute for Coastal Transport Studies wrote in December.';
    expect(mentionOf(text, 'ferry will run late')).toBe('Jeffrey Lowe');
  });

  it('reads a name over three appositions to its verb', () => {
    const text = 'The council met on Monday.\n\n“I just do not trust the board,” Cecile Purner, 67, a retired nurse in Dover, Del., said in a follow-up interview.';
    expect(mentionOf(text, 'do not trust')).toBe('Cecile Purner');
  });
});

describe('a later clause with a subject of its own', () => {
  it('takes the pronoun of a subordinate clause after a comma over the earlier report', () => {
    const text = 'The board met.\n\nMayor Carr said late Wednesday that she would attend the meeting, although she tweeted that she “rejects the latest plan.”';
    expect(mentionOf(text, 'rejects the latest plan')).toBe('she');
  });

  it('takes the pronoun of a coordinated clause whose verb reports nothing', () => {
    const text = 'The board met.\n\nMayor Carr said on Sunday that the board had ignored her, and she accused the board of running a campaign “of spite and delay.”';
    expect(mentionOf(text, 'spite and delay')).toBe('she');
  });

  it('keeps the outer report over a coordinated belief verb', () => {
    const text = 'The board met.\n\nCarr says she hopes to win the vote, but she knows that “the board will always be the board.”';
    expect(mentionOf(text, 'always be the board')).toBe('Carr');
  });
});
