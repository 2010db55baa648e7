// The one tokenizer: Unicode words with offsets into the original text.
import { describe, expect, it } from 'vitest';
import { tokenize, tokenAt, tokenAtOrAfter } from '../../../shared/engine/text';

const words = (s: string): string[] => tokenize(s, 0, s.length).map((t) => t.text);

describe('tokenize', () => {
  it('keeps names of every script whole, with exact offsets', () => {
    const s = 'Émile Varga met Özlem Şahin, Maroš Dvořák and Сергей Иванов in Łódź.';
    const toks = tokenize(s, 0, s.length);
    for (const t of toks) expect(s.slice(t.start, t.end)).toBe(t.text);
    expect(toks.map((t) => t.text)).toEqual(['Émile', 'Varga', 'met', 'Özlem', 'Şahin', ',', 'Maroš', 'Dvořák', 'and', 'Сергей', 'Иванов', 'in', 'Łódź', '.']);
    expect(toks.filter((t) => t.cap).map((t) => t.text)).toEqual(['Émile', 'Varga', 'Özlem', 'Şahin', 'Maroš', 'Dvořák', 'Сергей', 'Иванов', 'Łódź']);
  });

  it('reads decomposed accents (combining marks) as part of the word', () => {
    const s = 'Jose\u0301 Ordo\u0301n\u0303ez spoke';
    expect(words(s)).toEqual(['Jose\u0301', 'Ordo\u0301n\u0303ez', 'spoke']);
  });

  it('keeps offsets when tokenizing a slice of the text', () => {
    const s = 'Intro. Then Ana Reyes left.';
    const toks = tokenize(s, 7, s.length);
    expect(toks[0]!.start).toBe(7);
    expect(s.slice(toks[1]!.start, toks[1]!.end)).toBe('Ana');
  });

  it('keeps apostrophes and transliteration signs inside names', () => {
    expect(words("Talib Ma'ruf and Ma’ruf and ʿAli Raʾis")).toEqual(['Talib', "Ma'ruf", 'and', 'Ma’ruf', 'and', 'ʿAli', 'Raʾis']);
    // a final apostrophe that ends one name part before the next is the hamza of the name
    expect(words("Yusra Bara' Hakimi arrived")).toEqual(['Yusra', "Bara'", 'Hakimi', 'arrived']);
  });

  it('flags possessives and keeps the core apart', () => {
    const s = "Novak's plan and the voters' anger; it's late";
    const toks = tokenize(s, 0, s.length);
    const novak = toks[0]!;
    expect(novak.possessive).toBe(true);
    expect(novak.lower).toBe('novak');
    expect(s.slice(novak.start, novak.coreEnd)).toBe('Novak');
    const voters = toks.find((t) => t.text.startsWith('voters'))!;
    expect(voters.possessive).toBe(true);
    expect(voters.lower).toBe('voters');
    const its = toks.find((t) => t.lower.startsWith('it'))!;
    expect(its.possessive).toBe(false);
  });

  it('keeps hyphenated names and compounds as one word', () => {
    expect(words('Jean-Luc Marchetti met Omar al-Hamdi and a 24-year-old')).toEqual(['Jean-Luc', 'Marchetti', 'met', 'Omar', 'al-Hamdi', 'and', 'a', '24-year-old']);
  });

  it('keeps the period of initials and abbreviations, not of a sentence end', () => {
    expect(words('Ana T. Reyes of Vellcorp Inc. met Dr. Kim in the U.S. today.')).toEqual([
      'Ana', 'T.', 'Reyes', 'of', 'Vellcorp', 'Inc.', 'met', 'Dr.', 'Kim', 'in', 'the', 'U.S.', 'today', '.',
    ]);
  });

  it('reads numbers with separators as one number token', () => {
    const s = 'About 1,250,000 people, 3.5% and $4.2 billion; 1990s.';
    const toks = tokenize(s, 0, s.length);
    expect(toks.filter((t) => t.kind === 'number').map((t) => t.text)).toEqual(['1,250,000', '3.5', '4.2']);
    expect(toks.find((t) => t.text === '%')!.kind).toBe('symbol');
    expect(toks.find((t) => t.text === '$')!.kind).toBe('symbol');
  });

  it('makes one token of a dash run, an ellipsis, a URL and a handle', () => {
    expect(words('wait -- see... https://example.org/a?b=1 or @vell_news')).toEqual(['wait', '--', 'see', '...', 'https://example.org/a?b=1', 'or', '@vell_news']);
  });

  it('marks acronyms and computes lexicon keys without periods', () => {
    const s = 'NATO and U.N. staff';
    const toks = tokenize(s, 0, s.length);
    expect(toks[0]!.allCaps).toBe(true);
    expect(toks[2]!.key).toBe('un');
  });

  it('finds tokens by offset', () => {
    const s = 'one two three';
    const toks = tokenize(s, 0, s.length);
    expect(tokenAtOrAfter(toks, 4)).toBe(1);
    expect(tokenAtOrAfter(toks, 5)).toBe(2);
    expect(tokenAt(toks, 5)).toBe(1);
    expect(tokenAt(toks, 3)).toBe(-1);
  });
});
