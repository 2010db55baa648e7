import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../shared/engine/names';
import type { NameMention } from '../../../shared/types';
import { article } from './helpers';

const run = (text: string, kinds = {}): NameMention[] => extractMentions(article('a1', text, kinds), []);
const persons = (ms: NameMention[]): NameMention[] => ms.filter((m) => m.type === 'person');

describe('extractMentions', () => {
  it('finds full names with titles and roles, offsets into the text', () => {
    const text = 'Talks opened as Chinese Foreign Minister Wang Jianguo met Brazilian President Ana Ribeiro in Lisbon.';
    const ms = persons(run(text));
    expect(ms.map((m) => [m.text, m.role])).toEqual([
      ['Wang Jianguo', 'Chinese Foreign Minister'],
      ['Ana Ribeiro', 'Brazilian President'],
    ]);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('takes a lower-case role before the name and an appositive after it', () => {
    const ms = persons(run("The ministry's senior legal adviser, Tomasz Wierzbicki, spoke first.\n\nLater Hana Novak, the head of the Central Planning Agency, replied."));
    expect(ms.find((m) => m.text === 'Tomasz Wierzbicki')?.role).toBe("ministry's senior legal adviser");
    expect(ms.find((m) => m.text === 'Hana Novak')?.role).toBe('head of the Central Planning Agency');
  });

  it('keeps particles inside names and removes honorifics from the spelling', () => {
    const ms = persons(run('Sheikh Tamim bin Hamad al-Thani and Mr. Pieter van der Berg arrived.'));
    expect(ms.map((m) => m.text)).toEqual(['Tamim bin Hamad al-Thani', 'Pieter van der Berg']);
  });

  it('links surnames, given names after a royal title and pronouns to the fullest form', () => {
    const text = 'Defence Minister Olena Kovalenko visited Kyiv. Kovalenko said the talks went well. She thanked Crown Prince Salman bin Hamad. Prince Salman replied.';
    const ms = persons(run(text));
    const linked = ms.filter((m) => m.linked).map((m) => [m.text, m.full]);
    expect(linked).toEqual([
      ['Kovalenko', 'Olena Kovalenko'],
      ['She', 'Olena Kovalenko'],
      ['Salman', 'Salman bin Hamad'],
    ]);
  });

  it('links a shorter form to a longer one in the same article', () => {
    const ms = persons(run('Khalid bin Sultan Al Nahyan spoke. Later Khalid bin Sultan left.'));
    expect(ms.map((m) => [m.text, m.full, m.linked])).toEqual([
      ['Khalid bin Sultan Al Nahyan', 'Khalid bin Sultan Al Nahyan', false],
      ['Khalid bin Sultan', 'Khalid bin Sultan Al Nahyan', true],
    ]);
  });

  it('finds organisations by their cue words', () => {
    const ms = run('The Ministry of Energy and the Nordic Growth Fund, the Liberal Party and Acme Widgets Inc. signed. The newspaper Dagbladet agreed.');
    expect(ms.filter((m) => m.type === 'organisation').map((m) => m.full)).toEqual([
      'Ministry of Energy',
      'Nordic Growth Fund',
      'Liberal Party',
      'Acme Widgets Inc.',
      'Dagbladet',
    ]);
  });

  it('drops a bare cue word but keeps named organisations', () => {
    const ms = run('The Tulsa Police Department said on Friday that the Commission and the Board met. Later the Department closed.');
    expect(ms.filter((m) => m.type === 'organisation').map((m) => m.full)).toEqual(['Tulsa Police Department']);
  });

  it('does not take places, days or sentence-initial common words for people', () => {
    const text = 'Across Europe the mood soured. Delegates met in Buenos Aires on Tuesday, near the Golden Gate Bridge. Beyond Ukraine, beyond anything.';
    expect(persons(run(text))).toEqual([]);
  });

  it('skips credits and furniture but reads captions', () => {
    const text = 'Minister Jonas Berg spoke.\n\nPhoto: Minister Jonas Bergh at the summit.\n\nReporting by Anna Lind.';
    const ms = persons(run(text, { 1: 'caption', 2: 'credit' }));
    expect(ms.map((m) => m.text)).toEqual(['Jonas Berg', 'Jonas Bergh']);
  });
});
