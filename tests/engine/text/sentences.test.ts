// The one sentence splitter.
import { describe, expect, it } from 'vitest';
import { pairQuotes, splitSentences } from '../../../shared/engine/text';

const split = (s: string): string[] => splitSentences(s, 0, s.length, pairQuotes(s, 0, s.length)).map((x) => s.slice(x.start, x.end));

describe('splitSentences', () => {
  it('does not split after titles, initials or abbreviations', () => {
    expect(split('Dr. Ana T. Reyes met Gen. Varga on Feb. 18 in the U.S. capital. They spoke.')).toEqual([
      'Dr. Ana T. Reyes met Gen. Varga on Feb. 18 in the U.S. capital.',
      'They spoke.',
    ]);
  });

  it('splits after an abbreviation when a sentence starter follows', () => {
    expect(split('He moved to the U.S. The move was quick. He joined Vellcorp Inc. It grew.')).toEqual(['He moved to the U.S.', 'The move was quick.', 'He joined Vellcorp Inc.', 'It grew.']);
    // before a name the abbreviation goes on: "Vellcorp Inc. Chief Ana Reyes"
    expect(split('He met Vellcorp Inc. Chief Ana Reyes.')).toEqual(['He met Vellcorp Inc. Chief Ana Reyes.']);
  });

  it('keeps decimals', () => {
    expect(split('Growth was 2.5 percent. Prices rose.')).toEqual(['Growth was 2.5 percent.', 'Prices rose.']);
  });

  it('keeps a short quotation with its attribution', () => {
    expect(split('“We stay. We rebuild,” Reyes said. Then she left.')).toEqual(['“We stay. We rebuild,” Reyes said.', 'Then she left.']);
  });

  it('continues after a question inside a quotation followed by lower case', () => {
    expect(split('“Why now?” she asked. Nobody knew.')).toEqual(['“Why now?” she asked.', 'Nobody knew.']);
  });

  it('splits before capitals of other scripts and ends a block without final punctuation', () => {
    expect(split('Он приехал. Он уехал без слов')).toEqual(['Он приехал.', 'Он уехал без слов']);
  });
});
