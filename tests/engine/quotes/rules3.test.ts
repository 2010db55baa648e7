// Hand-written articles for the third round of attribution rules: speakers given by layout
// (signatures, colons, headlines), clause subjects of unattributed fragments, and attributions
// that follow a quotation in the next sentence.
import { describe, expect, it } from 'vitest';
import { having, quotes } from './helpers';
import type { Quote } from '../../../shared/types';

const who = (q: Quote | undefined): string | undefined => q?.speakerMention?.text;

describe('signature lines', () => {
  it('takes the name after a dash as the speaker of the quotation before it', () => {
    const qs = quotes('Readers wrote in about the bridge.\n\n“The old bridge was safer than the new one.” ― Marta Olsen\n\n“Nobody asked us about the tolls.” ― Piet Brand\n\nThe council will answer them next week.');
    expect(who(having(qs, 'old bridge'))).toBe('Marta Olsen');
    expect(who(having(qs, 'Nobody asked'))).toBe('Piet Brand');
  });

  it('reads a paragraph that is only a signature as the speaker of the quoted paragraph above', () => {
    const qs = quotes('Mayor Ruth Kalder spoke on Monday.\n\n"We will rebuild the harbour within two years."\n\n- Tomas Fenn.\n\nThe claim is doubtful.');
    expect(who(having(qs, 'rebuild the harbour'))).toBe('Tomas Fenn');
  });
});

describe('colon introductions', () => {
  it('gives a quotation after "Name:" to that name', () => {
    const qs = quotes('The panel met twice.\n\nIrena Vos: “The budget has no room for a second stadium.”');
    expect(who(having(qs, 'second stadium'))).toBe('Irena Vos');
  });

  it('gives a quotation after a clause and a colon to the clause subject', () => {
    const qs = quotes('The union sent a letter.\n\nThe union’s letter makes a blunt case: “Every depot must stay open through the winter.”');
    expect(who(having(qs, 'Every depot'))).toBe('The union’s letter');
  });

  it('carries "X issued the following statement:" to the quoted paragraph', () => {
    const qs = quotes('The ferry sank near the pier.\n\nGovernor Lena Brandt issued the following statement:\n\n“Our thoughts are with the families of the crew.”');
    expect(who(having(qs, 'families of the crew'))).toBe('Lena Brandt');
  });
});

describe('headlines', () => {
  it('reads quotations in a headline and gives them to the name before its colon', () => {
    const qs = quotes('Harlow: Port Plan Is ‘A Gift To Developers’\n\nThe harbour board met on Monday to discuss the plan.');
    const q = having(qs, 'A Gift To Developers');
    expect(q?.kind).not.toBe('indirect');
    expect(who(q)).toBe('Harlow');
  });
});

describe('clause subjects of unattributed fragments', () => {
  it('gives a fragment to the subject of its clause', () => {
    const qs = quotes('The council met on Friday.\n\nThe new flyer targets a “greedy and careless council majority.”\n\nAt one point, Varga urged the crowd to “stay calm and stay home.”');
    expect(who(having(qs, 'greedy and careless'))).toBe('The new flyer');
    expect(who(having(qs, 'stay calm'))).toBe('Varga');
  });

  it('skips a leading adverbial with commas to find the subject of a participle cue', () => {
    const qs = quotes('The race was close.\n\nAt a rally in Dover, Delaware, on Sunday, Senator Ana Ruiz defended her record, saying the state should “lead on clean water.”');
    expect(who(having(qs, 'lead on clean water'))).toBe('Ana Ruiz');
  });

  it('keeps a capitalised name in quotation marks when it sits inside reported speech', () => {
    const qs = quotes('The debate went on.\n\nGomez warned that “Silver Creek Deal” would ruin the town.');
    expect(having(qs, 'Silver Creek Deal')?.kind).toBe('partial');
  });
});

describe('attributions after a quotation', () => {
  it('finds the speaker in a long next sentence that is only an attribution clause', () => {
    const qs = quotes('The mayor took questions.\n\n"Do you think a bridge builds itself?" Varga asked rhetorically, shaking her head at the crowd of reporters. "It does not."');
    const q = having(qs, 'bridge builds itself');
    expect(q?.cue).toBe('asked');
    expect(who(q)).toBe('Varga');
  });

  it('reads "it added", "the email read" and a prepositional phrase before the verb', () => {
    const qs = quotes(
      'The report was leaked.\n\n“Only one in four staff trust the board,” it added.\n\n“Give now before the deadline,” the email read.\n\n“The port will close,” a voice-over in the advert says.',
    );
    expect(who(having(qs, 'one in four'))).toBe('it');
    expect(who(having(qs, 'Give now'))).toBe('the email');
    expect(who(having(qs, 'port will close'))).toBe('a voice-over');
  });

  it('reads a noun-like cue word as the head of the speaker phrase', () => {
    const qs = quotes('The audit came out.\n\n“Spending rose faster than revenue,” the report stated.');
    expect(who(having(qs, 'Spending rose'))).toBe('the report');
  });
});

describe('speaker phrases between the quotation and the verb', () => {
  it('skips a parenthesis, an "of" phrase and two appositions', () => {
    const qs = quotes(
      'The hearing ran late.\n\n“We cannot wait,” Rep. Lena Ortiz (R-Ore.) said.\n\n“It is late,” Mr. Haas of the Harbor Trust said.\n\n“It is a mess,” Ivo Brandt, the attorney general of the state, one of twelve suing the agency, said at a hearing.',
    );
    expect(who(having(qs, 'cannot wait'))).toBe('Lena Ortiz');
    expect(who(having(qs, 'It is late'))).toBe('Haas');
    expect(who(having(qs, 'It is a mess'))).toBe('Ivo Brandt');
  });

  it('reads a possessive name as the start of a description, and inverted past-tense verbs', () => {
    const qs = quotes('The race tightened.\n\n“That was outrageous,” Varga’s former campaign manager said on Monday.\n\n“They all said no,” recalled Rita Moss, the firm’s former spokeswoman.');
    expect(who(having(qs, 'outrageous'))).toBe('Varga’s former campaign manager');
    expect(who(having(qs, 'They all said no'))).toBe('Rita Moss');
  });
});

describe('sources that are no clause subject', () => {
  it('gives "what he called" fragments to the subject of the sentence', () => {
    const qs = quotes('The council met.\n\nMayor Ines Varga condemned what she called a “reckless gamble” with the pension fund.');
    expect(who(having(qs, 'reckless gamble'))).toBe('Ines Varga');
  });

  it('reads "To X," as the source of the sentence', () => {
    const qs = quotes('The farm was saved.\n\nTo Sharon Olin, the banker is the “kind-hearted and caring” man who saved it.');
    expect(who(having(qs, 'kind-hearted'))).toBe('Sharon Olin');
  });

  it('prefers the colon clause over the first subject of the sentence', () => {
    const qs = quotes('The rally went on.\n\nThe crowd cheers, and then Olsen continues: “This town will not give up its harbour.”');
    expect(who(having(qs, 'will not give up'))).toBe('Olsen');
  });

  it('reads title-case headlines and "Name:" lead lines', () => {
    const qs = quotes('Mayor Varga Calls Port Deal ‘A Disgrace’ After Vote\n\nThe port deal passed on Monday.');
    expect(who(having(qs, 'A Disgrace'))).toBe('Varga');
    const lead = quotes('Okafor: council must ‘stop wasting our money’ on consultants\n\nOkafor spoke on Monday.');
    expect(who(having(lead, 'stop wasting'))).toBe('Okafor');
  });
});

describe('objects are no speakers', () => {
  it('gives "X issued a statement saying" to X', () => {
    const qs = quotes('The plant closed.\n\nOn Monday, the union issued a statement saying the closure was “a betrayal of every worker here.”');
    expect(who(having(qs, 'a betrayal'))).toBe('the union');
  });

  it('does not read a capitalised headline verb as an inverted cue, nor a lone article as a phrase', () => {
    const qs = quotes('Mayor Olsen Says Harbor Plan ‘Will Sink The Town’\n\nFollowing a hastily called meeting, the board released a letter calling the plan “a clear danger to the harbour.”');
    expect(who(having(qs, 'Will Sink The Town'))).toBe('Olsen');
    expect(who(having(qs, 'clear danger'))).toBe('the board');
  });
});

describe('names and loose verbs after a quotation', () => {
  it('keeps a month abbreviation inside a name and reads "an angry X retaliated"', () => {
    const qs = quotes('The paper ran an essay.\n\n"Many of his ideas are cold," columnist Li Jun wrote in the essay.\n\n“The town will always be the town,” an angry Okafor retorted later.');
    expect(who(having(qs, 'ideas are cold'))).toBe('Li Jun');
    expect(who(having(qs, 'always be the town'))).toBe('Okafor');
  });
});
