// More verbs of stance, evaluation and cognition for reported speech, written once as lemmas and
// inflected by rule (so "decry" also matches "decries", "decried", "decrying"), and attitude
// adjectives that report a state of mind after a copula ("Clinton is confident that …").
import { STANCE_VERBS } from './lexicon';

const VOWELS = 'aeiou';

/** Regular English inflections of a lemma: -s, -ed, -ing (with the usual spelling changes). */
export function inflect(lemma: string): string[] {
  const out = [lemma];
  const last = lemma[lemma.length - 1]!;
  const prev = lemma[lemma.length - 2] ?? '';
  if (last === 'y' && !VOWELS.includes(prev)) {
    const stem = lemma.slice(0, -1);
    out.push(`${stem}ies`, `${stem}ied`, `${lemma}ing`);
  } else if (last === 'e') {
    const stem = lemma.slice(0, -1);
    out.push(`${lemma}s`, `${lemma}d`, `${stem}ing`);
  } else if (/(?:s|x|z|ch|sh)$/.test(lemma)) {
    out.push(`${lemma}es`, `${lemma}ed`, `${lemma}ing`);
  } else {
    out.push(`${lemma}s`, `${lemma}ed`, `${lemma}ing`);
  }
  return out;
}

/** Lemmas of verbs that state or evaluate a position or a belief (regular verbs only). */
const STANCE_LEMMAS = `
decry bemoan assail lash rail reaffirm invoke hint echo tout thank dismiss threaten denounce question
challenge press encourage remind persuade convince express voice highlight forecast approve order
realize guess consider determine fear prefer vote side expose identify refuse repeat attack blast
criticize accuse praise defend blame condemn oppose reject demand request welcome applaud dispute
recommend advocate favor imply assure unveil acknowledge concede lament mock ridicule discuss address
promote champion embrace back offer refer point list suggest argue insist claim deny confirm predict
estimate project doubt suspect assume believe hope expect worry wonder question pledge promise vow
complain caution urge warn acknowledge cite agree plan intend view regard recognize push dub label
brand term characterize describe portray deem hail comment remark note mention stress emphasize
`;

/**
 * Irregular or doubled forms the rule above does not produce, with the irregular verbs of
 * phrasal attributions ("took aim at", "hit back at", "put it", "stood by"): PolNeAR annotates
 * these, and the subject they give carries over to the quotation that often follows.
 */
const EXTRA_FORMS = 'thought knew saw seen felt found meant understood forgot forgotten chose chosen told spoke spoken wrote written gave given put set fought sought stood took taken shot hit lashed committed admitted regretted';

export const MORE_STANCE = new Set<string>([...STANCE_VERBS, ...EXTRA_FORMS.split(' ')]);
for (const l of STANCE_LEMMAS.split(/\s+/).filter(Boolean)) for (const f of inflect(l)) MORE_STANCE.add(f);

/** Lemmas that are as often nouns ("the vote", "three points", "a press release"): their bare and -s forms need a verb context. */
const NOUN_LEMMAS = new Set('decry vote point list order voice press back offer plan project estimate note label term brand attack question challenge demand request welcome dispute doubt hope fear worry promise pledge vow comment remark mention stress claim address view regard side blast echo thank hint rail lash favor expose push forecast mock tout report state support praise record'.split(' '));
const NOUN_FORMS = new Set<string>();
for (const l of NOUN_LEMMAS) {
  const [base, third] = inflect(l);
  NOUN_FORMS.add(base!);
  NOUN_FORMS.add(third!);
}
const SUBJECT_WORDS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'who', 'that', 'which', 'also', 'not', 'never', 'often', 'still', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'to', 'and', 'repeatedly', 'publicly', 'strongly']);

/** A stance verb at `w` given the word before it: noun-like forms need a subject or auxiliary right before. */
export function stanceVerb(w: string, prevWord: string | undefined, prevCap: boolean): boolean {
  if (!MORE_STANCE.has(w)) return false;
  if (!NOUN_FORMS.has(w)) return true;
  return prevWord !== undefined && (prevCap || SUBJECT_WORDS.has(prevWord) || prevWord.endsWith('ly'));
}

/** Adjectives of attitude that report a state of mind after a copula ("is confident that …"). */
export const ATTITUDE_ADJECTIVES = new Set(
  'confident convinced sure certain worried concerned hopeful skeptical sceptical aware eager willing optimistic pessimistic afraid angry upset happy pleased glad proud determined reluctant unhappy unwilling open opposed committed adamant insistent critical supportive doubtful fearful wary'.split(' '),
);
export const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'remains', 'remained', 'seems', 'seemed', 'feels', 'felt', 'appears', 'appeared', 'am', 'become', 'became', 'grew', 'not', 'also', 'very', 'more', 'less', 'increasingly', 'still']);
