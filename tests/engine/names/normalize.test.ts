import { describe, expect, it } from 'vitest';
import { confusableKey, fold, nameWords, orgKey, parseName, skeleton, spellingKey } from '../../../shared/engine/names/normalize';

describe('fold and nameWords', () => {
  it('removes case, accents, apostrophes and dots', () => {
    expect(fold('Zoë Ó’Brien')).toBe('zoe obrien');
    expect(fold('Recep Tayyip Erdoğan')).toBe('recep tayyip erdogan');
    expect(fold('J. R. R. Tolkien')).toBe('j r r tolkien');
  });
  it('transliterates non-Latin scripts', () => {
    expect(fold('Сергей Лавров')).toBe('sergey lavrov');
    expect(skeleton(fold('Володимир'))).toBe(skeleton('volodymyr'));
    expect(skeleton(fold('Зеленський'))).toBe(skeleton('zelenskyy'));
  });
  it('splits a hyphen after an Arabic particle and joins any other hyphen', () => {
    expect(nameWords('Mosaad bin Mohammad Al-Aiban')).toEqual(['mosaad', 'bin', 'mohammad', 'al', 'aiban']);
    expect(nameWords('Abd ar-Rahman')).toEqual(['abd', 'ar', 'rahman']);
    expect(nameWords('Xi Jin-ping')).toEqual(['xi', 'jinping']);
    expect(nameWords('Jean-Luc Mélenchon')).toEqual(['jeanluc', 'melenchon']);
  });
});

describe('parseName', () => {
  it('labels given name, patronymic after bin, family after al, surname', () => {
    const p = parseName('Prince Faisal bin Farhan Al Saud');
    expect(p.parts.map((x) => [x.norm, x.kind])).toEqual([
      ['faisal', 'given'],
      ['farhan', 'patronymic'],
      ['saud', 'family'],
    ]);
  });
  it('labels a Russian patronymic in the middle', () => {
    expect(parseName('Vladimir Vladimirovich Putin').parts.map((x) => x.kind)).toEqual(['given', 'patronymic', 'surname']);
    expect(parseName('Maria Vladimirovna Zakharova').parts[1]?.kind).toBe('patronymic');
  });
  it('keeps a generational suffix apart and drops honorifics', () => {
    const p = parseName('Mr. Donald Trump Jr.');
    expect(p.suffix).toBe('jr');
    expect(p.parts.map((x) => x.norm)).toEqual(['donald', 'trump']);
  });
  it('treats ibn / ben / abu as particles', () => {
    expect(parseName('Abdullah ibn Abdulaziz').parts.map((x) => x.kind)).toEqual(['given', 'patronymic']);
    expect(parseName('Benjamin ben Eliezer').parts.map((x) => x.norm)).toEqual(['benjamin', 'eliezer']);
  });
});

describe('keys', () => {
  it('spellingKey ignores case, hyphens and titles but not letters', () => {
    expect(spellingKey('Mosaad bin Mohammad al-Aiban')).toBe(spellingKey('Mosaad bin Mohammad Al-Aiban'));
    expect(spellingKey('President Vladimir Putin')).toBe(spellingKey('Vladimir Putin'));
    expect(spellingKey('Sergey Lavrov')).not.toBe(spellingKey('Sergei Lavrov'));
  });
  it('orgKey drops a leading article', () => {
    expect(orgKey('The Associated Press')).toBe(orgKey('Associated Press'));
  });
  it('skeleton folds romanisation variants', () => {
    expect(skeleton('sergey')).toBe(skeleton('sergei'));
    expect(skeleton('mohammad')).toBe(skeleton('muhammad'));
    expect(skeleton('mohammed')).toBe(skeleton('mohamed'));
    expect(skeleton('yuri')).toBe(skeleton('iouri'));
    expect(skeleton('zelenskyy')).toBe(skeleton('zelenski'));
    expect(skeleton('khalid')).toBe(skeleton('halid'));
    expect(skeleton('aleksandr')).toBe(skeleton('alexandr'));
  });
  it('skeleton keeps different consonants apart', () => {
    expect(skeleton('qiang')).not.toBe(skeleton('keqiang'));
    expect(skeleton('trump')).not.toBe(skeleton('tusk'));
    expect(skeleton('dmitry')).not.toBe(skeleton('kirill'));
  });
  it('confusableKey folds letters that print alike', () => {
    expect(confusableKey('alban')).toBe(confusableKey('aiban'));
    expect(confusableKey('kornilov')).toBe(confusableKey('komilov'));
    expect(confusableKey('vvalesa')).toBe(confusableKey('walesa'));
    expect(confusableKey('petrov')).not.toBe(confusableKey('petrof'));
  });
});
