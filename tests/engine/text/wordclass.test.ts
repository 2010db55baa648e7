// The word-class pass and the lexicon keyed by lemma.
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../../shared/types';
import { lexicon, nounLemma, readDoc, verbLemma } from '../../../shared/engine/text';

function doc(text: string, kinds: Array<'paragraph' | 'heading'> = []): ReturnType<typeof readDoc> {
  const paras = text.split('\n\n');
  let pos = 0;
  const blocks = paras.map((p, i) => {
    const b = { start: pos, end: pos + p.length, kind: kinds[i] ?? ('paragraph' as const) };
    pos += p.length + 2;
    return b;
  });
  const sentences = blocks.map((b, i) => ({ start: b.start, end: b.end, block: i }));
  const article: ParsedArticle = { id: 'a', file: 'a.txt', text, hash: 'h', format: 'text', title: null, outlet: null, published: null, label: 'a', blocks, sentences };
  return readDoc(article);
}

const classes = (d: ReturnType<typeof readDoc>, block = 0): string[] => d.blocks[block]!.tokens.map((t) => `${t.text}/${t.cls}`);

describe('word classes', () => {
  it('tells nouns, verbs, names and function words apart', () => {
    const d = doc('The minister said the report shows that Ana Reyes will resign.');
    expect(classes(d)).toEqual([
      'The/determiner', 'minister/noun', 'said/verb', 'the/determiner', 'report/noun', 'shows/verb', 'that/determiner',
      'Ana/name', 'Reyes/name', 'will/auxiliary', 'resign/verb', './punct',
    ]);
  });

  it('uses the article: a sentence-initial word the article writes in lower case elsewhere is no name', () => {
    const d = doc('Reports came in late. The reports were wrong.\n\nVarga left. Then Varga returned.');
    expect(d.blocks[0]!.tokens[0]!.cls).toBe('noun');
    expect(d.blocks[1]!.tokens[0]!.cls).toBe('name');
  });

  it('sets lemmas by class', () => {
    const d = doc('The women said they saw leaves.');
    const t = d.blocks[0]!.tokens;
    expect(t.map((x) => x.lemma)).toEqual(['the', 'woman', 'say', 'they', 'see', 'leaf', '.']);
  });

  it('reads names of other scripts as names', () => {
    const d = doc('Yesterday Сергей Иванов met Özlem Şahin.');
    expect(d.blocks[0]!.tokens.filter((t) => t.cls === 'name').map((t) => t.text)).toEqual(['Сергей', 'Иванов', 'Özlem', 'Şahin']);
  });
});

describe('lexicon by lemma', () => {
  it('recognises every inflection of a listed verb', () => {
    for (const w of ['said', 'says', 'saying', 'stressed', 'stresses', 'tweeted', 'told', 'criticised', 'criticized']) {
      expect(lexicon.isSpeechVerb(w) || lexicon.isStanceVerb(w)).toBe(true);
    }
    expect(lexicon.isSpeechVerb('bridge')).toBe(false);
    expect(verbLemma('wrote')).toBe('write');
    expect(nounLemma('spokesmen')).toBe('spokesman');
  });

  it('knows pronoun gender and number, and gendered role words', () => {
    expect(lexicon.PRONOUNS.get('she')).toMatchObject({ gender: 'female', number: 'singular', person: 3 });
    expect(lexicon.PRONOUNS.get('they')).toMatchObject({ number: 'plural' });
    expect(lexicon.wordGender('spokeswomen')).toBe('female');
    expect(lexicon.wordGender('chairman')).toBe('male');
    expect(lexicon.wordGender('minister')).toBe('unknown');
  });

  it('has one month and weekday table', () => {
    expect(lexicon.monthNumber('Sept.')).toBe(9);
    expect(lexicon.weekdayNumber('Tues')).toBe(2);
  });
});
