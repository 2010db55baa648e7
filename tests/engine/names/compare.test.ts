import { describe, expect, it } from 'vitest';
import { compareNames, compareParts, matchStrength } from '../../../shared/engine/names/compare';
import { parseName } from '../../../shared/engine/names/normalize';

const same = (a: string, b: string, role = false): boolean => compareNames(parseName(a), parseName(b), role).same;

describe('compareParts', () => {
  it('finds exact, confusable, transliteration and phonetic matches', () => {
    expect(compareParts('lavrov', 'lavrov')).toBe('exact');
    expect(compareParts('alban', 'aiban')).toBe('confusable');
    expect(compareParts('kornilov', 'komilov')).toBe('confusable');
    expect(compareParts('sergey', 'sergei')).toBe('translit');
    expect(compareParts('musaed', 'mosaad')).toBe('translit');
    expect(compareParts('mohammad', 'muhammad')).toBe('translit');
    expect(compareParts('volodymyr', 'vladimir')).toBe('translit');
    expect(compareParts('j', 'john')).toBe('initial');
  });
  it('keeps distinct names apart', () => {
    expect(compareParts('trump', 'tusk')).toBe('none');
    expect(compareParts('kirill', 'dmitry')).toBe('none');
    expect(compareParts('yi', 'yu')).toBe('none'); // too short for fuzzy rules
    expect(compareParts('salman', 'zayed')).toBe('none');
  });
  it('weighs a near transliteration above a far one', () => {
    expect(matchStrength('translit', 'sergey', 'sergei')).toBe(2);
    expect(matchStrength('translit', 'musaed', 'mosaad')).toBe(2);
    expect(matchStrength('translit', 'volodymyr', 'vladimir')).toBe(1);
    expect(matchStrength('exact', 'lavrov', 'lavrov')).toBe(3);
  });
});

describe('compareNames: Russian', () => {
  it('merges transliteration variants of one person', () => {
    expect(same('Sergey Lavrov', 'Sergei Lavrov')).toBe(true);
    expect(same('Yevgeny Prigozhin', 'Evgeny Prigozhin')).toBe(true);
    expect(same('Vladimir Vladimirovich Putin', 'Vladimir Putin')).toBe(true);
    expect(same('Dmitry Peskov', 'Dmitri Peskov')).toBe(true);
  });
  it('keeps people sharing a name part apart', () => {
    expect(same('Kirill Dmitriev', 'Dmitry Peskov')).toBe(false);
    expect(same('Sergey Lavrov', 'Sergey Shoigu')).toBe(false);
    expect(same('Vladimir Putin', 'Vladimir Zelensky')).toBe(false);
  });
});

describe('compareNames: Ukrainian', () => {
  it('needs surname and context for the Ukrainian / Russian form of a given name', () => {
    expect(same('Volodymyr Zelenskyy', 'Vladimir Zelensky')).toBe(false);
    expect(same('Volodymyr Zelenskyy', 'Vladimir Zelensky', true)).toBe(true);
    expect(same('Volodymyr Zelenskyy', 'Vladimir Putin', true)).toBe(false);
  });
  it('merges close Ukrainian romanisations', () => {
    expect(same('Oleksandr Syrskyi', 'Aleksandr Syrsky')).toBe(true);
    expect(same('Volodymyr Zelenskyy', 'Volodymyr Zelensky')).toBe(true);
  });
});

describe('compareNames: Arabic', () => {
  it('ignores particles, a dropped patronymic and a dropped family name', () => {
    expect(same('Faisal bin Farhan', 'Prince Faisal bin Farhan Al Saud')).toBe(true);
    expect(same('Mohammed bin Salman', 'Muhammad bin Salman Al Saud')).toBe(true);
    expect(same('Abdullah al Rashid', 'Abdallah bin Saleh Al-Rashid')).toBe(true);
  });
  it('merges a transliterated given name with a misprinted surname (l for i)', () => {
    expect(same('Khaled al Alwan', 'Khalid bin Omar Al-Aiwan')).toBe(true);
  });
  it('keeps different sons apart', () => {
    expect(same('Mohammed bin Salman', 'Mohammed bin Zayed')).toBe(false);
    expect(same('Faisal bin Farhan', 'Faisal bin Salman')).toBe(false);
  });
});

describe('compareNames: Chinese', () => {
  it('ignores word breaks and hyphens in given names', () => {
    expect(same('Xi Jinping', 'Xi Jin-ping')).toBe(true);
    expect(same('Kim Jong Un', 'Kim Jong-un')).toBe(true);
  });
  it('keeps short distinct names apart', () => {
    expect(same('Wang Yi', 'Wang Yu')).toBe(false);
    expect(same('Li Qiang', 'Li Keqiang')).toBe(false);
  });
});

describe('compareNames: English', () => {
  it('a shared first name alone never merges', () => {
    expect(same('Donald Trump', 'Donald Tusk')).toBe(false);
    expect(same('Donald Trump', 'Donald Tusk', true)).toBe(false);
  });
  it('a middle name or initial may be dropped, a surname may not', () => {
    expect(same('Hillary Rodham Clinton', 'Hillary Clinton')).toBe(true);
    expect(same('Donald J. Trump', 'Donald Trump')).toBe(true);
    expect(same('Donald John', 'Donald John Trump')).toBe(false);
  });
  it('generational suffixes are different people unless the role agrees', () => {
    expect(same('Donald Trump Jr.', 'Donald Trump Sr.', true)).toBe(false);
    expect(same('Donald Trump Jr.', 'Donald Trump')).toBe(false);
    expect(same('Joseph R. Biden Jr.', 'Joseph R. Biden', true)).toBe(true);
  });
  it('a single edit in a long surname needs context', () => {
    expect(same('Antony Blinken', 'Anthony Blinkem')).toBe(false);
    expect(same('Antony Blinken', 'Anthony Blinkem', true)).toBe(true);
  });
});
