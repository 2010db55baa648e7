// Hand-written articles for quotations that hold no one's words: unattributed headline quotations,
// titles naming the medium of words already attributed, markup residue and bylined headlines.
import { describe, expect, it } from 'vitest';
import { mentionOf, quoted } from './helpers';

describe('a quotation in a headline', () => {
  it('is dropped when the headline names no speaker', () => {
    const text = '‘Missing’ Voters Might Decide The Race.\n\nTurnout fell in the county last year.';
    expect(quoted(text)).toEqual([]);
  });

  it('is kept when the headline names its speaker', () => {
    const text = 'Carr: Harbour Plan Is ‘A Disgrace To The Town.’\n\nThe mayor spoke on Monday.';
    expect(mentionOf(text, 'A Disgrace')).toBe('Carr');
  });
});

describe('a title after a cue that has its words', () => {
  it('skips the show named after the attributed words', () => {
    const text = 'The board met.\n\n“We will not sign the deal,” Carr said in an interview with “Harbour Morning Live.”';
    const texts = quoted(text).map((q) => q.text);
    expect(texts).toEqual(['We will not sign the deal,']);
  });

  it('keeps titles the cue reports', () => {
    const text = 'The board met.\n\nCarr named “Harbour Lights” and “Deep Water” as her favourite shows.';
    expect(quoted(text).map((q) => q.text)).toEqual(['Harbour Lights', 'Deep Water']);
  });
});

describe('quotation marks that enclose no speech', () => {
  it('skips a quotation that opens on a tag left by an attribute value', () => {
    const text = 'The board met.\n\n<tweet author="@carr" date="May 2,\n2016">Great meeting with the harbour board today, more to come.<tweet/>.';
    expect(quoted(text)).toEqual([]);
  });

  it('skips the headline of a linked story with its byline', () => {
    const text = 'The board met.\n\nFAREWELL—"Harbour cafe to close at the end of May," by Times\' Ann Lowe: "The cafe, a fixture since 1970, will close."';
    expect(quoted(text).map((q) => q.text)).toEqual(['The cafe, a fixture since 1970, will close.']);
  });

  it('keeps a lower-case phrase before a passive agent', () => {
    const text = 'The board met.\n\nCarr said the “ugliness of the remarks, largely unprompted,” by Lowe was a shock.';
    expect(mentionOf(text, 'ugliness')).toBe('Carr');
  });
});

describe('a section subhead', () => {
  const body = 'Mayor Ann Carr spoke to the board on Monday. "We will fight the plan," she said.\n\n';

  it('drops a short single-marked paragraph in an article that quotes in double marks', () => {
    const text = `The board met.\n\n${body}'A fight from start to finish.'\n\n"The plan was never ours," Lowe said.`;
    expect(quoted(text).map((q) => q.text)).toEqual(['We will fight the plan,', 'The plan was never ours,']);
  });

  it('breaks the chain of speakers for a quote-only paragraph after it', () => {
    const text = `The board met.\n\n${body}'A fight from start to finish.'\n\n"Nobody asked the harbour staff about any of this."`;
    expect(mentionOf(text, 'Nobody asked')).toBeUndefined();
  });

  it('keeps single-marked speech in an article that quotes in single marks', () => {
    const text = "The board met.\n\nMayor Ann Carr spoke on Monday. 'We will fight the plan,' she said.\n\n'A fight from start to finish.'";
    expect(quoted(text).map((q) => q.text)).toContain('A fight from start to finish.');
  });

  it('drops a link label ending in a colon', () => {
    const text = `The board met.\n\n${body}"Related:"\n\nHarbour Board Rejects The Plan`;
    expect(quoted(text).map((q) => q.text)).toEqual(['We will fight the plan,']);
  });
});
