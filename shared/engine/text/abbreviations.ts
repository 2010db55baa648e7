// The one list of abbreviations that keep their period. Lower case, without the period.
// Which of them may still end a sentence is a property of the entry, not another list.

export type AbbreviationKind =
  | 'title' // before a name: never ends a sentence ("Dr.", "Gen.", "Sen.")
  | 'month' // before a day number ("Feb. 18")
  | 'suffix' // after a name or company: may end a sentence ("Jr.", "Inc.")
  | 'other'; // "No.", "vs.", "approx.": never ends a sentence

const TITLES = 'mr mrs ms messrs mme mlle dr prof gen sen rep gov lt col sgt capt cmdr adm maj cpl pvt spc st rev hon pres supt insp det amb fr msgr sr jr';
const MONTHS = 'jan feb mar apr jun jul aug sep sept oct nov dec';
const SUFFIXES = 'inc corp co ltd llc plc bros jr sr esq etc';
const OTHER = 'no nos vs v al fig figs ft mt pp approx est dept ave blvd rd univ assn govt intl natl ca cf eg ie';

const KINDS = new Map<string, AbbreviationKind>();
for (const [list, kind] of [
  [OTHER, 'other'],
  [MONTHS, 'month'],
  [TITLES, 'title'],
  [SUFFIXES, 'suffix'],
] as const) {
  for (const w of list.split(' ')) KINDS.set(w, kind);
}

/** The kind of abbreviation `word` is (lower case, no final period), or null. */
export function abbreviation(word: string): AbbreviationKind | null {
  return KINDS.get(word) ?? null;
}

/** Dotted initialisms: "U.S", "a.m", "Ph.D" (the final period not included). */
const DOTTED = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u;
export function isDotted(word: string): boolean {
  return DOTTED.test(word);
}
